// Package docs holds the project's documents; its test keeps the rule
// register (rules.md) in step with the code.
package docs

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// specIDs are the ids of the behaviour spec's sections 1-6: the register
// must carry each of them.
func specIDs() []string {
	var ids []string
	for i := 1; i <= 26; i++ {
		ids = append(ids, fmt.Sprintf("R%d", i))
	}
	for i := 1; i <= 24; i++ {
		ids = append(ids, fmt.Sprintf("A%d", i))
	}
	return ids
}

// registerIDs reads the ids of rules.md's table rows ("| R12 | ...").
func registerIDs(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("rules.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| ([RA]\d+) \|`)
	var ids []string
	for _, m := range row.FindAllStringSubmatch(string(data), -1) {
		ids = append(ids, m[1])
	}
	return ids
}

func TestRegisterCarriesEverySpecRule(t *testing.T) {
	have := map[string]bool{}
	for _, id := range registerIDs(t) {
		if have[id] {
			t.Errorf("rules.md lists %s twice", id)
		}
		have[id] = true
	}
	for _, id := range specIDs() {
		if !have[id] {
			t.Errorf("rules.md has no row for %s", id)
		}
	}
}

// TestEveryRuleIsNamedByATest reads every Go test file of the module and
// checks that each id of the register is named in at least one of them (a
// test name, a table row's name or rule field, a message).
func TestEveryRuleIsNamedByATest(t *testing.T) {
	var tests strings.Builder
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != ".." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, "_test.go") && filepath.Base(path) != "rules_test.go" {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			tests.Write(data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	src := tests.String()
	for _, id := range registerIDs(t) {
		if !regexp.MustCompile(`\b` + id + `\b`).MatchString(src) {
			t.Errorf("%s is in rules.md but no test names it", id)
		}
	}
}
