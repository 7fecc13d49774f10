package generators

import (
	"bytes"
	"net/http"
	"slices"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// BodyKind says how a generated answer body was made, and so what the spec
// says about it.
type BodyKind string

// The body kinds.
const (
	BodyDoc        BodyKind = "document"     // a well-formed document of the Response Type, with plants
	BodyBOM        BodyKind = "bom"          // a document after a UTF-8 byte order mark (tolerated, A16)
	BodyEmpty      BodyKind = "empty"        // zero bytes (R20)
	BodyWhitespace BodyKind = "whitespace"   // only white space (A14)
	BodyTruncated  BodyKind = "truncated"    // a document cut short (A16)
	BodyInvalid    BodyKind = "invalid-utf8" // bytes that are not UTF-8 (A16)
	BodyPlain      BodyKind = "plain"        // text such as "ok" (A16)
	BodyWrongType  BodyKind = "wrong-type"   // a document of the other Response Type (A16, R9)
	BodyOversize   BodyKind = "oversize"     // a document over the size cap (A12)
)

// Parseable reports whether a body of kind k parses as the webhook's
// Response Type (A16). An over-size body is never read to the end (A12).
func (k BodyKind) Parseable() bool { return k == BodyDoc || k == BodyBOM }

// SmallBodyCap is the response size cap (Options.MaxBodyBytes) generated
// cases run with unless a document needs more, so that over-size bodies
// stay cheap to generate and send (A12).
const SmallBodyCap = 4096

// LargeBodyCap is the cap of cases whose planted document is bigger than
// SmallBodyCap (a Text Area value of 30,000 bytes).
const LargeBodyCap = 64 << 10

// bodyOf draws a body of kind k from doc for response type rt under cap.
func bodyOf(t *rapid.T, k BodyKind, doc Doc, rt marketo.ResponseType, limit int64) []byte {
	switch k {
	case BodyDoc:
		return doc.Body
	case BodyBOM:
		return append([]byte("\xef\xbb\xbf"), doc.Body...)
	case BodyEmpty:
		return nil
	case BodyWhitespace:
		return []byte(rapid.SampledFrom([]string{" ", "\n", "\r\n", "\t \n", "   "}).Draw(t, "white space"))
	case BodyTruncated:
		// Cut inside the document: a strict prefix of an object or of a root
		// element never parses.
		end := bytes.LastIndexAny(doc.Body, "}>")
		if end <= 0 {
			return []byte("{")
		}
		return doc.Body[:rapid.IntRange(0, end-1).Draw(t, "cut")+1]
	case BodyInvalid:
		return []byte(rapid.SampledFrom([]string{"\xff\xfe", "{\"a\":1}\xff", "<a>\xc3</a>x", "\x80ok"}).Draw(t, "invalid"))
	case BodyPlain:
		return []byte(rapid.SampledFrom([]string{"ok", "OK\n", "success", "Accepted", "<html><body>Error", "1 2"}).Draw(t, "plain"))
	case BodyWrongType:
		if rt == marketo.ResponseXML {
			return []byte(`{"result": "ok"}`)
		}
		return []byte(`<result>ok</result>`)
	case BodyOversize:
		n := max(int(limit)+1-len(doc.Body)+rapid.IntRange(0, 64).Draw(t, "over"), 1)
		return padded(doc.Body, rt, n)
	}
	panic("generators: unknown body kind " + string(k))
}

// padded makes a well-formed document of type rt more than n bytes longer
// than doc: a JSON object gets a "pad" member, an XML document a comment
// after its root element. The padding is printable text, so that the
// Response of an over-size answer (its first MaxBodyBytes bytes, A12) is
// one a Gherkin docstring carries and a counterexample can check.
func padded(doc []byte, rt marketo.ResponseType, n int) []byte {
	pad := bytes.Repeat([]byte("x"), n)
	if rt == marketo.ResponseXML {
		return slices.Concat(doc, []byte("<!--"), pad, []byte("-->"))
	}
	end := bytes.LastIndexByte(doc, '}')
	if end < 0 { // not an object: the generators write objects only
		panic("generators: padding a JSON body that is not an object")
	}
	sep := `,"pad":"`
	if len(bytes.TrimSpace(doc[:end])) == 1 { // "{}": no members yet
		sep = `"pad":"`
	}
	return slices.Concat(doc[:end], []byte(sep), pad, []byte(`"`), doc[end:])
}

// AnswerHeader generates an answer's header for rt and status: a
// Content-Type that is right, wrong or missing (the model must not care,
// R9 speaks of the body), sometimes a Location for a redirect (A11).
func AnswerHeader(rt marketo.ResponseType, status int) *rapid.Generator[http.Header] {
	return rapid.Custom(func(t *rapid.T) http.Header {
		h := http.Header{}
		right := "application/json"
		if rt == marketo.ResponseXML {
			right = "application/xml; charset=utf-8"
		}
		switch rapid.IntRange(0, 3).Draw(t, "content type") {
		case 0:
			h.Set("Content-Type", right)
		case 1:
			h.Set("Content-Type", rapid.SampledFrom([]string{"text/html", "text/plain", "application/octet-stream", "application/json", "text/xml"}).Draw(t, "wrong type"))
		}
		if Redirect(status) && rapid.IntRange(0, 3).Draw(t, "location") > 0 {
			h.Set("Location", rapid.SampledFrom([]string{"https://enrich.vendor.example/moved", "/elsewhere"}).Draw(t, "location url"))
		}
		return h
	})
}

// script assembles a harness script.
func script(status int, reason string, h http.Header, body []byte) harness.Script {
	return harness.Script{Status: status, Reason: reason, Header: h, Body: body}
}

// isWhitespace reports whether b is non-empty and only white space as A14's
// knob reads it: JSON's white space, space, tab, CR and LF (not Unicode's).
func isWhitespace(b []byte) bool { return len(b) > 0 && len(bytes.Trim(b, " \t\r\n")) == 0 }
