// Command hookcert checks webhooks against Marketo's documented behaviour.
//
//	hookcert call     what Marketo does for one definition, lead and answer
//	hookcert certify  certify a vendor's live endpoint: verdict, reports, badge
//	hookcert run      the Gherkin conformance suite (embedded, or files given)
//	hookcert fuzz     the property-based invariants of the spec
//	hookcert steps    the step catalog as Markdown
//	hookcert fields   the lead field catalog as Markdown
//	hookcert init     a new project: webhook, lead, feature and CI files
//	hookcert version  the version
//
// Exit codes: 0 success, 1 failed checks, 2 bad input, 130 after SIGINT
// (Ctrl-C), 143 after SIGTERM; a second signal exits at once.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/hookcert/hookcert/internal/atomicfile"
)

// Exit codes shared by every command.
const (
	exitOK       = 0
	exitFailed   = 1
	exitBadInput = 2
)

// command is one subcommand: it parses its own args and returns an exit code.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"call", "what Marketo does for one definition, lead and answer", runCall},
		{"certify", "certify a live endpoint against the certification profile", runCertify},
		{"run", "run the Gherkin conformance suite", runRun},
		{"fuzz", "check the spec's invariants with generated answers", runFuzz},
		{"steps", "print the step catalog as Markdown", runSteps},
		{"fields", "print the lead field catalog as Markdown", runFields},
		{"init", "scaffold a project: webhook and lead files, a feature, CI files", runInit},
		{"version", "print the version", runVersion},
	}
}

func main() {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	// A second signal exits at once: the temporary files of reports in
	// progress go first.
	temps := &atomicfile.Temps{}
	exit := func(code int) {
		temps.RemoveAll()
		os.Exit(code)
	}
	ctx, stop := watchInterrupts(withTemps(context.Background(), temps), sigs, os.Stderr, exit)
	code := runMain(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	signal.Stop(sigs)
	os.Exit(code)
}

// runMain is dispatch with standard output checked: a write error there (a
// full disk, a closed pipe) is reported and exits 2, as the output is lost.
func runMain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	out := &checkedWriter{w: stdout}
	code := dispatch(ctx, args, out, stderr)
	if sig, ok := interrupted(ctx); ok {
		return signalExit(sig) // whatever the command made of it, it did not finish
	}
	if out.err != nil {
		fmt.Fprintf(stderr, "hookcert: writing standard output failed: %v; the output is incomplete\n", out.err)
		if code == exitOK || code == exitFailed {
			code = exitBadInput
		}
	}
	return code
}

// checkedWriter keeps the first write error of w.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitBadInput
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "hookcert: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitBadInput
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: hookcert <command> [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nexit codes: 0 success, 1 failed checks, 2 bad input, 130 after SIGINT, 143 after SIGTERM")
	fmt.Fprintln(w, "every flag can also be set by its environment variable HOOKCERT_<FLAG> (see 'hookcert <command> -h')")
}

func runVersion(_ context.Context, _ []string, stdout, _ io.Writer) int {
	fmt.Fprintln(stdout, "hookcert", version)
	return exitOK
}

// version is the release; set with -ldflags "-X main.version=...".
var version = "v0.1.0-dev"
