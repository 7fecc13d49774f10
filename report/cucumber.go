package report

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The shape of godog's cucumber JSON report (v0.16.0,
// internal/formatters/fmt_cucumber.go), the fields the report reads.
type (
	cukeFeature struct {
		URI      string        `json:"uri"`
		Name     string        `json:"name"`
		Elements []cukeElement `json:"elements"`
	}
	cukeElement struct {
		ID      string     `json:"id"`
		Keyword string     `json:"keyword"`
		Name    string     `json:"name"`
		Line    int        `json:"line"`
		Type    string     `json:"type"`
		Tags    []cukeTag  `json:"tags"`
		Steps   []cukeStep `json:"steps"`
	}
	cukeTag struct {
		Name string `json:"name"`
	}
	cukeStep struct {
		Keyword   string         `json:"keyword"`
		Name      string         `json:"name"`
		Line      int            `json:"line"`
		Docstring *cukeDocstring `json:"doc_string"`
		Rows      []struct {
			Cells []string `json:"cells"`
		} `json:"rows"`
		Result struct {
			Status   string `json:"status"`
			Error    string `json:"error_message"`
			Duration *int64 `json:"duration"` // nanoseconds
		} `json:"result"`
	}
	cukeDocstring struct {
		Value string `json:"value"`
	}
)

// isScenario says whether el is a scenario: godog folds backgrounds into
// their scenarios, so a report shows neither separately.
func (el *cukeElement) isScenario() bool { return el.Type == "" || el.Type == "scenario" }

// ruleTag is a tag that names a rule: @R18, @A16.
var ruleTag = regexp.MustCompile(`^@([RA]\d+)$`)

// FromCucumberJSON builds a Document from a cucumber JSON report as godog
// writes it (hookcert run --format cucumber:FILE): one check per scenario,
// its rule ids from the @R/@A tags, the failing step and its error as
// evidence, the scenario durations as the latency series. A scenario with a
// failed, undefined, ambiguous or pending step fails; one whose steps were
// all skipped is skipped. Input that is not such a report is an error.
func FromCucumberJSON(r io.Reader) (*Document, error) {
	var features []cukeFeature
	dec := json.NewDecoder(r)
	if err := dec.Decode(&features); err != nil {
		return nil, fmt.Errorf("report: reading cucumber JSON: %w", err)
	}
	d := &Document{Title: "hookcert run", Passed: true}
	lat := &Latency{Title: "scenario durations"}
	var uris []string
	for _, f := range features {
		uris = append(uris, f.URI)
		for _, el := range f.Elements {
			if !el.isScenario() {
				continue
			}
			c, dur := scenarioCheck(f, el)
			if c.Verdict == Fail {
				d.Passed = false
			}
			d.Checks = append(d.Checks, c)
			if c.Verdict != Skipped {
				lat.Samples = append(lat.Samples, dur)
			}
		}
	}
	d.Subject = subjectOf(uris)
	d.Meta = []Meta{{"features", strconv.Itoa(len(features))}, {"scenarios", strconv.Itoa(len(d.Checks))}}
	if len(lat.Samples) > 0 {
		d.Latency = lat
	}
	return d, nil
}

// scenarioCheck is one scenario as a check, and how long its steps took.
func scenarioCheck(f cukeFeature, el cukeElement) (Check, time.Duration) {
	c := Check{ID: fmt.Sprintf("%s:%d", f.URI, el.Line), Name: el.Name}
	if f.Name != "" {
		c.Name = f.Name + ": " + el.Name
	}
	for _, t := range el.Tags {
		if m := ruleTag.FindStringSubmatch(t.Name); m != nil {
			c.Rules = append(c.Rules, m[1])
		}
	}
	var failed int
	var dur time.Duration
	c.Verdict, failed, dur = scenarioOutcome(&el)
	if failed >= 0 {
		s := el.Steps[failed]
		c.Detail = fmt.Sprintf("line %d: %s%s: %s", s.Line, s.Keyword, s.Name, s.Result.Status)
		c.Evidence = append(c.Evidence, Evidence{Label: "error", Text: errorText(s)})
	}
	var steps strings.Builder
	for _, s := range el.Steps {
		fmt.Fprintf(&steps, "%-9s %s%s  [%s]\n", s.Result.Status, s.Keyword, s.Name, stepArgument(s))
	}
	c.Evidence = append(c.Evidence, Evidence{Label: "steps", Text: strings.TrimRight(steps.String(), "\n")})
	return c, dur
}

// scenarioOutcome is a scenario's verdict, the index of its first step
// that failed, was undefined, ambiguous or pending (-1: none), and how long
// its steps took.
func scenarioOutcome(el *cukeElement) (Verdict, int, time.Duration) {
	v, failed, skipped := Pass, -1, 0
	var dur time.Duration
	for i, s := range el.Steps {
		if s.Result.Duration != nil {
			dur += time.Duration(*s.Result.Duration)
		}
		switch s.Result.Status {
		case "failed", "undefined", "ambiguous", "pending":
			if failed < 0 {
				v, failed = Fail, i
			}
		case "skipped":
			skipped++
		}
	}
	if v == Pass && len(el.Steps) > 0 && skipped == len(el.Steps) {
		v = Skipped
	}
	return v, failed, dur
}

func stepArgument(s cukeStep) string {
	switch {
	case s.Docstring != nil:
		return "doc string"
	case len(s.Rows) > 0:
		return fmt.Sprintf("table of %d rows", len(s.Rows))
	}
	return "line " + strconv.Itoa(s.Line)
}

func errorText(s cukeStep) string {
	if s.Result.Error != "" {
		return s.Result.Error
	}
	return "step " + s.Result.Status
}

// subjectOf names the suite: its one feature file, or how many there are.
func subjectOf(uris []string) string {
	switch len(uris) {
	case 0:
		return "no features"
	case 1:
		return uris[0]
	}
	return fmt.Sprintf("%d feature files", len(uris))
}
