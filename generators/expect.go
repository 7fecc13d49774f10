package generators

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"reflect"
	"strings"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
)

// Expectation is what the spec says one case must record and write,
// computed from the case's construction and the rules, not by Judge.
type Expectation struct {
	// Sent is whether a request reaches the service (R2).
	Sent bool
	// Code is the response code Marketo records (R19, R20, A15, A17).
	Code int
	// ErrorType is the Error Type (R21, A17): the reason phrase, or for
	// Marketo's own codes and for each kind of failure without a status its
	// fixed description.
	ErrorType string
	// Failure is the failure the outcome must name; FailureNone for a
	// usable answer.
	Failure marketo.Failure
	// Body is the body the transport delivers (R21): the script's, or none
	// for an answer that may not carry one (1xx, 204, 304).
	Body []byte
	// Lead is the lead after the call.
	Lead marketo.Lead
	// Applied lists the mappings that write, in order (A19).
	Applied []Applied
	// Disagreements are places where the generator contradicts itself: a
	// plant's declared verdict or value (Plant.Verdict, Plant.Want) differs
	// from what the properties' own reading of the rules makes of the value
	// found at its path. Each is a bug in the generators; the properties
	// fail on them.
	Disagreements []string
}

// Applied is one mapping that writes: the change the outcome must list.
type Applied struct {
	Mapping   int    // index in the webhook's Mappings
	Attribute string // the mapping's Response Attribute
	Field     string // SOAP API name
	Old       any    // the field's value before this write (nil when absent): earlier writes of the same call count (A19)
	Value     any    // the value written, canonical for the field's type
}

// Mutates reports whether the expectation changes any field value.
func (e *Expectation) Mutates(before marketo.Lead) bool { return !reflect.DeepEqual(e.Lead, before) }

// bodyAllowed reports whether an answer with status may carry a body
// (RFC 9110: not 1xx, 204 or 304); a server drops any other body. The
// harness has the same rule but does not export it (and is not this
// package's to change); the model's own copy is what is under test, so
// the properties keep theirs.
func bodyAllowed(status int) bool {
	return !(status >= 100 && status <= 199) && status != http.StatusNoContent && status != http.StatusNotModified
}

// Expect computes what the spec says the case must do (R2, R17-R21,
// A12-A17, R18 with A19-A22 for the mappings).
func (c *Case) Expect(cat *marketo.Catalog) Expectation {
	e := Expectation{Lead: c.Lead.Clone()}
	if c.Campaign == marketo.Batch { // R2
		e.Code, e.ErrorType = marketo.CodeBatch, marketo.ErrorTypeBatch
		return e
	}
	e.Sent = c.Answer.Fault != harness.FaultRefused && c.Answer.Fault != harness.FaultTLS && c.Answer.Fault != harness.FaultHandshake
	// A17: a failure without a status records no code and the fixed
	// description of its own kind, one per kind.
	switch c.Answer.Fault {
	case harness.FaultHang:
		e.Failure, e.ErrorType = marketo.FailureTimeout, marketo.ErrorTypeTimeout
		return e
	case harness.FaultRefused:
		e.Failure, e.ErrorType = marketo.FailureRefused, marketo.ErrorTypeRefused
		return e
	case harness.FaultReset: // A36: a TCP RST before the answer
		e.Failure, e.ErrorType = marketo.FailureReset, marketo.ErrorTypeReset
		return e
	case harness.FaultTruncated: // A26, A36: a body that ends cleanly before its length
		e.Failure, e.ErrorType = marketo.FailureTruncated, marketo.ErrorTypeTruncated
		return e
	case harness.FaultTLS:
		e.Failure, e.ErrorType = marketo.FailureTLS, marketo.ErrorTypeTLS
		return e
	case harness.FaultGarbage, harness.FaultChunked, harness.FaultHandshake, harness.FaultHugeHeader: // A36, A37
		e.Failure, e.ErrorType = marketo.FailureTransport, marketo.ErrorTypeTransport
		return e
	case harness.FaultResetBody: // A36: a TCP RST during the body
		e.Failure, e.ErrorType = marketo.FailureReset, marketo.ErrorTypeReset
		return e
	case harness.FaultDrip: // R17: the body is slower than the time-out
		e.Failure, e.ErrorType = marketo.FailureTimeout, marketo.ErrorTypeTimeout
		return e
	case harness.FaultHugeBody: // A12: 100 MiB, over any cap drawn
		e.Code, e.ErrorType, e.Failure = c.Answer.Status, http.StatusText(c.Answer.Status), marketo.FailureTooLarge
		return e
	case harness.FaultRedirectLoop:
		if c.Options.FollowRedirects { // A11 knob: net/http gives up after 10 redirects
			e.Failure, e.ErrorType = marketo.FailureTransport, marketo.ErrorTypeTransport
			return e
		}
	}
	ans := c.Answer
	if ans.Fault == harness.FaultRedirectLoop { // A11: an ordinary non-2xx without a body
		ans = harness.Script{Status: http.StatusFound}
	}
	status := ans.Status
	if Interim(status) { // an interim answer, then the server closes: no final answer (A36)
		e.Failure, e.ErrorType = marketo.FailureClosed, marketo.ErrorTypeClosed
		return e
	}
	if bodyAllowed(status) {
		e.Body = ans.Body
		if ans.Fault == harness.FaultGzip { // A33: the compressed bytes, as received
			e.Body = gzipped(e.Body)
		}
	}
	e.Code = status
	e.ErrorType = ans.Reason
	if e.ErrorType == "" {
		e.ErrorType = http.StatusText(status) // what a server puts on the status line
	}
	if int64(len(e.Body)) > c.maxBody() { // A12
		e.Failure = marketo.FailureTooLarge
		return e
	}
	empty := len(e.Body) == 0 || (c.Options.WhitespaceIsEmpty && isWhitespace(e.Body)) // R20, A14
	if empty && (success(status) || c.Options.EmptyBodyAlways1001) {                   // A15
		e.Code, e.ErrorType = marketo.CodeEmptyBody, marketo.ErrorTypeEmptyBody
		return e
	}
	if !success(status) || empty { // R18
		return e
	}
	if !c.Body.Parseable() { // A16
		e.Failure = marketo.FailureUnparseable
		return e
	}
	c.applyMappings(cat, &e)
	return e
}

func (c *Case) maxBody() int64 {
	if c.Options.MaxBodyBytes > 0 {
		return c.Options.MaxBodyBytes
	}
	return marketo.DefaultMaxBodyBytes
}

// applyMappings folds the mappings over the lead (A19: each on its own, the
// later one wins): it follows each path through the tree the generator
// built (A20, A23, A29) and reads the value found by the rules (into). It
// calls nothing of the model's. Where a plant's declared verdict disagrees
// with that reading, the generator contradicts itself: a Disagreement.
func (c *Case) applyMappings(cat *marketo.Catalog, e *Expectation) {
	plants := map[int]Plant{}
	for _, p := range c.Plants {
		plants[p.Mapping] = p
	}
	for i, m := range c.Webhook().Mappings {
		f, ok := cat.BySOAP(m.Field)
		if !ok {
			e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: no field %q in the catalog", m.Attribute, m.Field))
			continue
		}
		v, found := walk(c.Tree, splitAttribute(m.Attribute))
		p, planted := plants[i]
		if planted && (!found || !reflect.DeepEqual(v, p.Value)) {
			e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: planted %s, the tree holds %s", m.Attribute, show(p.Value), showResolved(v, found)))
		}
		if !found {
			continue // A20
		}
		val, rule, ok := into(v, f.Type)
		if planted && p.Verdict != VerdictOpen {
			switch {
			case p.Verdict == VerdictWrite && (!ok || !reflect.DeepEqual(val, p.Want)):
				e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: %s into %s field %s is declared written as %s (%s), the rules give %s (%s)",
					m.Attribute, show(v), f.Type, f.SOAPName, show(p.Want), p.Rule, showResolved(val, ok), rule))
			case p.Verdict == VerdictSkip && ok:
				e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: %s into %s field %s is declared skipped (%s), the rules write %s",
					m.Attribute, show(v), f.Type, f.SOAPName, p.Rule, show(val)))
			}
		}
		if !ok {
			continue
		}
		e.Applied = append(e.Applied, Applied{Mapping: i, Attribute: m.Attribute, Field: f.SOAPName, Old: e.Lead[f.SOAPName], Value: val})
		e.Lead[f.SOAPName] = val
	}
}

// show prints a value briefly, with its Go type.
func show(v any) string {
	s := fmt.Sprintf("%#v", v)
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

func showResolved(v any, ok bool) string {
	if !ok {
		return "nothing"
	}
	return show(v)
}

// diffLeads describes how got differs from want, field by field.
func diffLeads(got, want marketo.Lead) string {
	var b strings.Builder
	keys := map[string]bool{}
	for k := range got {
		keys[k] = true
	}
	for k := range want {
		keys[k] = true
	}
	for _, k := range sortedKeys(keys) {
		g, gok := got[k]
		w, wok := want[k]
		if gok == wok && reflect.DeepEqual(g, w) {
			continue
		}
		fmt.Fprintf(&b, "\n  %s: got %s, want %s", k, showPresent(g, gok), showPresent(w, wok))
	}
	return b.String()
}

func showPresent(v any, ok bool) string {
	if !ok {
		return "(absent)"
	}
	return show(v)
}

// gzipped is b compressed as the harness's gzip fault sends it: no name, no
// time, the default level, so both sides agree byte for byte.
func gzipped(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}
