package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// RenderCucumberJSON writes the HTML report of a cucumber JSON report as
// godog writes it: byte for byte what Render writes of FromCucumberJSON's
// Document, without holding either. It reads r twice: once to index the
// scenarios (their verdicts, durations and places in r: what the page's
// head must know before the first check), then scenario by scenario, in
// the order shown, to write each check as it goes. Input that is not such
// a report is an error before anything is written; an error while writing
// (or reading r the second time) leaves part of the page in w, so write to
// a file that is kept only on success.
func RenderCucumberJSON(w io.Writer, r io.ReaderAt) error {
	idx, err := indexCucumber(io.NewSectionReader(r, 0, math.MaxInt64))
	if err != nil {
		return fmt.Errorf("report: reading cucumber JSON: %w", err)
	}
	d, n := idx.head()
	bw := bufio.NewWriterSize(w, 64<<10)
	pw := &pageWriter{w: bw}
	if err := pw.head(newPage(d, len(idx.scenarios), n)); err != nil {
		return fmt.Errorf("report: rendering %q: %w", d.Title, err)
	}
	var buf []byte
	for _, sc := range idx.inOrderShown() {
		buf = slices.Grow(buf[:0], int(sc.n))[:sc.n]
		if _, err := r.ReadAt(buf, sc.off); err != nil && err != io.EOF {
			return fmt.Errorf("report: reading cucumber JSON at offset %d: %w", sc.off, err)
		}
		var el cukeElement
		if err := json.Unmarshal(bytes.TrimLeft(buf, ", \t\r\n"), &el); err != nil {
			return fmt.Errorf("report: reading cucumber JSON at offset %d: %w", sc.off, err)
		}
		c, _ := scenarioCheck(idx.features[sc.feature], el)
		if err := pw.check(c); err != nil {
			return fmt.Errorf("report: rendering %q: %w", d.Title, err)
		}
	}
	if err := pw.tail(); err != nil {
		return fmt.Errorf("report: rendering %q: %w", d.Title, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: writing %q: %w", d.Title, err)
	}
	return nil
}

// cucumberIndex is what one pass over a cucumber report keeps: each
// feature's uri and name, and each scenario's verdict, duration and bytes.
type cucumberIndex struct {
	features  []cukeFeature // Elements always nil
	scenarios []indexedScenario
}

// indexedScenario is one scenario of the report: its feature (an index of
// features), its verdict and duration, and the bytes of its element in the
// report (off, n), which may begin with the comma and blanks before it.
type indexedScenario struct {
	feature int
	verdict Verdict
	dur     time.Duration
	off, n  int64
}

// head is the Document FromCucumberJSON makes of the report, without its
// checks, and how many of its checks have each verdict.
func (idx *cucumberIndex) head() (*Document, map[Verdict]int) {
	d := &Document{Title: "hookcert run", Passed: true}
	lat := &Latency{Title: "scenario durations"}
	n := map[Verdict]int{}
	for _, sc := range idx.scenarios {
		n[sc.verdict]++
		if sc.verdict == Fail {
			d.Passed = false
		}
		if sc.verdict != Skipped {
			lat.Samples = append(lat.Samples, sc.dur)
		}
	}
	uris := make([]string, len(idx.features))
	for i, f := range idx.features {
		uris[i] = f.URI
	}
	d.Subject = subjectOf(uris)
	d.Meta = []Meta{{"features", strconv.Itoa(len(idx.features))}, {"scenarios", strconv.Itoa(len(idx.scenarios))}}
	if len(lat.Samples) > 0 {
		d.Latency = lat
	}
	return d, n
}

// inOrderShown is the scenarios in the order Render shows checks.
func (idx *cucumberIndex) inOrderShown() []indexedScenario {
	out := slices.Clone(idx.scenarios)
	slices.SortStableFunc(out, func(a, b indexedScenario) int { return a.verdict.rank() - b.verdict.rank() })
	return out
}

// indexCucumber reads a cucumber report token by token, one element at a
// time, reading it as json.Unmarshal reads it into []cukeFeature: null is
// no features, keys match case-insensitively, unknown keys are skipped, and
// of a key given twice the last counts.
func indexCucumber(r io.Reader) (*cucumberIndex, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	tok, err := dec.Token()
	if err != nil || tok == nil {
		return &cucumberIndex{}, err
	}
	if tok != json.Delim('[') {
		return nil, fmt.Errorf("offset %d: got %v, want an array of features", dec.InputOffset(), tok)
	}
	idx := &cucumberIndex{}
	for dec.More() {
		if err := idx.feature(dec); err != nil {
			return nil, fmt.Errorf("feature %d: %w", len(idx.features)+1, err)
		}
	}
	_, err = dec.Token() // the closing ]
	return idx, err
}

// feature reads one feature object (or null) of the report.
func (idx *cucumberIndex) feature(dec *json.Decoder) error {
	fi := len(idx.features)
	idx.features = append(idx.features, cukeFeature{})
	f := &idx.features[fi]
	tok, err := dec.Token()
	if err != nil || tok == nil {
		return err
	}
	if tok != json.Delim('{') {
		return fmt.Errorf("offset %d: got %v, want a feature object", dec.InputOffset(), tok)
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		switch k, _ := key.(string); {
		case strings.EqualFold(k, "uri"):
			err = dec.Decode(&f.URI)
		case strings.EqualFold(k, "name"):
			err = dec.Decode(&f.Name)
		case strings.EqualFold(k, "elements"):
			err = idx.elements(dec, fi)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return fmt.Errorf("%q: %w", key, err)
		}
	}
	_, err = dec.Token() // the closing }
	return err
}

// elements reads the elements array (or null) of feature fi, indexing its
// scenarios in place of those of an earlier elements key.
func (idx *cucumberIndex) elements(dec *json.Decoder, fi int) error {
	for len(idx.scenarios) > 0 && idx.scenarios[len(idx.scenarios)-1].feature == fi {
		idx.scenarios = idx.scenarios[:len(idx.scenarios)-1]
	}
	tok, err := dec.Token()
	if err != nil || tok == nil {
		return err
	}
	if tok != json.Delim('[') {
		return fmt.Errorf("offset %d: got %v, want an array of elements", dec.InputOffset(), tok)
	}
	for dec.More() {
		off := dec.InputOffset()
		var el cukeElement
		if err := dec.Decode(&el); err != nil {
			return err
		}
		if !el.isScenario() {
			continue
		}
		v, _, dur := scenarioOutcome(&el)
		idx.scenarios = append(idx.scenarios, indexedScenario{feature: fi, verdict: v, dur: dur, off: off, n: dec.InputOffset() - off})
	}
	_, err = dec.Token() // the closing ]
	return err
}
