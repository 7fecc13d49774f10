package main

// STUB: replaced by the run command's implementation.

import (
	"context"
	"fmt"
	"io"
)

func runRun(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "hookcert run: not built yet")
	return exitBadInput
}
