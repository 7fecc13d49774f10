package steps

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/harness"
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

	run func(ctx context.Context, w *world, a *args) error
}

// Library is hookcert's step vocabulary, compiled once and shared by every
// scenario of a run. It implements harness.StepLibrary. It holds no state of
// a run: each scenario gets a fresh world.
type Library struct {
	defs     []Def
	patterns [][]pattern // per def: EN, DE and DEAlt if set
}

// pattern is one text of a Def, compiled.
type pattern struct {
	text string
	compiled
}

// New compiles the vocabulary.
func New() *Library {
	kinds := map[string]placeholder{}
	for _, p := range placeholders() {
		kinds[p.name] = p
	}
	defs := definitions()
	l := &Library{defs: defs, patterns: make([][]pattern, len(defs))}
	for i, d := range defs {
		for _, t := range d.texts() {
			l.patterns[i] = append(l.patterns[i], pattern{t, compileText(t, kinds)})
		}
	}
	return l
}

// Defs returns the vocabulary, in catalog order.
func (l *Library) Defs() []Def { return append([]Def(nil), l.defs...) }

// InitScenario registers every step, English and German, on a fresh world
// for one scenario (godog's ScenarioInitializer). env carries the run's
// transport, knobs and caller factory.
func (l *Library) InitScenario(sc *godog.ScenarioContext, env harness.Env) {
	w := newWorld(env)
	sc.Before(func(ctx context.Context, s *godog.Scenario) (context.Context, error) {
		w.uri = s.Uri
		return ctx, nil
	})
	sc.After(func(ctx context.Context, _ *godog.Scenario, _ error) (context.Context, error) {
		w.close()
		return ctx, nil
	})
	for i, d := range l.defs {
		for _, p := range l.patterns[i] {
			sc.Step(p.re, handler(w, d, p.compiled, p.text))
		}
	}
}

// handler builds the function godog calls for one pattern: every capture
// arrives as a string (plus the docstring or table) and is converted here, in
// one place, before the step runs.
func handler(w *world, d Def, c compiled, text string) any {
	in := []reflect.Type{reflect.TypeFor[context.Context]()}
	for range c.kinds {
		in = append(in, reflect.TypeFor[string]())
	}
	switch d.Arg {
	case DocString:
		in = append(in, reflect.TypeFor[*godog.DocString]())
	case Table:
		in = append(in, reflect.TypeFor[*godog.Table]())
	}
	out := []reflect.Type{reflect.TypeFor[error]()}
	fn := func(vals []reflect.Value) []reflect.Value {
		ctx := vals[0].Interface().(context.Context)
		raw := make([]string, len(c.kinds))
		for i := range raw {
			raw[i] = vals[1+i].String()
		}
		a, err := c.convertArgs(raw)
		if err == nil {
			switch d.Arg {
			case DocString:
				a.doc, _ = vals[len(vals)-1].Interface().(*godog.DocString)
				if a.doc == nil {
					err = fmt.Errorf("the step %q needs a docstring (\"\"\") below it", text)
				}
			case Table:
				a.table, _ = vals[len(vals)-1].Interface().(*godog.Table)
				if a.table == nil {
					err = fmt.Errorf("the step %q needs a table below it", text)
				}
			}
		}
		if err == nil {
			err = d.run(ctx, w, a)
		}
		ev := reflect.New(reflect.TypeFor[error]()).Elem()
		if err != nil {
			ev.Set(reflect.ValueOf(err))
		}
		return []reflect.Value{ev}
	}
	return reflect.MakeFunc(reflect.FuncOf(in, out, false), fn).Interface()
}

// texts returns the step's texts: English, German and the second German one.
func (d Def) texts() []string {
	if d.DEAlt == "" {
		return []string{d.EN, d.DE}
	}
	return []string{d.EN, d.DE, d.DEAlt}
}

// Suggest returns up to n catalog step texts closest to text (by edit
// distance over words and characters), English and German, for the message
// of an undefined step.
func (l *Library) Suggest(text string, n int) []string {
	type cand struct {
		text string
		dist int
	}
	norm := func(s string) string { return strings.ToLower(placeholderRe.ReplaceAllString(s, "_")) }
	want := norm(stripValues(text))
	var cs []cand
	for _, d := range l.defs {
		for _, t := range d.texts() {
			cs = append(cs, cand{t, editDistance(want, norm(t))})
		}
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

// editDistance is the Levenshtein distance between a and b, over runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
