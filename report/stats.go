package report

import (
	"math"
	"slices"
	"time"
)

// Stats are the percentiles of a latency series (nearest rank).
type Stats struct {
	N                  int
	P50, P95, P99, Max time.Duration
}

// Summarize returns the percentiles of samples; all zero when there are none.
func Summarize(samples []time.Duration) Stats {
	s := slices.Clone(samples)
	slices.Sort(s)
	return summarizeSorted(s)
}

func summarizeSorted(s []time.Duration) Stats {
	if len(s) == 0 {
		return Stats{}
	}
	return Stats{N: len(s), P50: rank(s, 50), P95: rank(s, 95), P99: rank(s, 99), Max: s[len(s)-1]}
}

// rank is the nearest-rank percentile p of the sorted s.
func rank(s []time.Duration, p float64) time.Duration {
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}
