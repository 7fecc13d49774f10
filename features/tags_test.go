package features_test

import (
	"bytes"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v42"
	messages "github.com/cucumber/messages/go/v34"

	"github.com/hookcert/hookcert/features"
)

// registerIDs reads the ids of the rule register's table rows ("| R12 |").
func registerIDs(t *testing.T) map[string]bool {
	t.Helper()
	data, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^\| ([RA]\d+) \|`).FindAllStringSubmatch(string(data), -1) {
		ids[m[1]] = true
	}
	if len(ids) < 50 {
		t.Fatalf("docs/rules.md: found %d rule rows, want the whole register", len(ids))
	}
	return ids
}

// scenarioTags returns, per scenario (pickle) of the embedded suite, its
// location and its tags without "@" (feature, rule, scenario and examples
// tags, as godog sees them).
func scenarioTags(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	eachFeature(t, func(p string, doc *messages.GherkinDocument) {
		for _, pk := range gherkin.Pickles(*doc, p, (&messages.Incrementing{}).NewId) {
			var tags []string
			for _, tg := range pk.Tags {
				tags = append(tags, strings.TrimPrefix(tg.Name, "@"))
			}
			out[p+": "+pk.Name] = tags
		}
	})
	return out
}

// eachFeature parses every embedded feature and calls fn with its path and
// document; a feature that does not parse fails the test.
func eachFeature(t *testing.T, fn func(path string, doc *messages.GherkinDocument)) {
	t.Helper()
	err := fs.WalkDir(features.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".feature") {
			return err
		}
		data, err := fs.ReadFile(features.FS, p)
		if err != nil {
			return err
		}
		doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(data), (&messages.Incrementing{}).NewId)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		fn(p, doc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEveryRuleHasAScenario checks the suite against docs/rules.md: every
// R/A id of the register is exercised by at least one scenario, every tag is
// a real id, and every scenario names the ids it checks.
func TestEveryRuleHasAScenario(t *testing.T) {
	ids := registerIDs(t)
	scenarios := scenarioTags(t)
	exercised := map[string]int{}
	for sc, tags := range scenarios {
		if len(tags) == 0 {
			t.Errorf("%s: no rule tag; tag every scenario with the ids it checks (@R18 @A15)", sc)
		}
		for _, tag := range tags {
			if !ids[tag] {
				t.Errorf("%s: tag @%s is not an id of docs/rules.md", sc, tag)
				continue
			}
			exercised[tag]++
		}
	}
	var missing []string
	for id := range ids {
		if exercised[id] == 0 {
			missing = append(missing, id)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("no scenario exercises %s; add a scenario tagged with each", strings.Join(missing, ", "))
	}
}

// TestGermanFeature checks that the suite carries a German feature (R19,
// R20, R18, R21 stated in German) that godog reads as German.
func TestGermanFeature(t *testing.T) {
	var found bool
	eachFeature(t, func(_ string, doc *messages.GherkinDocument) {
		if doc.Feature != nil && doc.Feature.Language == "de" {
			found = true
		}
	})
	if !found {
		t.Error("no feature with '# language: de'")
	}
}

// TestScenarioNamesAreUnique checks that no two scenarios of a feature (the
// rows of an outline included) share a name: JUnit reports name test cases by
// it, and the files of a sharded run are merged.
func TestScenarioNamesAreUnique(t *testing.T) {
	eachFeature(t, func(p string, doc *messages.GherkinDocument) {
		seen := map[string]bool{}
		for _, pk := range gherkin.Pickles(*doc, p, (&messages.Incrementing{}).NewId) {
			if seen[pk.Name] {
				t.Errorf("%s: two scenarios are named %q; put an outline's column (<code>) in its title", p, pk.Name)
			}
			seen[pk.Name] = true
		}
	})
}
