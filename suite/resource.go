package suite

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/harness"
)

// resources collects the scenarios a run skipped because a face ran out of
// file descriptors (*harness.ResourceError): the run is then a resource
// error (StatusBadInput), not failed scenarios.
type resources struct {
	mu    sync.Mutex
	first *harness.ResourceError
	n     int
}

// watch adds the step hook that records a step's resource error.
func (r *resources) watch(sc *godog.ScenarioContext) {
	sc.StepContext().After(func(ctx context.Context, _ *godog.Step, _ godog.StepResultStatus, err error) (context.Context, error) {
		var re *harness.ResourceError
		if errors.As(err, &re) {
			r.mu.Lock()
			defer r.mu.Unlock()
			if r.first == nil {
				r.first = re
			}
			r.n++
		}
		return ctx, nil
	})
}

// err is the run's resource error, nil if no scenario ran out.
func (r *resources) err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.first == nil {
		return nil
	}
	return fmt.Errorf("resource error: %w; %d scenarios could not run for it (skipped in the reports)", r.first, r.n)
}
