package live

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// Verdict is a check's result.
type Verdict string

// The verdicts. A warning is a finding that does not stop certification: a
// failing check tagged @warn, or one that passed with a note.
const (
	Pass    Verdict = "pass"
	Fail    Verdict = "fail"
	Warn    Verdict = "warn"
	Skipped Verdict = "skipped"
)

// Evidence is one thing a check saw, for the report: a label and a text
// block (a request, a status line, latencies, a body excerpt, a scenario).
type Evidence struct {
	Label string `json:"label"`
	Text  string `json:"text"`
}

// Check is the record of one check of the profile: what it sent and saw,
// its warnings, and how it ended. Steps add to it; Finish closes it.
type Check struct {
	ID   string   // the check's id, from its @check: tag
	Name string   // the scenario's name
	Tags []string // its tags, rule ids among them

	session *Session
	started time.Time

	mu       sync.Mutex
	probes   []Probe // what this check's When steps sent or reused
	again    []Probe // the second sending, for the repeat check
	idleP95  time.Duration
	evidence []Evidence
	warnings []string
	verdict  Verdict
	reason   string
	took     time.Duration
}

// maxEvidence bounds the evidence of one check, so a report stays readable
// whatever the endpoint does.
const maxEvidence = 40

// Note adds evidence, masked and bounded.
func (c *Check) Note(label, format string, args ...any) {
	text := c.session.Masker.Text(fmt.Sprintf(format, args...))
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.evidence) < maxEvidence {
		c.evidence = append(c.evidence, Evidence{Label: label, Text: excerpt(text, 4096)})
	}
}

// Warn records a finding that does not fail the check.
func (c *Check) Warn(format string, args ...any) {
	msg := c.session.Masker.Text(fmt.Sprintf(format, args...))
	c.mu.Lock()
	c.warnings = append(c.warnings, msg)
	c.mu.Unlock()
}

// Finish closes the check with the error its scenario ended with (nil:
// passed). skipped says the scenario did not run to its end for a reason
// other than a failure; warnOnly that its failures are warnings (@warn).
func (c *Check) Finish(err error, skipped, warnOnly bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.took = time.Since(c.started)
	switch {
	case skipped:
		c.verdict = Skipped
	case err != nil && warnOnly:
		c.verdict, c.reason = Warn, err.Error()
	case err != nil:
		c.verdict, c.reason = Fail, err.Error()
	case len(c.warnings) > 0:
		c.verdict, c.reason = Warn, strings.Join(c.warnings, "; ")
	default:
		c.verdict = Pass
	}
	c.reason = c.session.Masker.Text(c.reason)
}

// Done reports whether the check has finished.
func (c *Check) Done() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.verdict != ""
}

// Result is a finished check, for reports.
type Result struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Rules    []string      `json:"rules"`
	Verdict  Verdict       `json:"verdict"`
	Reason   string        `json:"reason,omitempty"`
	Warnings []string      `json:"warnings,omitempty"`
	Evidence []Evidence    `json:"evidence"`
	Requests int           `json:"requests"`
	Elapsed  time.Duration `json:"elapsedNs"`
}

// Result returns the check as finished; a check never finished is skipped.
func (c *Check) Result() Result {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := Result{ID: c.ID, Name: c.Name, Verdict: c.verdict, Reason: c.reason, Elapsed: c.took,
		Warnings: append([]string(nil), c.warnings...), Evidence: append([]Evidence{}, c.evidence...),
		Requests: len(c.probes) + len(c.again)}
	if r.Verdict == "" {
		r.Verdict = Skipped
	}
	for _, t := range c.Tags {
		if id := strings.TrimPrefix(t, "@"); isRuleID(id) {
			r.Rules = append(r.Rules, id)
		}
	}
	return r
}

// Latencies returns the latencies of the answers this check saw.
func (c *Check) Latencies() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	var l []time.Duration
	for _, p := range c.probes {
		if p.Outcome != nil {
			l = append(l, p.Latency)
		}
	}
	return l
}

func isRuleID(s string) bool {
	if len(s) < 2 || (s[0] != 'R' && s[0] != 'A') {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// excerpt cuts s to at most n bytes on a character boundary, saying so.
func excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + fmt.Sprintf("… (%d more bytes)", len(s)-cut)
}

// errNoProbes is the failure of a Then step with nothing sent before it.
var errNoProbes = errors.New("no answers to check: send leads first (a When step)")

// sent returns the check's probes that reached the endpoint, or errNoProbes.
func (c *Check) sent() ([]Probe, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Probe
	for _, p := range c.probes {
		if p.Outcome != nil {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		if len(c.probes) > 0 && c.probes[0].Err != nil {
			return nil, fmt.Errorf("nothing was sent: %v", c.probes[0].Err)
		}
		return nil, errNoProbes
	}
	return out, nil
}

// describe is one probe in a line: which lead, and what came back.
func (c *Check) describe(i int, p Probe) string {
	o := p.Outcome
	s := fmt.Sprintf("lead %d (%s): ", i+1, leadLabel(p.Lead))
	switch {
	case o.Failure != marketo.FailureNone && o.Status == 0:
		s += fmt.Sprintf("%s: %s", o.ErrorType, o.Detail)
	default:
		s += fmt.Sprintf("code %d, status %d %s", o.Code, o.Status, o.Reason)
		if o.Failure != marketo.FailureNone {
			s += fmt.Sprintf(" (%s: %s)", o.Failure, o.Detail)
		}
	}
	return c.session.Masker.Text(s)
}

// leadLabel names a lead by its e-mail, or its first value.
func leadLabel(l marketo.Lead) string {
	if e, ok := l["email"].(string); ok && e != "" {
		return excerpt(fmt.Sprintf("%q", e), 80)
	}
	for _, v := range l {
		return excerpt(fmt.Sprintf("%q", marketo.FormatValue(v)), 80)
	}
	return "empty lead"
}
