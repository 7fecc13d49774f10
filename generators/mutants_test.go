package generators_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/suite"
)

// maxChecksToCatch bounds the checks a property may need to catch a mutant
// (shrinking not counted); maxScenarioLines bounds its shrunk counterexample.
const (
	maxChecksToCatch = 1000
	maxScenarioLines = 45
)

// catch runs the mutant's catching property until it fails or the checks
// run (RAPID_CHECKS per run) reach maxChecksToCatch. It returns the failing
// report and the checks that ran before the failure.
func catch(t *testing.T, m generators.Mutant, name string) (generators.Report, int) {
	t.Helper()
	p, ok := generators.PropertyByName(m.CaughtBy)
	if !ok {
		t.Fatalf("mutant %s: no property %q", m.Name, m.CaughtBy)
	}
	before := 0
	for before < maxChecksToCatch {
		s, err := p.Open(generators.Target{NewCaller: m.Wrap(harness.DefaultCaller)})
		if err != nil {
			t.Fatal(err)
		}
		r := generators.Run(context.Background(), s, name)
		s.Close()
		if r.Failed {
			return r, before + checksBeforeFailure(r)
		}
		before += r.Checks
	}
	t.Fatalf("mutant %s survived %d checks of %s", m.Name, before, m.CaughtBy)
	return generators.Report{}, 0
}

// checksBeforeFailure reads "failed after N tests" from rapid's report.
func checksBeforeFailure(r generators.Report) int {
	_, after, ok := strings.Cut(r.Message, "failed after ")
	if !ok {
		return 0
	}
	n := 0
	for _, c := range after {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// TestMutantsAreCaught is the negative control: every mutant caller is
// caught by its property within maxChecksToCatch checks, shrinks to a
// small counterexample, replays from its failfile, and its Gherkin
// counterexample, pasted into a feature, fails against the mutant and
// passes against the reference Caller in the suite.
func TestMutantsAreCaught(t *testing.T) {
	for _, m := range generators.Mutants() {
		t.Run(m.Name, func(t *testing.T) {
			name := "Mutant_" + m.Name
			t.Cleanup(func() { removeFailfiles(name) })
			r, checks := catch(t, m, name)
			t.Logf("%s caught by %s after %d checks in %v (%d checks with shrinking)\n%s",
				m.Name, m.CaughtBy, checks, r.Elapsed, r.Checks, r.Counterexample)
			if r.Counterexample == "" {
				t.Fatalf("no counterexample printed; report:\n%s", r.Message)
			}
			if n := strings.Count(r.Counterexample, "\n"); n > maxScenarioLines {
				t.Errorf("counterexample has %d lines, want at most %d (shrinking)", n, maxScenarioLines)
			}
			if r.FailFile == "" || r.Seed == 0 {
				t.Fatalf("failfile %q, seed %d: want both in the report:\n%s", r.FailFile, r.Seed, r.Message)
			}
			// The failfile sits where rapid looks first: the next run replays it.
			again, checks := catch(t, m, name)
			if checks != 0 || again.FailFile != r.FailFile {
				t.Errorf("replay: failed after %d checks from failfile %q, want at once from %q", checks, again.FailFile, r.FailFile)
			}
			if again.Counterexample != r.Counterexample {
				t.Errorf("replay from the failfile printed another counterexample:\n%s\nwant:\n%s", again.Counterexample, r.Counterexample)
			}
			// Pasted into a feature, the counterexample fails against the
			// mutant and passes against the reference Caller.
			feature := "Feature: a fuzzing counterexample\n\n" + r.Counterexample
			if res, log := runFeature(feature, m.Wrap(harness.DefaultCaller)); res.Status != suite.StatusFailed {
				t.Errorf("suite against the mutant: status %d, want %d (failed)\n%s\n%s", res.Status, suite.StatusFailed, feature, log)
			}
			if res, log := runFeature(feature, nil); res.Status != suite.StatusPassed {
				t.Errorf("suite against the reference Caller: status %d, want %d (passed)\n%s\n%s", res.Status, suite.StatusPassed, feature, log)
			}
		})
	}
}

// removeFailfiles removes the failfiles a run called name left: a mutant's
// failure is the test passing, not a regression case to keep.
func removeFailfiles(name string) {
	safe := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return '_'
	}, name)
	_ = os.RemoveAll(filepath.Join("testdata", "rapid", safe))
	_ = os.Remove(filepath.Join("testdata", "rapid")) // only when empty: kept failfiles stay
	_ = os.Remove("testdata")
}
