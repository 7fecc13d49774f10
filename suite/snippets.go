package suite

import (
	"bytes"
	"io"
)

// snippetMark starts godog's Go snippets for undefined steps, which its
// pretty and progress formatters print last in their summary. A spec
// writer is not to write Go: the run's own message names the closest
// catalog steps instead (undefinedSteps). The mark is matched at the start
// of a line, so the events formatter's JSON, which carries the same text
// inside a string, is left alone.
var snippetMark = []byte("\nYou can implement step definitions for undefined steps with these snippets:")

// snippetCutter passes what is written to it through to w until godog's
// snippets start, and drops them and everything after (they end the
// summary). It holds back the last bytes of each write that could begin
// the mark; Flush writes them when the run ends.
type snippetCutter struct {
	w    io.Writer
	held []byte
	cut  bool
}

func newSnippetCutter(w io.Writer) *snippetCutter { return &snippetCutter{w: w} }

// Write writes p less any snippets; it returns len(p) on success.
func (c *snippetCutter) Write(p []byte) (int, error) {
	if c.cut {
		return len(p), nil
	}
	buf := append(c.held, p...)
	if i := bytes.Index(buf, snippetMark); i >= 0 {
		c.cut, c.held = true, nil
		if _, err := c.w.Write(buf[:i+1]); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	keep := min(len(buf), len(snippetMark)-1)
	out := buf[:len(buf)-keep]
	c.held = append([]byte(nil), buf[len(buf)-keep:]...)
	if len(out) > 0 {
		if _, err := c.w.Write(out); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Flush writes the bytes held back.
func (c *snippetCutter) Flush() error {
	if len(c.held) == 0 {
		return nil
	}
	_, err := c.w.Write(c.held)
	c.held = nil
	return err
}
