package live

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrBudgetSpent is returned once the total request budget is used up.
var ErrBudgetSpent = errors.New("live: the request budget is spent")

// budget hands out permission to send: at most total requests in all, spaced
// so that no more than rate requests start per second (a zero rate means no
// spacing). It is safe for concurrent use.
type budget struct {
	mu    sync.Mutex
	total int
	used  int
	gap   time.Duration // the least time between two starts
	next  time.Time     // the earliest start of the next request
}

func newBudget(total int, rate float64) *budget {
	b := &budget{total: total}
	if rate > 0 {
		b.gap = time.Duration(float64(time.Second) / rate)
	}
	return b
}

// take reserves one request and waits for its turn under the rate limit. It
// fails with ErrBudgetSpent when none are left, or with ctx's error.
func (b *budget) take(ctx context.Context) error {
	b.mu.Lock()
	if b.used >= b.total {
		b.mu.Unlock()
		return ErrBudgetSpent
	}
	b.used++
	now := time.Now()
	start := now
	if b.next.After(now) {
		start = b.next
	}
	b.next = start.Add(b.gap)
	b.mu.Unlock()

	wait := start.Sub(now)
	if wait <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("live: waiting for the rate limit: %w", ctx.Err())
	}
}

// refund gives back a reservation that sent nothing.
func (b *budget) refund() {
	b.mu.Lock()
	b.used--
	b.mu.Unlock()
}

// counts reports the requests reserved so far and the total.
func (b *budget) counts() (used, total int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used, b.total
}
