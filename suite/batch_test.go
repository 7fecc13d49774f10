package suite

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/secrets"
	"github.com/hookcert/hookcert/steps"
)

// batchFeatures are features of every kind of scenario, over several
// files whose feature names sort otherwise than their paths (godog's
// junit and cucumber reports list features by name): passing, failing
// (R18: a 503 is recorded as 503), undefined, skipped steps, outlines
// whose rows share a name or not, examples with tags, comments, and
// scenarios the tags leave out.
var batchFeatures = fstest.MapFS{
	"a/zeta.feature": {Data: []byte(`# a comment before the feature
@R18
Feature: Zeta checks
  A description.

  Background:
    Given a webhook "W" that sends GET to "https://a.example/"

  Scenario: a 503 is recorded
    Given the service answers 503 "Down"
    When the webhook is called
    Then the recorded code is 503

  # a comment between scenarios
  Scenario: a 503 is not a 200
    Given the service answers 503 "Down"
    When the webhook is called
    Then the recorded code is 200
    And a passing step

  @wip
  Scenario: left out by the tags
    # a comment the tags blank out
    Given a failing step

  Scenario Outline: the same name for every row
    Given step <n> passes
    And step <m> passes

    Examples:
      | n | m |
      | 1 | 2 |
      | 3 | 4 |
      | 5 | 6 |
      | 7 | x |
      | 9 | 0 |
`)},
	"b/alpha.feature": {Data: []byte(`@R18
Feature: Alpha checks

  Scenario: an undefined step
    Given a passing step
    And a step nobody wrote
    Then a passing step

  Scenario: a failing step skips the rest
    Given a failing step
    Then a passing step
    And a passing step

  Scenario Outline: row <n> of two tables
    Given step <n> passes

    Examples: first
      | n |
      | 1 |
      | 2 |

    @more
    Examples: second
      | n |
      | 3 |
      | 4 |
      | 5 |
`)},
	"c/middle.feature": {Data: []byte(`@R18
Feature: Middle checks
  # a comment in the feature
  Scenario: passes
    Given a passing step
    # a comment between steps
    Then a passing step
`)},
	"c/zz.feature": {Data: []byte(`@R18
Feature: Alpha checks
  Scenario: a second feature of the same name
    Given a passing step
`)},
}

// batchSteps are the test steps of batchFeatures besides the vocabulary.
func batchSteps(sc *godog.ScenarioContext) {
	sc.Step(`^a passing step$`, func() {})
	sc.Step(`^a failing step$`, func() error { return errors.New("it fails") })
	sc.Step(`^step (\S+) passes$`, func(s string) error {
		if _, err := strconv.Atoi(s); err != nil {
			return fmt.Errorf("step %q is no number", s)
		}
		return nil
	})
}

// reportTimes matches what differs between two runs of the same features:
// times and durations of each report.
var reportTimes = []*regexp.Regexp{
	regexp.MustCompile(`(?m)^(\d+h)?(\d+m)?[\d.]+(ns|µs|ms|s)$`), // progress: the run's time
	regexp.MustCompile(` time="[^"]*"`),                          // junit
	regexp.MustCompile(`"duration": \d+`),                        // cucumber
}

func normalizeTimes(s string) string {
	for _, re := range reportTimes {
		s = re.ReplaceAllString(s, "T")
	}
	return s
}

// batchedRun is the reports and result of one run of batchFeatures.
type batchedRun struct {
	progress, junit, cucumber, html string
	res                             Result
	runs                            []int // scenarios per godog run
}

// runBatched runs batchFeatures in batches of size scenarios (0: one
// batch), every report at once.
func runBatched(t *testing.T, size int, tags string, shard Shard) batchedRun {
	t.Helper()
	if size == 0 {
		size = 1 << 30
	}
	dir := t.TempDir()
	var out bytes.Buffer
	var mu sync.Mutex
	var got batchedRun
	got.res = Run(&Log{}, Config{
		Steps: steps.New(), FS: batchFeatures, Tags: tags, Shard: shard, Concurrency: 1, BatchSize: size, Output: &out,
		Formats: []Format{{Name: "progress"}, {Name: "junit", Path: filepath.Join(dir, "junit.xml")},
			{Name: "cucumber", Path: filepath.Join(dir, "cucumber.json")}, {Name: "html", Path: filepath.Join(dir, "report.html")}},
		ExtraSteps: batchSteps,
		onGodogRun: func(n int) { mu.Lock(); got.runs = append(got.runs, n); mu.Unlock() },
	})
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("batch size %d: %v", size, err)
		}
		return string(data)
	}
	got.progress, got.junit, got.cucumber, got.html = out.String(), read("junit.xml"), read("cucumber.json"), read("report.html")
	return got
}

// TestBatchedReportsMatchOneRun is the check of batching: a selection run
// in batches of 1, 3 and 7 scenarios writes, for every report, what one
// run of it writes, times aside, and the same Result; and each godog run
// holds at most a batch (what bounds its memory). The selections: all,
// some left out by tags, a shard.
func TestBatchedReportsMatchOneRun(t *testing.T) {
	for _, sel := range []struct {
		tags  string
		shard Shard
		want  []string // what the one run's reports must show, so that the features keep checking it
	}{
		{"", Shard{}, []string{"#3", "--- Failed steps:", "it fails", "skipped", "undefined"}},
		{"~@wip", Shard{}, []string{"#3", "--- Failed steps:", "it fails", "skipped", "undefined"}},
		{"", Shard{K: 1, N: 2}, []string{"--- Failed steps:"}},
	} {
		one := runBatched(t, 0, sel.tags, sel.shard)
		if one.res.Status != StatusFailed || len(one.runs) != 1 {
			t.Fatalf("%+v: one run: status %d, %d godog runs; want failed, one run", sel, one.res.Status, len(one.runs))
		}
		for _, want := range sel.want {
			if !strings.Contains(one.junit+one.progress, want) {
				t.Fatalf("%+v: the reports have no %q: the features no longer check what they should\n%s\n%s", sel, want, one.progress, one.junit)
			}
		}
		for _, size := range []int{1, 3, 7} {
			t.Run(fmt.Sprintf("tags %q shard %s batch %d", sel.tags, sel.shard, size), func(t *testing.T) {
				got := runBatched(t, size, sel.tags, sel.shard)
				compareReports(t, "progress", got.progress, one.progress)
				compareReports(t, "junit", got.junit, one.junit)
				compareReports(t, "cucumber", got.cucumber, one.cucumber)
				if got.res.Status != one.res.Status || got.res.Scenarios != one.res.Scenarios ||
					strings.Join(got.res.Undefined, "\n") != strings.Join(one.res.Undefined, "\n") || len(got.res.Reports) != 3 {
					t.Errorf("result %+v, want %+v", got.res, one.res)
				}
				total := 0
				for _, n := range got.runs {
					if n > size {
						t.Errorf("a godog run initialized %d scenarios, more than the batch size %d", n, size)
					}
					total += n
				}
				if want := (one.res.Scenarios + size - 1) / size; len(got.runs) != want || total != one.res.Scenarios {
					t.Errorf("%d godog runs of %d scenarios in all, want %d runs of %d", len(got.runs), total, want, one.res.Scenarios)
				}
				var html bytes.Buffer
				if err := renderHTML(&html, strings.NewReader(got.cucumber)); err != nil || html.String() != got.html {
					t.Errorf("the HTML report is not the one of the merged cucumber report (%v)", err)
				}
			})
		}
	}
}

// compareReports fails t, showing the first difference, if got and want
// differ in more than their times.
func compareReports(t *testing.T, name, got, want string) {
	t.Helper()
	g, w := normalizeTimes(got), normalizeTimes(want)
	if g == w {
		return
	}
	gl, wl := strings.Split(g, "\n"), strings.Split(w, "\n")
	for i := range max(len(gl), len(wl)) {
		var a, b string
		if i < len(gl) {
			a = gl[i]
		}
		if i < len(wl) {
			b = wl[i]
		}
		if a != b {
			t.Errorf("%s report differs from one run's at line %d:\n got: %q\nwant: %q\n\nbatched:\n%s", name, i+1, a, b, got)
			return
		}
	}
}

// numberedFeature is a feature of n scenarios named "s1" to "sN", each of
// a passing step; those in interruptAt also interrupt the run.
func numberedFeature(n int, interruptAt ...int) fstest.MapFS {
	var b strings.Builder
	b.WriteString("@R18\nFeature: numbered\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "\n  Scenario: s%d\n    Given a passing step\n", i)
		if slices.Contains(interruptAt, i) {
			b.WriteString("    And the run is interrupted\n")
		}
		b.WriteString("    Then a passing step\n")
	}
	return fstest.MapFS{"n.feature": {Data: []byte(b.String())}}
}

// TestBatchedInterruptSkipsLaterBatches: after the run's context is
// canceled in the first batch no scenario starts, in that batch or a later
// one; the reports mark them skipped, not failed, as one run's do, and
// Result counts them.
func TestBatchedInterruptSkipsLaterBatches(t *testing.T) {
	interrupted := func(size int) (Result, string, string, int) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		junit := filepath.Join(t.TempDir(), "junit.xml")
		var out bytes.Buffer
		var runs atomic.Int64
		res := Run(&Log{}, Config{
			Steps: steps.New(), FS: numberedFeature(10, 2), Concurrency: 1, BatchSize: size, Context: ctx, Output: &out,
			Formats: []Format{{Name: "progress"}, {Name: "junit", Path: junit}},
			ExtraSteps: func(sc *godog.ScenarioContext) {
				batchSteps(sc)
				sc.Step(`^the run is interrupted$`, func() { cancel() })
			},
			onGodogRun: func(int) { runs.Add(1) },
		})
		data, err := os.ReadFile(junit)
		if err != nil {
			t.Fatal(err)
		}
		return res, out.String(), string(data), int(runs.Load())
	}
	res, progress, junit, runs := interrupted(3)
	if !res.Interrupted || res.Skipped != 8 || res.Status != StatusPassed || runs != 4 {
		t.Fatalf("Interrupted %v, Skipped %d, status %d, %d godog runs; want true, 8, passed, 4", res.Interrupted, res.Skipped, res.Status, runs)
	}
	if !strings.Contains(junit, `tests="10" skipped="0" failures="0" errors="0"`) || strings.Count(junit, `type="skipped"`) != 8*2 {
		t.Errorf("the JUnit report of an interrupted batched run:\n%s", junit)
	}
	// godog counts a scenario whose steps were all skipped as passed
	if !strings.Contains(progress, "10 scenarios (10 passed)\n21 steps (5 passed, 16 skipped)") {
		t.Errorf("the progress report of an interrupted batched run:\n%s", progress)
	}
	oneRes, oneProgress, oneJUnit, _ := interrupted(0)
	if oneRes.Skipped != res.Skipped {
		t.Errorf("one run skipped %d, the batched run %d", oneRes.Skipped, res.Skipped)
	}
	compareReports(t, "progress", progress, oneProgress)
	compareReports(t, "junit", junit, oneJUnit)
}

// TestPrettyAndEventsRunInOneBatch: their reports do not merge, so a run
// with one of them runs its selection in one godog run.
func TestPrettyAndEventsRunInOneBatch(t *testing.T) {
	for _, format := range []string{"pretty", "events"} {
		runs := 0
		res := Run(&Log{}, Config{Steps: steps.New(), FS: numberedFeature(5), Concurrency: 1, BatchSize: 2,
			Formats: []Format{{Name: "junit", Path: filepath.Join(t.TempDir(), "j.xml")}, {Name: format}}, ExtraSteps: batchSteps,
			onGodogRun: func(int) { runs++ }})
		if res.Status != StatusPassed || runs != 1 {
			t.Errorf("%s: status %d, %d godog runs; want passed, 1", format, res.Status, runs)
		}
	}
}

// TestBatchedRandomShufflesEachBatch: with a seed, the batches are cut in
// file order and each one's scenarios are shuffled with the seed; the same
// seed runs the same order.
func TestBatchedRandomShufflesEachBatch(t *testing.T) {
	order := func(seed int64) []string {
		var names []string
		res := Run(&Log{}, Config{Steps: steps.New(), FS: numberedFeature(12), Concurrency: 1, BatchSize: 4, Randomize: seed,
			ExtraSteps: func(sc *godog.ScenarioContext) {
				batchSteps(sc)
				sc.Before(func(ctx context.Context, s *godog.Scenario) (context.Context, error) {
					names = append(names, s.Name)
					return ctx, nil
				})
			}})
		if res.Status != StatusPassed || res.Seed != seed {
			t.Fatalf("seed %d: status %d, seed %d", seed, res.Status, res.Seed)
		}
		return names
	}
	first := order(7)
	if again := order(7); !slices.Equal(first, again) {
		t.Errorf("seed 7 ran %v, then %v", first, again)
	}
	shuffled := false
	for b := range 3 {
		got := slices.Clone(first[4*b : 4*b+4])
		var want []string
		for i := 4*b + 1; i <= 4*b+4; i++ {
			want = append(want, fmt.Sprintf("s%d", i))
		}
		shuffled = shuffled || !slices.Equal(got, want)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("batch %d ran %v, want a shuffle of %v", b+1, first[4*b:4*b+4], want)
		}
	}
	if !shuffled {
		t.Errorf("seed 7 ran the file order %v", first)
	}
}

// TestBatchSizeNegativeIsBadInput: a negative batch size names itself.
func TestBatchSizeNegativeIsBadInput(t *testing.T) {
	res := Run(&Log{}, Config{Steps: steps.New(), FS: numberedFeature(1), BatchSize: -1, ExtraSteps: batchSteps})
	if res.Status != StatusBadInput || res.Err == nil || !strings.Contains(res.Err.Error(), "batch size -1") {
		t.Errorf("status %d, error %v; want bad input naming the batch size", res.Status, res.Err)
	}
}

// TestBatchedProgressWrapsAsOneRun: godog's progress report breaks its
// line of step characters every 70 steps with the count so far; batched,
// the lines break where one run's do, and the last one is padded as
// one run pads it: fewer than 70 steps, exactly 70, more, exactly 140.
func TestBatchedProgressWrapsAsOneRun(t *testing.T) {
	progress := func(n, size int) string {
		var out bytes.Buffer
		res := Run(&Log{}, Config{Steps: steps.New(), FS: numberedFeature(n), Concurrency: 1, BatchSize: size, Output: &out,
			ExtraSteps: batchSteps})
		if res.Status != StatusPassed {
			t.Fatalf("%d scenarios, batch size %d: status %d", n, size, res.Status)
		}
		return out.String()
	}
	for _, n := range []int{20, 35, 41, 70} { // 2 steps each
		one := progress(n, 0)
		if want := fmt.Sprintf("%d steps (%d passed)", 2*n, 2*n); !strings.Contains(one, want) {
			t.Fatalf("one run of %d scenarios: no %q in\n%s", n, want, one)
		}
		for _, size := range []int{1, 3, 7} {
			t.Run(fmt.Sprintf("%d steps batch %d", 2*n, size), func(t *testing.T) {
				compareReports(t, "progress", progress(n, size), one)
			})
		}
	}
}

// TestBatchedReportsMaskSecrets: a credential a failing step prints is
// masked in every merged report (Output and files), as in one run.
func TestBatchedReportsMaskSecrets(t *testing.T) {
	const secret = "s3cr3t-token-value"
	dir := t.TempDir()
	var out bytes.Buffer
	res := Run(&Log{}, Config{Steps: steps.New(), FS: numberedFeature(6, 4), Concurrency: 1, BatchSize: 2, Output: &out,
		Masker: secrets.New(secret),
		Formats: []Format{{Name: "progress"}, {Name: "junit", Path: filepath.Join(dir, "j.xml")},
			{Name: "cucumber", Path: filepath.Join(dir, "c.json")}},
		ExtraSteps: func(sc *godog.ScenarioContext) {
			batchSteps(sc)
			sc.Step(`^the run is interrupted$`, func() error { return fmt.Errorf("the vendor said %s", secret) })
		}})
	if res.Status != StatusFailed {
		t.Fatalf("status %d, want failed", res.Status)
	}
	reports := map[string]string{"progress": out.String()}
	for _, f := range []string{"j.xml", "c.json"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		reports[f] = string(data)
	}
	for name, report := range reports {
		if strings.Contains(report, secret) || !strings.Contains(report, "the vendor said") {
			t.Errorf("%s: the secret is not masked, or the failure is missing:\n%s", name, report)
		}
	}
}
