package main

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `goos: linux
BenchmarkCallRatio-2   	   20000	     51234 ns/op	         1.680 x-baseline	         1.710 cpu-x-baseline	         1.37 x-baseline-compiled	  0.93 x-baseline-deadline-compiled	 1.15 x-baseline-deadline
BenchmarkCallRatio-2   	   20000	     51234 ns/op	         1.720 x-baseline	  1.2 x-baseline-compiled
BenchmarkThroughputMock-2   	       1	1000000000 ns/op	 0.85 ratio	0.79 cpu-ratio
BenchmarkPeakRSS10000/junit+cucumber-2   	       1	5000000000 ns/op	       101.6 maxrss-MB
--- FAIL: TestSomething
ok  	github.com/hookcert/hookcert/marketo	3.1s
`

// TestTableReadsTheFiguresOfTheRun: figures come from the benchmark lines,
// over -count repeats, the GOMAXPROCS suffix ignored; a missing benchmark
// names its make target; a FAIL line fails the pipe; the input passes through.
func TestTableReadsTheFiguresOfTheRun(t *testing.T) {
	var out bytes.Buffer
	f, err := scan(strings.NewReader(sample), &out)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != sample {
		t.Errorf("the input did not pass through unchanged:\n%s", out.String())
	}
	if !f.failed {
		t.Error("a --- FAIL line did not fail the pipe")
	}
	var table bytes.Buffer
	if err := render(&table, rows, f); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"1.68-1.72", "1.20-1.37", "mixed", // two runs of the compiled ratio, one under 1.3
		"0.85", "0.79", "(not in this run: make bench-peers)", "(not in this run: make bench)", "<= 1.0", "<= 150",
	} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
	single := lineOf(table.String(), "single call (wall)")
	if !strings.Contains(single, "no") {
		t.Errorf("1.68-1.72 against <= 1.3 is not met: %q", single)
	}
	if rss := lineOf(table.String(), "junit and cucumber"); !strings.Contains(rss, "102") || !strings.Contains(rss, "yes") {
		t.Errorf("a sub-benchmark's figure is not read: %q", rss)
	}
	cpuMock := lineOf(table.String(), "fuzz on mock")
	if !strings.Contains(cpuMock, "yes") {
		t.Errorf("0.85 against >= 0.8 is met: %q", cpuMock)
	}
}

func lineOf(s, part string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, part) {
			return l
		}
	}
	return ""
}

// TestTableIgnoresLinesThatAreNotBenchmarks: log lines that start like a
// benchmark but carry no figures do not count.
func TestTableIgnoresLinesThatAreNotBenchmarks(t *testing.T) {
	f, err := scan(strings.NewReader("BenchmarkCallRatio\nBenchmarkCallRatio-2 lots of words here\n"), &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.metrics) != 0 || f.failed {
		t.Errorf("figures = %v, failed %v; want none", f.metrics, f.failed)
	}
}
