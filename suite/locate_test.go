package suite_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// prettyFeatures have a background, an outline, a rule with its own
// background, a failing step, a doc string and a German feature of the
// same shape.
var prettyFeatures = fstest.MapFS{
	"en.feature": {Data: []byte(`Feature: pretty
  Background:
    Given a webhook "W" that sends POST to "https://a.example/"

  @R18
  Scenario: plain
    Given the service answers 200 "OK" with body:
      """
      {"a": 1}
      """
    When the webhook is called
    Then the recorded code is 500

  Scenario Outline: outline <code>
    Given the service answers <code> "x"
    When the webhook is called
    Then the recorded code is <code>

    Examples:
      | code |
      | 503  |
      | 404  |

  Rule: a rule
    Background:
      Given the response type is json

    Scenario: in the rule
      Given the service answers 204 "No"
      When the webhook is called
      Then the recorded code is 204
`)},
	"de.feature": {Data: []byte(`# language: de
Funktionalität: hübsch
  Grundlage:
    Angenommen ein Webhook "W", der POST an "https://a.example/" sendet

  Szenario: schlicht
    Angenommen der Dienst antwortet 503 "Nein"
    Wenn der Webhook aufgerufen wird
    Dann ist der erfasste Code 503
`)},
}

var featureComment = regexp.MustCompile(`^\s*(\S.*?)\s+# (\S+\.feature):(\d+)\s*$`)

// TestPrettyNamesTheFeatureLine: issue 11, --format pretty marked every
// step with library.go:125 (the vocabulary's one step handler); each step
// line now names its own file:line, on the output and in a report file,
// one scenario at a time or several.
func TestPrettyNamesTheFeatureLine(t *testing.T) {
	for _, concurrency := range []int{1, 3} {
		t.Run(fmt.Sprintf("concurrency %d", concurrency), func(t *testing.T) {
			var out bytes.Buffer
			file := filepath.Join(t.TempDir(), "pretty.txt")
			suite.Run(&suite.Log{}, suite.Config{
				Steps: steps.New(), FS: prettyFeatures, Output: &out, Concurrency: concurrency,
				Formats: []suite.Format{{Name: "pretty"}, {Name: "pretty", Path: file}},
			})
			report, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for where, text := range map[string]string{"output": out.String(), "report file": string(report)} {
				checkStepLines(t, where, text)
			}
		})
	}
}

// checkStepLines checks that text names no Go file and that every step
// line it places shows the step written at that line.
func checkStepLines(t *testing.T, where, text string) {
	t.Helper()
	if strings.Contains(text, ".go:") {
		t.Errorf("%s names a Go file:\n%s", where, text)
	}
	placed := 0
	for _, line := range strings.Split(text, "\n") {
		m := featureComment.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		src := strings.Split(string(prettyFeatures[m[2]].Data), "\n")
		n, _ := strconv.Atoi(m[3])
		if n < 1 || n > len(src) || !strings.Contains(src[n-1], strings.TrimPrefix(m[1], "<")) {
			t.Errorf("%s: %q is placed at %s:%d, which reads %q", where, m[1], m[2], n, src[min(max(n-1, 0), len(src)-1)])
		}
		placed++
	}
	if placed < 20 {
		t.Errorf("%s: %d lines name a feature line, want every step and scenario:\n%s", where, placed, text)
	}
}
