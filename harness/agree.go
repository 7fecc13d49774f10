package harness

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/hookcert/hookcert/marketo"
)

// Disagreement is where two faces' runs of one Call differ: one FieldDiff
// per field, a before b (mock before wire), the wire being the truth.
type Disagreement struct {
	A, B FaceKind
	// Lead is the index of the lead whose call differs, or -1 when only
	// the requests received differ.
	Lead int
	// Leads is the number of leads of the call, for the message.
	Leads int
	// Fields are the differences, in the order of Compare's list.
	Fields []FieldDiff
	// Notes are both faces' notes, which often explain the difference.
	Notes []string
}

// FieldDiff is one field on which two faces differ, as each shows it.
type FieldDiff struct {
	Field string // "code", "lead.leadScore", "requestsReceived", ...
	A, B  string
}

// String is "field: mock A, wire B".
func (f FieldDiff) String(a, b FaceKind) string {
	return fmt.Sprintf("%s: %s %s, %s %s", f.Field, a, f.A, b, f.B)
}

// Error says, one field a line, where the faces disagree.
func (d *Disagreement) Error() string {
	var b strings.Builder
	b.WriteString("the faces disagree (the wire is the truth)")
	if d.Lead >= 0 && d.Leads > 1 {
		fmt.Fprintf(&b, " for lead %d", d.Lead+1)
	}
	b.WriteString(":")
	for _, f := range d.Fields {
		b.WriteString("\n  " + f.String(d.A, d.B))
	}
	if len(d.Notes) > 0 {
		b.WriteString("\n  notes: " + strings.Join(d.Notes, "; "))
	}
	return b.String()
}

// First is the first difference, "field: mock A, wire B".
func (d *Disagreement) First() string { return d.Fields[0].String(d.A, d.B) }

// Compare returns where runs a and b of one Call disagree, or nil when they
// agree. It is the one definition of what two faces must agree on, used by
// the steps (under --transport both), the fuzzing sessions and hookcert
// call. For each lead, in order, the first lead that differs is reported:
//
//   - rejected: the error of a call the model refused (its text), or of a
//     call that failed outside the model's outcomes
//   - code: the code Marketo records (R18, R19)
//   - status: the HTTP status received
//   - errorType: the Error Type, the reason phrase (R21)
//   - failure: the kind of failure (time-out, transport, body...)
//   - response: the Response, the body as received (R21)
//   - changes: the field changes, in order
//   - skipped: the mappings skipped, with their reasons
//   - lead.<field>: every field of the lead afterwards
//   - activity: the Call Webhook activity
//
// and for the run: requestsReceived, the number of requests the service
// received, except when a call timed out (R17): a call that times out may
// end before the service read its request, over a real socket more often
// than in process.
//
// Left out, because an in-process answer and a real socket differ in them by
// nature: the header, the protocol, the detail text and every time.
func Compare(a, b FaceRun) *Disagreement {
	d := &Disagreement{A: a.Face, B: b.Face, Leads: len(a.Calls), Notes: append(append([]string(nil), a.Notes...), b.Notes...)}
	for i := range min(len(a.Calls), len(b.Calls)) {
		if d.Fields = compareCalls(a.Calls[i], b.Calls[i]); len(d.Fields) > 0 {
			d.Lead = i
			return d
		}
	}
	d.Lead = -1
	if len(a.Calls) != len(b.Calls) {
		d.Fields = []FieldDiff{{"calls", fmt.Sprint(len(a.Calls)), fmt.Sprint(len(b.Calls))}}
		return d
	}
	if !a.timedOut() && !b.timedOut() && len(a.Requests) != len(b.Requests) {
		d.Fields = []FieldDiff{{"requestsReceived", fmt.Sprint(len(a.Requests)), fmt.Sprint(len(b.Requests))}}
		return d
	}
	return nil
}

// compareCalls lists the fields on which two calls for one lead differ.
func compareCalls(a, b LeadCall) []FieldDiff {
	var diffs []FieldDiff
	field := func(name string, x, y any) {
		if !reflect.DeepEqual(x, y) {
			diffs = append(diffs, FieldDiff{name, show(x), show(y)})
		}
	}
	field("rejected", errText(a.Err), errText(b.Err))
	if a.Outcome == nil || b.Outcome == nil {
		if (a.Outcome == nil) != (b.Outcome == nil) && len(diffs) == 0 {
			diffs = append(diffs, FieldDiff{"outcome", present(a.Outcome != nil), present(b.Outcome != nil)})
		}
		return diffs
	}
	x, y := a.Outcome, b.Outcome
	timedOut := x.Failure == marketo.FailureTimeout && y.Failure == marketo.FailureTimeout
	xa, ya := x.Activity, y.Activity
	field("code", x.Code, y.Code)
	field("errorType", x.ErrorType, y.ErrorType)
	field("failure", x.Failure, y.Failure)
	if !timedOut {
		field("status", x.Status, y.Status)
		field("response", x.Response, y.Response)
	} else {
		// R17: how far the answer got before the deadline (its status
		// line, some of a dripped body, the request itself) is a matter
		// of timing, not of the script: not compared.
		xa.Response, ya.Response = "", ""
		xa.RequestSent, ya.RequestSent = false, false
	}
	field("changes", x.Changes, y.Changes)
	field("skipped", x.Skipped, y.Skipped)
	diffs = append(diffs, compareLeads(x.Lead, y.Lead)...)
	field("activity", xa, ya)
	return diffs
}

// compareLeads lists the lead fields, by SOAP name, on which a and b differ.
func compareLeads(a, b marketo.Lead) []FieldDiff {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	names := make([]string, 0, len(keys))
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	var diffs []FieldDiff
	for _, k := range names {
		x, xok := a[k]
		y, yok := b[k]
		if xok != yok || !reflect.DeepEqual(x, y) {
			diffs = append(diffs, FieldDiff{"lead." + k, showField(x, xok), showField(y, yok)})
		}
	}
	return diffs
}

// maxShown is the longest text a FieldDiff shows whole.
const maxShown = 80

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func present(ok bool) string {
	if ok {
		return "(present)"
	}
	return "(absent)"
}

func showField(v any, ok bool) string {
	if !ok {
		return "(absent)"
	}
	return show(v)
}

// show renders a value for a FieldDiff: JSON, which quotes strings and
// shows structures whole; a long text shows its start and its length.
func show(v any) string {
	if t, ok := v.(string); ok && len(t) > maxShown {
		return fmt.Sprintf("%s... (%d bytes)", show(strings.ToValidUTF8(t[:maxShown], "")), len(t))
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%v", v)
	}
	return string(data)
}
