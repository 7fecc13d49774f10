package marketo_test

import (
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

func TestValidate(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		name  string
		edit  func(w *marketo.Webhook)
		field string // "" when the definition is valid
		rule  string
	}{
		{"R5 valid with tokens", func(w *marketo.Webhook) {}, "", ""},
		{"R5 empty URL", func(w *marketo.Webhook) { w.URL = "" }, "url", "R5"},
		{"R5 no scheme", func(w *marketo.Webhook) { w.URL = "enrich.vendor.example/x" }, "url", "R5"},
		{"R5 ftp scheme", func(w *marketo.Webhook) { w.URL = "ftp://enrich.vendor.example/x" }, "url", "R5"},
		{"R5 token as host", func(w *marketo.Webhook) { w.URL = "https://{{my.Host}}/x" }, "", ""},
		{"R5 a space typed in the URL", func(w *marketo.Webhook) { w.URL = "https://a.example/p q" }, "url", "R5"},
		{"R5 non-ASCII typed in the URL", func(w *marketo.Webhook) { w.URL = "https://a.example/é" }, "url", "R5"},
		{"R5 a token in the port", func(w *marketo.Webhook) { w.URL = "http://127.0.0.1:{{my.Port}}/x" }, "", ""},
		{"R6 missing method", func(w *marketo.Webhook) { w.Method = "" }, "method", "R6"},
		{"R6 unknown method", func(w *marketo.Webhook) { w.Method = "HEAD" }, "method", "R6"},
		{"R6 DELETE with template", func(w *marketo.Webhook) { w.Method = marketo.MethodDelete }, "", ""},
		{"A2 template on GET", func(w *marketo.Webhook) { w.Method = marketo.MethodGet }, "template", "A2"},
		{"A2 GET without template", func(w *marketo.Webhook) { w.Method = marketo.MethodGet; w.Template = "" }, "", ""},
		{"A3 illegal escape", func(w *marketo.Webhook) { w.Template = `{"a": "x\s"}` }, "template", "A3"},
		{"A3 legal escapes", func(w *marketo.Webhook) { w.Template = `{"a": "x\t\n\\\""}` }, "", ""},
		{"R8 unknown encoding", func(w *marketo.Webhook) { w.Encoding = "xml" }, "tokenEncoding", "R8"},
		{"A25 empty encoding means None", func(w *marketo.Webhook) { w.Encoding = "" }, "", ""},
		{"R9 unknown response type", func(w *marketo.Webhook) { w.ResponseType = "csv" }, "responseType", "R9"},
		{"A27 mappings need a response type", func(w *marketo.Webhook) { w.ResponseType = "" }, "responseType", "R9"},
		{"A27 no response type, no mappings", func(w *marketo.Webhook) { w.ResponseType = ""; w.Mappings = nil }, "", ""},
		{"R10 bad header name", func(w *marketo.Webhook) { w.Headers = []marketo.Header{{Name: "X Key", Value: "v"}} }, "headers[0].name", "R10"},
		{"A5 CR LF in header", func(w *marketo.Webhook) { w.Headers = []marketo.Header{{Name: "X-Key", Value: "a\r\nX-Evil: 1"}} }, "headers[0].value", "A5"},
		{"R11 unknown field", func(w *marketo.Webhook) { w.Mappings[0].Field = "noSuchField" }, "mappings[0].field", "R11"},
		{"R11 display name is not a SOAP name", func(w *marketo.Webhook) { w.Mappings[0].Field = "Company Name" }, "mappings[0].field", "R11"},
		{"R22 illegal key character", func(w *marketo.Webhook) { w.Mappings[1].Attribute = "company.na$me" }, "mappings[1].attribute", "R22"},
		{"A23 a path starting with an index is no definition error", func(w *marketo.Webhook) { w.Mappings[1].Attribute = "[0].name" }, "", ""},
		{"R23 string subscript", func(w *marketo.Webhook) { w.Mappings[1].Attribute = `orders["x"].name` }, "mappings[1].attribute", "R23"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := enrichHook()
			tc.edit(w)
			ps := w.Validate(cat)
			if tc.field == "" {
				if len(ps) > 0 {
					t.Fatalf("problems = %v, want none", ps)
				}
				return
			}
			for _, p := range ps {
				if p.Field == tc.field && p.Rule == tc.rule {
					if p.Message == "" {
						t.Errorf("problem %v has no message", p)
					}
					return
				}
			}
			t.Fatalf("problems = %v, want one at %s under %s", ps, tc.field, tc.rule)
		})
	}
}

func TestValidateReportsAll(t *testing.T) {
	w := &marketo.Webhook{Method: marketo.MethodGet, Template: `\s`, Encoding: "x",
		Mappings: []marketo.Mapping{{Attribute: "a$", Field: "nope"}}}
	ps := w.Validate(marketo.StandardCatalog())
	got := map[string]bool{}
	for _, p := range ps {
		got[p.Rule] = true
	}
	for _, rule := range []string{"R5", "A2", "A3", "R8", "R9", "R22", "R11"} {
		if !got[rule] {
			t.Errorf("no problem under %s in %v", rule, ps)
		}
	}
	if err := ps.Err(); err == nil || !strings.Contains(err.Error(), "(A2)") {
		t.Errorf("Err() = %v, want all problems with their rule ids", err)
	}
}

func TestNilCatalogMeansStandard(t *testing.T) {
	// A nil catalog is the standard one everywhere, as Render documents.
	if ps := enrichHook().Validate(nil); len(ps) != 0 {
		t.Errorf("Validate(nil) = %v, want no problems against the standard fields", ps)
	}
	out := marketo.Judge(enrichHook(), nil, baseLead(), answer(200, "OK", enrichBody), marketo.Options{})
	if len(out.Changes) != 2 {
		t.Errorf("Judge(nil catalog) changes = %v, want the two mappings applied", out.Changes)
	}
}
