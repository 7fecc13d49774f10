package generators

import (
	"context"
	"fmt"
	"reflect"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// Reuse is the property that no answer changes the outcome of a later
// call on the same Caller (A15, A36): a sequence of generated cases called
// one after the other on one Caller over one wire face, whose client keeps
// its connections alive, has the outcomes each case has on a fresh Caller
// over a fresh wire face. Faults that only wait (hang, drip) are played as plain
// answers, and every call waits AnswerTimeout, so that a check takes
// milliseconds and no outcome depends on timing.
func Reuse(cat *marketo.Catalog) func(*rapid.T) {
	return func(t *rapid.T) {
		cases := rapid.SliceOfN(CaseOf(cat, AnyAnswer), 2, 5).Draw(t, "cases")
		shared := harness.NewService(harness.Script{})
		face, err := harness.NewWire(shared)
		if err != nil {
			t.Fatalf("wire face: %v", err)
		}
		defer face.Close()
		caller := marketo.NewCaller(face.Client(), cat, marketo.Options{})
		for i := range cases {
			c := &cases[i]
			if c.Answer.Fault == harness.FaultHang || c.Answer.Fault == harness.FaultDrip {
				c.Answer.Fault = harness.FaultNone
			}
			c.Options.Timeout = AnswerTimeout // a short one (drawn for hangs) would race the answer
			want := freshOutcome(t, cat, c)
			shared.SetScript(c.Answer)
			got := callCase(t, reuseCaller(caller, cat, c.Options, face), c)
			if d := outcomeDiff(got, want); d != "" {
				t.Fatalf("call %d of %d on one Caller: %s; a fresh Caller got the other (A15, A36)", i+1, len(cases), d)
			}
		}
	}
}

// reuseCaller is the shared Caller with the case's options: the options
// are the Caller's, so a case with other options gets a Caller of its own
// over the same face, which still shares the face's pooled connections.
func reuseCaller(c *marketo.Caller, cat *marketo.Catalog, opts marketo.Options, face harness.Face) *marketo.Caller {
	if c.Options() == opts {
		return c
	}
	return marketo.NewCaller(face.Client(), cat, opts)
}

func freshOutcome(t *rapid.T, cat *marketo.Catalog, c *Case) *marketo.Outcome {
	face, err := harness.NewWire(harness.NewService(c.Answer))
	if err != nil {
		t.Fatalf("wire face: %v", err)
	}
	defer face.Close()
	return callCase(t, marketo.NewCaller(face.Client(), cat, c.Options), c)
}

func callCase(t *rapid.T, caller *marketo.Caller, c *Case) *marketo.Outcome {
	out, err := caller.Call(context.Background(), c.Webhook(), c.Lead, c.Context())
	if err != nil {
		t.Fatalf("Call: %v", err)
	}
	return out
}

// outcomeDiff names the first difference between what two calls recorded
// and did, or "".
func outcomeDiff(got, want *marketo.Outcome) string {
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"code", got.Code, want.Code},
		{"status", got.Status, want.Status},
		{"Error Type", got.ErrorType, want.ErrorType},
		{"failure", got.Failure, want.Failure},
		{"Response", got.Response, want.Response},
		{"changes", got.Changes, want.Changes},
		{"skipped", got.Skipped, want.Skipped},
		{"lead", got.Lead, want.Lead},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			return fmt.Sprintf("%s %v, want %v", f.name, f.got, f.want)
		}
	}
	return ""
}
