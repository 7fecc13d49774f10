package harness

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

// chaosRun calls the Enrich webhook for n leads at once on both faces
// under chaos, and returns, per face, the leads (by index) that were reset.
func chaosRun(t *testing.T, n int, chaos Chaos) map[FaceKind][]int {
	t.Helper()
	leads := make([]marketo.Lead, n)
	for i := range leads {
		leads[i] = marketo.Lead{"email": fmt.Sprintf("lead%d@example.com", i), "company": "Old Co"}
	}
	runs, err := CallFaces(context.Background(), TransportBoth, Call{
		Script: Script{Status: 200, Body: []byte(`{"company": "New Co"}`), Chaos: chaos},
		Webhook: &marketo.Webhook{Name: "Enrich", URL: "https://enrich.vendor.example/v1/score", Method: marketo.MethodPost,
			Template: `{"email": {{lead.Email Address}}}`, Encoding: marketo.EncodingJSON, ResponseType: marketo.ResponseJSON,
			Mappings: []marketo.Mapping{{Attribute: "company", Field: "company"}}},
		Leads: leads,
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := Compare(runs[0], runs[1]); d != nil {
		t.Errorf("the faces disagree under chaos: %v", d)
	}
	reset := map[FaceKind][]int{}
	for _, r := range runs {
		for i, lc := range r.Calls {
			switch {
			case lc.Outcome == nil:
				t.Fatalf("%s: lead %d: %v", r.Face, i, lc.Err)
			case lc.Outcome.Failure == marketo.FailureReset:
				reset[r.Face] = append(reset[r.Face], i)
				if len(lc.Outcome.Changes) > 0 {
					t.Errorf("%s: lead %d was reset and changed", r.Face, i)
				}
			case lc.Outcome.Failure != "" || len(lc.Outcome.Changes) != 1:
				t.Errorf("%s: lead %d: failure %q, %d changes; want the answer mapped", r.Face, i, lc.Outcome.Failure, len(lc.Outcome.Changes))
			}
		}
	}
	return reset
}

// TestChaosReplays: "the service resets 30% of connections (seed 42)"
// resets about 30% of 60 leads called at once, the same leads on both
// faces and in a second run with the same seed (one seed replays the run
// exactly, whatever the order the requests arrive in); another seed picks
// others.
func TestChaosReplays(t *testing.T) {
	const n = 60
	first := chaosRun(t, n, Chaos{Percent: 30, Seed: 42})
	again := chaosRun(t, n, Chaos{Percent: 30, Seed: 42})
	other := chaosRun(t, n, Chaos{Percent: 30, Seed: 7})
	got := first[Mock]
	if !slices.Equal(got, first[Wire]) || !slices.Equal(got, again[Mock]) || !slices.Equal(got, again[Wire]) {
		t.Errorf("seed 42 reset leads %v (mock), %v (wire), then %v, %v: want the same", first[Mock], first[Wire], again[Mock], again[Wire])
	}
	if len(got) < n*15/100 || len(got) > n*45/100 {
		t.Errorf("30%% of %d leads: %d reset", n, len(got))
	}
	if slices.Equal(got, other[Mock]) {
		t.Errorf("seeds 42 and 7 reset the same leads %v", got)
	}
	t.Logf("seed 42 resets leads %v", got)
}
