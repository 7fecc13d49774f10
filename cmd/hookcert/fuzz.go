package main

// STUB: replaced by the fuzz command's implementation.

import (
	"context"
	"fmt"
	"io"
)

func runFuzz(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "hookcert fuzz: not built yet")
	return exitBadInput
}
