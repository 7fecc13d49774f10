package suite

import (
	"context"
	"sync/atomic"

	"github.com/cucumber/godog"
)

// interrupt turns the cancel of a run's context into skipped scenarios: a
// scenario that starts after it is skipped by its Before hook, one in
// flight runs on to its end on a context the cancel does not reach.
type interrupt struct {
	ctx     context.Context // Config.Context; nil never cancels
	skipped atomic.Int64
}

func interruptOf(ctx context.Context) *interrupt { return &interrupt{ctx: ctx} }

// scenarioContext is the context scenarios start from: the run's, without
// its cancel.
func (i *interrupt) scenarioContext() context.Context {
	if i.ctx == nil {
		return nil
	}
	return context.WithoutCancel(i.ctx)
}

// watch adds the Before hook that skips a scenario once the run's context
// is done.
func (i *interrupt) watch(sc *godog.ScenarioContext) {
	sc.Before(func(ctx context.Context, _ *godog.Scenario) (context.Context, error) {
		if i.ctx != nil && i.ctx.Err() != nil {
			i.skipped.Add(1)
			return ctx, godog.ErrSkip
		}
		return ctx, nil
	})
}

// interrupted reports whether the run's context was canceled, and how
// many scenarios were skipped for it.
func (i *interrupt) interrupted() (bool, int) {
	return i.ctx != nil && i.ctx.Err() != nil, int(i.skipped.Load())
}
