package suite

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// The layout of godog's cucumber report (json.MarshalIndent with four
// spaces): a feature's elements are its last field, at depth 2, each
// element at depth 3.
const (
	cucumberElementsKey = ",\n        \"elements\": ["
	cucumberElementSep  = ",\n            "
)

// cucumberMerger merges the cucumber reports of a run's batches: one
// feature object per feature (in godog's order: by name), whose elements
// are those of every batch in order. A batch's elements are written to a
// spool file as the batch ends, so the report is never held whole; the
// features are written out of the spool when the run ends. An outline
// row's element id ends with its row number, which godog counts among the
// rows it was given: the merger puts back the number one run gives it.
type cucumberMerger struct {
	w        io.Writer
	sel      selection
	buf      bytes.Buffer
	byURI    map[string]int
	rowIndex []map[int64]int // per feature, example row line -> its number in one run
	headers  map[int][]byte  // per feature, its object up to its elements
	elements map[int][]span  // per feature, its elements in the spool
	spool    *os.File
	size     int64
}

// span is a stretch of the spool file.
type span struct{ off, n int64 }

func newCucumberMerger(w io.Writer, sel selection) *cucumberMerger {
	m := &cucumberMerger{w: w, sel: sel, byURI: map[string]int{}, headers: map[int][]byte{}, elements: map[int][]span{}}
	for i, f := range sel.contents {
		m.byURI[f.Name] = i
		m.rowIndex = append(m.rowIndex, rowNumbers(sel, i))
	}
	return m
}

// rowNumbers numbers the example rows the selection runs of feature i as
// godog's cucumber formatter does: 2 for the first row of an Examples
// table it is given (the header is row 1).
func rowNumbers(sel selection, i int) map[int64]int {
	out := map[int64]int{}
	doc := sel.docs[sel.contents[i].Name]
	if doc == nil || doc.Feature == nil {
		return out
	}
	rows := map[int64]bool{}
	for _, p := range sel.picks[i] {
		if p.row > 0 {
			rows[p.row] = true
		}
	}
	if len(rows) == 0 {
		return out
	}
	for _, sc := range indexFeature(doc.Feature).scenarioList {
		for _, ex := range sc.Examples {
			n := 1
			for _, r := range ex.TableBody {
				if rows[r.Location.Line] {
					n++
					out[r.Location.Line] = n
				}
			}
		}
	}
	return out
}

func (m *cucumberMerger) godogFormat() string { return "cucumber" }

func (m *cucumberMerger) release() {
	if m.spool != nil {
		m.spool.Close()
		m.spool = nil
	}
}

func (m *cucumberMerger) start(batchRun) io.Writer {
	m.buf.Reset()
	return &m.buf
}

// end spools the elements of a batch's features and keeps each feature's
// header (the same in every batch: batches keep the run's comments).
func (m *cucumberMerger) end() error {
	var features []json.RawMessage
	if err := json.Unmarshal(m.buf.Bytes(), &features); err != nil {
		return fmt.Errorf("a batch's cucumber report: %w", err)
	}
	if m.spool == nil {
		f, err := os.CreateTemp("", "hookcert-cucumber-*")
		if err != nil {
			return fmt.Errorf("the cucumber report's spool: %w", err)
		}
		os.Remove(f.Name()) // gone when closed, whatever ends the run
		m.spool = f
	}
	for _, raw := range features {
		if err := m.spoolFeature(raw); err != nil {
			return err
		}
	}
	return nil
}

// spoolFeature spools the elements of one feature object of a batch.
func (m *cucumberMerger) spoolFeature(raw json.RawMessage) error {
	var f struct {
		URI      string            `json:"uri"`
		Elements []json.RawMessage `json:"elements"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return fmt.Errorf("a batch's cucumber feature: %w", err)
	}
	fi, ok := m.byURI[f.URI]
	cut := bytes.Index(raw, []byte(cucumberElementsKey))
	if !ok || cut < 0 {
		return fmt.Errorf("a batch's cucumber report has an unknown feature %q or one without elements", f.URI)
	}
	if m.headers[fi] == nil {
		m.headers[fi] = bytes.Clone(raw[:cut])
	}
	for _, el := range f.Elements {
		el, err := renumberRow(el, m.rowIndex[fi])
		if err != nil {
			return err
		}
		if _, err := m.spool.Write(el); err != nil {
			return fmt.Errorf("the cucumber report's spool: %w", err)
		}
		m.elements[fi] = append(m.elements[fi], span{off: m.size, n: int64(len(el))})
		m.size += int64(len(el))
	}
	return nil
}

// renumberRow gives an outline row's element the id one run gives it:
// "feature;scenario;examples;N" with N its row number in one run.
func renumberRow(el json.RawMessage, rows map[int64]int) (json.RawMessage, error) {
	if len(rows) == 0 {
		return el, nil
	}
	var head struct {
		ID   string `json:"id"`
		Line int64  `json:"line"`
	}
	if err := json.Unmarshal(el, &head); err != nil {
		return nil, fmt.Errorf("a batch's cucumber element: %w", err)
	}
	n, ok := rows[head.Line]
	semi := strings.LastIndexByte(head.ID, ';')
	if !ok || semi < 0 {
		return el, nil
	}
	id := head.ID[:semi+1] + strconv.Itoa(n)
	if id == head.ID {
		return el, nil
	}
	was, _ := json.Marshal(head.ID)
	now, _ := json.Marshal(id)
	return bytes.Replace(el, append([]byte(`"id": `), was...), append([]byte(`"id": `), now...), 1), nil
}

// finish writes the features in godog's order, each its header and its
// elements out of the spool, laid out as json.MarshalIndent lays them.
func (m *cucumberMerger) finish(time.Duration) error {
	order := godogOrder(m.sel, m.sel.selectedFeatures())
	bw := bufio.NewWriterSize(m.w, 64<<10)
	if len(order) == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	bw.WriteString("[\n    ")
	for k, f := range order {
		if m.headers[f] == nil {
			return fmt.Errorf("no batch reported the feature %s", m.sel.contents[f].Name)
		}
		if k > 0 {
			bw.WriteString(",\n    ")
		}
		bw.Write(m.headers[f])
		bw.WriteString(cucumberElementsKey + "\n            ")
		for j, s := range m.elements[f] {
			if j > 0 {
				bw.WriteString(cucumberElementSep)
			}
			if _, err := io.Copy(bw, io.NewSectionReader(m.spool, s.off, s.n)); err != nil {
				return fmt.Errorf("the cucumber report's spool: %w", err)
			}
		}
		bw.WriteString("\n        ]\n    }")
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}
