// Package spelling finds the known name closest to a misspelt one, for the
// "did you mean" hints of every lookup that can fail on a typo: lead fields
// and SOAP names (marketo), knobs, encodings and response types (marketo,
// hookfile, steps), and step texts (steps).
package spelling

import (
	"fmt"
	"strings"
)

// Distance is the edit distance between a and b, over runes: insertions,
// deletions, substitutions and swaps of two neighbours ("jsno" is one edit
// from "json"), each counting one (optimal string alignment).
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: the one before the previous is needed for swaps.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// Closest returns the candidate nearest to name, ignoring case, and whether
// it is near enough to be a likely typo: at most a third of the longer
// name's characters differ (at least one edit is always allowed), or one
// contains the other. The first of equally near candidates wins.
func Closest(name string, candidates []string) (string, bool) {
	want := strings.ToLower(strings.TrimSpace(name))
	best, bestDist := "", -1
	for _, c := range candidates {
		d := Distance(want, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || want == "" {
		return "", false
	}
	limit := max(1, max(len([]rune(want)), len([]rune(best)))/3)
	if bestDist <= limit {
		return best, true
	}
	lb := strings.ToLower(best)
	return best, len(want) >= 3 && (strings.Contains(lb, want) || strings.Contains(want, lb))
}

// Hint returns `; did you mean "X"?` for the candidate closest to name, or
// "" when none is near enough: the tail of an "unknown ..." message.
func Hint(name string, candidates []string) string {
	if c, ok := Closest(name, candidates); ok {
		return fmt.Sprintf("; did you mean %q?", c)
	}
	return ""
}
