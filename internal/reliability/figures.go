package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// figures are what the README's table reports.
type figures struct {
	faults     map[string]bool // kinds of fault played
	cases      int             // fault cases (a fault, a scheme, the knobs), each on both faces
	calls      int             // calls made: cases x faces
	changed    int             // lead fields changed by a fault
	panics     int             // panics during a fault case or an interrupt test
	heapMiB    float64         // peak heap in use over the cases
	longestMs  int             // the longest fault case's wall time
	longest    string          // which
	interrupts int             // interrupt tests passed (real signals to the built binary)
	failed     []string        // tests that failed: no table is written then
}

var faultLine = regexp.MustCompile(`reliability: fault=(\S+) scheme=(\S+) options=(\S+) faces=(\d+) changed=(\d+) panics=(\d+) heapMiB=([\d.]+) sysMiB=([\d.]+) tookMs=(\d+)`)

// interruptTests are the tests whose pass is an interrupt survived.
var interruptTests = regexp.MustCompile(`^(TestRunInterrupt/SIG(INT|TERM)|TestRunSecondSignalLeavesNoTemp|TestFuzzInterruptRecordsNothing/SIG(INT|TERM)|TestCertifyInterrupt/SIG(INT|TERM))$`)

// event is one line of `go test -json`.
type event struct {
	Action string
	Test   string
	Output string
}

// parse reads the test events and adds up the figures.
func parse(r io.Reader) (figures, error) {
	f := figures{faults: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e event
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue // go build output, not an event
		}
		switch {
		case e.Action == "output" && strings.Contains(e.Output, "panic:"):
			f.panics++
		case e.Action == "output":
			if m := faultLine.FindStringSubmatch(e.Output); m != nil {
				f.addFault(m)
			}
		case e.Action == "fail" && e.Test != "":
			f.failed = append(f.failed, e.Test)
		case e.Action == "pass" && interruptTests.MatchString(e.Test):
			f.interrupts++
		}
	}
	if err := sc.Err(); err != nil {
		return f, err
	}
	if len(f.failed) > 0 {
		sort.Strings(f.failed)
		return f, fmt.Errorf("tests failed, no figures: %s", strings.Join(f.failed, ", "))
	}
	if f.cases == 0 {
		return f, errors.New("no reliability lines: run TestWireFaults with -v or -json")
	}
	return f, nil
}

func (f *figures) addFault(m []string) {
	faces, _ := strconv.Atoi(m[4])
	changed, _ := strconv.Atoi(m[5])
	panics, _ := strconv.Atoi(m[6])
	heap, _ := strconv.ParseFloat(m[7], 64)
	took, _ := strconv.Atoi(m[9])
	f.faults[m[1]] = true
	f.cases++
	f.calls += faces
	f.changed += changed
	f.panics += panics
	f.heapMiB = max(f.heapMiB, heap)
	if took > f.longestMs {
		f.longestMs, f.longest = took, m[1]
	}
}

// Markers around the table in the README.
const (
	beginMarker = "<!-- reliability:begin (make reliability writes this table) -->"
	endMarker   = "<!-- reliability:end -->"
)

// render is the table.
func render(f figures) string {
	var b strings.Builder
	b.WriteString("| figure | value |\n|---|---|\n")
	fmt.Fprintf(&b, "| wire faults x cases tried | %d faults x %d cases, each on both faces: %d calls |\n", len(f.faults), f.cases, f.calls)
	fmt.Fprintf(&b, "| lead fields changed by a fault | %d |\n", f.changed)
	fmt.Fprintf(&b, "| crashes (panics) | %d |\n", f.panics)
	fmt.Fprintf(&b, "| peak heap in use of one fault case | %.1f MiB (bound 64 MiB) |\n", f.heapMiB)
	fmt.Fprintf(&b, "| longest call | %d ms (%s, time-out 1 s) |\n", f.longestMs, f.longest)
	fmt.Fprintf(&b, "| interrupts survived (real SIGINT/SIGTERM to the built binary) | %d |\n", f.interrupts)
	return b.String()
}

// splice puts table between the markers of readme.
func splice(readme, table string) (string, error) {
	i := strings.Index(readme, beginMarker)
	j := strings.Index(readme, endMarker)
	if i < 0 || j < i {
		return "", fmt.Errorf("no %q ... %q markers", beginMarker, endMarker)
	}
	return readme[:i+len(beginMarker)] + "\n" + table + readme[j:], nil
}
