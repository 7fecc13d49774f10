package generators

import (
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
	// ErrorType is the Error Type (R21, A17); for a fault any text that
	// names it is accepted, so ErrorType is empty then.
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
	// Disagreements are places where the model's building blocks (ParsePath,
	// Resolve, Convert) contradict what the generator planted and what the
	// spec says of it. Each is a finding against the oracle.
	Disagreements []string
}

// Applied is one mapping that writes.
type Applied struct {
	Mapping   int
	Attribute string
	Field     string
	Value     any
}

// Mutates reports whether the expectation changes any field value.
func (e *Expectation) Mutates(before marketo.Lead) bool { return !reflect.DeepEqual(e.Lead, before) }

// bodyAllowed reports whether an answer with status may carry a body
// (RFC 9110: not 1xx, 204 or 304); a server drops any other body.
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
	e.Sent = c.Answer.Fault != harness.FaultRefused && c.Answer.Fault != harness.FaultTLS
	switch c.Answer.Fault {
	case harness.FaultHang:
		e.Failure = marketo.FailureTimeout
		return e
	case harness.FaultRefused:
		e.Failure = marketo.FailureRefused
		return e
	case harness.FaultReset, harness.FaultTruncated:
		e.Failure = marketo.FailureReset
		return e
	case harness.FaultTLS:
		e.Failure = marketo.FailureTLS
		return e
	case harness.FaultGarbage:
		e.Failure = marketo.FailureTransport
		return e
	}
	status := c.Answer.Status
	if Interim(status) { // an interim answer, then the server closes: no final answer
		e.Failure = marketo.FailureReset
		return e
	}
	if bodyAllowed(status) {
		e.Body = c.Answer.Body
	}
	e.Code = status
	e.ErrorType = c.Answer.Reason
	if e.ErrorType == "" {
		e.ErrorType = http.StatusText(status) // what a server puts on the status line
	}
	if int64(len(e.Body)) > c.maxBody() { // A12
		e.Failure = marketo.FailureTooLarge
		return e
	}
	empty := len(e.Body) == 0 || (c.Options.WhitespaceIsEmpty && isWhitespace(e.Body)) // R20, A14
	if empty && (marketo.Is2xx(status) || c.Options.EmptyBodyAlways1001) {             // A15
		e.Code, e.ErrorType = marketo.CodeEmptyBody, marketo.ErrorTypeEmptyBody
		return e
	}
	if !marketo.Is2xx(status) || empty { // R18
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
// later one wins), resolving each path on the parsed body and converting the
// value, and checks every step against what was planted.
func (c *Case) applyMappings(cat *marketo.Catalog, e *Expectation) {
	w := c.Webhook()
	var doc any
	var err error
	if w.ResponseType == marketo.ResponseXML {
		doc, err = marketo.ParseXMLBody(e.Body)
	} else {
		doc, err = marketo.ParseJSONBody(e.Body)
	}
	if err != nil {
		e.Disagreements = append(e.Disagreements, fmt.Sprintf("the generated %s body does not parse (A16 says it must): %v", w.ResponseType, err))
		e.Failure = marketo.FailureUnparseable
		return
	}
	plants := map[int]Plant{}
	for _, p := range c.Plants {
		plants[p.Mapping] = p
	}
	for i, m := range w.Mappings {
		f, ok := cat.BySOAP(m.Field)
		if !ok {
			e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: no field %q in the catalog", m.Attribute, m.Field))
			continue
		}
		path, err := marketo.ParsePath(m.Attribute)
		if err != nil {
			e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: ParsePath rejects a path inside R22/R23: %v", m.Attribute, err))
			continue
		}
		v, resolved := marketo.Resolve(doc, path)
		p, planted := plants[i]
		if planted && (!resolved || !reflect.DeepEqual(v, p.Value)) {
			e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: planted %s, Resolve gives %s (R23, R24)", m.Attribute, show(p.Value), showResolved(v, resolved)))
		}
		if !resolved {
			continue // A20
		}
		val, reason, rule, ok := marketo.Convert(f, v, c.Options)
		if planted && p.Verdict != VerdictOpen && reflect.DeepEqual(v, p.Value) {
			switch {
			case p.Verdict == VerdictWrite && !ok:
				e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: %s into %s field %s must be written (%s), Convert skips it: %s (%s)",
					m.Attribute, show(v), f.Type, f.SOAPName, p.Rule, reason, rule))
			case p.Verdict == VerdictSkip && ok:
				e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: %s into %s field %s must be skipped (%s), Convert writes %s",
					m.Attribute, show(v), f.Type, f.SOAPName, p.Rule, show(val)))
			case p.Verdict == VerdictWrite && p.Want != nil && !reflect.DeepEqual(val, p.Want):
				e.Disagreements = append(e.Disagreements, fmt.Sprintf("mapping %q: %s into %s field %s must be written as %s (%s), Convert gives %s",
					m.Attribute, show(v), f.Type, f.SOAPName, show(p.Want), p.Rule, show(val)))
			}
		}
		if !ok {
			continue
		}
		e.Lead[f.SOAPName] = val
		e.Applied = append(e.Applied, Applied{Mapping: i, Attribute: m.Attribute, Field: f.SOAPName, Value: val})
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
