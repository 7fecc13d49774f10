package suite_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// TestUndefinedStepLine checks that an undefined step is reported with its
// line, in a scenario and in an outline (whose step text has the row's
// values, so it appears on no line of the file).
func TestUndefinedStepLine(t *testing.T) {
	const text = `Feature: undefined
  Background:
    Given a webhook "W" that sends GET to "https://a.example/"

  Scenario: plain
    When the webhook is caled

  Scenario Outline: outline <code>
    Given the service answrs <code> "x"
    When the webhook is called

    Examples:
      | code |
      | 200  |
      | 503  |
`
	res := suite.Run(&suite.Log{}, suite.Config{
		Steps: steps.New(),
		FS:    fstest.MapFS{"u.feature": {Data: []byte(text)}},
	})
	if res.Status != suite.StatusFailed {
		t.Fatalf("status %d, want %d", res.Status, suite.StatusFailed)
	}
	got := strings.Join(res.Undefined, "\n")
	for _, want := range []string{
		`u.feature:6: undefined step "the webhook is caled"`,
		`u.feature:9 (example row at line 14): undefined step "the service answrs 200 \"x\""`,
		`u.feature:9 (example row at line 15): undefined step "the service answrs 503 \"x\""`,
		"the service answers {int} {string}",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("undefined steps:\n%s\nwant a line with %q", got, want)
		}
	}
}

// TestEmptySelectionFails checks that a run whose tags select nothing fails
// unless AllowEmpty says it may be empty.
func TestEmptySelectionFails(t *testing.T) {
	fsys := fstest.MapFS{"e.feature": {Data: []byte("Feature: e\n  @R18\n  Scenario: s\n    Given a webhook \"W\" that sends GET to \"https://a.example/\"\n")}}
	tb := &suite.Log{}
	res := suite.Run(tb, suite.Config{Steps: steps.New(), FS: fsys, Tags: "@R99"})
	if res.Status != suite.StatusFailed || !strings.Contains(tb.String(), `no scenario selected by tags "@R99"`) {
		t.Errorf("tags @R99: status %d, messages %q; want %d, no scenario selected", res.Status, tb.String(), suite.StatusFailed)
	}
	res = suite.Run(&suite.Log{}, suite.Config{Steps: steps.New(), FS: fsys, Tags: "@R99", AllowEmpty: true})
	if res.Status != suite.StatusPassed {
		t.Errorf("tags @R99, AllowEmpty: status %d, want %d", res.Status, suite.StatusPassed)
	}
}
