package certify

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/hookcert/hookcert/internal/atomicfile"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/report"
)

// The report files certify writes into its output folder. The cucumber
// report comes from the suite runner itself.
const (
	VerdictFile  = "verdict.json"
	JUnitFile    = "junit.xml"
	CucumberFile = "cucumber.json"
	HTMLFile     = "report.html"
	BadgeFile    = "badge.svg"
)

// writeReports writes every report of v into dir, each complete or absent.
// samples are the latencies of every answer, for the chart; budget is the
// p95 allowed.
func writeReports(dir string, v *Verdict, samples []time.Duration, budget time.Duration) ([]string, error) {
	writers := []struct {
		name  string
		write func(io.Writer) error
	}{
		{VerdictFile, func(w io.Writer) error { return writeJSON(w, v) }},
		{JUnitFile, func(w io.Writer) error { return writeJUnit(w, v) }},
		{HTMLFile, func(w io.Writer) error { return report.Render(w, document(v, samples, budget)) }},
		{BadgeFile, func(w io.Writer) error { return report.Badge(w, v.Certified, "profile "+v.Profile) }},
	}
	var written []string
	for _, wr := range writers {
		path := filepath.Join(dir, wr.name)
		if err := atomicfile.Write(path, wr.write); err != nil {
			return written, fmt.Errorf("certify: writing %s: %w", wr.name, err)
		}
		written = append(written, path)
	}
	return written, nil
}

func writeJSON(w io.Writer, v *Verdict) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// document is the HTML report's model of v.
func document(v *Verdict, samples []time.Duration, budget time.Duration) *report.Document {
	d := &report.Document{
		Title: "hookcert certification", Subject: v.Target.Host, Passed: v.Certified,
		Verdict: v.Word(), Summary: v.Summary(),
		Meta: []report.Meta{
			{Label: "profile", Value: v.Profile},
			{Label: "webhook", Value: v.Definition.Name},
			{Label: "definition sha256", Value: v.Definition.SHA256},
			{Label: "target", Value: v.Target.URL},
			{Label: "hookcert", Value: v.Hookcert},
			{Label: "time", Value: v.Time.UTC().Format(time.RFC3339)},
			{Label: "requests", Value: fmt.Sprintf("%d of %d, at most %g/s, %d in flight", v.Requests.Sent, v.Requests.Budget, v.Requests.Rate, v.Requests.Concurrency)},
		},
		Latency: &report.Latency{Title: fmt.Sprintf("every answer, %d calls", len(samples)), Samples: samples, Budget: budget},
	}
	for _, c := range v.Checks {
		rc := report.Check{ID: c.ID, Name: c.Name, Rules: c.Rules, Verdict: report.Verdict(c.Verdict), Detail: firstLine(c.Reason)}
		if c.Reason != "" && strings.Contains(c.Reason, "\n") {
			rc.Evidence = append(rc.Evidence, report.Evidence{Label: "why", Text: c.Reason})
		}
		for _, e := range c.Evidence {
			rc.Evidence = append(rc.Evidence, report.Evidence{Label: e.Label, Text: e.Text})
		}
		d.Checks = append(d.Checks, rc)
	}
	return d
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// junit is the JUnit XML shape CI servers read.
type junitSuite struct {
	XMLName  xml.Name    `xml:"testsuite"`
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	Skipped   *junitMessage `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

// writeJUnit writes one test case per check: a fail is a failure, a skipped
// check skipped, and a warning passes with its text on system-out (JUnit
// has no warning, and a CI gate must not fail on one).
func writeJUnit(w io.Writer, v *Verdict) error {
	s := junitSuite{Name: "hookcert certification " + v.Target.Host, Tests: len(v.Checks),
		Failures: v.Counts[live.Fail], Skipped: v.Counts[live.Skipped], Time: seconds(v.Elapsed)}
	for _, c := range v.Checks {
		jc := junitCase{Name: c.ID + ": " + c.Name, Classname: "certification." + c.ID, Time: seconds(c.Elapsed)}
		switch c.Verdict {
		case live.Fail:
			jc.Failure = &junitMessage{Message: firstLine(c.Reason), Text: c.Reason}
		case live.Skipped:
			jc.Skipped = &junitMessage{Message: firstLine(c.Reason)}
		case live.Warn:
			jc.SystemOut = "WARN: " + c.Reason
		}
		s.Cases = append(s.Cases, jc)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(s); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }
