package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cucumber/godog"
)

// runSuiteCLI runs `hookcert run args...` in process and returns the exit code,
// stdout and stderr.
func runSuiteCLI(t *testing.T, extra func(*godog.ScenarioContext), args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runWith(context.Background(), args, &out, &errOut, extra)
	return code, out.String(), errOut.String()
}

// writeFeature writes a feature file into dir and returns its path.
func writeFeature(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// junitCases reads a godog JUnit report: "suite / case" -> occurrences.
// godog numbers scenarios of one name ("#2") in the order it ran them, so
// the number is dropped: it differs between a shard and the whole suite.
func junitCases(t *testing.T, path string) map[string]int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name   string `xml:"name,attr"`
				Status string `xml:"status,attr"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s is not a complete JUnit report: %v", path, err)
	}
	cases := map[string]int{}
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			cases[s.Name+" / "+dupSuffix.ReplaceAllString(c.Name, "")]++
		}
	}
	return cases
}

var dupSuffix = regexp.MustCompile(` #\d+$`)

// noTempFiles fails if a report's temporary file was left in dir.
func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary report file left behind: %s", e.Name())
		}
	}
}

const passingFeature = `Feature: A passing feature
  @R18
  Scenario: A 200 answer changes the lead
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"
    And the response mappings:
      | attribute | field     |
      | score     | leadScore |
    And the service answers 200 "OK" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the recorded code is 200
    And the field "Lead Score" is "42"
`

const failingFeature = `Feature: A failing feature
  @R18
  Scenario: A wrong expectation
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"
    And the service answers 503 "Backend Down"
    When the webhook is called
    Then the recorded code is 200
`

func TestRunEmbeddedSuite(t *testing.T) {
	dir := t.TempDir()
	junit := filepath.Join(dir, "reports", "junit.xml")
	cucumber := filepath.Join(dir, "reports", "cucumber.json")
	code, out, errOut := runSuiteCLI(t, nil, "--transport", "mock", "--concurrency", "4",
		"--format", "progress", "--format", "junit:"+junit+",cucumber:"+cucumber)
	if code != exitOK {
		t.Fatalf("exit %d, want %d\nstderr:\n%s", code, exitOK, errOut)
	}
	if !strings.Contains(out, "passed") {
		t.Errorf("progress output has no summary:\n%s", tail(out))
	}
	cases := junitCases(t, junit)
	if len(cases) < 100 {
		t.Errorf("JUnit report holds %d distinct scenarios, want the whole embedded suite", len(cases))
	}
	data, err := os.ReadFile(cucumber)
	if err != nil {
		t.Fatal(err)
	}
	var features []map[string]any
	if err := json.Unmarshal(data, &features); err != nil || len(features) < 7 {
		t.Errorf("cucumber report: %d features, err %v; want every feature", len(features), err)
	}
	noTempFiles(t, filepath.Join(dir, "reports"))
}

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	pass := writeFeature(t, dir, "pass.feature", passingFeature)
	fail := writeFeature(t, dir, "fail.feature", failingFeature)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"passing feature on both faces", []string{"--transport", "both", pass}, exitOK},
		{"a folder", []string{"--transport", "wire", "--tags", "@R18", dir + "/"}, exitFailed},
		{"R18 failing expectation", []string{fail}, exitFailed},
		{"tags select only the passing one", []string{"--tags", "@R18 && ~@R19", pass}, exitOK},
		{"tags select nothing", []string{"--tags", "@R99", pass}, exitFailed},
		{"tags select nothing, allowed", []string{"--allow-empty", "--tags", "@R99", pass}, exitOK},
		{"shard 0/0", []string{"--shard", "0/0", pass}, exitBadInput},
		{"shard 0/3", []string{"--shard", "0/3", pass}, exitBadInput},
		{"unknown transport", []string{"--transport", "carrier-pigeon", pass}, exitBadInput},
		{"bad shard", []string{"--shard", "4/3", pass}, exitBadInput},
		{"bad format", []string{"--format", "html", pass}, exitBadInput},
		{"bad tags", []string{"--tags", "@a,,@b", pass}, exitBadInput},
		{"missing path", []string{filepath.Join(dir, "nope.feature")}, exitBadInput},
		{"unknown flag", []string{"--strict=false", pass}, exitBadInput},
		{"zero concurrency", []string{"--concurrency", "0", pass}, exitBadInput},
		{"unknown knob", []string{"--option", "NoSuchKnob", pass}, exitBadInput},
		{"help", []string{"-h"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runSuiteCLI(t, nil, tt.args...)
			if code != tt.want {
				t.Errorf("hookcert run %s: exit %d, want %d\nstderr:\n%s", strings.Join(tt.args, " "), code, tt.want, tail(errOut))
			}
		})
	}
}

func TestRunHelpDocumentsTags(t *testing.T) {
	_, _, errOut := runSuiteCLI(t, nil, "-h")
	for _, want := range []string{"~@slow", "@R18 && @A15", "@R18,@R19", "junit:out/junit.xml", "HOOKCERT_TRANSPORT", "--random=SEED"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("help does not mention %q", want)
		}
	}
}

func TestRunEnvironment(t *testing.T) {
	f := writeFeature(t, t.TempDir(), "pass.feature", passingFeature)
	t.Setenv("HOOKCERT_CONCURRENCY", "many")
	code, _, errOut := runSuiteCLI(t, nil, f)
	if code != exitBadInput || !strings.Contains(errOut, "HOOKCERT_CONCURRENCY") {
		t.Errorf("HOOKCERT_CONCURRENCY=many: exit %d, want %d naming the variable\n%s", code, exitBadInput, errOut)
	}
	t.Setenv("HOOKCERT_CONCURRENCY", "2")
	t.Setenv("HOOKCERT_TAGS", "@A1")
	code, _, errOut = runSuiteCLI(t, nil, f)
	if code != exitFailed || !strings.Contains(errOut, `no scenario selected by tags "@A1"`) {
		t.Errorf("HOOKCERT_TAGS=@A1: exit %d, want %d and no scenario selected\n%s", code, exitFailed, tail(errOut))
	}
	t.Setenv("HOOKCERT_ALLOW_EMPTY", "true")
	code, out, _ := runSuiteCLI(t, nil, f)
	if code != exitOK || !strings.Contains(out, "No scenarios") {
		t.Errorf("HOOKCERT_TAGS=@A1 HOOKCERT_ALLOW_EMPTY=true: exit %d, want %d and no scenario run\n%s", code, exitOK, tail(out))
	}
}

func TestRunParseErrorWritesNoReport(t *testing.T) {
	dir := t.TempDir()
	bad := writeFeature(t, dir, "bad.feature", "Feature: broken\n  Scenario: one\n    Given a lead with:\n      | field |\n  this line is no step\n")
	writeFeature(t, dir, "good.feature", passingFeature)
	reports := filepath.Join(dir, "out")
	code, _, errOut := runSuiteCLI(t, nil, "--format", "junit:"+filepath.Join(reports, "junit.xml"),
		"--format", "cucumber:"+filepath.Join(reports, "cucumber.json"), dir)
	if code != exitBadInput {
		t.Fatalf("exit %d, want %d\n%s", code, exitBadInput, errOut)
	}
	if !regexp.MustCompile(regexp.QuoteMeta(filepath.ToSlash(bad)) + `:5:\d+: `).MatchString(errOut) {
		t.Errorf("stderr does not name %s:5:\n%s", bad, errOut)
	}
	for _, f := range []string{"junit.xml", "cucumber.json"} {
		if _, err := os.Stat(filepath.Join(reports, f)); err == nil {
			t.Errorf("report %s written by a run that could not start", f)
		}
	}
	noTempFiles(t, reports)
}

func TestRunFailedRunWritesCompleteReport(t *testing.T) {
	dir := t.TempDir()
	fail := writeFeature(t, dir, "fail.feature", failingFeature)
	junit := filepath.Join(dir, "junit.xml")
	if err := os.WriteFile(junit, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runSuiteCLI(t, nil, "--format", "junit:"+junit, fail)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d\n%s", code, exitFailed, errOut)
	}
	if cases := junitCases(t, junit); cases["A failing feature / A wrong expectation"] != 1 {
		t.Errorf("JUnit report: got %v, want the failed scenario", cases)
	}
	noTempFiles(t, dir)
}

func TestRunUndefinedStepSuggestsClosest(t *testing.T) {
	dir := t.TempDir()
	f := writeFeature(t, dir, "typo.feature", `Feature: typo
  @R18
  Scenario: a typo
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"
    And the service answers 200 "OK"
    When the webhook is caled
    Then the recorded code is 1001
`)
	for _, format := range []string{"progress", "pretty"} {
		reportFile := filepath.Join(dir, format+".txt")
		code, out, errOut := runSuiteCLI(t, nil, f, "--format", format, "--format", format+":"+reportFile)
		if code != exitFailed {
			t.Fatalf("exit %d, want %d\n%s", code, exitFailed, errOut)
		}
		for _, want := range []string{`undefined step "the webhook is caled"`, filepath.ToSlash(f) + ":6", "the webhook is called"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr does not mention %q:\n%s", want, errOut)
			}
		}
		report, err := os.ReadFile(reportFile)
		if err != nil {
			t.Fatal(err)
		}
		// issue 11: no Go snippets for a spec writer, on the output or in a report file.
		for where, text := range map[string]string{"stdout": out, "stderr": errOut, "report file": string(report)} {
			for _, goText := range []string{"You can implement step definitions", "func ", "ctx.Step("} {
				if strings.Contains(text, goText) {
					t.Errorf("--format %s: %s shows godog's Go snippets (%q):\n%s", format, where, goText, text)
				}
			}
		}
		if !strings.Contains(out, "scenarios (") || !strings.Contains(string(report), "scenarios (") {
			t.Errorf("--format %s: the summary is missing:\n%s", format, out)
		}
	}
}

func TestRunAmbiguousStepNamesBothDefinitions(t *testing.T) {
	f := writeFeature(t, t.TempDir(), "pass.feature", passingFeature)
	extra := func(sc *godog.ScenarioContext) {
		sc.Step(`^the webhook is (called)$`, func(string) error { return nil })
	}
	code, _, errOut := runSuiteCLI(t, extra, f)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d\n%s", code, exitFailed, errOut)
	}
	for _, want := range []string{"ambiguous step", `the catalog's step "the webhook is called" / "der Webhook aufgerufen wird"`, "^the webhook is (called)$"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not mention %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, "(der Webhook aufgerufen wird)") {
		t.Errorf("stderr shows the vocabulary's combined pattern, want its texts:\n%s", errOut)
	}
}

func TestRunShardsPartitionTheSuite(t *testing.T) {
	dir := t.TempDir()
	full := filepath.Join(dir, "all.xml")
	if code, _, errOut := runSuiteCLI(t, nil, "--transport", "mock", "--format", "junit:"+full); code != exitOK {
		t.Fatalf("full run: exit %d\n%s", code, tail(errOut))
	}
	want := junitCases(t, full)
	const n = 3
	got := map[string]int{}
	for k := 1; k <= n; k++ {
		path := filepath.Join(dir, fmt.Sprintf("shard%d.xml", k))
		code, _, errOut := runSuiteCLI(t, nil, "--transport", "mock", "--shard", fmt.Sprintf("%d/%d", k, n), "--format", "junit:"+path)
		if code != exitOK {
			t.Fatalf("shard %d/%d: exit %d\n%s", k, n, code, tail(errOut))
		}
		shard := junitCases(t, path)
		if len(shard) == 0 {
			t.Errorf("shard %d/%d is empty", k, n)
		}
		for c, m := range shard {
			got[c] += m
		}
	}
	for c, m := range want {
		if got[c] != m {
			t.Errorf("%s: run %d times by the shards, %d times by the full suite", c, got[c], m)
		}
	}
	for c := range got {
		if want[c] == 0 {
			t.Errorf("%s: run by a shard, not by the full suite", c)
		}
	}
}

func TestRunRandomPrintsSeed(t *testing.T) {
	f := writeFeature(t, t.TempDir(), "pass.feature", passingFeature)
	code, _, errOut := runSuiteCLI(t, nil, "--random", f)
	if code != exitOK || !regexp.MustCompile(`random seed \d+ \(replay with --random=\d+ --concurrency 1\)`).MatchString(errOut) {
		t.Errorf("--random: exit %d, stderr %q; want 0 and the seed", code, errOut)
	}
	code, _, errOut = runSuiteCLI(t, nil, "--random=42", f)
	if code != exitOK || !strings.Contains(errOut, "random seed 42") {
		t.Errorf("--random=42: exit %d, stderr %q; want 0 and seed 42", code, errOut)
	}
}

// TestRunRandomReplays checks that --random=SEED replays an order: the same
// seed runs the scenarios in the same order, another seed in another.
func TestRunRandomReplays(t *testing.T) {
	text := "Feature: Many\n"
	for i := range 8 {
		text += fmt.Sprintf("  Scenario: number %d\n    Given a webhook \"W\" that sends GET to \"https://a.example/\"\n    When the webhook is called\n    Then the number of requests sent is 1\n", i)
	}
	f := writeFeature(t, t.TempDir(), "many.feature", text)
	order := func(seed string) string {
		t.Helper()
		code, out, errOut := runSuiteCLI(t, nil, "--random="+seed, "--concurrency", "1", "--transport", "mock", "--format", "pretty", f)
		if code != exitOK {
			t.Fatalf("--random=%s: exit %d\n%s", seed, code, tail(errOut))
		}
		if !strings.Contains(errOut, "(replay with --random="+seed+")") {
			t.Errorf("--random=%s --concurrency 1: stderr %q, want the replay hint without --concurrency", seed, errOut)
		}
		var names []string
		for _, m := range regexp.MustCompile(`Scenario: (number \d)`).FindAllStringSubmatch(out, -1) {
			names = append(names, m[1])
		}
		if len(names) != 8 {
			t.Fatalf("--random=%s: found %d scenarios in the output, want 8\n%s", seed, len(names), tail(out))
		}
		return strings.Join(names, ", ")
	}
	a, again, b := order("7"), order("7"), order("8")
	if a != again {
		t.Errorf("--random=7 twice: got %s, then %s; want the same order", a, again)
	}
	if a == b {
		t.Errorf("--random=7 and --random=8: both %s; want different orders", a)
	}
}

// tail returns the last lines of a long output.
func tail(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > 30 {
		lines = lines[len(lines)-30:]
	}
	return strings.Join(lines, "\n")
}

// TestRunFlagsAfterPaths: issue 11, "hookcert run features/ --transport
// mock" exited 2 with "stat --transport: no such file or directory".
func TestRunFlagsAfterPaths(t *testing.T) {
	f := writeFeature(t, t.TempDir(), "pass.feature", passingFeature)
	code, _, errOut := runSuiteCLI(t, nil, f, "--transport", "mock", "--tags", "~@nothing")
	if code != exitOK || !strings.Contains(errOut, "passed on mock") {
		t.Fatalf("exit %d, want %d and a pass on mock\n%s", code, exitOK, errOut)
	}
}

// TestRunListPrintsTheSelection: --list prints file:line: name of each
// scenario the paths, tags and shard select (an outline row at its row's
// line) and runs nothing: the failing step of the feature does not fail it.
func TestRunListPrintsTheSelection(t *testing.T) {
	dir := t.TempDir()
	f := writeFeature(t, dir, "list.feature", `Feature: listed
  @R18
  Scenario: one
    Given a step nobody defined

  @R19
  Scenario Outline: row <n>
    Given a step nobody defined

    Examples:
      | n |
      | 1 |
      | 2 |
`)
	uri := filepath.ToSlash(f)
	all := []string{uri + ":3: one", uri + ":12: row 1", uri + ":13: row 2"}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"every scenario", []string{"--list", f}, all},
		{"R19 tags select the outline rows", []string{f, "--list", "--tags", "@R19"}, all[1:]},
		{"R18 tags select one", []string{f, "--tags", "~@R19", "--list"}, all[:1]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runSuiteCLI(t, nil, tc.args...)
			if code != exitOK {
				t.Fatalf("exit %d, want %d\n%s", code, exitOK, errOut)
			}
			if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); !slices.Equal(got, tc.want) {
				t.Errorf("--list printed %q, want %q", got, tc.want)
			}
		})
	}
	var union []string
	for k := 1; k <= 3; k++ {
		code, out, errOut := runSuiteCLI(t, nil, "--list", "--shard", fmt.Sprintf("%d/3", k), f)
		if code != exitOK {
			t.Fatalf("shard %d/3: exit %d\n%s", k, code, errOut)
		}
		union = append(union, strings.Fields(strings.ReplaceAll(out, " ", "_"))...)
	}
	if len(union) != len(all) {
		t.Errorf("the shards list %d scenarios together, want %d: %q", len(union), len(all), union)
	}
}
