package steps

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/internal/spelling"
	"github.com/hookcert/hookcert/marketo"
)

// Keyword is the Gherkin keyword a step is written with.
type Keyword string

// The keywords of the catalog. "And" and "But" take the keyword of the step
// before them; German "Angenommen"/"Gegeben sei", "Wenn" and "Dann" map to
// Given, When and Then.
const (
	Given Keyword = "Given"
	When  Keyword = "When"
	Then  Keyword = "Then"
)

// Arg is the extra argument a step takes below its line.
type Arg int

// The extra arguments.
const (
	NoArg     Arg = iota
	DocString     // a """ block
	Table         // a | table |
)

// Def is one step of the vocabulary, in English and German. Texts use the
// placeholders of the catalog's "Parameters" section ({string}, {int}, ...).
type Def struct {
	// Area groups the step in the catalog: "Lead", "Webhook", ...
	Area string
	// Keyword is the keyword the step is meant for.
	Keyword Keyword
	// EN and DE are the step texts. DEAlt, if set, is a second German text
	// in the word order that follows "Und"/"Aber" ("Und der Code ist 200"),
	// where DE reads on from "Dann" ("Dann ist der Code 200").
	EN, DE, DEAlt string
	// Arg is the docstring or table the step needs, if any.
	Arg Arg
	// Doc says what the step does, for the catalog.
	Doc string
	// ExampleEN and ExampleDE are complete step lines (keyword included) that
	// the step matches; ExampleArg is the docstring or table below them.
	ExampleEN, ExampleDE string
	ExampleArg           string
	// Deprecated, if set, says why the step is kept only for old suites and
	// which step to use instead; the catalog shows it.
	Deprecated string

	run func(ctx context.Context, w *world, a *args) error
	// checksRejection marks the steps that check a rejected definition: a
	// scenario with one keeps its Given steps from failing on the problems.
	checksRejection bool
}

// Library is hookcert's step vocabulary, compiled once and shared by every
// scenario of a run (the runner, package suite, calls it). It holds no
// state of a run: each scenario gets a fresh world.
type Library struct {
	defs     []Def
	patterns [][]pattern // per def: EN, DE and DEAlt if set
	steps    []step      // per def: what is registered with godog
	// active, if narrowed, lists the defs InitScenario registers (ForSteps).
	active   []int
	narrowed bool
	// standard is marketo's standard catalog, built once and shared read
	// only by every world until one declares a field (world.ownCatalog).
	standard *marketo.Catalog
}

// pattern is one text of a Def, compiled.
type pattern struct {
	text string
	compiled
}

// step is one Def as godog sees it: a single pattern that matches any of its
// texts, and the function that runs it. One registration per step instead of
// one per language keeps the per-scenario cost of godog (registering, and
// matching every step line against every pattern) at a third.
type step struct {
	re      *regexp.Regexp
	handler any
}

// New compiles the vocabulary.
func New() *Library {
	kinds := map[string]placeholder{}
	for _, p := range placeholders() {
		kinds[p.name] = p
	}
	defs := definitions()
	l := &Library{defs: defs, patterns: make([][]pattern, len(defs)), steps: make([]step, len(defs)),
		standard: marketo.StandardCatalog()}
	for i, d := range defs {
		for _, t := range d.texts() {
			l.patterns[i] = append(l.patterns[i], pattern{t, compileText(t, kinds)})
		}
		l.steps[i] = combine(d, l.patterns[i])
	}
	return l
}

// Defs returns the vocabulary, in catalog order.
func (l *Library) Defs() []Def { return append([]Def(nil), l.defs...) }

// InitScenario registers every step, English and German, on a fresh world
// for one scenario (godog's ScenarioInitializer). env carries the run's
// transport, knobs and caller factory.
func (l *Library) InitScenario(sc *godog.ScenarioContext, env Env) {
	// The handlers are shared by every scenario (built once, in New); the
	// scenario's world reaches them through the context.
	w := newWorld(env, l.standard)
	sc.Before(func(ctx context.Context, s *godog.Scenario) (context.Context, error) {
		w.uri = s.Uri
		if env.Certify != nil {
			w.check = env.Certify.Check(checkID(s), s.Name, tagNames(s))
		}
		w.checksRejection = l.checksRejection(s)
		return context.WithValue(ctx, worldKey{}, w), nil
	})
	if env.Certify != nil {
		sc.After(func(ctx context.Context, s *godog.Scenario, err error) (context.Context, error) {
			w.check.Finish(err, w.skipped || env.Certify.Interrupted(), slices.Contains(tagNames(s), "@warn"))
			return ctx, nil
		})
	}
	if !l.narrowed {
		for _, st := range l.steps {
			sc.Step(st.re, st.handler)
		}
		return
	}
	for _, i := range l.active {
		sc.Step(l.steps[i].re, l.steps[i].handler)
	}
}

// ForSteps returns the library for a run whose step lines are texts: it
// registers only the steps that match one of them, so that godog, which
// matches every line against every registered pattern, pays for those only.
// Undefined and ambiguous lines stay so; Suggest still uses every step.
// godog matches every step line against every registered pattern (twice, in
// strict mode) and registers them anew for each scenario, so a large
// vocabulary would cost every step of every scenario.
//
// A step registers only its texts that match a line, too: a suite written in
// English registers the English patterns alone, each a plain expression
// like a hand-written step's, where the pattern of all texts makes godog try
// every language of every step for every line, twice, and pass the captures
// of them all. Texts that match no line match nothing a step of the run
// could be matched against, so no line becomes ambiguous or undefined that
// was not before.
func (l *Library) ForSteps(texts []string) *Library {
	n := *l
	n.narrowed, n.active = true, nil
	n.steps = slices.Clone(l.steps)
	for i, d := range l.defs {
		used := l.usedBy(i, texts)
		if len(used) == 0 {
			continue
		}
		n.active = append(n.active, i)
		if len(used) < len(l.patterns[i]) {
			n.steps[i] = combine(d, used)
		}
	}
	return &n
}

// usedBy returns the texts of def i that match one of the lines. The
// literal start of each text (up to its first placeholder) rules out most
// lines before a regular expression runs.
func (l *Library) usedBy(i int, lines []string) []pattern {
	var used []pattern
	for _, p := range l.patterns[i] {
		prefix, _, _ := strings.Cut(p.text, "{")
		for _, line := range lines {
			if strings.HasPrefix(line, prefix) && p.re.MatchString(line) {
				used = append(used, p)
				break
			}
		}
	}
	return used
}

// StepTexts returns the texts (English, then German) of the step registered
// with pattern, or nil, for the message of an ambiguous step: godog names
// the patterns, which combine several texts.
func (l *Library) StepTexts(pattern string) []string {
	for i, st := range l.steps {
		if st.re.String() == pattern {
			return l.defs[i].texts()
		}
	}
	return nil
}

// checksRejection reports whether a step of the scenario checks that the
// definition is rejected (the steps marked checksRejection).
// A narrowed library looks at its registered steps only: a line of the run
// matches no other.
func (l *Library) checksRejection(s *godog.Scenario) bool {
	matches := func(i int) bool {
		if !l.defs[i].checksRejection {
			return false
		}
		for _, st := range s.Steps {
			if l.steps[i].re.MatchString(st.Text) {
				return true
			}
		}
		return false
	}
	if l.narrowed {
		return slices.ContainsFunc(l.active, matches)
	}
	for i := range l.defs {
		if matches(i) {
			return true
		}
	}
	return false
}

// worldKey is the context key of a scenario's world.
type worldKey struct{}

// combine builds the godog step of a Def: the pattern
// ^(?:(EN)|(DE)|(DEAlt))$, each text in a group of its own, and the function
// godog calls with every capture as a string (plus the docstring or table).
// The group of the text that matched is the one not empty (a step line never
// is); its captures are converted here, in one place, before the step runs on
// the scenario's world (from ctx). A step of one text (ForSteps) is that
// text's own pattern, with no group around it.
func combine(d Def, ps []pattern) step {
	re, in := stepPattern(ps)
	switch d.Arg {
	case DocString:
		in = append(in, reflect.TypeFor[*godog.DocString]())
	case Table:
		in = append(in, reflect.TypeFor[*godog.Table]())
	}
	out := []reflect.Type{reflect.TypeFor[error]()}
	fn := func(vals []reflect.Value) []reflect.Value {
		ctx := vals[0].Interface().(context.Context)
		a, err := matchedArgs(d, ps, vals)
		if err == nil {
			if w, ok := ctx.Value(worldKey{}).(*world); ok {
				err = d.run(ctx, w, a)
			} else {
				err = errors.New("steps: the scenario has no world; register the vocabulary with Library.InitScenario")
			}
		}
		ev := reflect.New(reflect.TypeFor[error]()).Elem()
		if err != nil {
			ev.Set(reflect.ValueOf(err))
		}
		return []reflect.Value{ev}
	}
	return step{
		re:      re,
		handler: reflect.MakeFunc(reflect.FuncOf(in, out, false), fn).Interface(),
	}
}

// stepPattern is the pattern of a step of the texts ps and the parameters
// its function takes for the captures (after the context).
func stepPattern(ps []pattern) (*regexp.Regexp, []reflect.Type) {
	in := []reflect.Type{reflect.TypeFor[context.Context]()}
	if len(ps) == 1 {
		for range ps[0].kinds {
			in = append(in, reflect.TypeFor[string]())
		}
		return ps[0].re, in
	}
	var re strings.Builder
	re.WriteString("^(?:")
	for i, p := range ps {
		if i > 0 {
			re.WriteByte('|')
		}
		body := strings.TrimSuffix(strings.TrimPrefix(p.re.String(), "^"), "$")
		re.WriteString("(" + body + ")")
		for range 1 + len(p.kinds) {
			in = append(in, reflect.TypeFor[string]())
		}
	}
	re.WriteString(")$")
	return regexp.MustCompile(re.String()), in
}

// matchedArgs converts the captures of the text that matched (vals as
// stepPattern laid them out, the context first) and attaches the docstring
// or table.
func matchedArgs(d Def, ps []pattern, vals []reflect.Value) (*args, error) {
	convert := func(p pattern, from int) (*args, error) {
		raw := make([]string, len(p.kinds))
		for i := range raw {
			raw[i] = vals[from+i].String()
		}
		a, err := p.convertArgs(raw)
		if err == nil {
			err = a.attach(d, vals[len(vals)-1], p.text)
		}
		return a, err
	}
	if len(ps) == 1 {
		return convert(ps[0], 1)
	}
	next := 1
	for _, p := range ps {
		if vals[next].String() != "" {
			return convert(p, next+1)
		}
		next += 1 + len(p.kinds)
	}
	return nil, fmt.Errorf("steps: no text of %q matched", d.EN) // cannot happen: godog matched the pattern
}

// attach adds the docstring or table the step takes (the last argument).
func (a *args) attach(d Def, last reflect.Value, text string) error {
	switch d.Arg {
	case DocString:
		a.doc, _ = last.Interface().(*godog.DocString)
		if a.doc == nil {
			return fmt.Errorf("the step %q needs a docstring (\"\"\") below it", text)
		}
	case Table:
		a.table, _ = last.Interface().(*godog.Table)
		if a.table == nil {
			return fmt.Errorf("the step %q needs a table below it", text)
		}
	}
	return nil
}

// texts returns the step's texts: English, German and the second German one.
func (d Def) texts() []string {
	if d.DEAlt == "" {
		return []string{d.EN, d.DE}
	}
	return []string{d.EN, d.DE, d.DEAlt}
}

// Suggest returns up to n catalog step texts closest to text (by edit
// distance over words and characters), for the message of an undefined step:
// one text per step, English or German, whichever is closer.
func (l *Library) Suggest(text string, n int) []string {
	type cand struct {
		text string
		dist int
	}
	norm := func(s string) string { return strings.ToLower(placeholderRe.ReplaceAllString(s, "_")) }
	want := norm(stripValues(text))
	var cs []cand
	for _, d := range l.defs {
		// One text per step, in the language the line is closest to.
		best := cand{dist: -1}
		for _, t := range d.texts() {
			if dist := spelling.Distance(want, norm(t)); best.dist < 0 || dist < best.dist {
				best = cand{t, dist}
			}
		}
		cs = append(cs, best)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].dist < cs[j].dist })
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.text)
	}
	return out
}

// stripValues replaces the quoted texts and numbers of a step line by "_",
// so that the distance counts the words, not the values.
func stripValues(s string) string {
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && inQuote && i+1 < len(s):
			i++
		case c == '"':
			if !inQuote {
				b.WriteByte('_')
			}
			inQuote = !inQuote
		case inQuote:
		case c >= '0' && c <= '9':
			if b.Len() == 0 || !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
