package generators

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
)

// TestScenarioStatesEveryOutcome: the printed scenario names the failure
// and the Error Type of an over-size answer (A12, R21), and when a mapping
// writes, asserts that the lead's unmapped fields stay as they were (R18).
func TestScenarioStatesEveryOutcome(t *testing.T) {
	cat := marketo.StandardCatalog()
	hook := Hook{Webhook: marketo.Webhook{Name: "enrich", URL: "https://enrich.vendor.example/hook", Method: marketo.MethodGet,
		ResponseType: marketo.ResponseJSON, Mappings: []marketo.Mapping{{Attribute: "score", Field: "leadScore"}}}}
	lead := marketo.Lead{"leadScore": int64(1), "firstName": "Ann"}
	tree := map[string]any{"score": json.Number("42")}
	base := Case{Hook: hook, Lead: lead, Campaign: marketo.Trigger, Tree: tree, Body: BodyDoc,
		Options: marketo.Options{Timeout: AnswerTimeout, MaxBodyBytes: 16}}

	for _, tc := range []struct {
		name string
		body []byte
		want []string
	}{
		{"A12 over-size", bytes.Repeat([]byte("x"), 17), []string{
			`the recorded code is 200`, `the failure is "too-large"`, `the Error Type is "Fine"`, `the Response is:`, `xxxxxxxxxxxxxxxx`, `no lead field was written`}},
		{"R18 a write leaves the other fields", []byte(`{"score":42}`), []string{
			`the field "leadScore" is "42"`, `the field "firstName" is unchanged`, `the Response is:`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			c.Answer = harness.Script{Status: 200, Reason: "Fine", Body: tc.body}
			e := c.Expect(cat)
			sc := Scenario("t", &c, &e)
			for _, w := range tc.want {
				if !strings.Contains(sc, " "+w+"\n") { // after Then or And
					t.Errorf("no %q in:\n%s", w, sc)
				}
			}
		})
	}
}
