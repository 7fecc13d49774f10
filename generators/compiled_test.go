package generators

import (
	"context"
	"reflect"
	"testing"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// TestCompiledAgreesWithCall: R5-R24, A16, A20: a definition compiled once
// and called for several leads records, for each lead, what Call records for
// it: the same request, code, Error Type, Response, changes, skips and lead,
// with the JSON answer decoded only as far as the mappings read.
func TestCompiledAgreesWithCall(t *testing.T) {
	cat := marketo.StandardCatalog()
	rapid.Check(t, func(t *rapid.T) {
		c := CaseOf(cat, AnyAnswer).Draw(t, "case")
		if c.Answer.Fault == harness.FaultHang || c.Answer.Fault == harness.FaultDrip {
			// Nothing here is about time: a drip (a byte every 50 ms) under
			// a 10 s time-out would take 10 s a call and end where the
			// clock says, one byte more or less in each Response.
			c.Answer.Fault = harness.FaultNone
		}
		c.Options.Timeout = AnswerTimeout
		cw, err := marketo.Compile(c.Webhook(), cat)
		if err != nil {
			t.Fatalf("Compile: %v", err)
		}
		leads := append([]marketo.Lead{c.Lead}, rapid.SliceOfN(leadFor(cat, c.Webhook().Mappings), 1, 3).Draw(t, "more leads")...)
		face := harness.NewMock(harness.NewService(c.Answer))
		defer face.Close()
		caller := marketo.NewCaller(face.Client(), cat, c.Options)
		for i, lead := range leads {
			want, werr := caller.Call(context.Background(), c.Webhook(), lead, c.Context())
			got, gerr := caller.CallCompiled(context.Background(), cw, lead, c.Context())
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("lead %d: CallCompiled error %v, Call error %v", i, gerr, werr)
			}
			if werr != nil || timedOut(want) || timedOut(got) {
				// A call that ran into its time-out (a 100 MiB body on a
				// loaded machine) records what it had read by then, which
				// depends on timing, not on compiling: nothing to compare.
				continue
			}
			if d := outcomeDiff(got, want); d != "" {
				t.Fatalf("lead %d: CallCompiled: %s as Call records", i, d)
			}
			if !reflect.DeepEqual(got.Request, want.Request) {
				t.Fatalf("lead %d: CallCompiled sent %+v, Call %+v", i, got.Request, want.Request)
			}
		}
	})
}

// timedOut tells whether a call ended in its time-out (R17).
func timedOut(o *marketo.Outcome) bool { return o.Failure == marketo.FailureTimeout }

// TestCompileRefusesWhatValidateRefuses: R6: Compile reports the problems
// Validate reports, and the Compiled keeps its own copy of the definition.
func TestCompileRefusesWhatValidateRefuses(t *testing.T) {
	w := &marketo.Webhook{Name: "x", URL: "https://a.example/", Method: "FETCH"}
	if _, err := marketo.Compile(w, nil); err == nil {
		t.Fatalf("Compile(method FETCH) = nil error, want the R6 problem")
	}
	w.Method = marketo.MethodPost
	cw, err := marketo.Compile(w, nil)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	w.URL = "https://b.example/"
	if got := cw.Webhook().URL; got != "https://a.example/" {
		t.Errorf("Compiled URL %q after changing the definition, want https://a.example/", got)
	}
}
