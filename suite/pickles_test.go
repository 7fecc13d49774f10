package suite

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v42"
	messages "github.com/cucumber/messages/go/v34"

	"github.com/hookcert/hookcert/features"
)

// samePickles fails t unless eachPickle yields the pickles gherkin.Pickles
// makes of content, ids included, with the ids counted on from the parse.
func samePickles(t *testing.T, uri string, content []byte) {
	t.Helper()
	whole, cut := &messages.Incrementing{}, &messages.Incrementing{}
	doc, err := gherkin.ParseGherkinDocument(strings.NewReader(string(content)), whole.NewId)
	if err != nil {
		return // not a feature: nothing to compile
	}
	if _, err := gherkin.ParseGherkinDocument(strings.NewReader(string(content)), cut.NewId); err != nil {
		t.Fatal(err)
	}
	want := gherkin.Pickles(*doc, uri, whole.NewId)
	var got []*messages.Pickle
	eachPickle(doc, uri, cut.NewId, func(p *messages.Pickle) { got = append(got, p) })
	if len(got) != len(want) {
		t.Fatalf("%s: %d pickles one at a time, %d at once", uri, len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("%s: pickle %d differs:\n got  %+v\n want %+v", uri, i, got[i], want[i])
		}
	}
	if a, b := whole.NewId(), cut.NewId(); a != b {
		t.Fatalf("%s: the next id is %s one at a time, %s at once", uri, b, a)
	}
}

func TestEachPickleAsGherkin(t *testing.T) {
	for _, tc := range []struct{ name, feature string }{
		{"R18 backgrounds, rules, outlines of several tables", `@f
Feature: all kinds
  Background:
    Given b1
  Scenario: plain
    Given x
  @o
  Scenario Outline: <a> and <b>
    Given <a>
      | k | <b> |
    And a doc
      """
      <a>
      """
    @e1
    Examples: one
      | a | b |
      | 1 | 2 |
      | 3 | 4 |
    @e2
    Examples: two
      | a | b |
      | 5 | 6 |
    Examples: no header
  Background:
    Given b2
  @r
  Rule: a rule
    Background:
      Given rb
    Scenario: in the rule
      Given y
    Scenario Outline: rule outline <n>
      Given <n>
      Examples:
        | n |
        | 7 |
        | 8 |
  Scenario: after the rule
    Given z
  Scenario: no steps
  Scenario Outline: no examples <x>
    Given <x>
  Scenario Outline: no rows
    Given <x>
    Examples:
      | x |
`},
		{"R18 an empty feature", "Feature: empty\n"},
		{"R18 no feature", "# just a comment\n"},
	} {
		t.Run(tc.name, func(t *testing.T) { samePickles(t, "t.feature", []byte(tc.feature)) })
	}
	t.Run("R18 the embedded suite", func(t *testing.T) {
		err := fs.WalkDir(features.FS, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".feature") {
				return err
			}
			b, err := fs.ReadFile(features.FS, path)
			if err == nil {
				samePickles(t, path, b)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
