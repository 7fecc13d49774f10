package docs

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBadInputNamesRealTests reads the "checked by" column of
// bad-input.md and checks that every test and fuzz target it names exists
// in the package it names, so the page cannot point at tests that were
// renamed or never written.
func TestBadInputNamesRealTests(t *testing.T) {
	data, err := os.ReadFile("bad-input.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\|[^\n]*\| ([^|\n]*) \|$`)
	pkgRef := regexp.MustCompile("`([a-z][a-z/]*)` ((?:(?:Test|Fuzz)\\w+(?:, )?)+)")
	testName := regexp.MustCompile(`(?:Test|Fuzz)\w+`)
	named := 0
	for _, m := range row.FindAllStringSubmatch(string(data), -1) {
		for _, ref := range pkgRef.FindAllStringSubmatch(m[1], -1) {
			src := readTests(t, filepath.Join("..", filepath.FromSlash(ref[1])))
			for _, name := range testName.FindAllString(ref[2], -1) {
				named++
				if !strings.Contains(src, "func "+name+"(") {
					t.Errorf("bad-input.md names %s in package %s, which has no such test", name, ref[1])
				}
			}
		}
	}
	if named < 30 {
		t.Errorf("bad-input.md names %d tests; the table did not parse", named)
	}
}
