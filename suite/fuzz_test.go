package suite

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hookcert/hookcert/steps"
)

// FuzzLoadFeature: any bytes as a feature file go through the runner's
// loader (cap, byte order mark), parser, selection and undefined-step
// index: the scenarios selected, or an error naming the file; never a
// panic. The pickles compiled one at a time are those gherkin compiles at
// once.
func FuzzLoadFeature(f *testing.F) {
	f.Add([]byte("Feature: f\n  Scenario: s\n    Given a webhook \"W\" that sends GET to \"https://a.example/\"\n"))
	f.Add([]byte("\xef\xbb\xbfFeature: bom\n  Scenario: s\n    Given x\n"))
	f.Add([]byte("# language: de\nFunktionalität: f\n  Szenario: s\n    Angenommen x\n"))
	f.Add([]byte("Feature: o\n  Background:\n    Given b\n  @R18\n  Scenario Outline: <a>\n    Given <a>\n    \"\"\"json\n    {\"a\": 1}\n    \"\"\"\n    Examples:\n      | a |\n      | 1 |\n      | 2 |\n"))
	f.Add([]byte("Feature: r\n  Rule: one\n    Background:\n      Given b\n    Scenario: s\n      Given x\n      | k | v |\n"))
	f.Add([]byte("Feature: broken\n  Scenario Outline: no examples\n    Given <x>\n  Examples:\n    | x |\n    | 1 | 2 |\n"))
	f.Add([]byte("Feature:\n\"\"\"\n"))
	lib := steps.New()
	f.Fuzz(func(t *testing.T, data []byte) {
		samePickles(t, "f.feature", data)
		for _, cfg := range []Config{
			{FS: fstest.MapFS{"f.feature": {Data: data}}},
			{FS: fstest.MapFS{"f.feature": {Data: data}}, Tags: "@R18", Shard: Shard{K: 1, N: 2}},
		} {
			sel, err := selectScenarios(cfg)
			if err != nil {
				if !strings.Contains(err.Error(), "f.feature") {
					t.Fatalf("the error does not name the file: %v", err)
				}
				return
			}
			if sel.scenarios < 0 || len(sel.contents) != 1 {
				t.Fatalf("%d scenarios in %d features", sel.scenarios, len(sel.contents))
			}
			newUndefinedSteps(lib, sel.docs)
			if _, err := parseFeature(featureFile{uri: "f.feature", content: sel.contents[0].Contents}); err != nil {
				t.Fatalf("the selected content of a feature that parses does not parse: %v", err)
			}
		}
	})
}
