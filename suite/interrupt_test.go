package suite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// TestInterruptSkipsTheRest: canceling the run's context (the CLI does it
// on Ctrl-C) lets the scenario in flight end, starts no other, and the
// reports mark the rest skipped, not failed. Before, every remaining
// scenario ran and failed with "context canceled".
func TestInterruptSkipsTheRest(t *testing.T) {
	var b strings.Builder
	b.WriteString("Feature: interrupted\n  Background:\n    Given a webhook \"W\" that sends GET to \"https://a.example/\"\n")
	b.WriteString("\n  Scenario: first\n    Given the service answers 503 \"Down\"\n    When the run is interrupted\n    And the webhook is called\n    Then the recorded code is 503\n")
	for i := range 5 {
		fmt.Fprintf(&b, "\n  Scenario: later %d\n    Given the service answers 200 \"OK\"\n    When the webhook is called\n    Then the recorded code is 200\n", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	junit := filepath.Join(t.TempDir(), "junit.xml")
	tb := &suite.Log{}
	res := suite.Run(tb, suite.Config{
		Steps:       steps.New(),
		FS:          fstest.MapFS{"i.feature": {Data: []byte(b.String())}},
		Formats:     []suite.Format{{Name: "junit", Path: junit}},
		Concurrency: 1,
		Transport:   "wire",
		Context:     ctx,
		ExtraSteps: func(sc *godog.ScenarioContext) {
			sc.Step(`^the run is interrupted$`, func() { cancel() })
		},
	})
	if !res.Interrupted || res.Skipped != 5 {
		t.Errorf("Interrupted %v, Skipped %d; want true, 5", res.Interrupted, res.Skipped)
	}
	if res.Status != suite.StatusPassed {
		t.Errorf("status %d, want %d (the scenario in flight passed, the rest were skipped)\n%s", res.Status, suite.StatusPassed, tb.String())
	}
	data, err := os.ReadFile(junit)
	if err != nil {
		t.Fatalf("the report of an interrupted run: %v", err)
	}
	report := string(data)
	// godog's JUnit formatter counts no skipped test case: a skipped
	// scenario is one whose steps are each an error of type "skipped".
	for _, want := range []string{`tests="6"`, `failures="0"`} {
		if !strings.Contains(report, want) {
			t.Errorf("the JUnit report has no %s:\n%s", want, report)
		}
	}
	if n := strings.Count(report, `type="skipped"`); n != 5*4 {
		t.Errorf("%d skipped steps in the JUnit report, want 20 (5 scenarios of 4 steps):\n%s", n, report)
	}
	if strings.Contains(report, "context canceled") {
		t.Errorf("the call in flight saw the cancel:\n%s", report)
	}
}
