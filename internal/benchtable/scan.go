package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxLine bounds one line of benchmark output.
const maxLine = 1 << 20

// figures are the metrics a run of benchmarks reported: per benchmark
// (its name without the GOMAXPROCS suffix), per unit, every value in the
// order reported (one per -count).
type figures struct {
	metrics map[string]map[string][]float64
	failed  bool
}

// scan copies in to out and collects the metrics of the benchmark lines.
func scan(in io.Reader, out io.Writer) (figures, error) {
	f := figures{metrics: map[string]map[string][]float64{}}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	for sc.Scan() {
		line := sc.Text()
		if _, err := fmt.Fprintln(out, line); err != nil {
			return f, err
		}
		if strings.HasPrefix(line, "FAIL") || strings.HasPrefix(strings.TrimSpace(line), "--- FAIL") {
			f.failed = true
		}
		f.add(line)
	}
	return f, sc.Err()
}

// add records the metrics of one line "BenchmarkX-2  N  v1 unit1  v2 unit2 ...".
func (f *figures) add(line string) {
	fields := strings.Fields(line)
	if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") {
		return
	}
	if _, err := strconv.Atoi(fields[1]); err != nil {
		return
	}
	name := fields[0]
	if i := strings.LastIndexByte(name, '-'); i > 0 {
		if _, err := strconv.Atoi(name[i+1:]); err == nil {
			name = name[:i]
		}
	}
	units := f.metrics[name]
	if units == nil {
		units = map[string][]float64{}
		f.metrics[name] = units
	}
	for i := 2; i+1 < len(fields); i += 2 {
		v, err := strconv.ParseFloat(fields[i], 64)
		if err != nil {
			return
		}
		units[fields[i+1]] = append(units[fields[i+1]], v)
	}
}

// values are the values of a benchmark's metric, nil if not reported.
func (f figures) values(bench, unit string) []float64 { return f.metrics[bench][unit] }
