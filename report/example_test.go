package report_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/hookcert/hookcert/report"
)

// A certification that failed one check, rendered as HTML.
func ExampleRender() {
	d := &report.Document{
		Title: "hookcert certification", Subject: "enrich.vendor.example", Verdict: "not certified",
		Meta: []report.Meta{{Label: "profile", Value: "certification/1"}},
		Checks: []report.Check{
			{ID: "C01", Name: "every sample lead gets a 2xx", Rules: []string{"R18"}, Verdict: report.Pass},
			{ID: "C02", Name: "the body is not empty", Rules: []string{"R20"}, Verdict: report.Fail,
				Evidence: []report.Evidence{{Label: "status", Text: "200 OK, 0 bytes: Marketo records 1001"}}},
		},
		Latency: &report.Latency{Samples: []time.Duration{40 * time.Millisecond, 55 * time.Millisecond, 90 * time.Millisecond}},
	}
	var html bytes.Buffer
	if err := report.Render(&html, d); err != nil {
		fmt.Println(err)
		return
	}
	out := html.String()
	fmt.Println(strings.Contains(out, "<span>not certified</span>"))
	fmt.Println(strings.Index(out, `data-check-id="C02"`) < strings.Index(out, `data-check-id="C01"`)) // failed first
	fmt.Println(strings.Contains(out, `id="latency-chart"`))
	// Output:
	// true
	// true
	// true
}

// The percentiles the report shows, by nearest rank.
func ExampleSummarize() {
	var samples []time.Duration
	for i := 1; i <= 200; i++ {
		samples = append(samples, time.Duration(i)*time.Millisecond)
	}
	s := report.Summarize(samples)
	fmt.Println(s.N, s.P50, s.P95, s.P99, s.Max)
	// Output: 200 100ms 190ms 198ms 200ms
}

// The badge of a certified endpoint.
func ExampleBadge() {
	var svg bytes.Buffer
	if err := report.Badge(&svg, true, "certification/1"); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(svg.String(), "<title>certified: certification/1</title>"))
	// Output: true
}

// A suite run's cucumber JSON report as a Document.
func ExampleFromCucumberJSON() {
	f, err := os.Open("testdata/run.cucumber.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	d, err := report.FromCucumberJSON(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Subject, d.Passed)
	for _, c := range d.Checks {
		fmt.Println(c.Verdict, c.ID, c.Rules)
	}
	// Output:
	// features/status.feature false
	// pass features/status.feature:3 [R18 R21]
	// fail features/status.feature:21 [R18]
	// fail features/status.feature:38 [A99]
}

// A suite run's cucumber JSON report, a file, streamed into its HTML
// report: failed checks first, one at a time.
func ExampleRenderCucumberJSON() {
	f, err := os.Open("testdata/run.cucumber.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	var html bytes.Buffer
	if err := report.RenderCucumberJSON(&html, f); err != nil {
		fmt.Println(err)
		return
	}
	out := html.String()
	fmt.Println(strings.Count(out, "<article"), strings.Contains(out, "<span>failed</span>"))
	fmt.Println(strings.Index(out, `data-check-id="features/status.feature:21"`) < strings.Index(out, `data-check-id="features/status.feature:3"`))
	// Output:
	// 3 true
	// true
}
