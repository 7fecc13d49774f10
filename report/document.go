package report

import (
	"cmp"
	"slices"
	"time"
)

// Document is one report: what was checked, the verdict, and the evidence.
// The zero values are valid: an empty Document renders as a report without
// checks.
type Document struct {
	// Title heads the page, e.g. "hookcert certification" or "hookcert run".
	Title string
	// Subject is what was checked: the target host of a certification, the
	// suite of a run.
	Subject string
	// Passed is the overall verdict.
	Passed bool
	// Verdict is the verdict's word, e.g. "certified" / "not certified" or
	// "passed" / "failed"; empty means "passed" or "failed" from Passed.
	Verdict string
	// Summary is one sentence under the verdict, e.g. "2 of 11 checks failed".
	// Empty means a count of the checks by verdict.
	Summary string
	// Meta are the key facts, in order: profile version, sha256 of the
	// definition, hookcert version, time, target host...
	Meta []Meta
	// Checks are the individual checks; Render orders them failed first.
	Checks []Check
	// Latency, when it has samples, is drawn as a chart with its percentiles.
	Latency *Latency
}

// Meta is one labelled fact of the report's header.
type Meta struct {
	Label string
	Value string
}

// Verdict is the result of one check.
type Verdict string

// The verdicts, in the order the report lists them.
const (
	Fail    Verdict = "fail"
	Warn    Verdict = "warn"
	Pass    Verdict = "pass"
	Skipped Verdict = "skipped"
)

// rank orders verdicts for the report: failures first; an unknown verdict
// sorts with failures, so it is not hidden.
func (v Verdict) rank() int {
	switch v {
	case Warn:
		return 1
	case Pass:
		return 2
	case Skipped:
		return 3
	}
	return 0
}

// Check is one check with its verdict and the evidence for it.
type Check struct {
	// ID identifies the check, e.g. "C03" or "features/r18.feature:12".
	ID string
	// Name says what the check asks, e.g. "every sample lead gets a 2xx".
	Name string
	// Rules are the rule ids the check traces to, e.g. "R18", "A16".
	Rules []string
	// Verdict is the check's result.
	Verdict Verdict
	// Detail is one line on the result, e.g. "3 of 12 leads answered 500".
	Detail string
	// Evidence are labelled text blocks: the request, the status, the
	// latency, a body excerpt. Each is cut to MaxEvidenceBytes.
	Evidence []Evidence
}

// Evidence is one labelled block of text, shown verbatim (preformatted).
type Evidence struct {
	Label string
	Text  string
}

// Latency is a series of measured call durations.
type Latency struct {
	// Title names the series, e.g. "idle, 12 leads".
	Title string
	// Samples are the durations, in any order.
	Samples []time.Duration
	// Budget, when above zero, is drawn as a line: the latency allowed.
	Budget time.Duration
}

// Bounds of what a report shows, so that a huge run gives a readable page.
const (
	// MaxEvidenceBytes is the most text shown of one evidence block; the
	// rest is cut at a character boundary and counted.
	MaxEvidenceBytes = 4 << 10
	// MaxEvidence is the most evidence blocks shown for one check.
	MaxEvidence = 20
	// MaxChartPoints is the most points the latency line has; a longer
	// series is sampled evenly over its ranks (percentiles stay exact).
	MaxChartPoints = 200
)

// ordered returns the checks failed first, then warned, passed and skipped,
// each group in its given order.
func ordered(checks []Check) []Check {
	out := slices.Clone(checks)
	slices.SortStableFunc(out, func(a, b Check) int { return cmp.Compare(a.Verdict.rank(), b.Verdict.rank()) })
	return out
}
