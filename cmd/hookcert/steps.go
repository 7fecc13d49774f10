package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/hookcert/hookcert/steps"
)

// runSteps prints the step catalog as Markdown; docs/steps.md is its output.
func runSteps(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("steps", stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hookcert steps")
		fmt.Fprintln(stderr, "\nPrints every step of the Gherkin vocabulary, English and German, with an")
		fmt.Fprintln(stderr, "example each, as Markdown (docs/steps.md is this output).")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "hookcert steps: takes no arguments, got %q\n", fs.Args())
		return exitBadInput
	}
	if err := steps.New().WriteMarkdown(stdout); err != nil {
		fmt.Fprintf(stderr, "hookcert steps: %v\n", err)
		return exitFailed
	}
	return exitOK
}
