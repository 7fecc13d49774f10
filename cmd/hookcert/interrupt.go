package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/hookcert/hookcert/internal/atomicfile"
)

// Exit codes after a signal: 128 + its number, as shells report them.
const (
	exitInterrupted = 130 // SIGINT, Ctrl-C
	exitTerminated  = 143 // SIGTERM
)

// interruptError is the cause of a context canceled by a signal.
type interruptError struct{ sig os.Signal }

func (e *interruptError) Error() string { return "interrupted by " + signalName(e.sig) }

// signalName is SIGINT or SIGTERM (os.Signal's String is "interrupt").
func signalName(s os.Signal) string {
	if s == syscall.SIGTERM {
		return "SIGTERM"
	}
	if s == os.Interrupt {
		return "SIGINT"
	}
	return s.String()
}

// signalExit is the exit code after sig.
func signalExit(s os.Signal) int {
	if s == syscall.SIGTERM {
		return exitTerminated
	}
	return exitInterrupted
}

// interrupted reports the signal that canceled ctx, if one did.
func interrupted(ctx context.Context) (os.Signal, bool) {
	var ie *interruptError
	if errors.As(context.Cause(ctx), &ie) {
		return ie.sig, true
	}
	return nil, false
}

// watchInterrupts returns a context canceled by the first signal on sigs
// (its cause an *interruptError): commands start nothing new and end what
// is in flight. A second signal calls exit at once with the signal's exit
// code, after a line on stderr. stop ends the watch.
func watchInterrupts(parent context.Context, sigs <-chan os.Signal, stderr io.Writer, exit func(int)) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		select {
		case s := <-sigs:
			cancel(&interruptError{sig: s})
		case <-done:
			return
		}
		select {
		case s := <-sigs:
			fmt.Fprintf(stderr, "hookcert: second signal (%s): exiting now\n", signalName(s))
			exit(signalExit(s))
		case <-done:
		}
	}()
	return ctx, func() {
		close(done)
		<-finished
		cancel(nil)
	}
}

// tempsKey is the context key of the *atomicfile.Temps that a second
// signal empties before it exits.
type tempsKey struct{}

func withTemps(ctx context.Context, t *atomicfile.Temps) context.Context {
	return context.WithValue(ctx, tempsKey{}, t)
}

// tempsOf is the tracker of ctx; nil (which tracks nothing) outside main.
func tempsOf(ctx context.Context) *atomicfile.Temps {
	t, _ := ctx.Value(tempsKey{}).(*atomicfile.Temps)
	return t
}
