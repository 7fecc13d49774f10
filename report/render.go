package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"unicode/utf8"
)

//go:embed report.html.tmpl
var pageSource string

// pageTemplate is parsed once; templates are safe for concurrent execution
// and never change after parsing.
var pageTemplate = template.Must(template.New("report").Parse(pageSource))

// maxLineBytes bounds the one-line strings of a report (title, names,
// details, meta values), as MaxEvidenceBytes bounds evidence.
const maxLineBytes = 1 << 10

// Render writes d as a self-contained HTML document to w. The page is
// rendered completely before the first byte is written, so an error leaves w
// untouched; a nil d is programmer misuse and panics.
func Render(w io.Writer, d *Document) error {
	if d == nil {
		panic("report.Render: nil document")
	}
	var buf bytes.Buffer
	n := map[Verdict]int{}
	for _, c := range d.Checks {
		n[c.Verdict]++
	}
	pw := &pageWriter{w: &buf}
	err := pw.head(newPage(d, len(d.Checks), n))
	for _, c := range ordered(d.Checks) {
		if err != nil {
			break
		}
		err = pw.check(c)
	}
	if err == nil {
		err = pw.tail()
	}
	if err != nil {
		return fmt.Errorf("report: rendering %q: %w", d.Title, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("report: writing %q: %w", d.Title, err)
	}
	return nil
}

// pageWriter writes a page in the template's parts: its head, each check
// in the order shown, and its tail.
type pageWriter struct {
	w      io.Writer
	checks int
}

func (pw *pageWriter) head(p page) error { return pageTemplate.ExecuteTemplate(pw.w, "head", p) }

func (pw *pageWriter) check(c Check) error {
	pw.checks++
	return pageTemplate.ExecuteTemplate(pw.w, "check", newCheckView(c))
}

func (pw *pageWriter) tail() error {
	if pw.checks == 0 {
		if err := pageTemplate.ExecuteTemplate(pw.w, "none", nil); err != nil {
			return err
		}
	}
	return pageTemplate.ExecuteTemplate(pw.w, "tail", nil)
}

// page is the head of the Document as the template reads it: bounded and
// counted; its checks are written one by one (pageWriter).
type page struct {
	Title, Subject, Verdict, Summary string
	Passed                           bool
	Meta                             []Meta
	Counts                           []count
	Chart                            *chart
}

type checkView struct {
	ID, Name, Detail, Verdict string
	Rules                     []string
	Evidence                  []evidenceView
	MoreEvidence              int // blocks left out beyond MaxEvidence
}

type evidenceView struct {
	Label, Text string
	CutBytes    int // bytes left out beyond MaxEvidenceBytes
}

type count struct {
	Verdict string
	N       int
}

// newPage is the head of d, whose checks are total in number, n of them
// by verdict; d's own Checks are not read.
func newPage(d *Document, total int, n map[Verdict]int) page {
	p := page{
		Title: line(d.Title), Subject: line(d.Subject), Verdict: line(d.Verdict),
		Summary: line(d.Summary), Passed: d.Passed, Chart: newChart(d.Latency),
	}
	if p.Title == "" {
		p.Title = "hookcert report"
	}
	if p.Verdict == "" {
		p.Verdict = map[bool]string{true: "passed", false: "failed"}[d.Passed]
	}
	if p.Chart != nil {
		p.Chart.Title = line(p.Chart.Title)
	}
	for _, m := range d.Meta {
		p.Meta = append(p.Meta, Meta{Label: line(m.Label), Value: line(m.Value)})
	}
	for _, v := range []Verdict{Fail, Warn, Pass, Skipped} {
		if n[v] > 0 {
			p.Counts = append(p.Counts, count{Verdict: string(v), N: n[v]})
		}
	}
	if p.Summary == "" {
		p.Summary = summary(total, n)
	}
	return p
}

func newCheckView(c Check) checkView {
	v := checkView{ID: line(c.ID), Name: line(c.Name), Detail: line(c.Detail), Verdict: string(c.Verdict)}
	switch c.Verdict {
	case Fail, Warn, Pass, Skipped:
	default:
		v.Verdict = string(Fail) // an unknown verdict is not a pass
	}
	for _, r := range c.Rules {
		v.Rules = append(v.Rules, line(r))
	}
	ev := c.Evidence
	if len(ev) > MaxEvidence {
		v.MoreEvidence = len(ev) - MaxEvidence
		ev = ev[:MaxEvidence]
	}
	for _, e := range ev {
		text, cut := bounded(e.Text, MaxEvidenceBytes)
		v.Evidence = append(v.Evidence, evidenceView{Label: line(e.Label), Text: text, CutBytes: cut})
	}
	return v
}

func summary(total int, n map[Verdict]int) string {
	if total == 0 {
		return "no checks were run"
	}
	parts := []string{}
	for _, v := range []Verdict{Fail, Warn, Pass, Skipped} {
		if n[v] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[v], map[Verdict]string{Fail: "failed", Warn: "warned", Pass: "passed", Skipped: "skipped"}[v]))
		}
	}
	return fmt.Sprintf("%d checks: %s", total, strings.Join(parts, ", "))
}

// line is s as valid UTF-8, cut to maxLineBytes.
func line(s string) string {
	t, cut := bounded(s, maxLineBytes)
	if cut > 0 {
		return t + "…"
	}
	return t
}

// bounded is s as valid UTF-8, cut at a character boundary to at most n
// bytes, and how many bytes were cut.
func bounded(s string, n int) (string, int) {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) <= n {
		return s, 0
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i], len(s) - i
}
