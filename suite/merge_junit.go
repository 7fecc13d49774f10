package suite

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"time"
)

// junitSuites and the types below mirror godog's JUnit report, so that a
// merged report encodes as godog's does.
type junitSuites struct {
	XMLName    xml.Name      `xml:"testsuites"`
	Name       string        `xml:"name,attr"`
	Tests      int           `xml:"tests,attr"`
	Skipped    int           `xml:"skipped,attr"`
	Failures   int           `xml:"failures,attr"`
	Errors     int           `xml:"errors,attr"`
	Time       string        `xml:"time,attr"`
	TestSuites []*junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	XMLName   xml.Name     `xml:"testsuite"`
	Name      string       `xml:"name,attr"`
	Tests     int          `xml:"tests,attr"`
	Skipped   int          `xml:"skipped,attr"`
	Failures  int          `xml:"failures,attr"`
	Errors    int          `xml:"errors,attr"`
	Time      string       `xml:"time,attr"`
	TestCases []*junitCase `xml:"testcase"`

	seconds float64 // the batches' times summed
}

type junitCase struct {
	XMLName xml.Name      `xml:"testcase"`
	Name    string        `xml:"name,attr"`
	Status  string        `xml:"status,attr"`
	Time    string        `xml:"time,attr"`
	Failure *junitFailure `xml:"failure,omitempty"`
	Error   []*junitError `xml:"error"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
}

type junitError struct {
	XMLName xml.Name `xml:"error,omitempty"`
	Message string   `xml:"message,attr"`
	Type    string   `xml:"type,attr"`
}

// junitMerger merges the JUnit reports of a run's batches: one
// <testsuites> with the counts of the whole run and its time, one
// <testsuite> per feature (in godog's order) with its test cases of every
// batch, each named as one run names it (a name several scenarios of a
// feature share gets " #k", counted over the feature). godog lists a test
// case's step results in the order of their ids as strings ("10" before
// "9"), and takes its status from the last of them that sets one; a batch
// numbers its steps otherwise than one run, so the merger puts each test
// case's steps back in one run's order (junitStepOrder).
type junitMerger struct {
	w      io.Writer
	sel    selection
	buf    bytes.Buffer
	batch  batchRun
	name   string              // the suite's name
	suites map[int]*junitSuite // per feature
	shared []map[string]int    // per feature, how many scenarios have each name
	taken  []map[string]int    // per feature, the " #k" given so far per name
	ids    [][]stepIDs         // per feature, per scenario selected, its steps' ids in one run
}

func newJUnitMerger(w io.Writer, sel selection) *junitMerger {
	m := &junitMerger{w: w, sel: sel, suites: map[int]*junitSuite{}, ids: godogStepIDs(sel.contents)}
	for _, picks := range sel.picks {
		names := map[string]int{}
		for _, p := range picks {
			names[p.name]++
		}
		m.shared = append(m.shared, names)
		m.taken = append(m.taken, map[string]int{})
	}
	return m
}

func (m *junitMerger) godogFormat() string { return "junit" }
func (m *junitMerger) release()            {}

func (m *junitMerger) start(b batchRun) io.Writer {
	m.buf.Reset()
	m.batch = b
	return &m.buf
}

// end adds a batch's test suites to those of their features.
func (m *junitMerger) end() error {
	var doc junitSuites
	if err := xml.Unmarshal(m.buf.Bytes(), &doc); err != nil {
		return fmt.Errorf("a batch's JUnit report: %w", err)
	}
	m.name = doc.Name
	order := godogOrder(m.sel, m.batch.batch.features())
	if len(order) != len(doc.TestSuites) {
		return fmt.Errorf("a batch's JUnit report has %d test suites for %d features", len(doc.TestSuites), len(order))
	}
	batchIDs := godogStepIDs(m.batch.contents)
	part := map[int]int{} // feature -> its part of the batch
	for i, p := range m.batch.batch {
		part[p.feature] = i
	}
	for i, ts := range doc.TestSuites {
		if err := m.add(order[i], ts, part[order[i]], batchIDs[part[order[i]]]); err != nil {
			return err
		}
	}
	return nil
}

// add adds the test suite ts of a batch, part p of the batch (its steps'
// ids ids), to the feature f's.
func (m *junitMerger) add(f int, ts *junitSuite, p int, ids []stepIDs) error {
	bp := m.batch.batch[p]
	if len(ts.TestCases) != len(bp.picks) || len(ids) != len(bp.picks) {
		return fmt.Errorf("a batch's JUnit suite %q has %d test cases for %d scenarios", ts.Name, len(ts.TestCases), len(bp.picks))
	}
	first := 0 // the batch's first scenario of f, among the run's
	if into := m.suites[f]; into != nil {
		first = len(into.TestCases)
	}
	for j, tc := range ts.TestCases {
		name := bp.picks[j].name
		tc.Name = name
		if m.shared[f][name] > 1 {
			m.taken[f][name]++
			tc.Name = fmt.Sprintf("%s #%d", name, m.taken[f][name])
		}
		if first+j >= len(m.ids[f]) {
			return fmt.Errorf("a batch's JUnit suite %q has more test cases than the run selected", ts.Name)
		}
		if err := junitStepOrder(tc, ids[j], m.ids[f][first+j]); err != nil {
			return fmt.Errorf("test case %q: %w", tc.Name, err)
		}
	}
	seconds, _ := strconv.ParseFloat(ts.Time, 64)
	into := m.suites[f]
	if into == nil {
		m.suites[f], ts.seconds = ts, seconds
		return nil
	}
	into.seconds += seconds
	into.TestCases = append(into.TestCases, ts.TestCases...)
	return nil
}

// finish writes the merged report as godog's encoder does, with the counts
// of its test cases as godog counts them.
func (m *junitMerger) finish(elapsed time.Duration) error {
	doc := junitSuites{Name: m.name, Time: strconv.FormatFloat(elapsed.Seconds(), 'f', -1, 64)}
	for _, f := range godogOrder(m.sel, m.sel.selectedFeatures()) {
		ts := m.suites[f]
		if ts == nil {
			return fmt.Errorf("no batch reported the feature %s", m.sel.contents[f].Name)
		}
		ts.Time = strconv.FormatFloat(ts.seconds, 'f', -1, 64)
		ts.Tests, ts.Failures, ts.Errors = len(ts.TestCases), 0, 0
		for _, tc := range ts.TestCases {
			switch tc.Status {
			case "failed":
				ts.Failures++
			case "undefined", "pending":
				ts.Errors++
			}
		}
		doc.Tests += ts.Tests
		doc.Failures += ts.Failures
		doc.Errors += ts.Errors
		doc.TestSuites = append(doc.TestSuites, ts)
	}
	if _, err := io.WriteString(m.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(m.w)
	enc.Indent("", "  ")
	return enc.Encode(doc)
}
