// Command benchtable passes the output of `go test -bench` through and,
// at its end, prints the table of issue 12: each row's figure as the
// benchmarks measured it in this run, beside its target. `make bench` and
// `make bench-peers` pipe into it:
//
//	go test -run '^$' -bench . ./... | go run ./internal/benchtable
//
// A row whose benchmark did not run says which make target measures it.
// The exit status is 1 when the input reports a failure (a line starting
// with FAIL or "--- FAIL"), so the pipe fails like the benchmarks did;
// a figure off its target is printed, not failed: speed is a measurement
// here, never a test.
package main

import (
	"fmt"
	"os"
)

func main() {
	t, err := scan(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(2)
	}
	if err := render(os.Stdout, rows, t); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(2)
	}
	if t.failed {
		os.Exit(1)
	}
}
