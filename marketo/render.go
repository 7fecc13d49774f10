package marketo

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/textproto"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hookcert/hookcert/internal/jsonfast"
)

// Default Content-Types by encoding (A4).
const (
	contentTypeJSON = "application/json"
	contentTypeForm = "application/x-www-form-urlencoded"
	contentTypeNone = "text/plain"
)

// Render renders the request a webhook sends for a lead in a context (R5,
// R7, R10, R12-R16, A3-A9). It fails, sending nothing, with Problems for a
// header that would carry CR or LF (A5) or a template with an illegal escape
// (A3).
//
// The parts are rendered so:
//
//   - URL (R5, A7): the characters typed stay exactly as written; each token
//     value is query-escaped (url.QueryEscape), whatever the encoding.
//   - Body (R7, R8, R14-R16, A3): only POST, PUT, PATCH and DELETE carry one;
//     the template is first unescaped (unescapeTemplate), then each token is
//     replaced by its value in the webhook's encoding. Token values are never
//     unescaped. An empty or unrecognised Encoding renders as None (checking
//     the definition is Webhook.Validate's job).
//   - Headers (R10, A5, A7): names as written (http.Header canonicalises them
//     as net/http does on the wire); token values inserted raw. A name or a
//     rendered value holding CR, LF, NUL (A5) or any other control character
//     but tab (A31) is a Problem: net/http would refuse to send it.
//   - Content-Type (A4): a custom header of that name wins. Otherwise, unless
//     opts.NoDefaultContentType, a request with a body method gets the
//     encoding's type: application/json, application/x-www-form-urlencoded
//     or text/plain. It is set even when the template is empty, as the
//     request still declares its payload; a GET never gets one.
//
// Token values (R12, R13, A6, A8, A9): {{lead.<field>}} looks the field up in
// cat by display name, then SOAP name (case-insensitively), and takes
// lead[SOAPName]; {{system.date}}, {{system.time}} and {{system.dateTime}}
// come from flow.Now in flow's time zone; every other token (trigger, campaign,
// program, my, company, other system tokens) comes from flow.Tokens, keys
// matched case-insensitively. A token whose value is unknown or empty renders
// its default if it has one, else the empty value.
//
// Typed values (A6): booleans render true/false, numbers in plain decimal
// (never with an exponent), dates and datetimes as ISO-8601 text. Under JSON
// encoding numbers and booleans are bare and everything else, including
// context and system tokens and the empty value, is a JSON string literal
// with its quotes (R14); invalid UTF-8 becomes the escape \ufffd (U+FFFD), and the output stays
// valid JSON when the template is valid JSON with bare tokens. A default is a
// string, except on a numeric or boolean field whose type it parses as: then
// it renders like a value of the field ({{lead.Score:default=0}} gives 0). A
// lead value whose Go type does not suit its field (or a NaN or infinite
// float) renders as text, quoted under JSON.
//
// A nil cat means StandardCatalog(). w must not be nil.
func Render(w *Webhook, cat *Catalog, lead Lead, flow Flow, opts Options) (*Request, error) {
	return render(w, cat, lead, flow, opts, nil)
}

// render is Render. A non-nil seen is what validating w worked out, so that
// Call does not unescape the template twice.
func render(w *Webhook, cat *Catalog, lead Lead, flow Flow, opts Options, seen *checkedWebhook) (*Request, error) {
	if cat == nil {
		cat = StandardCatalog()
	}
	r := renderer{cat: cat, lead: lead, flow: flow}
	req := &Request{Method: string(w.Method)}
	hb := newHeaderBuilder(len(w.Headers) + 1)
	var probs Problems

	compiled := seen != nil && seen.compiled
	if compiled {
		req.URL = r.fill(&seen.url, encodeQuery)
	} else {
		req.URL = r.substitute(w.URL, encodeQuery)
	}

	hasBody := methodHasBody(w.Method)
	switch {
	case !hasBody:
	case compiled && seen.bodyOK:
		req.Body = r.fill(&seen.bodyText, bodyEncoding(w.Encoding))
	case seen != nil && seen.bodyOK:
		req.Body = r.substitute(seen.body, bodyEncoding(w.Encoding))
	default:
		tmpl, err := unescapeTemplate(w.Template)
		var ps Problems
		switch {
		case errors.As(err, &ps):
			probs = append(probs, ps...)
		case err != nil:
			probs = append(probs, Problem{Field: "template", Rule: "A3", Message: err.Error()})
		default:
			req.Body = r.substitute(tmpl, bodyEncoding(w.Encoding))
		}
	}

	customType := false
	for i, h := range w.Headers {
		if p, bad := headerProblem(i, h.Name, "name", h.Name); bad {
			probs = append(probs, p)
		}
		var value string
		if compiled {
			value = r.fill(&seen.headers[i], encodeRaw)
		} else {
			value = r.substitute(h.Value, encodeRaw)
		}
		if p, bad := headerProblem(i, h.Name, "value", value); bad {
			probs = append(probs, p)
		}
		if textproto.CanonicalMIMEHeaderKey(h.Name) == "Content-Type" {
			customType = true
		}
		hb.add(textproto.CanonicalMIMEHeaderKey(h.Name), value)
	}
	if hasBody && !customType && !opts.NoDefaultContentType {
		hb.add("Content-Type", defaultContentType(w.Encoding)) // no custom one: add is Set
	}
	req.Header = hb.h

	if len(probs) > 0 {
		return nil, fmt.Errorf("marketo: render webhook %q: %w", w.Name, probs)
	}
	return req, nil
}

// headerBuilder is http.Header's Add for a header built once: the values
// of the first occurrence of each name share one array (each capped at its
// end, so a later Add of the name grows apart), not a slice each.
type headerBuilder struct {
	h     http.Header
	store []string
}

func newHeaderBuilder(n int) headerBuilder {
	return headerBuilder{h: make(http.Header, n), store: make([]string, 0, n)}
}

// add adds value under k, a canonical header key.
func (hb *headerBuilder) add(k, value string) {
	if vv, ok := hb.h[k]; ok {
		hb.h[k] = append(vv, value)
		return
	}
	hb.store = append(hb.store, value)
	n := len(hb.store)
	hb.h[k] = hb.store[n-1 : n : n]
}

// set is add after removing what k held: http.Header's Set.
func (hb *headerBuilder) set(k, value string) {
	delete(hb.h, k)
	hb.add(k, value)
}

// methodHasBody reports whether m carries the payload template (R7).
func methodHasBody(m Method) bool {
	switch strings.ToUpper(string(m)) {
	case string(MethodPost), string(MethodPut), string(MethodPatch), string(MethodDelete):
		return true
	}
	return false
}

func normEncoding(e Encoding) Encoding {
	switch {
	case strings.EqualFold(string(e), string(EncodingJSON)):
		return EncodingJSON
	case strings.EqualFold(string(e), string(EncodingForm)):
		return EncodingForm
	}
	return EncodingNone
}

func defaultContentType(e Encoding) string {
	switch normEncoding(e) {
	case EncodingJSON:
		return contentTypeJSON
	case EncodingForm:
		return contentTypeForm
	}
	return contentTypeNone
}

// valueEncoding is how a token's value is written into the rendered text.
type valueEncoding int

const (
	encodeRaw   valueEncoding = iota // as is: headers, None bodies (R16)
	encodeQuery                      // url.QueryEscape: URLs (A7), Form bodies (R15)
	encodeJSON                       // a JSON literal (R14)
)

// bodyEncoding returns how a token value is written into the template (R8).
func bodyEncoding(e Encoding) valueEncoding {
	switch normEncoding(e) {
	case EncodingJSON:
		return encodeJSON
	case EncodingForm:
		return encodeQuery
	}
	return encodeRaw
}

// writeValue writes v into b as enc says. Under JSON, numbers and booleans
// are bare and everything else is a string literal (R14): HTML characters
// stay as they are; invalid UTF-8 becomes \ufffd.
func writeValue(b *strings.Builder, enc valueEncoding, v tokenValue) {
	switch {
	case enc == encodeQuery:
		b.WriteString(url.QueryEscape(v.text))
	case enc == encodeJSON && !v.bare:
		// Most values are short: quote them on the stack, not in a new slice.
		var scratch [128]byte
		b.Write(jsonfast.AppendQuoted(scratch[:0], v.text))
	default:
		b.WriteString(v.text)
	}
}

// headerProblem reports a header name or rendered value holding CR, LF or
// NUL (A5), or another control character but tab (A31). The message names
// the header as written, not only its position.
func headerProblem(i int, name, what, s string) (Problem, bool) {
	at := strings.IndexFunc(s, func(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f })
	if at < 0 {
		return Problem{}, false
	}
	rule := "A5"
	if c := s[at]; c != '\r' && c != '\n' && c != 0 {
		rule = "A31"
	}
	return Problem{
		Field: fmt.Sprintf("headers[%d].%s", i, what),
		Rule:  rule,
		Message: fmt.Sprintf("the %s of header %q would contain %q at byte %d after rendering; the request is not sent",
			what, name, s[at:at+1], at),
	}, true
}

// tokenValue is a token's resolved value.
type tokenValue struct {
	// text is the value as plain text (A6).
	text string
	// bare is set for numbers and booleans, which JSON encoding writes
	// without quotes (R14).
	bare bool
}

// renderer resolves tokens for one request.
type renderer struct {
	cat  *Catalog
	lead Lead
	flow Flow
}

// substitute replaces each token of s by its value in enc, keeping the text
// between tokens as written.
func (r renderer) substitute(s string, enc valueEncoding) string {
	t, ok := nextToken(s, 0)
	if !ok {
		return s
	}
	var b strings.Builder
	// Room for the text and typical values, so the builder rarely grows.
	b.Grow(len(s) + len(s)/2)
	last := 0
	for ; ok; t, ok = nextToken(s, t.End) {
		b.WriteString(s[last:t.Start])
		writeValue(&b, enc, r.value(t))
		last = t.End
	}
	b.WriteString(s[last:])
	return b.String()
}

// value resolves t (R12, R13, A6, A8, A9).
func (r renderer) value(t token) tokenValue {
	var (
		f     Field
		found bool
	)
	if t.Scope == "lead" {
		f, found = r.cat.ByName(t.Name)
	}
	return r.valueFound(t, f, found)
}

// valueFound is value with the field of a lead token looked up (found) or not.
func (r renderer) valueFound(t token, f Field, found bool) tokenValue {
	var (
		v     tokenValue
		field *Field
	)
	switch t.Scope {
	case "lead":
		if found {
			field = &f
			v = typedValue(f.Type, r.lead[f.SOAPName])
		}
	case "system":
		if text, ok := r.systemValue(t.Name); ok {
			v = tokenValue{text: text}
		} else {
			v = tokenValue{text: r.contextValue(t)}
		}
	default:
		v = tokenValue{text: r.contextValue(t)}
	}
	if v.text == "" && t.HasDefault {
		return defaultValue(field, t.Default)
	}
	return v
}

// systemValue computes the clock tokens of A9; other system tokens come from
// the context's Tokens.
func (r renderer) systemValue(name string) (string, bool) {
	now := r.flow.Now.In(r.flow.location())
	switch strings.ToLower(name) {
	case "date":
		return now.Format("Jan 02, 2006"), true
	case "time":
		return now.Format("03:04 PM (GMT -0700)"), true
	case "datetime":
		return now.Format("2006-01-02 15:04:05"), true
	}
	return "", false
}

// contextValue looks t up in the context's Tokens, keys case-insensitive (A8).
// Should two keys differ only in case, the smallest key wins, so the result
// does not depend on map order.
func (r renderer) contextValue(t token) string {
	key := t.Scope + "." + t.Name
	if v, ok := r.flow.Tokens[key]; ok {
		return v
	}
	var match []string
	for k := range r.flow.Tokens {
		if strings.EqualFold(k, key) {
			match = append(match, k)
		}
	}
	if len(match) == 0 {
		return ""
	}
	sort.Strings(match)
	return r.flow.Tokens[match[0]]
}

// defaultValue renders a token's default (R13): a string, unless the field is
// numeric or boolean and the default parses as its type.
func defaultValue(f *Field, def string) tokenValue {
	if f != nil {
		switch f.Type {
		case TypeBoolean:
			if strings.EqualFold(def, "true") || strings.EqualFold(def, "false") {
				return tokenValue{text: strings.ToLower(def), bare: true}
			}
		case TypeInteger, TypeScore, TypePercent:
			if n, err := strconv.ParseInt(def, 10, 64); err == nil {
				return tokenValue{text: strconv.FormatInt(n, 10), bare: true}
			}
		case TypeFloat, TypeCurrency:
			if x, err := strconv.ParseFloat(def, 64); err == nil && !math.IsInf(x, 0) && !math.IsNaN(x) {
				return tokenValue{text: strconv.FormatFloat(x, 'f', -1, 64), bare: true}
			}
		}
	}
	return tokenValue{text: def}
}

// typedValue renders a lead value by its field's type (A6). Values are
// expected in the canonical form of Lead; others render as text.
func typedValue(t FieldType, v any) tokenValue {
	switch t {
	case TypeBoolean:
		if b, ok := v.(bool); ok {
			return tokenValue{text: strconv.FormatBool(b), bare: true}
		}
	case TypeInteger, TypeScore, TypePercent, TypeFloat, TypeCurrency:
		if s, ok := numberText(v); ok {
			return tokenValue{text: s, bare: true}
		}
	case TypeDate:
		if tm, ok := v.(time.Time); ok {
			return tokenValue{text: tm.Format(time.DateOnly)}
		}
	}
	return tokenValue{text: plainText(v)}
}

// numberText renders a finite number in plain decimal; ok is false for
// anything else.
func numberText(v any) (string, bool) {
	switch n := v.(type) {
	case int64:
		return strconv.FormatInt(n, 10), true
	case int:
		return strconv.FormatInt(int64(n), 10), true
	case int32:
		return strconv.FormatInt(int64(n), 10), true
	case int16:
		return strconv.FormatInt(int64(n), 10), true
	case int8:
		return strconv.FormatInt(int64(n), 10), true
	case uint64:
		return strconv.FormatUint(n, 10), true
	case uint:
		return strconv.FormatUint(uint64(n), 10), true
	case uint32:
		return strconv.FormatUint(uint64(n), 10), true
	case uint16:
		return strconv.FormatUint(uint64(n), 10), true
	case uint8:
		return strconv.FormatUint(uint64(n), 10), true
	case float64:
		if math.IsInf(n, 0) || math.IsNaN(n) {
			return "", false
		}
		return strconv.FormatFloat(n, 'f', -1, 64), true
	case float32:
		if math.IsInf(float64(n), 0) || math.IsNaN(float64(n)) {
			return "", false
		}
		return strconv.FormatFloat(float64(n), 'f', -1, 32), true
	case json.Number:
		if i, err := n.Int64(); err == nil {
			return strconv.FormatInt(i, 10), true
		}
		if x, err := n.Float64(); err == nil && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return strconv.FormatFloat(x, 'f', -1, 64), true
		}
	}
	return "", false
}

// plainText renders any value as text; nil is empty.
func plainText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.Format(time.RFC3339)
	case fmt.Stringer:
		return x.String()
	}
	if s, ok := numberText(v); ok {
		return s
	}
	return fmt.Sprint(v)
}
