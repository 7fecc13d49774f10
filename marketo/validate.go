package marketo

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/hookcert/hookcert/internal/jsonfast"
)

// Validate reports every problem of the definition against the catalog, each
// naming the field and the rule it breaks (R5-R11, A2, A3, A5). An empty
// Encoding means None, Marketo's default (A25); an empty ResponseType means
// the answer is not parsed, which no mapping can work with (R9). A nil cat
// means StandardCatalog.
func (w *Webhook) Validate(cat *Catalog) Problems {
	return w.validate(cat, nil)
}

// checkedWebhook is what validating a definition works out that rendering and
// judging need again: Call keeps it so that one call unescapes the template,
// looks up each mapping's field and parses each attribute once.
type checkedWebhook struct {
	// body is the template after unescapeTemplate, if bodyOK.
	body   string
	bodyOK bool
	// mappings holds each mapping checked, in order.
	mappings []checkedMapping

	// compiled says Compile split the texts below and worked out want.
	compiled bool
	url      compiledText
	bodyText compiledText // of body, if bodyOK
	headers  []compiledText
	want     *jsonfast.Want // the JSON the mappings read
}

// checkedMapping is a mapping with its lead field looked up (R11) and its
// attribute parsed (R22, R23, A23).
type checkedMapping struct {
	field   Field
	fieldOK bool
	path    Path
	pathErr error
}

func checkMapping(cat *Catalog, m Mapping) checkedMapping {
	cm, _ := checkMappingInto(cat, m, nil)
	return cm
}

// checkMappingInto is checkMapping with the path's steps appended to store,
// which it returns grown: the mappings of one definition share one array.
// Each path is capped at its own end, so that nothing appends into the next.
func checkMappingInto(cat *Catalog, m Mapping, store Path) (checkedMapping, Path) {
	var cm checkedMapping
	cm.field, cm.fieldOK = cat.BySOAP(m.Field)
	if n := pathSteps(m.Attribute); cap(store)-len(store) < n {
		store = append(store[:len(store):len(store)], make(Path, n)...)[:len(store)]
	}
	p, err := parsePath(store[len(store):], m.Attribute)
	cm.path, cm.pathErr = p[:len(p):len(p)], err
	if err != nil {
		cm.path = nil
	}
	return cm, store[:len(store)+len(p)]
}

// validate is Validate; a non-nil seen receives what it worked out.
func (w *Webhook) validate(cat *Catalog, seen *checkedWebhook) Problems {
	if cat == nil { // as Render and Judge: the standard fields
		cat = StandardCatalog()
	}
	var ps Problems
	add := func(field, rule, format string, args ...any) {
		ps = append(ps, Problem{Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)})
	}

	// R5: the URL, with each token standing in for a value, must be absolute http(s).
	shape := withoutTokens(w.URL)
	if strings.TrimSpace(w.URL) == "" {
		add("url", "R5", "the URL is empty")
	} else if u, err := url.Parse(shape); err != nil {
		add("url", "R5", "the URL does not parse: %v", unwrapURLError(err))
	} else if u.Scheme != "http" && u.Scheme != "https" {
		add("url", "R5", "the URL must start with http:// or https://, got %q", w.URL)
	} else if u.Host == "" {
		add("url", "R5", "the URL has no host")
	} else if r, ok := firstUnsendable(shape); ok {
		add("url", "R5", "the URL holds %q outside a token, which cannot go out as typed; percent-encode it", r)
	}

	switch w.Method { // R6
	case MethodGet, MethodPost, MethodPut, MethodPatch, MethodDelete:
	case "":
		add("method", "R6", "the Request Type is missing; use one of DELETE, GET, PATCH, POST, PUT")
	default:
		add("method", "R6", "unknown Request Type %q; use one of DELETE, GET, PATCH, POST, PUT", string(w.Method))
	}

	if w.Method == MethodGet && w.Template != "" { // R7, A2
		add("template", "A2", "a GET request carries no payload template")
	}
	if body, err := unescapeTemplate(w.Template); err != nil { // A3
		var tps Problems
		if errors.As(err, &tps) {
			for _, p := range tps {
				add("template", "A3", "%s", p.Message)
			}
		} else {
			add("template", "A3", "%v", err)
		}
	} else if seen != nil {
		seen.body, seen.bodyOK = body, true
	}

	switch w.Encoding { // R8
	case "", EncodingNone, EncodingJSON, EncodingForm:
	default:
		if _, err := ParseEncoding(string(w.Encoding)); err != nil {
			add("tokenEncoding", "R8", "%s", err.(Problem).Message)
		} else { // a label such as "Form/Url" that only a file or step reader accepts
			add("tokenEncoding", "R8", "Request Token Encoding %q is not in the model's form; use none, json or form", string(w.Encoding))
		}
	}
	switch w.ResponseType { // R9
	case ResponseJSON, ResponseXML:
	case "":
		if len(w.Mappings) > 0 {
			add("responseType", "R9", "response mappings need a Response Type (json or xml)")
		}
	default:
		if _, err := ParseResponseType(string(w.ResponseType)); err != nil {
			add("responseType", "R9", "%s", err.(Problem).Message)
		} else { // a label such as "JSON" or "None" that only a file or step reader accepts
			add("responseType", "R9", "Response Type %q is not in the model's form; use json or xml (or leave it empty for None)", string(w.ResponseType))
		}
	}

	for i, h := range w.Headers { // R10, A5
		if !validHeaderName(h.Name) {
			add(fmt.Sprintf("headers[%d].name", i), "R10", "%q is not a valid header name", h.Name)
		}
		if strings.ContainsAny(h.Value, "\r\n\x00") {
			add(fmt.Sprintf("headers[%d].value", i), "A5", "header %q holds CR, LF or NUL; it would split the request", h.Name)
		}
	}

	steps := 0
	if seen != nil {
		seen.mappings = make([]checkedMapping, len(w.Mappings))
		for _, m := range w.Mappings {
			steps += pathSteps(m.Attribute)
		}
	}
	store := make(Path, 0, steps)
	for i, m := range w.Mappings { // R11, R22-R24, A23
		var cm checkedMapping
		cm, store = checkMappingInto(cat, m, store)
		if seen != nil {
			seen.mappings[i] = cm
		}
		if err := cm.pathErr; err != nil {
			rule, msg := "R22", err.Error()
			var p Problem
			if errors.As(err, &p) {
				rule, msg = p.Rule, p.Message
			}
			if rule != "A23" { // a path that starts with an index is legal but never resolves: a skip, not an error
				add(fmt.Sprintf("mappings[%d].attribute", i), rule, "%s", msg)
			}
		}
		if strings.TrimSpace(m.Field) == "" {
			add(fmt.Sprintf("mappings[%d].field", i), "R11", "the mapping names no lead field")
		} else if !cm.fieldOK {
			add(fmt.Sprintf("mappings[%d].field", i), "R11", "no lead field has the SOAP API name %q%s", m.Field, cat.SOAPHint(m.Field))
		}
	}
	return ps
}

// firstUnsendable finds the first character of shape, a URL with its tokens
// replaced (withoutTokens), that cannot stand in a request line as typed
// (R5): white space, control characters and anything beyond ASCII.
func firstUnsendable(shape string) (rune, bool) {
	for _, r := range shape {
		if r <= ' ' || r == 0x7f || r > 0x7e {
			return r, true
		}
	}
	return 0, false
}

// withoutTokens replaces each token with a placeholder so the URL's own shape
// can be checked (R5).
func withoutTokens(s string) string {
	t, ok := nextToken(s, 0)
	if !ok {
		return s
	}
	var b strings.Builder
	last := 0
	for ; ok; t, ok = nextToken(s, t.End) {
		b.WriteString(s[last:t.Start])
		b.WriteString("1") // fits a host, a port, a path and a query
		last = t.End
	}
	b.WriteString(s[last:])
	return b.String()
}

func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}

// validHeaderName reports whether name is an HTTP token (RFC 9110 5.1).
func validHeaderName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}
