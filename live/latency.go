package live

import (
	"math"
	"slices"
	"time"
)

// Stats summarises latencies by nearest-rank percentiles.
type Stats struct {
	N   int           // the number of samples
	P50 time.Duration // the median
	P95 time.Duration
	P99 time.Duration
	Max time.Duration
}

// Summarize computes Stats over samples; the zero Stats for none.
func Summarize(samples []time.Duration) Stats {
	if len(samples) == 0 {
		return Stats{}
	}
	s := slices.Clone(samples)
	slices.Sort(s)
	return Stats{N: len(s), P50: rank(s, 50), P95: rank(s, 95), P99: rank(s, 99), Max: s[len(s)-1]}
}

// rank is the nearest-rank percentile p of sorted samples.
func rank(sorted []time.Duration, p float64) time.Duration {
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// FlowTime is Marketo's own arithmetic for a slow service (R4): the flow
// waits for every answer, so leads calls at per each take leads x per. Adobe's
// example: 50 ms x 100,000 calls is about 1.4 hours.
func FlowTime(per time.Duration, leads int) time.Duration {
	return per * time.Duration(leads)
}
