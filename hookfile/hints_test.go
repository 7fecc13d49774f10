package hookfile_test

import (
	"strings"
	"testing"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

// TestWebhookAdminLabels: the labels of Marketo's admin screen are accepted
// as written there (R8, R9).
func TestWebhookAdminLabels(t *testing.T) {
	for _, tt := range []struct {
		name, enc, res string
		wantEnc        marketo.Encoding
		wantRes        marketo.ResponseType
	}{
		{"R8 Form/Url", "Form/Url", "JSON", marketo.EncodingForm, marketo.ResponseJSON},
		{"R8 None", "None", "XML", marketo.EncodingNone, marketo.ResponseXML},
		{"R9 None is no parsing", "JSON", "None", marketo.EncodingJSON, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "name: L\nurl: https://a.example/\nmethod: POST\ntokenEncoding: " + tt.enc + "\nresponseType: " + tt.res + "\n"
			def, err := hookfile.ParseWebhook("l.yaml", []byte(src))
			if err != nil {
				t.Fatalf("ParseWebhook: %v", err)
			}
			if def.Webhook.Encoding != tt.wantEnc || def.Webhook.ResponseType != tt.wantRes {
				t.Errorf("got %q/%q, want %q/%q", def.Webhook.Encoding, def.Webhook.ResponseType, tt.wantEnc, tt.wantRes)
			}
		})
	}
}

// TestWebhookHints: every unknown name gets the closest known one, and an
// unquoted JSON template says to quote it.
func TestWebhookHints(t *testing.T) {
	base := "name: L\nurl: https://a.example/\nmethod: POST\n"
	for _, tt := range []struct {
		name, src, want string
	}{
		{"R8 encoding typo", base + "tokenEncoding: jsno\n", `l.yaml:4:16: tokenEncoding: unknown Request Token Encoding "jsno"`},
		{"R8 encoding typo names the closest", base + "tokenEncoding: jsno\n", `did you mean "json"?`},
		{"R9 response type typo", base + "responseType: xlm\n", `did you mean "xml"?`},
		{"R11 SOAP name typo", base + "responseType: json\nmappings:\n  score: leadScroe\n", `did you mean "leadScore"?`},
		{"R11 display name", base + "responseType: json\nmappings:\n  score: Lead Score\n", `its SOAP API name is "leadScore"`},
		{"R26 field type typo", base + "fields:\n  - {name: F, soapName: f, type: integr}\n", `did you mean "integer"?`},
		{"R7 unknown key", base + "tempalte: x\n", `did you mean "template"?`},
		{"R7 unquoted JSON template", base + "template: {\"email\": 1}\n", "quote it"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := hookfile.ParseWebhook("l.yaml", []byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestLeadHint: a lead file's unknown field names the closest (R26).
func TestLeadHint(t *testing.T) {
	_, err := hookfile.ParseLead("lead.yaml", []byte("Emial Address: ada@example.com\n"), marketo.StandardCatalog())
	if err == nil || !strings.Contains(err.Error(), `did you mean "Email Address"?`) {
		t.Fatalf("got %v, want the closest field named", err)
	}
}

// TestLeadValueNamesTheFieldOnce: a value of the wrong type names the field
// once, with its type (R26).
func TestLeadValueNamesTheFieldOnce(t *testing.T) {
	_, err := hookfile.ParseLead("lead.yaml", []byte("Lead Score: abc\n"), marketo.StandardCatalog())
	want := `lead.yaml:1:13: Lead Score: "abc" is not a number (a score field) (R26)`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
	_, err = hookfile.ParseLeadsCSV("leads.csv", []byte("Lead Score\nabc\n"), marketo.StandardCatalog())
	if err == nil || strings.Count(err.Error(), "Lead Score") != 1 {
		t.Fatalf("got %v, want the field named once", err)
	}
}
