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

// budget hands out permission to send: at most total requests in all, and
// no more than rate requests started per second on average, with bursts of
// up to burst requests (a token bucket; a zero rate means no limit). It is
// safe for concurrent use.
type budget struct {
	mu     sync.Mutex
	total  int
	used   int
	rate   float64   // tokens per second
	burst  float64   // the most tokens held
	tokens float64   // tokens now, as of last
	last   time.Time // when tokens was computed
}

func newBudget(total int, rate float64, burst int) *budget {
	return &budget{total: total, rate: rate, burst: float64(max(burst, 1)), tokens: float64(max(burst, 1))}
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
	wait := b.reserve(time.Now())
	b.mu.Unlock()
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

// reserve takes a token as of now and returns how long to wait for it.
// Tokens may go negative: each waiter owns the next unit of time.
func (b *budget) reserve(now time.Time) time.Duration {
	if b.rate <= 0 {
		return 0
	}
	if !b.last.IsZero() {
		b.tokens = min(b.burst, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	}
	b.last = now
	b.tokens--
	if b.tokens >= 0 {
		return 0
	}
	return time.Duration(-b.tokens / b.rate * float64(time.Second))
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
