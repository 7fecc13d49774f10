// Package nocolor removes ANSI escape sequences (colors, cursor moves) from
// a stream: what godog's colors.Uncolored does, without its one write call
// per character.
package nocolor

import "io"

// Writer strips ANSI CSI sequences (ESC '[' parameters final-letter) and
// lone two-byte escapes from what is written to it, keeping state across
// writes so a sequence split between two writes is still removed.
type Writer struct {
	w     io.Writer
	state int // 0 text, 1 after ESC, 2 inside ESC [
	buf   []byte
}

// New returns a Writer that writes the text of what it gets to w.
func New(w io.Writer) *Writer { return &Writer{w: w} }

const esc = 0x1b

// Write removes escape sequences from p and writes the rest to the
// underlying writer in one call. It returns len(p) on success.
func (s *Writer) Write(p []byte) (int, error) {
	out := s.buf[:0]
	for _, c := range p {
		switch s.state {
		case 0:
			if c == esc {
				s.state = 1
				continue
			}
			out = append(out, c)
		case 1:
			s.state = 0
			if c == '[' {
				s.state = 2
			}
		case 2:
			if c >= 0x40 && c <= 0x7e { // the final byte of a CSI sequence
				s.state = 0
			}
		}
	}
	s.buf = out
	if len(out) == 0 {
		return len(p), nil
	}
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
