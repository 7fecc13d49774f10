package marketo

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// answerText is an answer body made ready for parsing (A32).
type answerText struct {
	body []byte // UTF-8 when transcoded; else the body as received
	// transcoded: the Content-Type's charset turned body into UTF-8, so an
	// XML declaration's encoding must not be applied a second time.
	transcoded bool
	// unsure: the body is not valid UTF-8 and no charset says what it is, so
	// a text value holding a replacement character is not written.
	unsure bool
}

// decodeAnswer honours the charset of the answer's Content-Type (A32) for
// JSON and XML: a body in ISO-8859-1, windows-1252, UTF-16... becomes UTF-8
// before it is parsed. Without a declared charset (or with UTF-8 declared)
// the body is parsed as it is, and an XML declaration's encoding applies; a
// body that is then not valid UTF-8 is marked unsure. An unknown charset is
// an error (A16: the answer is unparseable).
func decodeAnswer(h http.Header, body []byte) (answerText, error) {
	name := declaredCharset(h)
	if name == "" || isUTF8Label(name) {
		return answerText{body: body, unsure: !utf8.Valid(body)}, nil
	}
	enc, err := lookupCharset(name)
	if err != nil {
		return answerText{}, fmt.Errorf("Content-Type charset (A32): %w", err)
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return answerText{}, fmt.Errorf("Content-Type charset %q (A32): %w", name, err)
	}
	return answerText{body: out, transcoded: true}, nil
}

// declaredCharset is the charset parameter of h's Content-Type, or "".
func declaredCharset(h http.Header) string {
	ct := h.Get("Content-Type")
	if !strings.Contains(ct, ";") { // no parameters, so no charset: skip the parser's map
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(params["charset"])
}

func isUTF8Label(name string) bool {
	switch strings.ToLower(name) {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return true
	}
	return false
}

// lookupCharset finds an encoding by its IANA name or alias, then by the
// labels web browsers accept (WHATWG), with golang.org/x/text.
func lookupCharset(name string) (encoding.Encoding, error) {
	if enc, err := ianaindex.IANA.Encoding(name); err == nil && enc != nil {
		return enc, nil
	}
	if enc, err := htmlindex.Get(name); err == nil && enc != nil {
		return enc, nil
	}
	return nil, fmt.Errorf("unknown charset %q", name)
}

// xmlCharsetReader is encoding/xml's CharsetReader for an XML declaration's
// encoding (A32), through lookupCharset.
func xmlCharsetReader(label string, in io.Reader) (io.Reader, error) {
	if isUTF8Label(label) {
		return in, nil
	}
	enc, err := lookupCharset(label)
	if err != nil {
		return nil, fmt.Errorf("XML declaration (A32): %w", err)
	}
	return enc.NewDecoder().Reader(in), nil
}

// keepAsDeclared is the CharsetReader for a body the Content-Type charset
// already made UTF-8: the declaration's encoding was applied once.
func keepAsDeclared(_ string, in io.Reader) (io.Reader, error) { return in, nil }

// garbledText reports whether v, a value resolved from an unsure answer
// (A32), is text with a replacement character or invalid UTF-8: what the
// service meant is unknown, so it is not written.
func garbledText(v any) bool {
	var s string
	switch t := v.(type) {
	case string:
		s = t
	case XMLText:
		s = string(t)
	default:
		return false
	}
	return !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError)
}
