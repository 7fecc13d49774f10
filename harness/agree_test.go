package harness

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

// TestCompare: every field of Compare's list makes two runs disagree, with
// one "field: mock A, wire B" line; what differs by nature does not.
func TestCompare(t *testing.T) {
	base := func() *marketo.Outcome {
		return &marketo.Outcome{Code: 200, Status: 200, ErrorType: "OK", Response: `{"score":42}`,
			Changes: []marketo.Change{{Field: "leadScore", New: 42.0}}, Lead: marketo.Lead{"leadScore": 42.0},
			Activity: marketo.Activity{TypeID: 110, Code: 200, ErrorType: "OK", RequestSent: true}}
	}
	run := func(face FaceKind, edit func(*LeadCall, *FaceRun)) FaceRun {
		fr := FaceRun{Face: face, Calls: []LeadCall{{Outcome: base()}}, Requests: make([]Recorded, 1)}
		if edit != nil {
			edit(&fr.Calls[0], &fr)
		}
		return fr
	}
	for _, tc := range []struct {
		name string
		edit func(*LeadCall, *FaceRun)
		want string // the first line of the diff, "" when the faces agree
	}{
		{"agree", nil, ""},
		{"R18 code", func(c *LeadCall, _ *FaceRun) { c.Outcome.Code = 1001 }, "code: mock 200, wire 1001"},
		{"R18 status", func(c *LeadCall, _ *FaceRun) { c.Outcome.Status = 201 }, "status: mock 200, wire 201"},
		{"R21 errorType", func(c *LeadCall, _ *FaceRun) { c.Outcome.ErrorType = "Fine" }, `errorType: mock "OK", wire "Fine"`},
		{"A16 failure", func(c *LeadCall, _ *FaceRun) { c.Outcome.Failure = marketo.FailureTransport }, "failure: mock"},
		{"R21 response", func(c *LeadCall, _ *FaceRun) { c.Outcome.Response = "" }, `response: mock "{\"score\":42}", wire ""`},
		{"R21 long response", func(c *LeadCall, _ *FaceRun) { c.Outcome.Response = strings.Repeat("x", 300) }, `(300 bytes)`},
		{"R18 changes", func(c *LeadCall, _ *FaceRun) { c.Outcome.Changes = nil }, "changes: mock"},
		{"A19 skipped", func(c *LeadCall, _ *FaceRun) { c.Outcome.Skipped = []marketo.Skip{{Rule: "A19"}} }, "skipped: mock null"},
		{"R18 lead", func(c *LeadCall, _ *FaceRun) { delete(c.Outcome.Lead, "leadScore") }, "lead.leadScore: mock 42, wire (absent)"},
		{"A18 activity", func(c *LeadCall, _ *FaceRun) { c.Outcome.Activity.RequestSent = false }, "activity: mock"},
		{"R10 rejected", func(c *LeadCall, _ *FaceRun) { c.Outcome, c.Err = nil, errors.New("bad definition") }, `rejected: mock "", wire "bad definition"`},
		{"A10 requests received", func(_ *LeadCall, fr *FaceRun) { fr.Requests = nil }, "requestsReceived: mock 1, wire 0"},
		{"times and headers differ by nature", func(c *LeadCall, fr *FaceRun) {
			c.Took, fr.Total, c.Outcome.Elapsed, c.Outcome.Proto, c.Outcome.Detail = 5, 5, 5, "HTTP/2.0", "other"
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Compare(run(Mock, nil), run(Wire, tc.edit))
			switch {
			case tc.want == "" && d != nil:
				t.Errorf("got %v, want agreement", d)
			case tc.want != "" && d == nil:
				t.Errorf("got agreement, want %q", tc.want)
			case d != nil && !strings.Contains(d.First(), tc.want):
				t.Errorf("first difference %q, want it to contain %q", d.First(), tc.want)
			case d != nil && !strings.HasPrefix(d.Error(), "the faces disagree (the wire is the truth):\n  "+d.First()):
				t.Errorf("message %q, want the heading and one line per field", d.Error())
			}
		})
	}
}

// TestCompareTimeOut: when the calls time out, whether the request reached
// the service depends on timing, and the count is left out (R17).
func TestCompareTimeOut(t *testing.T) {
	run := func(face FaceKind, requests int) FaceRun {
		out := &marketo.Outcome{Failure: marketo.FailureTimeout, ErrorType: "timed out", Activity: marketo.Activity{TypeID: 110, RequestSent: true}}
		return FaceRun{Face: face, Calls: []LeadCall{{Outcome: out}}, Requests: make([]Recorded, requests)}
	}
	if d := Compare(run(Mock, 1), run(Wire, 0)); d != nil {
		t.Errorf("time-outs with 1 and 0 requests received: got %v, want agreement", d)
	}
	a, b := run(Mock, 1), run(Wire, 0)
	a.Calls[0].Outcome.Failure, b.Calls[0].Outcome.Failure = "", ""
	if d := Compare(a, b); d == nil || d.First() != "requestsReceived: mock 1, wire 0" {
		t.Errorf("no time-out, 1 and 0 requests received: got %v, want the count", d)
	}
}

// TestCallFacesBothAgree: the reference model on both faces of one script
// agrees, each face counting its own requests (R18, A10).
func TestCallFacesBothAgree(t *testing.T) {
	hook := &marketo.Webhook{Name: "W", URL: "https://svc.example/hook", Method: marketo.MethodGet, ResponseType: marketo.ResponseJSON}
	c := Call{Script: Script{Status: 503, Reason: "Backend Down", Body: []byte(`{}`)}, Webhook: hook,
		Leads: []marketo.Lead{{}, {}}, Flow: marketo.Flow{Campaign: marketo.Trigger}}
	runs, err := CallFaces(context.Background(), TransportBoth, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 || runs[0].Face != Mock || runs[1].Face != Wire {
		t.Fatalf("runs %+v, want mock then wire", runs)
	}
	for _, r := range runs {
		if len(r.Requests) != 2 || len(r.Calls) != 2 || r.Calls[1].Err != nil || r.Calls[1].Outcome.Code != 503 {
			t.Errorf("%s: %d requests, calls %+v; want 2 requests, two calls recording 503", r.Face, len(r.Requests), r.Calls)
		}
	}
	if d := Compare(runs[0], runs[1]); d != nil {
		t.Errorf("the faces disagree on the reference model: %v", d)
	}
	if _, err := CallFaces(context.Background(), Transport("bogus"), c); err == nil || !strings.Contains(err.Error(), "mock, wire or both") {
		t.Errorf("transport bogus: got %v, want the accepted values", err)
	}
}

// TestCompareLeavesTheBodyOfATimeOut: when both faces time out (R17), how
// far the answer got before the deadline (the status line, some of a slow
// drip, the request sent) depends on timing and is not compared; before, a
// drip made the faces disagree.
func TestCompareLeavesTheBodyOfATimeOut(t *testing.T) {
	run := func(face FaceKind, got string) FaceRun {
		o := &marketo.Outcome{Failure: marketo.FailureTimeout, ErrorType: "Timed out", Response: got,
			Activity: marketo.Activity{TypeID: 110, ErrorType: "Timed out", Response: got, RequestSent: true}}
		return FaceRun{Face: face, Calls: []LeadCall{{Outcome: o}}, Requests: make([]Recorded, 1)}
	}
	if d := Compare(run(Mock, `{"company": `), run(Wire, `{"comp`)); d != nil {
		t.Errorf("two time-outs that read different parts of a drip disagree: %v", d)
	}
	late := run(Wire, "")
	late.Calls[0].Outcome.Activity.RequestSent = false
	early := run(Mock, "{")
	early.Calls[0].Outcome.Status = 200 // the status line came before the deadline
	if d := Compare(early, late); d != nil {
		t.Errorf("a time-out after the status line and one before the request disagree: %v", d)
	}
	a, b := run(Mock, "x"), run(Wire, "x")
	b.Calls[0].Outcome.Failure = marketo.FailureReset
	if d := Compare(a, b); d == nil {
		t.Errorf("a time-out and a reset agree")
	}
}
