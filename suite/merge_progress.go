package suite

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// progressRow is the steps godog's progress formatter prints on a line
// before it breaks it with the count so far.
const progressRow = 70

// progressKinds are the counts of a progress summary line, in godog's
// order for the steps line.
var progressKinds = []string{"passed", "failed", "pending", "ambiguous", "undefined", "skipped"}

// progressCounts finds the summary lines of a progress report: scenarios,
// steps and the elapsed time, after the blank lines that end the failed
// steps.
var progressCounts = regexp.MustCompile(`\n\n(No scenarios|\d+ scenarios \([^\n]*\))\n(No steps|\d+ steps \([^\n]*\))\n[^\n]*\n`)

// progressCount is one "N kind" of a summary line.
var progressCount = regexp.MustCompile(`(\d+) (passed|failed|pending|ambiguous|undefined|skipped)`)

// progressFailedHead starts the failed steps of a progress summary.
const progressFailedHead = "\n\n--- Failed steps:\n\n"

// progressMerger merges the progress reports of a run's batches: it writes
// the step characters as they come, rewrapped every progressRow steps with
// the count of the whole run, and, when the run ends, the failed steps of
// every batch in order and one summary with the counts summed.
type progressMerger struct {
	w     io.Writer
	steps int // step characters written
	out   []byte

	// the batch being read
	lineStart bool // the last byte read ended a line (or none was read)
	inSummary bool
	summary   bytes.Buffer

	failed    []string // each batch's failed steps, as godog joins them
	scenarios tally
	stepsLine tally
	tail      string // what follows the elapsed time: the seed
	snippets  bool   // a batch printed Go snippets (the cutter drops them)
}

// tally is a summary line's counts.
type tally struct {
	total int
	n     map[string]int
	has   map[string]bool
}

func (m *progressMerger) godogFormat() string { return "progress" }
func (m *progressMerger) release()            {}

func (m *progressMerger) start(batchRun) io.Writer {
	m.lineStart, m.inSummary = true, false
	m.summary.Reset()
	return m
}

// Write takes a part of a batch's report: step characters pass, godog's
// line breaks and counts are dropped, and the summary, which starts with
// an empty line, is kept for end.
func (m *progressMerger) Write(p []byte) (int, error) {
	if m.inSummary {
		return m.summary.Write(p)
	}
	out := m.out[:0]
	for i, c := range p {
		switch {
		case strings.IndexByte(".-FUAP", c) >= 0:
			out = m.step(out, c)
		case c == '\n' && m.lineStart:
			m.inSummary = true
			m.summary.Write(p[i:])
		}
		if m.inSummary {
			break
		}
		m.lineStart = c == '\n'
	}
	m.out = out
	if len(out) > 0 {
		if _, err := m.w.Write(out); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// step appends a step character to out, and a line break with the count
// after every progressRow steps.
func (m *progressMerger) step(out []byte, c byte) []byte {
	out = append(out, c)
	m.steps++
	if m.steps%progressRow == 0 {
		out = fmt.Appendf(out, " %d\n", m.steps)
	}
	return out
}

// end reads the batch's summary: its failed steps, counts and tail.
func (m *progressMerger) end() error {
	text := m.summary.String()
	if i := strings.Index(text, string(snippetMark)); i >= 0 {
		text, m.snippets = text[:i], true
	}
	all := progressCounts.FindAllStringSubmatchIndex(text, -1)
	if len(all) == 0 {
		return fmt.Errorf("a batch's progress report has no summary: %q", text)
	}
	at := all[len(all)-1]
	if failed := text[:at[0]]; failed != "" {
		body, ok := strings.CutPrefix(failed, progressFailedHead)
		if !ok {
			return fmt.Errorf("a batch's progress summary does not start with its failed steps: %q", failed)
		}
		m.failed = append(m.failed, body)
	}
	m.scenarios.add(text[at[2]:at[3]])
	m.stepsLine.add(text[at[4]:at[5]])
	m.tail = text[at[1]:]
	return nil
}

// add adds the counts of a summary line ("3 steps (2 passed, 1 failed)",
// "No steps").
func (t *tally) add(line string) {
	if t.n == nil {
		t.n, t.has = map[string]int{}, map[string]bool{}
	}
	total, rest, ok := strings.Cut(line, " (")
	if !ok {
		return // "No scenarios"
	}
	n, _ := strconv.Atoi(strings.Fields(total)[0])
	t.total += n
	for _, c := range progressCount.FindAllStringSubmatch(rest, -1) {
		k, _ := strconv.Atoi(c[1])
		t.n[c[2]] += k
		t.has[c[2]] = true
	}
}

// line is the summary line of the counts: "N what (...)", or "No what".
func (t tally) line(what string, order []string) string {
	if t.total == 0 {
		return "No " + what
	}
	var parts []string
	for _, k := range order {
		if t.has[k] {
			parts = append(parts, fmt.Sprintf("%d %s", t.n[k], k))
		}
	}
	return fmt.Sprintf("%d %s (%s)", t.total, what, strings.Join(parts, ", "))
}

// finish ends the step lines as godog does, then writes the failed steps
// and the summary of the whole run.
func (m *progressMerger) finish(elapsed time.Duration) error {
	var b strings.Builder
	if left := m.steps % progressRow; left != 0 {
		if m.steps > progressRow {
			b.WriteString(strings.Repeat(" ", progressRow-left))
		}
		fmt.Fprintf(&b, " %d\n", m.steps)
	}
	if len(m.failed) > 0 {
		b.WriteString(progressFailedHead + strings.Join(m.failed, "\n"))
	}
	b.WriteString("\n\n")
	// the scenarios line lists passed first, then the rest as the steps
	b.WriteString(m.scenarios.line("scenarios", []string{"passed", "failed", "pending", "ambiguous", "undefined"}) + "\n")
	b.WriteString(m.stepsLine.line("steps", progressKinds) + "\n")
	b.WriteString(elapsed.String() + "\n")
	b.WriteString(m.tail)
	if m.snippets {
		b.Write(snippetMark)
		b.WriteString("\n")
	}
	_, err := io.WriteString(m.w, b.String())
	return err
}
