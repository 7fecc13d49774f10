package certify

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/hookcert/hookcert/live"
)

// progressEvery is how often the progress is looked at.
const progressEvery = 200 * time.Millisecond

// progress reports the run as it goes until the returned stop is called: on
// a terminal, one line rewritten in place (check, requests sent of the
// budget, failures so far); elsewhere (CI), one line per finished check.
func (p *Prepared) progress(ctx context.Context) (stop func()) {
	w := p.cfg.Progress
	if w == nil {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		seen := 0
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				p.report(seen, true)
				if p.cfg.Terminal {
					fmt.Fprint(w, "\r\033[K")
				}
				return
			case <-t.C:
				seen = p.report(seen, false)
			case <-ctx.Done():
				seen = p.report(seen, false)
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// report writes what is new since seen finished checks and returns the new
// count.
func (p *Prepared) report(seen int, final bool) int {
	w := p.cfg.Progress
	checks := p.session.Checks()
	used, total := p.target.Sent()
	failed := 0
	for _, c := range checks {
		if c.Done() && c.Result().Verdict == live.Fail {
			failed++
		}
	}
	if p.cfg.Terminal {
		if !final && len(checks) > 0 {
			cur := checks[len(checks)-1]
			fmt.Fprintf(w, "\r\033[Kcertify: %s · requests %d/%d · failed checks %d", cur.ID, used, total, failed)
		}
		return len(checks)
	}
	for seen < len(checks) && checks[seen].Done() {
		r := checks[seen].Result()
		fmt.Fprintf(w, "certify: %-14s %-7s %4d requests  %s\n", r.ID, r.Verdict, r.Requests, firstLine(r.Reason))
		seen++
	}
	return seen
}
