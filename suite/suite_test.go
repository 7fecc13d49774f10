package suite_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/cucumber/godog"

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
		// the step of an outline's rows is one message, the first row's, with a count
		`u.feature:9 (example row at line 14): undefined step "the service answrs 200 \"x\"" (2 times); the closest`,
		"the service answers {int} {string}",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("undefined steps:\n%s\nwant a line with %q", got, want)
		}
	}
}

// TestUndefinedStepOfManyRowsIsFolded: an undefined step in a 10,000-row
// outline prints one message with "(10000 times)"; before, it printed the
// same message 10,000 times.
func TestUndefinedStepOfManyRowsIsFolded(t *testing.T) {
	var b strings.Builder
	b.WriteString("Feature: many\n  Scenario Outline: row <n>\n    Given the servce answers 200 \"OK\"\n\n    Examples:\n      | n |\n")
	const rows = 10000
	for i := range rows {
		fmt.Fprintf(&b, "      | %d |\n", i)
	}
	res := suite.Run(&suite.Log{}, suite.Config{
		Steps:       steps.New(),
		FS:          fstest.MapFS{"many.feature": {Data: []byte(b.String())}},
		Concurrency: 4,
	})
	if res.Status != suite.StatusFailed || len(res.Undefined) != 1 {
		t.Fatalf("status %d, %d undefined-step messages; want %d, 1", res.Status, len(res.Undefined), suite.StatusFailed)
	}
	if want := `undefined step "the servce answers 200 \"OK\"" (10000 times)`; !strings.Contains(res.Undefined[0], want) {
		t.Errorf("message %q lacks %q", res.Undefined[0], want)
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

// TestOneTagEvaluator: the run selects the scenarios itself (godog gets no
// tags), so the scenarios godog runs are the ones Result counts, whatever
// the tags sit on (feature, scenario, examples) and with a shard too.
func TestOneTagEvaluator(t *testing.T) {
	const feature = `@all
Feature: tags
  Background:
    Given a webhook "W" that sends GET to "https://a.example/"

  @R18 @slow
  Scenario: tagged
    Given the service answers 200 "OK"

  Scenario: untagged
    Given the service answers 200 "OK"

  Scenario Outline: outline <code>
    Given the service answers <code> "x"

    @R18
    Examples: tagged rows
      | code |
      | 201  |
      | 202  |

    @A15
    Examples: other rows
      | code |
      | 203  |
`
	fsys := fstest.MapFS{"t.feature": {Data: []byte(feature)}}
	lib := steps.New()
	for _, tc := range []struct {
		tags  string
		shard suite.Shard
		want  int // -1: whatever the shard leaves, checked against what ran
	}{
		{"", suite.Shard{}, 5},
		{"@all", suite.Shard{}, 5},
		{"@R18", suite.Shard{}, 3},
		{"~@R18", suite.Shard{}, 2},
		{"@R18 && ~@slow", suite.Shard{}, 2},
		{"@slow,@A15", suite.Shard{}, 2},
		{"@R18", suite.Shard{K: 1, N: 2}, -1},
		{"@R18", suite.Shard{K: 2, N: 2}, -1},
	} {
		t.Run(tc.tags+" "+tc.shard.String(), func(t *testing.T) {
			var mu sync.Mutex
			ran := map[string]int{}
			res := suite.Run(&suite.Log{}, suite.Config{Steps: lib, FS: fsys, Tags: tc.tags, Shard: tc.shard, AllowEmpty: true,
				ExtraSteps: func(sc *godog.ScenarioContext) {
					sc.Before(func(ctx context.Context, s *godog.Scenario) (context.Context, error) {
						mu.Lock()
						defer mu.Unlock()
						ran[s.Name]++
						return ctx, nil
					})
				}})
			total := 0
			for _, n := range ran {
				total += n
			}
			if res.Status != suite.StatusPassed || total != res.Scenarios || (tc.want >= 0 && total != tc.want) {
				t.Errorf("status %d: godog ran %d scenarios %v, Result counts %d, want %d", res.Status, total, ran, res.Scenarios, tc.want)
			}
		})
	}
}

// TestFeatureLoaderCapsAndStripsTheMark: the runner's loader reads a
// feature through the 16 MiB cap (a larger one is bad input naming the file
// and the cap) and drops a UTF-8 byte order mark at its start, which
// Gherkin's parser rejects.
func TestFeatureLoaderCapsAndStripsTheMark(t *testing.T) {
	const ok = "Feature: f\n  Scenario: s\n    Given a webhook \"W\" that sends GET to \"https://a.example/\"\n"
	res := suite.Run(&suite.Log{}, suite.Config{Steps: steps.New(), FS: fstest.MapFS{"bom.feature": {Data: []byte("\xef\xbb\xbf" + ok)}}})
	if res.Status != suite.StatusPassed {
		t.Errorf("a feature with a byte order mark: status %d (%v), want %d", res.Status, res.Err, suite.StatusPassed)
	}
	big := fstest.MapFS{"big.feature": {Data: []byte(ok + strings.Repeat("#", suite.MaxFeatureFile))}}
	res = suite.Run(&suite.Log{}, suite.Config{Steps: steps.New(), FS: big})
	if res.Status != suite.StatusBadInput || res.Err == nil || !strings.Contains(res.Err.Error(), "feature file big.feature: larger than the cap of 16 MiB") {
		t.Errorf("a feature over 16 MiB: status %d, %v; want %d naming the file and the cap", res.Status, res.Err, suite.StatusBadInput)
	}
}
