package live

import (
	"errors"
	"fmt"
	"mime"
	"strings"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// maxListed bounds the failures a check lists one by one.
const maxListed = 10

// failures collects the probes that break a rule into one error.
type failures struct {
	rule  string
	lines []string
	n     int
}

func (f *failures) add(line string) {
	f.n++
	if len(f.lines) < maxListed {
		f.lines = append(f.lines, line)
	}
}

func (f *failures) err(of int, what string) error {
	if f.n == 0 {
		return nil
	}
	msg := fmt.Sprintf("%d of %d answers %s (%s):\n  %s", f.n, of, what, f.rule, strings.Join(f.lines, "\n  "))
	if f.n > len(f.lines) {
		msg += fmt.Sprintf("\n  and %d more", f.n-len(f.lines))
	}
	return errors.New(msg)
}

// each runs bad over the check's answers and fails with every probe for
// which it returns true.
func (c *Check) each(rule, what string, bad func(o *marketo.Outcome) bool) error {
	probes, err := c.sent()
	if err != nil {
		return err
	}
	f := failures{rule: rule}
	for i, p := range probes {
		if bad(p.Outcome) {
			f.add(c.describe(i, p))
		}
	}
	return f.err(len(probes), what)
}

// Expect2xx: every answer has a 2xx status (R18: only those change fields).
func (c *Check) Expect2xx() error {
	return c.each("R18", "are not 2xx, so Marketo changes no field", func(o *marketo.Outcome) bool {
		return !marketo.Is2xx(o.Status)
	})
}

// ExpectNonEmpty: no 2xx body is empty (R20: Marketo records 1001).
func (c *Check) ExpectNonEmpty() error {
	return c.each("R20", "have an empty body, so Marketo records 1001", func(o *marketo.Outcome) bool {
		return o.Code == marketo.CodeEmptyBody
	})
}

// ExpectParses: every 2xx body parses as the Response Type (R9, A16).
func (c *Check) ExpectParses() error {
	rt := c.session.Target.Webhook().ResponseType
	return c.each("R9, A16", fmt.Sprintf("do not parse as %s", strings.ToUpper(string(rt))), func(o *marketo.Outcome) bool {
		return o.Failure == marketo.FailureUnparseable
	})
}

// ExpectContentType: the Content-Type of every 2xx body names the Response
// Type. Marketo parses by the Response Type alone (R9), so a mismatch is a
// warning in the profile: clients and proxies between may not.
func (c *Check) ExpectContentType() error {
	rt := c.session.Target.Webhook().ResponseType
	return c.each("R9, A16", fmt.Sprintf("declare a Content-Type other than %s", strings.ToUpper(string(rt))), func(o *marketo.Outcome) bool {
		return marketo.Is2xx(o.Status) && len(o.Response) > 0 && !contentTypeFits(o.Header.Get("Content-Type"), rt)
	})
}

func contentTypeFits(ct string, rt marketo.ResponseType) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	switch rt {
	case marketo.ResponseJSON:
		return mt == "application/json" || strings.HasSuffix(mt, "+json")
	case marketo.ResponseXML:
		return mt == "application/xml" || mt == "text/xml" || strings.HasSuffix(mt, "+xml")
	}
	return true
}

// ExpectNoRedirect: no answer is a 3xx (A11: Marketo does not follow them).
func (c *Check) ExpectNoRedirect() error {
	return c.each("A11", "are redirects, which Marketo does not follow", func(o *marketo.Outcome) bool {
		return o.Status >= 300 && o.Status <= 399
	})
}

// ExpectSmallBodies: no body is over Marketo's cap (A12: "too large", never
// mapped); a body over warnBytes is a warning.
func (c *Check) ExpectSmallBodies(warnBytes int) error {
	probes, err := c.sent()
	if err != nil {
		return err
	}
	largest := 0
	for _, p := range probes {
		largest = max(largest, len(p.Outcome.Response))
	}
	c.Note("largest body", "%d bytes (Marketo reads at most %d, A12)", largest, marketo.DefaultMaxBodyBytes)
	if err := c.each("A12", "are over Marketo's 1 MiB", func(o *marketo.Outcome) bool { return o.Failure == marketo.FailureTooLarge }); err != nil {
		return err
	}
	if largest > warnBytes {
		c.Warn("the largest body is %d bytes, more than %d: far from the cap, but every byte is flow time", largest, warnBytes)
	}
	return nil
}

// ExpectLatencyWithin: the p95 latency is within the session's budget. The
// evidence carries Marketo's arithmetic (R4).
func (c *Check) ExpectLatencyWithin() error {
	probes, err := c.sent()
	if err != nil {
		return err
	}
	st := Summarize(latencies(probes))
	budget := c.session.latencyBudget()
	c.Note("latency", "%s (budget p95 %v)", statsLine(st), budget)
	c.Note("flow time (R4)", "at your p95 of %d ms, 100,000 leads take about %.1f hours of flow time",
		st.P95.Milliseconds(), FlowTime(st.P95, 100_000).Hours())
	if st.P95 > budget {
		return fmt.Errorf("p95 latency %v is over the budget of %v (R4: the flow waits for every answer)", st.P95.Round(time.Millisecond), budget)
	}
	return nil
}

// ExpectSlowestWithin: every answer came within limit and none timed out
// (R17: Marketo gives up after 30 s).
func (c *Check) ExpectSlowestWithin(limit time.Duration) error {
	if err := c.each("R17", "timed out", func(o *marketo.Outcome) bool { return o.Failure == marketo.FailureTimeout }); err != nil {
		return err
	}
	probes, _ := c.sent()
	st := Summarize(latencies(probes))
	if st.Max > limit {
		return fmt.Errorf("the slowest answer took %v, more than %v (R17: Marketo gives up at 30 s)", st.Max.Round(time.Millisecond), limit)
	}
	return nil
}

// ExpectLoadErrorRate: at most pct percent of the answers under load are
// not usable 2xx answers (A1).
func (c *Check) ExpectLoadErrorRate(pct int) error {
	probes, err := c.sent()
	if err != nil {
		return err
	}
	f := failures{rule: "A1"}
	for i, p := range probes {
		if !p.OK() {
			f.add(c.describe(i, p))
		}
	}
	c.Note("under load", "%s; %d of %d not usable", statsLine(Summarize(latencies(probes))), f.n, len(probes))
	if f.n*100 > pct*len(probes) {
		return f.err(len(probes), fmt.Sprintf("under load are not usable 2xx answers (more than %d%%)", pct))
	}
	return nil
}

// ExpectLoadLatency: the p95 under load is at most factor times the idle p95.
func (c *Check) ExpectLoadLatency(factor int) error {
	probes, err := c.sent()
	if err != nil {
		return err
	}
	c.mu.Lock()
	idle := c.idleP95
	c.mu.Unlock()
	loaded := Summarize(latencies(probes)).P95
	floor := 5 * time.Millisecond // below it, ratios are noise
	if loaded > time.Duration(factor)*max(idle, floor) {
		return fmt.Errorf("p95 under load %v is more than %d times the idle p95 %v (A1: Marketo keeps 20 calls in flight)",
			loaded.Round(time.Millisecond), factor, idle.Round(time.Millisecond))
	}
	return nil
}

// ExpectSameValues: each lead sent twice got the same mapped values. Adobe
// advises retries built on Webhook is Called (A10), which only work when
// the endpoint answers a repeat alike.
func (c *Check) ExpectSameValues() error {
	c.mu.Lock()
	first, again := c.probes, c.again
	c.mu.Unlock()
	if len(again) == 0 {
		return errNoProbes
	}
	f := failures{rule: "A10"}
	for i := range min(len(first), len(again)) {
		a, b := first[i].Outcome, again[i].Outcome
		if a == nil || b == nil {
			continue
		}
		if x, y := changesText(a), changesText(b); x != y {
			f.add(fmt.Sprintf("lead %d (%s): first %s, then %s", i+1, leadLabel(first[i].Lead), x, y))
		}
	}
	return f.err(len(again), "to a repeated lead map other values")
}

func changesText(o *marketo.Outcome) string {
	var parts []string
	for _, ch := range o.Changes {
		parts = append(parts, fmt.Sprintf("%s=%s", ch.Field, marketo.FormatValue(ch.New)))
	}
	if len(parts) == 0 {
		return fmt.Sprintf("no change (code %d)", o.Code)
	}
	return strings.Join(parts, ", ")
}
