package generators_test

import (
	"fmt"
	"strings"
	"sync"
	"testing/fstest"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/steps"
)

// suiteLog is a harness.TB that keeps what a suite run reports, so that a
// run meant to fail does not fail the test.
type suiteLog struct {
	mu  sync.Mutex
	out []string
}

func (l *suiteLog) Helper() {}
func (l *suiteLog) Logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = append(l.out, fmt.Sprintf(format, args...))
}
func (l *suiteLog) Errorf(format string, args ...any) { l.Logf(format, args...) }

func (l *suiteLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.out, "\n")
}

// runFeature runs one feature through the Gherkin suite with the caller made
// by newCaller (nil: the reference model).
func runFeature(feature string, newCaller harness.NewCallerFunc) (harness.Result, string) {
	log := &suiteLog{}
	res := harness.Run(log, harness.Config{
		Steps:     steps.New(),
		FS:        fstest.MapFS{"counterexample.feature": {Data: []byte(feature)}},
		Paths:     []string{"counterexample.feature"},
		NewCaller: newCaller,
	})
	return res, log.String()
}
