package suite

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"

	messages "github.com/cucumber/messages/go/v34"
)

// Shard selects one of N parts of a suite, so that N CI jobs split it: job K
// runs the scenarios whose id hashes to K. The id of a scenario is its feature
// path, its name and its line (an outline's example row has its own line), so
// the split is stable across runs and machines, and independent of tags,
// order and concurrency. Their JUnit reports together hold every scenario
// once. The zero Shard selects everything.
type Shard struct {
	K, N int // 1 <= K <= N
}

// MaxShards is the largest N of a Shard: more CI jobs than that is a typo.
const MaxShards = 10000

// ParseShard parses "K/N" such as "2/4", with 1 <= K <= N <= MaxShards.
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return Shard{}, fmt.Errorf("shard %q: want K/N such as 2/4", s)
	}
	var sh Shard
	var err1, err2 error
	sh.K, err1 = strconv.Atoi(strings.TrimSpace(k))
	sh.N, err2 = strconv.Atoi(strings.TrimSpace(n))
	if err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("shard %q: want K/N with whole numbers such as 2/4", s)
	}
	if sh.N < 1 || sh.K < 1 || sh.K > sh.N || sh.N > MaxShards { // "0/0" too: the zero Shard is for "no shard", not a flag value
		return Shard{}, fmt.Errorf("shard %q: want K/N with 1 <= K <= N <= %d", s, MaxShards)
	}
	return sh, nil
}

// String is "K/N", or "" for the zero Shard.
func (s Shard) String() string {
	if s.N == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.K, s.N)
}

func (s Shard) check() error {
	if s == (Shard{}) {
		return nil
	}
	if s.N < 1 || s.K < 1 || s.K > s.N || s.N > MaxShards {
		return fmt.Errorf("shard %d/%d: want 1 <= K <= N <= %d", s.K, s.N, MaxShards)
	}
	return nil
}

// Has reports whether the scenario with this id is in the shard.
func (s Shard) Has(uri, name string, line int64) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%d", uri, name, line)
	return int(h.Sum64()%uint64(s.N)) == s.K-1
}

// pick is one scenario a run selected: an outline's example row is one of
// its own.
type pick struct {
	scenario string // the scenario's AST id
	row      int64  // the example row's line, 0 outside an outline
	name     string
}

// filter returns the feature's text with the scenarios (and outline rows)
// that the shard or the tags leave out blanked out, line numbers kept, the
// scenarios selected, in file order, and the step lines of those scenarios
// (passed to texts). It is the run's one tag evaluator: godog gets the
// text and no tags, so what runs is what is counted.
func (s Shard) filter(f featureFile, doc *messages.GherkinDocument, tags string, texts func(string)) ([]byte, []pick) {
	if doc.Feature == nil {
		return f.content, nil
	}
	idx := indexFeature(doc.Feature)
	var picks []pick
	dropped := false
	eachPickle(doc, f.uri, (&messages.Incrementing{}).NewId, func(p *messages.Pickle) {
		sc, row, line := idx.locate(p)
		if !s.Has(f.uri, p.Name, line) || !matchTags(tags, p.Tags) {
			dropped = true
			return
		}
		pk := pick{scenario: sc.Id, name: p.Name}
		if row != nil {
			pk.row = line
		}
		picks = append(picks, pk)
		for _, st := range p.Steps {
			texts(st.Text)
		}
	})
	if !dropped {
		return f.content, picks
	}
	return idx.blank(f.content, picks, nil), picks
}

// blank returns content with every scenario and example row that is not
// among picks blanked out, line numbers kept; the lines in keep (a batch
// keeps the feature's comments) are left standing.
func (idx *featureIndex) blank(content []byte, picks []pick, keep map[int64]bool) []byte {
	keepScenario := map[string]bool{}
	keepRow := map[int64]bool{}
	for _, p := range picks {
		keepScenario[p.scenario] = true
		if p.row > 0 {
			keepRow[p.row] = true
		}
	}
	lines := bytes.Split(content, []byte("\n"))
	blank := func(from, to int64) { // 1-based, inclusive
		for l := from; l <= to && int(l) <= len(lines); l++ {
			if !keep[l] {
				lines[l-1] = nil
			}
		}
	}
	for _, sc := range idx.scenarioList {
		if keepScenario[sc.Id] {
			for _, ex := range sc.Examples {
				for _, r := range ex.TableBody {
					if !keepRow[r.Location.Line] {
						blank(r.Location.Line, r.Location.Line)
					}
				}
			}
			continue
		}
		from := idx.start(sc.Location.Line, sc.Tags)
		end := idx.end(from, int64(len(lines)))
		// A tag line without a tag ("@" alone) is a tag line to the
		// parser but no tag in the AST: it goes with the block.
		for from > 1 && bytes.HasPrefix(bytes.TrimSpace(lines[from-2]), []byte("@")) {
			from--
		}
		blank(from, end)
	}
	return bytes.Join(lines, []byte("\n"))
}

// featureIndex finds the parts of a feature by id and where blocks start.
type featureIndex struct {
	scenarios    map[string]*messages.Scenario
	scenarioList []*messages.Scenario
	rows         map[string]*messages.TableRow
	starts       []int64 // first lines of every background, scenario and rule (tags included), sorted
}

func indexFeature(f *messages.Feature) *featureIndex {
	idx := &featureIndex{scenarios: map[string]*messages.Scenario{}, rows: map[string]*messages.TableRow{}}
	var walk func(children []*messages.FeatureChild)
	walk = func(children []*messages.FeatureChild) {
		for _, c := range children {
			switch {
			case c.Scenario != nil:
				sc := c.Scenario
				idx.scenarios[sc.Id] = sc
				idx.scenarioList = append(idx.scenarioList, sc)
				idx.starts = append(idx.starts, idx.start(sc.Location.Line, sc.Tags))
				for _, ex := range sc.Examples {
					for _, r := range ex.TableBody {
						idx.rows[r.Id] = r
					}
				}
			case c.Background != nil:
				idx.starts = append(idx.starts, c.Background.Location.Line)
			case c.Rule != nil:
				idx.starts = append(idx.starts, idx.start(c.Rule.Location.Line, c.Rule.Tags))
				ruleChildren := make([]*messages.FeatureChild, 0, len(c.Rule.Children))
				for _, rc := range c.Rule.Children {
					ruleChildren = append(ruleChildren, &messages.FeatureChild{Scenario: rc.Scenario, Background: rc.Background})
				}
				walk(ruleChildren)
			}
		}
	}
	walk(f.Children)
	sort.Slice(idx.starts, func(i, j int) bool { return idx.starts[i] < idx.starts[j] })
	return idx
}

// start is the first line of a block: its first tag, or its keyword.
func (idx *featureIndex) start(line int64, tags []*messages.Tag) int64 {
	for _, t := range tags {
		line = min(line, t.Location.Line)
	}
	return line
}

// end is the last line of the block that starts at from.
func (idx *featureIndex) end(from, last int64) int64 {
	for _, s := range idx.starts {
		if s > from {
			return s - 1
		}
	}
	return last
}

// matchTags evaluates godog's tag syntax as godog does: alternatives joined
// by "," (or), each a group joined by "&&" (and); "~@t" is not @t. So
// "@a && @b,@c" is (@a and @b) or @c. The "@" is optional.
func matchTags(expr string, tags []*messages.PickleTag) bool {
	if strings.TrimSpace(expr) == "" {
		return true
	}
	has := func(name string) bool {
		for _, t := range tags {
			if strings.ReplaceAll(t.Name, "@", "") == name {
				return true
			}
		}
		return false
	}
	for _, alt := range strings.Split(expr, ",") {
		all := true
		for _, tag := range strings.Split(alt, "&&") {
			tag = strings.ReplaceAll(strings.TrimSpace(tag), "@", "")
			if neg, found := strings.CutPrefix(tag, "~"); found {
				all = all && !has(neg)
			} else {
				all = all && has(tag)
			}
		}
		if all {
			return true
		}
	}
	return false
}

// checkTags rejects a tag expression with an empty part, on which godog
// would panic ("@a,,@b", "@a && ").
func checkTags(expr string) error {
	if strings.TrimSpace(expr) == "" {
		return nil
	}
	for _, alt := range strings.Split(expr, ",") {
		for _, tag := range strings.Split(alt, "&&") {
			tag = strings.ReplaceAll(strings.TrimSpace(tag), "@", "")
			if tag == "" || tag == "~" {
				return fmt.Errorf("tags %q: an empty tag; write e.g. \"@R18 && ~@slow\" (and), \"@R18,@R19\" (or)", expr)
			}
		}
	}
	return nil
}
