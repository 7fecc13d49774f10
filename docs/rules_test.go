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

// TestCheckedByNamesRealTests reads the "checked by" column of rules.md and
// checks that each Go test it names exists in the package it names, so the
// register cannot point at tests that were renamed or never written.
func TestCheckedByNamesRealTests(t *testing.T) {
	data, err := os.ReadFile("rules.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| ([RA]\d+) \|.*\| ([^|]*) \|$`)
	pkgRef := regexp.MustCompile("`([a-z]+)` ((?:Test\\w+(?:, )?)+)")
	testName := regexp.MustCompile(`Test\w+`)
	for _, m := range row.FindAllStringSubmatch(string(data), -1) {
		for _, ref := range pkgRef.FindAllStringSubmatch(m[2], -1) {
			src := readTests(t, filepath.Join("..", ref[1]))
			for _, name := range testName.FindAllString(ref[2], -1) {
				if !strings.Contains(src, "func "+name+"(") {
					t.Errorf("%s: rules.md names %s in package %s, which has no such test", m[1], name, ref[1])
				}
			}
		}
	}
}

// readTests returns the text of every _test.go file in dir.
func readTests(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files in %s (%v)", dir, err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}
