package hookfile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

const goodWebhook = `name: Enrich
url: https://enrich.vendor.example/v1?email={{lead.Email Address}}
method: post
tokenEncoding: JSON
responseType: json
headers:
  X-Api-Key: "{{my.Key}}"
  Accept: application/json
template: |
  {"email": {{lead.Email Address}}}
mappings:
  person.company.name: company
  person.score: fitScore
fields:
  - {name: Fit Score, soapName: fitScore, type: score}
`

func TestParseWebhook(t *testing.T) {
	def, err := hookfile.ParseWebhook("enrich.yaml", []byte(goodWebhook))
	if err != nil {
		t.Fatalf("ParseWebhook: %v", err)
	}
	w := def.Webhook
	if w.Method != marketo.MethodPost || w.Encoding != marketo.EncodingJSON || w.ResponseType != marketo.ResponseJSON {
		t.Errorf("method/encoding/response type = %s/%s/%s, want POST/json/json", w.Method, w.Encoding, w.ResponseType)
	}
	if len(w.Headers) != 2 || w.Headers[0] != (marketo.Header{Name: "X-Api-Key", Value: "{{my.Key}}"}) {
		t.Errorf("R10 headers = %v, want X-Api-Key first, in file order", w.Headers)
	}
	wantMaps := []marketo.Mapping{{Attribute: "person.company.name", Field: "company"}, {Attribute: "person.score", Field: "fitScore"}}
	if len(w.Mappings) != 2 || w.Mappings[0] != wantMaps[0] || w.Mappings[1] != wantMaps[1] {
		t.Errorf("R11 mappings = %v, want %v", w.Mappings, wantMaps)
	}
	if f, ok := def.Catalog.BySOAP("fitScore"); !ok || f.Type != marketo.TypeScore {
		t.Errorf("R26 custom field = %v, %v; want fitScore of type score", f, ok)
	}
}

func TestParseWebhookMappingList(t *testing.T) {
	src := strings.Replace(goodWebhook, "mappings:\n  person.company.name: company\n  person.score: fitScore\n",
		"mappings:\n  - {attribute: person.company.name, field: company}\n  - {attribute: person.company.name, field: title}\n", 1)
	def, err := hookfile.ParseWebhook("enrich.yaml", []byte(src))
	if err != nil {
		t.Fatalf("ParseWebhook: %v", err)
	}
	if got := def.Webhook.Mappings; len(got) != 2 || got[1].Field != "title" {
		t.Errorf("mappings = %v, want two mappings of one attribute", got)
	}
}

func TestParseWebhookErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		key  string
		rule string
	}{
		{"format malformed YAML", "name: [unclosed\nurl: x\n", 0, "", "format"},
		{"format unknown key", "name: X\nurl: https://a.example/\nmethod: GET\nverb: GET\n", 4, "verb", "format"},
		{"format key twice", "name: X\nname: Y\nurl: https://a.example/\nmethod: GET\n", 2, "name", "format"},
		{"A2 template on GET", "name: X\nurl: https://a.example/\nmethod: GET\ntemplate: '{}'\n", 4, "template", "A2"},
		{"A3 illegal escape", "name: X\nurl: https://a.example/\nmethod: POST\ntemplate: '{\"a\": \"\\s\"}'\n", 4, "template", "A3"},
		{"A5 CR LF in a header", "name: X\nurl: https://a.example/\nmethod: GET\nheaders:\n  X-A: \"a\\r\\nB: c\"\n", 5, "headers[0].value", "A5"},
		{"R6 unknown method", "name: X\nurl: https://a.example/\nmethod: FETCH\n", 3, "method", "R6"},
		{"R22 illegal path character", "name: X\nurl: https://a.example/\nmethod: GET\nresponseType: json\nmappings:\n  a.b$: company\n", 6, "mappings[0].attribute", "R22"},
		{"R11 unknown field", "name: X\nurl: https://a.example/\nmethod: GET\nresponseType: json\nmappings:\n  a.b: nope\n", 6, "mappings[0].field", "R11"},
		{"R26 unknown field type", "name: X\nurl: https://a.example/\nmethod: GET\nfields:\n  - {name: A, soapName: a, type: money}\n", 5, "fields[0]", "R26"},
		{"A8 custom field takes a standard display name", "name: X\nurl: https://a.example/\nmethod: GET\nfields:\n  - {name: email address, soapName: email2, type: email}\n", 5, "fields[0]", "A8"},
		{"R11 custom field takes a standard SOAP name", "name: X\nurl: https://a.example/\nmethod: GET\nfields:\n  - {name: Email 2, soapName: EMAIL, type: email}\n", 5, "fields[0]", "R11"},
		{"R12 custom field without a display name", "name: X\nurl: https://a.example/\nmethod: GET\nfields:\n  - {name: ' ', soapName: shoeSize, type: integer}\n", 5, "fields[0]", "R12"},
		{"format unknown field key", "name: X\nurl: https://a.example/\nmethod: GET\nfields:\n  - {name: A, soapName: a, type: score, size: 3}\n", 5, "fields[0].size", "format"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := hookfile.ParseWebhook("bad.yaml", []byte(tc.src))
			var errs hookfile.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("err = %v, want hookfile.Errors", err)
			}
			for _, e := range errs {
				if e.Rule == tc.rule && e.Key == tc.key && (tc.line == 0 || e.Line == tc.line) {
					if e.File != "bad.yaml" || !strings.HasPrefix(e.Error(), "bad.yaml:") {
						t.Errorf("error %q does not start with the file name", e)
					}
					return
				}
			}
			t.Fatalf("errors:\n%v\nwant one at line %d, key %q, rule %s", err, tc.line, tc.key, tc.rule)
		})
	}
}

func TestParseWebhookReportsEveryProblem(t *testing.T) {
	src := "name: X\nurl: nope\nmethod: GET\ntemplate: '\\s'\nextra: 1\n"
	_, err := hookfile.ParseWebhook("bad.yaml", []byte(src))
	var errs hookfile.Errors
	if !errors.As(err, &errs) || len(errs) < 4 {
		t.Fatalf("err = %v, want at least 4 problems (R5, A2, A3, format)", err)
	}
	for i := 1; i < len(errs); i++ {
		if errs[i].Line < errs[i-1].Line {
			t.Errorf("errors out of file order: %v", err)
		}
	}
}

func TestParseLead(t *testing.T) {
	cat := marketo.StandardCatalog()
	lead, err := hookfile.ParseLead("lead.yaml", []byte("Email Address: ada@example.com\nfirstName: Ada\nnumberOfEmployees: 42\ncompany:\n"), cat)
	if err != nil {
		t.Fatalf("ParseLead: %v", err)
	}
	want := marketo.Lead{"email": "ada@example.com", "firstName": "Ada", "numberOfEmployees": int64(42)}
	if len(lead) != len(want) || lead["email"] != want["email"] || lead["numberOfEmployees"] != want["numberOfEmployees"] {
		t.Errorf("lead = %v, want %v", lead, want)
	}

	for _, tc := range []struct {
		name, src, key, rule string
		line                 int
	}{
		{"R26 unknown field", "Email Address: a@b.example\nShoe Size: 9\n", "Shoe Size", "R26", 2},
		{"R26 not an integer", "numberOfEmployees: many\n", "numberOfEmployees", "R26", 1},
		{"R26 not an email", "email: nope\n", "email", "R26", 1},
		{"format one field twice", "email: a@b.example\nEmail Address: c@d.example\n", "Email Address", "format", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := hookfile.ParseLead("lead.yaml", []byte(tc.src), cat)
			var errs hookfile.Errors
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("err = %v, want hookfile.Errors", err)
			}
			if e := errs[0]; e.Key != tc.key || e.Rule != tc.rule || e.Line != tc.line {
				t.Errorf("got %s, want key %q rule %s line %d", e, tc.key, tc.rule, tc.line)
			}
		})
	}
}

func TestLoadExample(t *testing.T) {
	def, err := hookfile.LoadWebhook("../examples/enrich/webhook.yaml")
	if err != nil {
		t.Fatalf("example webhook: %v", err)
	}
	if _, err := hookfile.LoadLead("../examples/enrich/lead.yaml", def.Catalog); err != nil {
		t.Fatalf("example lead: %v", err)
	}
}
