package live_test

import (
	"slices"
	"testing"

	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
)

func TestSampleLeadsFillWhatTheDefinitionSends(t *testing.T) {
	cat := marketo.StandardCatalog()
	w := &marketo.Webhook{
		Name: "x", Method: marketo.MethodPost, Encoding: marketo.EncodingJSON,
		URL:      "https://a.example/v1?site={{lead.Website}}&c={{campaign.name}}",
		Headers:  []marketo.Header{{Name: "X-Who", Value: "{{lead.First Name}}"}},
		Template: `{"email": {{lead.Email Address}}, "n": {{lead.numberOfEmployees}}, "x": {{lead.No Such Field}}, "again": {{lead.email}}}`,
	}
	// R12: the lead tokens of URL, headers and template, each once.
	if got, want := live.SentFields(w, cat), []string{"website", "firstName", "email", "numberOfEmployees"}; !slices.Equal(got, want) {
		t.Fatalf("R12: got %v, want %v", got, want)
	}
	leads := live.SampleLeads(w, cat, 3)
	if len(leads) != 3 {
		t.Fatalf("got %d leads, want 3", len(leads))
	}
	for i, lead := range leads {
		for _, name := range []string{"website", "firstName", "email", "numberOfEmployees"} {
			f, _ := cat.BySOAP(name)
			v, ok := lead[name]
			if !ok {
				t.Fatalf("lead %d has no %s", i, name)
			}
			// R26: every sample value is one its field accepts.
			if _, err := cat.ParseValue(f, marketo.FormatValue(v)); err != nil {
				t.Errorf("lead %d: R26 %v", i, err)
			}
		}
	}
	if leads[0]["email"] == leads[1]["email"] {
		t.Error("sample leads should differ from one another")
	}
}
