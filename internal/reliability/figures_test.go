package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestReadmeTable: the README has the markers, and the table between them
// is one render writes (its rows, in order) with figures that parse: no
// field changed, no crash, the heap under its bound.
func TestReadmeTable(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i, j := strings.Index(text, beginMarker), strings.Index(text, endMarker)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q ... %q markers", beginMarker, endMarker)
	}
	table := strings.TrimPrefix(text[i+len(beginMarker):j], "\n")
	want := strings.Split(strings.TrimSpace(render(figures{faults: map[string]bool{}})), "\n")
	got := strings.Split(strings.TrimSpace(table), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(got), len(want), table)
	}
	for k := range want {
		if label(got[k]) != label(want[k]) {
			t.Errorf("row %d is %q, want the row %q", k, label(got[k]), label(want[k]))
		}
	}
	num := func(row int) float64 {
		m := regexp.MustCompile(`^\s*([\d.]+)`).FindStringSubmatch(strings.SplitN(got[row], "|", 3)[2])
		if m == nil {
			t.Fatalf("row %q has no figure", got[row])
		}
		v, _ := strconv.ParseFloat(m[1], 64)
		return v
	}
	if num(3) != 0 || num(4) != 0 {
		t.Errorf("the README reports changed fields or crashes:\n%s", table)
	}
	if h := num(5); h <= 0 || h > 64 {
		t.Errorf("peak heap %v MiB: want a measured figure under 64", h)
	}
}

func label(row string) string { return strings.SplitN(row, "|", 3)[1] }

// TestParseAndSplice: parse adds up the tests' lines, refuses a run with a
// failed test, and splice replaces only what is between the markers.
func TestParseAndSplice(t *testing.T) {
	const out = `{"Action":"output","Test":"TestWireFaults/a","Output":"    faults_test.go:1: reliability: fault=drip scheme=https options=- faces=2 changed=0 panics=0 heapMiB=1.6 sysMiB=12.8 tookMs=1001\n"}
{"Action":"output","Test":"TestWireFaults/b","Output":"    faults_test.go:1: reliability: fault=huge-body scheme=http options=- faces=2 changed=0 panics=0 heapMiB=5.0 sysMiB=16.8 tookMs=8\n"}
{"Action":"pass","Test":"TestRunInterrupt/SIGINT"}
{"Action":"pass","Test":"TestRunSecondSignalLeavesNoTemp"}
`
	f, err := parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.faults) != 2 || f.calls != 4 || f.heapMiB != 5.0 || f.longestMs != 1001 || f.longest != "drip" || f.interrupts != 2 {
		t.Errorf("figures %+v", f)
	}
	if _, err := parse(strings.NewReader(out + `{"Action":"fail","Test":"TestWireFaults/b"}` + "\n")); err == nil {
		t.Errorf("a failed test gave figures")
	}
	got, err := splice("a\n"+beginMarker+"\nold\n"+endMarker+"\nb\n", "new\n")
	if err != nil || got != "a\n"+beginMarker+"\nnew\n"+endMarker+"\nb\n" {
		t.Errorf("splice: %q, %v", got, err)
	}
}
