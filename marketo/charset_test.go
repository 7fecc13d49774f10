package marketo_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

func TestJudgeCharset(t *testing.T) {
	// A32: the Content-Type charset and the XML declaration are honoured; a
	// lead field gets the text the service meant or nothing, never U+FFFD.
	jsonHook := func() *marketo.Webhook { return enrichHook() }
	xmlHook := func() *marketo.Webhook {
		w := enrichHook()
		w.ResponseType = marketo.ResponseXML
		w.Mappings = []marketo.Mapping{{Attribute: "r.company.name", Field: "company"}}
		return w
	}
	tests := []struct {
		name        string
		hook        func() *marketo.Webhook
		contentType string
		body        string
		want        string // the Company written; "" for none
		skipRule    string // the rule of the skipped company mapping, if none is written
		failure     marketo.Failure
	}{
		{"A32 ISO-8859-1 JSON", jsonHook, "application/json; charset=ISO-8859-1", "{\"company\":{\"name\":\"M\xfcller GmbH\"}}", "Müller GmbH", "", ""},
		{"A32 windows-1252 JSON", jsonHook, "application/json; charset=windows-1252", "{\"company\":{\"name\":\"\x93Quoted\x94 \x80\"}}", "“Quoted” €", "", ""},
		{"A32 latin1 alias", jsonHook, "application/json;charset=latin1", "{\"company\":{\"name\":\"Caf\xe9\"}}", "Café", "", ""},
		{"A32 UTF-16LE JSON", jsonHook, "application/json; charset=UTF-16LE", utf16le(`{"company":{"name":"Ünal"}}`), "Ünal", "", ""},
		{"A32 UTF-8 declared", jsonHook, "application/json; charset=utf-8", `{"company":{"name":"Müller GmbH"}}`, "Müller GmbH", "", ""},
		{"A32 invalid UTF-8, no charset: skipped", jsonHook, "application/json", "{\"company\":{\"name\":\"M\xfcller GmbH\"}}", "", "A32", ""},
		{"A32 invalid UTF-8 declared as UTF-8: skipped", jsonHook, "application/json; charset=UTF-8", "{\"company\":{\"name\":\"M\xfcller\"}}", "", "A32", ""},
		{"A32 unknown charset: unparseable", jsonHook, "application/json; charset=x-klingon", `{"company":{"name":"Q"}}`, "", "", marketo.FailureUnparseable},
		{"A32 XML declaration ISO-8859-1", xmlHook, "application/xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r><company><name>M\xfcller</name></company></r>", "Müller", "", ""},
		{"A32 XML Content-Type wins, declared once", xmlHook, "text/xml; charset=ISO-8859-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r><company><name>M\xfcller</name></company></r>", "Müller", "", ""},
		{"A32 XML invalid UTF-8, no charset: unparseable", xmlHook, "application/xml", "<r><company><name>M\xfcller</name></company></r>", "", "", marketo.FailureUnparseable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ans := marketo.Answer{Status: 200, Reason: "OK", Proto: "HTTP/1.1",
				Header: http.Header{"Content-Type": {tc.contentType}}, Body: []byte(tc.body)}
			out := marketo.Judge(tc.hook(), nil, baseLead(), ans, marketo.Options{})
			if out.Failure != tc.failure {
				t.Fatalf("failure %q (%s), want %q", out.Failure, out.Detail, tc.failure)
			}
			if out.Response != tc.body {
				t.Errorf("R21: Response %q, want the bytes as received", out.Response)
			}
			got, _ := out.Lead["company"].(string)
			if tc.want != "" && got != tc.want {
				t.Errorf("company = %q, want %q", got, tc.want)
			}
			if strings.ContainsRune(got, '\uFFFD') {
				t.Errorf("company = %q: a replacement character reached a lead field", got)
			}
			if tc.skipRule != "" {
				if got != "Old Co" {
					t.Errorf("company = %q, want it unchanged", got)
				}
				if len(out.Skipped) == 0 || out.Skipped[0].Rule != tc.skipRule {
					t.Errorf("skipped %+v, want the company mapping skipped under %s", out.Skipped, tc.skipRule)
				}
			}
		})
	}
}

// utf16le is s in UTF-16, little endian, for ASCII and Latin-1 text.
func utf16le(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}
