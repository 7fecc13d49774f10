package secrets

import (
	"bytes"
	"io"
)

// maxLine bounds what Writer holds back waiting for the end of a line: a
// longer run without a newline is masked and written as it is.
const maxLine = 64 << 10

// Writer masks every line written through it with m before it reaches w.
// It holds back a line until its newline (a secret split between two
// writes is still masked whole), so Close must be called to write the
// last line. A nil m passes everything through.
type Writer struct {
	w   io.Writer
	m   *Masker
	buf []byte
	err error
}

// NewWriter returns a Writer masking with m into w.
func NewWriter(w io.Writer, m *Masker) *Writer { return &Writer{w: w, m: m} }

// Write masks the complete lines of p (and what was held back) and writes
// them; the rest waits for its newline.
func (mw *Writer) Write(p []byte) (int, error) {
	if mw.err != nil {
		return 0, mw.err
	}
	if mw.m == nil {
		return mw.w.Write(p)
	}
	mw.buf = append(mw.buf, p...)
	end := bytes.LastIndexByte(mw.buf, '\n') + 1
	if end == 0 && len(mw.buf) > maxLine {
		end = len(mw.buf)
	}
	if end > 0 {
		if _, err := io.WriteString(mw.w, mw.m.Text(string(mw.buf[:end]))); err != nil {
			mw.err = err
			return 0, err
		}
		mw.buf = append(mw.buf[:0], mw.buf[end:]...)
	}
	return len(p), nil
}

// Close writes what is held back. It does not close the underlying writer.
func (mw *Writer) Close() error {
	if mw.err != nil || len(mw.buf) == 0 {
		return mw.err
	}
	_, mw.err = io.WriteString(mw.w, mw.m.Text(string(mw.buf)))
	mw.buf = nil
	return mw.err
}
