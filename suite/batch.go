package suite

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v34"

	"github.com/hookcert/hookcert/internal/nocolor"
)

// DefaultBatchSize is the most scenarios one godog run holds. godog keeps
// every scenario's pickle and step results of a run until it ends (its
// storage's radix trees), so `hookcert run` of a 10,000-row outline peaked
// at about 450 MB RSS (progress) and 840 MB (junit and cucumber files); a
// selection larger than this runs in batches of it, one godog run after
// the other, and only one batch's godog state is alive at a time. Measured
// on that outline (concurrency 4, mock face), peak RSS with progress was
// 61, 72, 91 and 134 MB for batches of 250, 500, 1,000 and 2,000, and 101
// and 147 MB with junit and cucumber for 500 and 1,000: 500 keeps both
// well under 150 MB, and costs little time (BenchmarkOutline1000Batched:
// about 1.06 times one run's wall time and 0.95 its CPU time on the
// 1,000-row outline; BenchmarkPeakRSS10000 prints the peak).
const DefaultBatchSize = 500

// batchSize is the batch size of cfg, the default for 0.
func (cfg Config) batchSize() int {
	if cfg.BatchSize == 0 {
		return DefaultBatchSize
	}
	return cfg.BatchSize
}

// batchable reports whether the reports of formats merge across batches:
// pretty and events do not (a run with them runs in one batch).
func batchable(formats []Format) bool {
	for _, f := range formats {
		if f.Name == "pretty" || f.Name == "events" {
			return false
		}
	}
	return true
}

// batchPart is the scenarios of one feature in a batch.
type batchPart struct {
	feature int    // index in selection.contents
	picks   []pick // in file order
}

// batch is the scenarios of one godog run of a batched run: consecutive
// scenarios of the selection, in file order, over one feature or more.
type batch []batchPart

// planBatches cuts the selection into batches of size scenarios, in file
// order (features in the order of the run, scenarios in the order of their
// feature); the last batch may be smaller.
func planBatches(sel selection, size int) []batch {
	var out []batch
	var cur batch
	n := 0
	for fi, picks := range sel.picks {
		for len(picks) > 0 {
			take := min(size-n, len(picks))
			cur = append(cur, batchPart{feature: fi, picks: picks[:take]})
			picks, n = picks[take:], n+take
			if n == size {
				out, cur, n = append(out, cur), nil, 0
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// features is the features of the batch, as indexes of selection.contents.
func (b batch) features() []int {
	out := make([]int, len(b))
	for i, p := range b {
		out[i] = p.feature
	}
	return out
}

// batchContents is godog's input for batch b: each feature of the batch
// as the run selected it, with every scenario and example row outside the
// batch blanked out too; line numbers and the comments the run kept stay,
// so that godog reports each scenario as one run would.
func (sel selection) batchContents(b batch) []godog.Feature {
	out := make([]godog.Feature, 0, len(b))
	for _, part := range b {
		f := sel.contents[part.feature]
		doc := sel.docs[f.Name]
		out = append(out, godog.Feature{Name: f.Name, Contents: indexFeature(doc.Feature).blank(f.Contents, part.picks, commentLines(doc))})
	}
	return out
}

// commentLines is the lines of doc's comments.
func commentLines(doc *messages.GherkinDocument) map[int64]bool {
	out := make(map[int64]bool, len(doc.Comments))
	for _, c := range doc.Comments {
		out[c.Location.Line] = true
	}
	return out
}

// runBatches runs the selection's batches one after the other and merges
// their reports (merger) into the report files and output; it returns the
// worst godog status of the batches and the merging's error.
func (r *runner) runBatches(sel selection, batches []batch, formats []Format, reports *reportFiles, output io.Writer) (int, error) {
	start := time.Now()
	out := &lockedWriter{w: output} // two reports to Output write one at a time
	ms := make([]merger, len(formats))
	for i, f := range formats {
		var sink io.Writer = out
		if p := reports.byFormat[i]; p != nil {
			sink = p.w
		}
		ms[i] = newMerger(f.Name, sink, sel)
		defer ms[i].release()
	}
	status := 0
	for _, b := range batches {
		st, err := r.runBatch(sel, b, ms)
		if err != nil {
			return st, err
		}
		status = max(status, st)
		if st > 1 { // godog refused the batch: the run cannot go on
			return status, nil
		}
	}
	var errs []error
	for i, m := range ms {
		if err := m.finish(time.Since(start)); err != nil {
			errs = append(errs, fmt.Errorf("format %s: %w", formats[i], err))
		}
	}
	return status, errors.Join(errs...)
}

// runBatch runs one batch, each report of it into its merger.
func (r *runner) runBatch(sel selection, b batch, ms []merger) (int, error) {
	caps := make([]*capture, 0, len(ms))
	var errs []error
	closeAll := func() {
		for _, c := range caps {
			errs = append(errs, c.close())
		}
	}
	var parts []string
	run := batchRun{batch: b, contents: sel.batchContents(b)}
	for _, m := range ms {
		c, err := openCapture(m, run)
		if err != nil {
			closeAll()
			return 0, errors.Join(append(errs, err)...)
		}
		caps = append(caps, c)
		parts = append(parts, fmt.Sprintf("%s:/dev/fd/%d", m.godogFormat(), c.w.Fd()))
	}
	status := r.run(run.contents, strings.Join(parts, ","), io.Discard)
	closeAll()
	return status, errors.Join(errs...)
}

// merger turns the reports of a run's batches into the report one run
// would have written (merge_*.go).
type merger interface {
	// godogFormat is the godog formatter whose report it merges.
	godogFormat() string
	// start begins a batch: its report, colors stripped, is written to
	// the writer returned, and end is called when it is whole.
	start(b batchRun) io.Writer
	end() error
	// finish writes the merged report; elapsed is the run's time.
	finish(elapsed time.Duration) error
	// release frees what the merger holds (a spool file); idempotent.
	release()
}

// newMerger returns the merger of the format name writing to w.
func newMerger(name string, w io.Writer, sel selection) merger {
	switch name {
	case "progress":
		return &progressMerger{w: w}
	case "junit":
		return newJUnitMerger(w, sel)
	default: // cucumber, html (made from cucumber); batchable rules out the rest
		return newCucumberMerger(w, sel)
	}
}

// capture carries one report of a batch from godog, which writes it to a
// pipe it opens by name (/dev/fd/N), to its merger.
type capture struct {
	w    *os.File
	done chan error
}

// batchRun is a batch and godog's input for it.
type batchRun struct {
	batch    batch
	contents []godog.Feature
}

// openCapture opens the pipe of one batch's report for m.
func openCapture(m merger, b batchRun) (*capture, error) {
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("a pipe for the %s report: %w", m.godogFormat(), err)
	}
	c := &capture{w: pw, done: make(chan error, 1)}
	go func() {
		_, err := io.Copy(nocolor.New(m.start(b)), pr)
		if err == nil {
			err = m.end()
		} else {
			io.Copy(io.Discard, pr) // godog must never block on a full pipe
		}
		pr.Close()
		c.done <- err
	}()
	return c, nil
}

// close ends the batch's report and returns its merging's error.
func (c *capture) close() error {
	c.w.Close()
	return <-c.done
}

// lockedWriter serializes writes to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
