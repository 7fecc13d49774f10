package live

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// Probe is one call of the target: the lead sent, what Marketo would record
// and how long it took.
type Probe struct {
	Lead    marketo.Lead
	Outcome *marketo.Outcome // nil when nothing was sent
	Latency time.Duration
	// Unsent says Marketo would not send this lead at all (a rendered header
	// with CR or LF, A5): the endpoint is not at fault and no request was spent.
	Unsent bool
	// Err is why nothing was recorded: Unsent's render problem, the spent
	// budget (ErrBudgetSpent) or a cancelled context.
	Err error
}

// OK reports whether the answer is one Marketo maps: a 2xx that is neither
// empty, unparseable, too large nor a failure (R18, R20, A12, A16).
func (p Probe) OK() bool {
	o := p.Outcome
	return o != nil && o.Failure == marketo.FailureNone && marketo.Is2xx(o.Code)
}

// Call sends lead once, through the oracle, within the budget and rate. A
// lead Marketo would not send (the oracle refuses to render it) costs no
// request: its reservation goes back to the budget.
func (t *Target) Call(ctx context.Context, lead marketo.Lead) Probe {
	p := Probe{Lead: lead}
	if p.Err = t.budget.take(ctx); p.Err != nil {
		return p
	}
	start := time.Now()
	p.Outcome, p.Err = t.caller.CallCompiled(ctx, t.comp, lead, t.flow)
	p.Latency = time.Since(start)
	if p.Outcome == nil {
		if ctx.Err() == nil {
			p.Unsent = true // bad input for this lead (A5): nothing went out
		}
		t.budget.refund()
		return p
	}
	p.Latency = p.Outcome.Elapsed
	t.mu.Lock()
	t.took = append(t.took, p.Latency)
	t.mu.Unlock()
	return p
}

// CallAll sends every lead with at most inFlight calls at once (the
// Target's concurrency when zero or more) and returns the probes in the
// leads' order. Once the budget is spent, the remaining probes carry
// ErrBudgetSpent and nothing more is sent.
func (t *Target) CallAll(ctx context.Context, leads []marketo.Lead, inFlight int) []Probe {
	if inFlight <= 0 || inFlight > t.conc {
		inFlight = t.conc
	}
	probes := make([]Probe, len(leads))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(inFlight, len(leads)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				probes[i] = t.Call(ctx, leads[i])
			}
		}()
	}
	for i := range leads {
		next <- i
	}
	close(next)
	wg.Wait()
	return probes
}

// Spent reports whether p stopped on the budget or on a cancelled context,
// rather than on anything the endpoint did.
func (p Probe) Spent() bool {
	return errors.Is(p.Err, ErrBudgetSpent) || errors.Is(p.Err, context.Canceled) || errors.Is(p.Err, context.DeadlineExceeded)
}
