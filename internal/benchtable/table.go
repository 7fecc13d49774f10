package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// row is one row of the table: a measure, the benchmark metric that
// gives it, and its target (at most or at least Limit; a Limit of 0 is a
// figure shown for context, without a target).
type row struct {
	Measure string
	Bench   string // benchmark name, without the GOMAXPROCS suffix
	Unit    string // its metric
	AtMost  bool   // the target is <= Limit, else >= Limit
	Limit   float64
	Make    string // the make target that runs the benchmark
}

// rows are issue 12's table (and issue 9's load-phase ratio), in its order.
var rows = []row{
	{"Call vs httpmock + json.Unmarshal, single call (wall)", "BenchmarkCallRatio", "x-baseline", true, 1.3, "bench"},
	{"  same, single call (CPU)", "BenchmarkCallRatio", "cpu-x-baseline", true, 1.3, "bench"},
	{"  same, many leads: compiled definition (wall)", "BenchmarkCallRatio", "x-baseline-compiled", true, 1.3, "bench"},
	{"Call vs the baseline with a 30 s deadline, single call (wall)", "BenchmarkCallRatio", "x-baseline-deadline", true, 1.0, "bench"},
	{"  same, many leads: compiled definition (wall)", "BenchmarkCallRatio", "x-baseline-deadline-compiled", true, 1.0, "bench"},
	{"  (the deadline alone: baseline-deadline / baseline; floor, no target)", "BenchmarkCallRatio", "x-deadline-over-baseline", true, 0, "bench"},
	{"fuzz on mock vs bare rapid + httpmock, checks/s (wall)", "BenchmarkThroughputMock", "ratio", false, 0.8, "bench"},
	{"  same (CPU)", "BenchmarkThroughputMock", "cpu-ratio", false, 0.8, "bench"},
	{"fuzz on the wire vs bare rapid + loopback, checks/s (wall)", "BenchmarkThroughputWire", "ratio", false, 1.0, "bench"},
	{"  same (CPU)", "BenchmarkThroughputWire", "cpu-ratio", false, 1.0, "bench"},
	{"1,000-row outline vs bare godog + httpmock (CPU)", "BenchmarkOutline1000", "cpu-ratio", true, 1.1, "bench"},
	{"  same (wall)", "BenchmarkOutline1000", "ratio", true, 1.1, "bench"},
	{"hookcert run, 10,000-row outline, progress: peak RSS (MB)", "BenchmarkPeakRSS10000/progress", "maxrss-MB", true, 150, "bench"},
	{"  same, junit and cucumber files: peak RSS (MB)", "BenchmarkPeakRSS10000/junit+cucumber", "maxrss-MB", true, 150, "bench"},
	{"  same, HTML report: peak RSS (MB)", "BenchmarkPeakRSS10000/html", "maxrss-MB", true, 150, "bench"},
	{"certify load phase vs a plain client, requests/s", "BenchmarkLoadPhase", "ratio", false, 0.8, "bench"},
	{"wire face vs WireMock standalone, requests/s (8 conns)", "BenchmarkPeers", "x-wiremock-req/s", false, 5, "bench-peers"},
	{"wire face vs plain net/http, CPU per request", "BenchmarkPeers", "x-plain-cpu/req", true, 1.1, "bench-peers"},
}

// render prints the rows with the figures of f: the range over the
// values of this run, and whether it meets the target.
func render(w io.Writer, rows []row, f figures) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\nmeasure\tthis run\ttarget\tmet")
	for _, r := range rows {
		vals := f.values(r.Bench, r.Unit)
		target := ">= " + limit(r.Limit)
		if r.AtMost {
			target = "<= " + limit(r.Limit)
		}
		if r.Limit == 0 {
			target = "-"
		}
		if len(vals) == 0 {
			fmt.Fprintf(tw, "%s\t(not in this run: make %s)\t%s\t\n", r.Measure, r.Make, target)
			continue
		}
		met := verdict(r, vals)
		if r.Limit == 0 {
			met = ""
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Measure, span(vals), target, met)
	}
	return tw.Flush()
}

// span is "v" or "lo-hi" over vals.
func span(vals []float64) string {
	lo, hi := slices.Min(vals), slices.Max(vals)
	if lo == hi {
		return figure(lo)
	}
	return figure(lo) + "-" + figure(hi)
}

// limit prints a target: 1.0, 1.3, 150.
func limit(v float64) string {
	if v == float64(int(v)) && v < 100 {
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%g", v)
}

func figure(v float64) string {
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.2f", v), ".00")
}

// verdict is "yes" when every value meets the target, "no" when none
// does, "mixed" otherwise.
func verdict(r row, vals []float64) string {
	met := 0
	for _, v := range vals {
		if (r.AtMost && v <= r.Limit) || (!r.AtMost && v >= r.Limit) {
			met++
		}
	}
	switch met {
	case len(vals):
		return "yes"
	case 0:
		return "no"
	}
	return "mixed"
}
