package generators

import (
	"context"
	"fmt"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"pgregory.net/rapid"
)

// Report is what one run of a property found.
type Report struct {
	// Property is the property's name; Name the run's (the failfile folder).
	Property, Name string
	// Checks is the number of checks run, shrinking included.
	Checks int
	// Failed is set when the property failed; Message is rapid's report.
	Failed  bool
	Message string
	// Seed and FailFile reproduce the failure (rapid's -rapid.seed and
	// -rapid.failfile, or hookcert fuzz --seed and --replay). Seed is 0 when
	// the failure came from a failfile.
	Seed     uint64
	FailFile string
	// Counterexample is the shrunk failing case as a Gherkin scenario.
	Counterexample string
	// Findings are the mock-vs-wire differences seen.
	Findings []Finding
	// Log holds what the failing check logged when rapid replayed it.
	Log []string
	// Elapsed is the wall time of the run.
	Elapsed time.Duration
}

// Run runs the session's property once with rapid.Check, outside go test
// or inside it, reporting instead of failing a test. It implements
// rapid.TB itself and runs the check in a goroutine of its own, so that
// rapid's FailNow can end it (runtime.Goexit). name is the run's name:
// rapid keeps failfiles in testdata/rapid/<name>/ under the working
// directory and replays those first.
//
// rapid takes its settings (number of checks, seed, failfile, shrink time)
// from its flags and RAPID_* environment variables, and calls testing.Short:
// outside a test binary, call testing.Init and flag.Parse (or
// flag.CommandLine.Parse) before Run. ctx ends the checks' calls.
func Run(ctx context.Context, s *Session, name string) Report {
	start := time.Now()
	tb := &recorder{ctx: ctx, name: name}
	done := make(chan struct{})
	go func() {
		defer close(done)
		rapid.Check(tb, s.Check)
	}()
	<-done
	r := Report{Property: s.prop.Name, Name: name, Checks: s.Checks(), Findings: s.Findings(), Elapsed: time.Since(start)}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	r.Failed = tb.failed
	r.Message = strings.Join(tb.errors, "\n")
	r.Log = tb.logs
	if r.Failed {
		r.Counterexample = s.Counterexample()
		if m := failfileRe.FindStringSubmatch(r.Message); m != nil {
			r.FailFile = m[1]
		}
		if m := seedRe.FindStringSubmatch(r.Message); m != nil {
			r.Seed, _ = strconv.ParseUint(m[1], 10, 64)
		}
	}
	return r
}

// The reproduction hints of rapid's failure message (rapid v1.3.0).
var (
	failfileRe = regexp.MustCompile(`-rapid\.failfile="([^"]+)"`)
	seedRe     = regexp.MustCompile(`-rapid\.seed=(\d+)`)
)

// recorder is a rapid.TB that records instead of failing a test.
type recorder struct {
	ctx  context.Context
	name string

	mu     sync.Mutex
	failed bool
	errors []string
	logs   []string
}

var _ rapid.TB = (*recorder)(nil)

func (r *recorder) Helper()                  {}
func (r *recorder) Name() string             { return r.name }
func (r *recorder) Context() context.Context { return r.ctx }

func (r *recorder) Logf(format string, args ...any) { r.log(fmt.Sprintf(format, args...)) }
func (r *recorder) Log(args ...any)                 { r.log(fmt.Sprintln(args...)) }

func (r *recorder) log(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.logs = append(r.logs, strings.TrimSuffix(s, "\n"))
}

func (r *recorder) Errorf(format string, args ...any) { r.error(fmt.Sprintf(format, args...)) }
func (r *recorder) Error(args ...any)                 { r.error(fmt.Sprintln(args...)) }

func (r *recorder) error(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed = true
	r.errors = append(r.errors, strings.TrimSuffix(s, "\n"))
}

func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...); r.FailNow() }
func (r *recorder) Fatal(args ...any)                 { r.Error(args...); r.FailNow() }

// FailNow ends the goroutine Run started, as testing.T's does.
func (r *recorder) FailNow() { r.Fail(); runtime.Goexit() }

func (r *recorder) Fail() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed = true
}

func (r *recorder) Failed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failed
}

func (r *recorder) Skipf(format string, args ...any) { r.Logf(format, args...); r.SkipNow() }
func (r *recorder) Skip(args ...any)                 { r.Log(args...); r.SkipNow() }
func (r *recorder) SkipNow()                         { runtime.Goexit() }
