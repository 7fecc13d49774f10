package steps

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var keywordRe = regexp.MustCompile(`^(Given|When|Then|And|But|Angenommen|Gegeben sei|Gegeben seien|Wenn|Dann|Und|Aber) `)

// matches returns the indexes of the defs with a pattern that matches line
// (a step line without its keyword).
func (l *Library) matches(line string) []int {
	var out []int
	for i := range l.defs {
		for _, p := range l.patterns[i] {
			if p.re.MatchString(line) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// TestEveryStepHasMatchingExamples checks that each step's English and German
// examples match that step and no other one: the catalog's examples work, and
// no two steps are ambiguous on them.
func TestEveryStepHasMatchingExamples(t *testing.T) {
	l := New()
	for i, d := range l.defs {
		if d.Doc == "" || d.Area == "" {
			t.Errorf("step %q: no Doc or Area for the catalog", d.EN)
		}
		if d.DE == "" {
			t.Errorf("step %q: no German text", d.EN)
		}
		for _, ex := range []string{d.ExampleEN, d.ExampleDE} {
			if !keywordRe.MatchString(ex) {
				t.Errorf("step %q: example %q does not start with a keyword", d.EN, ex)
				continue
			}
			got := l.matches(keywordRe.ReplaceAllString(ex, ""))
			if len(got) != 1 || got[0] != i {
				var names []string
				for _, j := range got {
					names = append(names, l.defs[j].EN)
				}
				t.Errorf("example %q: matches %q, want only %q", ex, names, d.EN)
			}
		}
		if (d.Arg == NoArg) != (d.ExampleArg == "") {
			t.Errorf("step %q: the example's docstring or table does not fit the step", d.EN)
		}
	}
}

// TestContractSteps checks the step texts of docs/step-contract.md, which the
// fuzzing prints counterexamples with: each must match exactly one step.
func TestContractSteps(t *testing.T) {
	data, err := os.ReadFile("../docs/step-contract.md")
	if err != nil {
		t.Fatal(err)
	}
	sample := strings.NewReplacer(
		"<METHOD>", "POST", "<M>", "POST", "<type>", "integer", "<rule>", "A23", "<n>", "200",
		"<code>", "503", "<none|json|form>", "json", "<json|xml>", "xml", "<trigger|batch>", "batch",
	)
	quoted := regexp.MustCompile(`"<[^>]*>"`)
	code := regexp.MustCompile("`((?:Given|When|Then) [^`]+)`")
	l := New()
	n := 0
	for _, m := range code.FindAllStringSubmatch(string(data), -1) {
		line := quoted.ReplaceAllString(sample.Replace(m[1]), `"x"`)
		line = strings.TrimSuffix(keywordRe.ReplaceAllString(line, ""), " + table")
		line = strings.TrimSuffix(line, " + docstring")
		if strings.Contains(line, "<") {
			t.Errorf("contract step %q: a placeholder this test does not know", m[1])
			continue
		}
		n++
		if got := l.matches(line); len(got) != 1 {
			t.Errorf("contract step %q (as %q): matches %d steps, want 1", m[1], line, len(got))
		}
	}
	if n < 35 {
		t.Errorf("read %d contract steps from docs/step-contract.md, want them all", n)
	}
}

func TestSuggestClosestSteps(t *testing.T) {
	l := New()
	tests := []struct {
		name, line, want string
	}{
		{"R21 typo in Error Type", `the error type is "Backend Down"`, "the Error Type is {string}"},
		{"R18 typo in the call", "the webhook is caled", "the webhook is called"},
		{"R20 German typo", "der Webhook aufgerufn wird", "der Webhook aufgerufen wird"},
		{"R19 code with a value", "the recorded code was 1001", "the recorded code is {int}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := l.Suggest(tt.line, 3)
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("Suggest(%q) = %q, want %q first", tt.line, got, tt.want)
			}
		})
	}
}

func TestForStepsKeepsTheStepsALineUses(t *testing.T) {
	l := New()
	lines := []string{"the webhook is called", `der Dienst antwortet 503 "Backend Down"`, "an undefined line"}
	n := l.ForSteps(lines)
	var got []string
	for _, i := range n.active {
		got = append(got, n.defs[i].EN)
	}
	want := []string{"the service answers {int} {string}", "the webhook is called"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("ForSteps(%q) registers %q, want %q", lines, got, want)
	}
	if s := n.Suggest("the webhook is caled", 1); len(s) != 1 || s[0] != "the webhook is called" {
		t.Errorf("a narrowed library suggests %q, want the whole vocabulary", s)
	}
}

// TestWorldsShareTheStandardCatalogReadOnly checks the copy on write of the
// standard catalog the worlds of a library share (A8): a scenario that
// declares a custom field has it, the next scenario and the library do not.
func TestWorldsShareTheStandardCatalogReadOnly(t *testing.T) {
	l := New()
	first, second := newWorld(Env{}, l.standard), newWorld(Env{}, l.standard)
	a := &args{vals: []any{"Region", "region__c", "string"}}
	if err := givenCustomField(t.Context(), first, a); err != nil {
		t.Fatal(err)
	}
	if _, err := first.field("Region"); err != nil {
		t.Errorf("A8 the world that declared the field: %v", err)
	}
	if _, err := second.field("Region"); err == nil {
		t.Error("A8 another scenario's world finds a custom field it never declared")
	}
	if _, ok := l.standard.ByName("Region"); ok {
		t.Error("A8 the library's standard catalog took a scenario's custom field")
	}
	if err := givenCustomField(t.Context(), second, a); err != nil {
		t.Errorf("A8 the second world declares the same field: %v", err)
	}
}

// TestForStepsRegistersTheTextsLinesUse checks that a narrowed step
// registers only its texts that some line matches: the English text for an
// English line, the German for a German one, both when both occur.
func TestForStepsRegistersTheTextsLinesUse(t *testing.T) {
	l := New()
	lines := []string{"the webhook is called", `der Dienst antwortet 503 "Backend Down"`,
		"the recorded code is 200", "der erfasste Code ist 200"}
	n := l.ForSteps(lines)
	tests := []struct {
		name, en   string
		has, hasNo []string
	}{
		{"R1 English line alone", "the webhook is called", []string{"the webhook is called"}, []string{"aufgerufen"}},
		{"R21 German line alone", "the service answers {int} {string}", []string{"der Dienst antwortet"}, []string{"the service answers"}},
		{"R19 both languages", "the recorded code is {int}", []string{"the recorded code is", "der erfasste Code ist"}, []string{"ist der erfasste Code"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := slices.IndexFunc(n.defs, func(d Def) bool { return d.EN == tt.en })
			if i < 0 || !slices.Contains(n.active, i) {
				t.Fatalf("%q is not registered", tt.en)
			}
			re := n.steps[i].re.String()
			for _, s := range tt.has {
				if !strings.Contains(re, s) {
					t.Errorf("pattern %s lacks %q", re, s)
				}
			}
			for _, s := range tt.hasNo {
				if strings.Contains(re, s) {
					t.Errorf("pattern %s has %q, which no line uses", re, s)
				}
			}
			if full := l.steps[i].re.String(); !strings.Contains(full, tt.has[0]) || len(full) < len(re) {
				t.Errorf("the whole library's pattern changed: %s", full)
			}
		})
	}
}
