package suite

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v42"
	messages "github.com/cucumber/messages/go/v34"
)

func pickleTags(names ...string) []*messages.PickleTag {
	var out []*messages.PickleTag
	for _, n := range names {
		out = append(out, &messages.PickleTag{Name: n})
	}
	return out
}

func TestMatchTags(t *testing.T) {
	for _, tc := range []struct {
		name string
		expr string
		tags []string
		want bool
	}{
		{"no expression selects all", "", nil, true},
		{"one tag, present", "@R18", []string{"@R18"}, true},
		{"one tag, absent", "@R18", []string{"@R19"}, false},
		{"no tags at all", "@R18", nil, false},
		{"an id is no prefix", "@R1", []string{"@R18"}, false},
		{"@ is optional", "R18", []string{"@R18"}, true},
		{"not, present", "~@slow", []string{"@slow"}, false},
		{"not, absent", "~@slow", []string{"@R18"}, true},
		{"and, one missing", "@R18 && @A15", []string{"@R18"}, false},
		{"and, both", "@R18 && @A15", []string{"@A15", "@R18"}, true},
		{"or, second", "@R18,@R19", []string{"@R19"}, true},
		{"or, neither", "@R18,@R19", []string{"@R20"}, false},
		{"and binds tighter than or", "@a && @b,@c", []string{"@c"}, true},
		{"and binds tighter than or, a alone", "@a && @b,@c", []string{"@a"}, false},
		{"and with not", "@R18 && ~@R19", []string{"@R18", "@R19"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := matchTags(tc.expr, pickleTags(tc.tags...)); got != tc.want {
				t.Errorf("matchTags(%q, %q): got %v, want %v", tc.expr, tc.tags, got, tc.want)
			}
		})
	}
}

const shardFeature = `Feature: shards
  Background:
    Given a lead with:
      | field | value |

  @R18
  Scenario: one
    When the webhook is called

  @R19
  Scenario: two
    When the webhook is called

  @R18
  Scenario Outline: row <n>
    When the webhook is called <n>

    Examples:
      | n |
      | 1 |
      | 2 |
      | 3 |
      | 4 |
`

func parseShardFeature(t *testing.T, content []byte) (featureFile, *messages.GherkinDocument) {
	t.Helper()
	f := featureFile{uri: "shards.feature", content: content}
	doc, err := parseFeature(f)
	if err != nil {
		t.Fatal(err)
	}
	return f, doc
}

// TestShardFilter checks that the shards of a feature together select every
// scenario once, outline rows included, that a shard's text keeps its line
// numbers and holds exactly its scenarios, and that tags narrow the count.
func TestShardFilter(t *testing.T) {
	f, doc := parseShardFeature(t, []byte(shardFeature))
	const total = 6
	if content, picks := (Shard{}).filter(f, doc, "", func(string) {}); len(picks) != total || !bytes.Equal(content, f.content) {
		t.Fatalf("no shard: got %d scenarios (text changed: %v), want %d and the text as is", len(picks), !bytes.Equal(content, f.content), total)
	}
	if _, picks := (Shard{}).filter(f, doc, "@R18", func(string) {}); len(picks) != 5 {
		t.Errorf("tags @R18: got %d scenarios, want 5", len(picks))
	}
	for _, shards := range []int{2, 3, 7} {
		seen := map[string]int{}
		sum := 0
		for k := 1; k <= shards; k++ {
			var texts []string
			content, picks := Shard{K: k, N: shards}.filter(f, doc, "", func(s string) { texts = append(texts, s) })
			n := len(picks)
			sum += n
			if got, want := bytes.Count(content, []byte("\n")), bytes.Count(f.content, []byte("\n")); got != want {
				t.Errorf("shard %d/%d: got %d lines, want %d (line numbers kept)", k, shards, got, want)
			}
			sf, sdoc := parseShardFeature(t, content)
			pickles := gherkin.Pickles(*sdoc, sf.uri, (&messages.Incrementing{}).NewId)
			if len(pickles) != n {
				t.Errorf("shard %d/%d: the text holds %d scenarios, the count says %d", k, shards, len(pickles), n)
			}
			for _, p := range pickles {
				seen[p.Name]++
			}
			if n > 0 && len(texts) == 0 {
				t.Errorf("shard %d/%d: %d scenarios but no step lines", k, shards, n)
			}
		}
		if sum != total || len(seen) != total {
			t.Errorf("%d shards: got %d scenarios (%d distinct), want %d", shards, sum, len(seen), total)
		}
		for name, c := range seen {
			if c != 1 {
				t.Errorf("%d shards: %q ran %d times, want once", shards, name, c)
			}
		}
	}
}

func TestParseShard(t *testing.T) {
	for _, s := range []string{"0/0", "0/3", "4/3", "1/0", "-1/2", "a/b", "2"} {
		if _, err := ParseShard(s); err == nil {
			t.Errorf("ParseShard(%q): got no error, want one", s)
		}
	}
	if sh, err := ParseShard(" 2/4 "); err != nil || sh != (Shard{K: 2, N: 4}) {
		t.Errorf("ParseShard(2/4): got %v, %v; want 2/4", sh, err)
	}
}

// TestReportFiles checks that a report appears only when the run commits,
// readable by others (0644, not CreateTemp's 0600), and that a discarded run
// leaves no file behind.
func TestReportFiles(t *testing.T) {
	dir := t.TempDir()
	final := filepath.Join(dir, "out", "junit.xml")
	r, err := openReports([]Format{{Name: "progress"}, {Name: "junit", Path: final}}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.format, "progress,junit:") {
		t.Errorf("godog format: got %q, want progress then junit to a temp file", r.format)
	}
	if _, err := os.Stat(final); !os.IsNotExist(err) {
		t.Errorf("before commit: %s exists (err %v), want none", final, err)
	}
	if err := os.WriteFile(strings.TrimPrefix(r.format, "progress,junit:"), []byte("<testsuites/>"), 0o600); err != nil { // what godog writes
		t.Fatal(err)
	}
	got, err := r.commit()
	if err != nil || len(got) != 1 || got[0] != final {
		t.Fatalf("commit: got %q, %v; want [%s]", got, err, final)
	}
	info, err := os.Stat(final)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("report mode: got %v, want 0644", info.Mode().Perm())
	}
	if data, _ := os.ReadFile(final); string(data) != "<testsuites/>" {
		t.Errorf("report: got %q, want what was written", data)
	}
	r.discard() // after commit: a no-op
	if _, err := os.Stat(final); err != nil {
		t.Errorf("discard after commit removed the report: %v", err)
	}

	r, err = openReports([]Format{{Name: "junit", Path: filepath.Join(dir, "gone", "junit.xml")}}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	r.discard()
	if left, _ := os.ReadDir(filepath.Join(dir, "gone")); len(left) > 0 {
		t.Errorf("discard left %d files, want none", len(left))
	}
}
