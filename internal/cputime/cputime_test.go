package cputime

import "testing"

// TestProcessAdvances: busy work shows as CPU time; the count never goes back.
func TestProcessAdvances(t *testing.T) {
	before := Process()
	x := 0
	for i := range 50_000_000 {
		x ^= i
	}
	after := Process()
	if after <= before {
		t.Errorf("Process() went from %v to %v over busy work (x=%d), want more", before, after, x)
	}
}
