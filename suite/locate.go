package suite

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	messages "github.com/cucumber/messages/go/v34"
)

// stepDefComment is the comment godog's pretty formatter ends a step line
// with: the Go location of the step definition ("# library.go:125 ->
// reflect.makeFuncStub"), which is the same for every step of hookcert's
// vocabulary and tells a spec writer nothing.
var stepDefComment = regexp.MustCompile(`# [^\s#]+\.go:\d+( -> \S+)?\s*$`)

// scenarioComment ends a scenario header of the pretty formatter: "#
// features/x.feature:12".
var scenarioComment = regexp.MustCompile(`# (\S+):(\d+)\s*$`)

// stepLocator rewrites the pretty formatter's output so that each step line
// names the step's place in the feature ("# features/x.feature:14") instead
// of the step definition's Go source. It reads the output line by line: a
// feature header or a scenario header ("# file:line") tells it which steps
// come next; a step line takes the next of those whose keyword and text it
// shows. A line it cannot place keeps godog's comment. Flush writes a last
// line without a line break.
type stepLocator struct {
	w       io.Writer
	docs    map[string]*messages.GherkinDocument
	printed map[string]bool // features whose header was seen
	uri     string          // the feature being printed
	queue   []locatedStep   // the steps expected next, in order
	partial []byte
}

// locatedStep is a step as pretty prints it and where it stands.
type locatedStep struct {
	text string // keyword and text, "Given the service answers 200 \"OK\""
	line int64
}

func newStepLocator(w io.Writer, docs map[string]*messages.GherkinDocument) *stepLocator {
	return &stepLocator{w: w, docs: docs, printed: map[string]bool{}}
}

// Write rewrites the complete lines of p and holds back a partial one.
func (l *stepLocator) Write(p []byte) (int, error) {
	buf := append(l.partial, p...)
	end := bytes.LastIndexByte(buf, '\n') + 1
	var out []byte
	for _, line := range bytes.SplitAfter(buf[:end], []byte("\n")) {
		out = append(out, l.rewrite(string(line))...)
	}
	l.partial = append([]byte(nil), buf[end:]...)
	if len(out) > 0 {
		if _, err := l.w.Write(out); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Flush writes the partial line held back.
func (l *stepLocator) Flush() error {
	if len(l.partial) == 0 {
		return nil
	}
	_, err := l.w.Write([]byte(l.rewrite(string(l.partial))))
	l.partial = nil
	return err
}

// rewrite returns one line, its step comment replaced where it can be placed.
func (l *stepLocator) rewrite(line string) string {
	body := strings.TrimRight(line, "\n")
	nl := line[len(body):]
	if loc := stepDefComment.FindStringIndex(body); loc != nil {
		shown := strings.TrimSpace(body[:loc[0]])
		if at, ok := l.take(shown); ok {
			return body[:loc[0]] + fmt.Sprintf("# %s:%d", l.uri, at) + nl
		}
		return line
	}
	if m := scenarioComment.FindStringSubmatch(body); m != nil && l.docs[m[1]] != nil {
		l.startScenario(m[1], m[2])
		return line
	}
	l.startFeature(strings.TrimSpace(body))
	return line
}

// take returns the line of the next expected step shown as text, and drops
// the steps before it (those pretty did not print). A step not expected (a
// rule's background, printed before its first scenario's header) is the
// first step of the feature with that text.
func (l *stepLocator) take(text string) (int64, bool) {
	for i, s := range l.queue {
		if s.text == text {
			l.queue = l.queue[i+1:]
			return s.line, true
		}
	}
	if line := firstStep(l.docs[l.uri], text); line != 0 {
		return line, true
	}
	// Several scenarios at once interleave features: look in the others.
	uris := make([]string, 0, len(l.docs))
	for uri := range l.docs {
		uris = append(uris, uri)
	}
	slices.Sort(uris)
	for _, uri := range uris {
		if line := firstStep(l.docs[uri], text); line != 0 {
			l.uri = uri
			return line, true
		}
	}
	return 0, false
}

// firstStep is the line of doc's first step shown as text, 0 if none.
func firstStep(doc *messages.GherkinDocument, text string) int64 {
	if doc == nil || doc.Feature == nil {
		return 0
	}
	var line int64
	var find func(children []*messages.FeatureChild)
	find = func(children []*messages.FeatureChild) {
		for _, c := range children {
			var steps []*messages.Step
			switch {
			case c.Background != nil:
				steps = c.Background.Steps
			case c.Scenario != nil:
				steps = c.Scenario.Steps
			case c.Rule != nil:
				for _, rc := range c.Rule.Children {
					find([]*messages.FeatureChild{{Background: rc.Background, Scenario: rc.Scenario}})
				}
			}
			for _, s := range steps {
				if line == 0 && strings.TrimSpace(s.Keyword)+" "+s.Text == text {
					line = s.Location.Line
				}
			}
		}
	}
	find(doc.Feature.Children)
	return line
}

// startFeature notes a feature header ("Feature: name"), whose background
// steps come next.
func (l *stepLocator) startFeature(header string) {
	for uri, doc := range l.docs {
		f := doc.Feature
		if f == nil || l.printed[uri] || header != strings.TrimSpace(f.Keyword)+": "+f.Name {
			continue
		}
		l.printed[uri], l.uri = true, uri
		l.queue = nil
		for _, c := range f.Children {
			if c.Background != nil {
				l.queue = appendSteps(l.queue, c.Background.Steps)
			}
		}
		return
	}
}

// startScenario notes a scenario header: the steps of the scenario at
// line of uri come next, after its backgrounds (an outline prints them
// again).
func (l *stepLocator) startScenario(uri, line string) {
	doc := l.docs[uri]
	if doc.Feature == nil {
		return
	}
	l.printed[uri], l.uri = true, uri
	var backgrounds []locatedStep
	visit := func(children []*messages.FeatureChild) bool {
		for _, c := range children {
			switch {
			case c.Background != nil:
				backgrounds = appendSteps(backgrounds, c.Background.Steps)
			case c.Scenario != nil && fmt.Sprint(c.Scenario.Location.Line) == line:
				l.queue = appendSteps(backgrounds, c.Scenario.Steps)
				return true
			}
		}
		return false
	}
	var top []*messages.FeatureChild
	for _, c := range doc.Feature.Children {
		if c.Rule == nil {
			top = append(top, c)
		}
	}
	if visit(top) {
		return
	}
	outer := backgrounds
	for _, c := range doc.Feature.Children {
		if c.Rule == nil {
			continue
		}
		backgrounds = outer
		rule := make([]*messages.FeatureChild, 0, len(c.Rule.Children))
		for _, rc := range c.Rule.Children {
			rule = append(rule, &messages.FeatureChild{Background: rc.Background, Scenario: rc.Scenario})
		}
		if visit(rule) {
			return
		}
	}
}

func appendSteps(q []locatedStep, steps []*messages.Step) []locatedStep {
	for _, s := range steps {
		q = append(q, locatedStep{text: strings.TrimSpace(s.Keyword) + " " + s.Text, line: s.Location.Line})
	}
	return q
}
