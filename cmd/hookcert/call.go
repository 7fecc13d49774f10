package main

// STUB: replaced by the call command's implementation.

import (
	"context"
	"fmt"
	"io"
)

func runCall(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "hookcert call: not built yet")
	return exitBadInput
}
