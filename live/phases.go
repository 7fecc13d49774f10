package live

import (
	"context"
	"fmt"
	"time"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/marketo"
)

// SendSamples is the When step of most checks: the session's sample leads,
// sent once per session and shared, or the check's own leads when given
// (a scenario that names its leads, such as a pasted counterexample).
func (c *Check) SendSamples(ctx context.Context, own []marketo.Lead) error {
	ctx = c.session.ctx(ctx)
	var probes []Probe
	if own != nil {
		probes = c.session.Target.CallAll(ctx, own, 0)
	} else {
		probes = c.session.SampleProbes(ctx)
	}
	c.mu.Lock()
	c.probes = append(c.probes, probes...)
	c.mu.Unlock()
	return spentErr(probes)
}

// SendAgain sends the check's leads a second time, for the repeat check.
func (c *Check) SendAgain(ctx context.Context) error {
	ctx = c.session.ctx(ctx)
	c.mu.Lock()
	leads := make([]marketo.Lead, len(c.probes))
	for i, p := range c.probes {
		leads[i] = p.Lead
	}
	c.mu.Unlock()
	if len(leads) == 0 {
		return errNoProbes
	}
	if err := c.session.unreachable(ctx); err != nil {
		return err
	}
	again := c.session.Target.CallAll(ctx, leads, 0)
	c.mu.Lock()
	c.again = again
	c.mu.Unlock()
	return spentErr(again)
}

// SendLoad keeps inFlight calls in flight (A1: Marketo keeps up to 20) for
// the session's Load requests of the sample leads in turn. The load is sent
// once per session for each inFlight; every load check reads its answers.
func (c *Check) SendLoad(ctx context.Context, inFlight int) error {
	s := c.session
	if s.Load <= 0 {
		return errSkip("no load phase asked for (--load 0)")
	}
	if err := s.unreachable(ctx); err != nil {
		return err
	}
	idle := s.SampleProbes(ctx)
	run := s.loadRun(ctx, inFlight)
	c.mu.Lock()
	c.probes = append(c.probes, run.probes...)
	c.idleP95 = Summarize(latencies(idle)).P95
	c.mu.Unlock()
	c.Note("load", "%d requests with up to %d in flight in %v (%.0f requests/s)", len(run.probes), inFlight,
		run.wall.Round(time.Millisecond), float64(len(run.probes))/run.wall.Seconds())
	c.Note("idle latency", "%s", statsLine(Summarize(latencies(idle))))
	return spentErr(run.probes)
}

// SendHostile sends up to the session's Hostile leads drawn by the
// generators from its Seed: sample leads whose sent fields hold awkward but
// valid values (quotes, &, + in addresses, CR/LF, emoji, right-to-left
// text, 255 characters, empty values).
func (c *Check) SendHostile(ctx context.Context) error {
	s := c.session
	ctx = s.ctx(ctx)
	if s.Hostile <= 0 {
		return errSkip("no hostile leads asked for (--hostile 0)")
	}
	if err := s.unreachable(ctx); err != nil {
		return err
	}
	fields := SentFields(s.Target.Webhook(), s.Target.Catalog())
	gen := generators.HostileLead(s.Target.Catalog(), s.Leads[0], fields)
	leads := make([]marketo.Lead, s.Hostile)
	for i := range leads {
		leads[i] = gen.Example(int(s.Seed) + i)
	}
	probes := s.Target.CallAll(ctx, leads, 0)
	c.mu.Lock()
	c.probes = append(c.probes, probes...)
	c.mu.Unlock()
	c.Note("hostile leads", "%d drawn with seed %d over the fields %v", len(leads), s.Seed, fields)
	return spentErr(probes)
}

// SkipError says a check did not run, for a reason that is not a failure.
type SkipError struct{ Reason string }

func (e *SkipError) Error() string { return "skipped: " + e.Reason }

func errSkip(reason string) error { return &SkipError{reason} }

// spentErr is the error of a phase that ran out of budget or was
// interrupted before it sent everything.
func spentErr(probes []Probe) error {
	for _, p := range probes {
		if p.Spent() {
			return fmt.Errorf("not every request went out: %w", p.Err)
		}
	}
	return nil
}

func latencies(probes []Probe) []time.Duration {
	var l []time.Duration
	for _, p := range probes {
		if p.Outcome != nil {
			l = append(l, p.Latency)
		}
	}
	return l
}

func statsLine(s Stats) string {
	r := func(d time.Duration) string { return d.Round(100 * time.Microsecond).String() }
	return fmt.Sprintf("n=%d p50=%s p95=%s p99=%s max=%s", s.N, r(s.P50), r(s.P95), r(s.P99), r(s.Max))
}
