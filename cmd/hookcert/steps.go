package main

// STUB: replaced by the steps command's implementation.

import (
	"context"
	"fmt"
	"io"
)

func runSteps(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "hookcert steps: not built yet")
	return exitBadInput
}
