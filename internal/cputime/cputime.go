// Package cputime reads the CPU time the process has used, so that the
// benchmarks report CPU-time ratios beside wall-time ratios: on a machine
// shared with other work, wall time waits for the CPU, CPU time does not.
package cputime

import (
	"syscall"
	"time"
)

// Process is the CPU time, user and system, the process has used so far
// (all its threads: the garbage collector and the goroutines a benchmark's
// side starts included), or 0 where getrusage fails.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
