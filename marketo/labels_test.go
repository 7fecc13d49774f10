package marketo_test

import (
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

func TestParseEncodingAndResponseType(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     marketo.Encoding
	}{
		{"R8 model name", "form", marketo.EncodingForm},
		{"R8 admin label Form/Url", "Form/Url", marketo.EncodingForm},
		{"R8 admin label JSON", "JSON", marketo.EncodingJSON},
		{"R8 admin label None", "None", marketo.EncodingNone},
	} {
		if got, err := marketo.ParseEncoding(tt.in); err != nil || got != tt.want {
			t.Errorf("%s: ParseEncoding(%q) = %q, %v; want %q", tt.name, tt.in, got, err, tt.want)
		}
	}
	for in, want := range map[string]marketo.ResponseType{"XML": marketo.ResponseXML, "json": marketo.ResponseJSON, "None": ""} {
		if got, err := marketo.ParseResponseType(in); err != nil || got != want {
			t.Errorf("R9 ParseResponseType(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := marketo.ParseEncoding("frm"); err == nil || !strings.Contains(err.Error(), `did you mean "form"?`) || !strings.Contains(err.Error(), "(R8)") {
		t.Errorf("R8 ParseEncoding(frm): got %v, want the closest and the rule", err)
	}
	if _, err := marketo.ParseResponseType("jsn"); err == nil || !strings.Contains(err.Error(), `did you mean "json"?`) {
		t.Errorf("R9 ParseResponseType(jsn): got %v, want the closest", err)
	}
}

func TestLookupHints(t *testing.T) {
	cat := marketo.StandardCatalog()
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"R11 SOAP name typo", (&marketo.Webhook{Name: "W", URL: "https://a.example/", Method: marketo.MethodPost, ResponseType: marketo.ResponseJSON,
			Mappings: []marketo.Mapping{{Attribute: "s", Field: "leadScor"}}}).Validate(cat).Err(), `did you mean "leadScore"?`},
		{"R8 encoding typo in a definition", (&marketo.Webhook{Name: "W", URL: "https://a.example/", Method: marketo.MethodPost, Encoding: "jsonn"}).Validate(cat).Err(), `did you mean "json"?`},
		{"A1 knob typo", marketo.SetKnob(&marketo.Options{}, "MaxConcurent", "2"), `did you mean "MaxConcurrent"?`},
		{"A1 number knob switched on", marketo.SwitchOn(&marketo.Options{}, "MaxConcurrent"), "MaxConcurrent is a"},
		{"R26 type typo", cat.Add(marketo.Field{Name: "F", SOAPName: "f", Type: "boolen"}), `did you mean "boolean"?`},
	} {
		if tt.err == nil || !strings.Contains(tt.err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q in it", tt.name, tt.err, tt.want)
		}
	}
	if h := cat.NameHint("Emial Address"); h != `; did you mean "Email Address"?` {
		t.Errorf("R26 NameHint: got %q", h)
	}
}
