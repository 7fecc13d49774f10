package marketo

import (
	"bytes"
	"unicode/utf8"
)

// segment reads character data from s.pos up to the byte stop ('<' for
// content, the quote for an attribute value) or the end, and returns it
// resolved as encoding/xml resolves it: entities and character references
// replaced, a raw "\r\n" or "\r" made "\n". In a CDATA section (cdata)
// stop, '&' and ']' are plain and the whole input is read. Text that needs no
// change is returned as a slice of the input, not copied. ok is false
// (decline) for a control character, invalid UTF-8, a character outside
// XML's Char range, an '&' that is not a plain entity, "]]>" in content, '<'
// in an attribute value.
func (s *xmlScan) segment(stop byte, cdata bool) (seg []byte, ok bool) {
	in := s.in
	i := s.pos
	end := len(in)
	if !cdata {
		switch k := bytes.IndexByte(in[i:], stop); {
		case k >= 0:
			end = i + k
		case stop != '<':
			return nil, false // an attribute value without its closing quote
		}
	}
	var out []byte // nil while the text is the input as it is
	run := i       // start of the raw text not yet in out
	for i < end {
		c := in[i]
		switch {
		case c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != ']', c == '\t', c == '\n':
			i++
		case c == ']' || (cdata && (c == '&' || c == '<')):
			if !cdata && stop == '<' && bytes.HasPrefix(in[i:], []byte("]]>")) {
				return nil, false
			}
			i++
		case c == '&':
			r, n := entity(in[i:end])
			if n == 0 {
				return nil, false
			}
			out = utf8.AppendRune(append(resolved(out, end-run), in[run:i]...), r)
			i += n
			run = i
		case c == '\r':
			out = append(append(resolved(out, end-run), in[run:i]...), '\n')
			i++
			if i < end && in[i] == '\n' {
				i++
			}
			run = i
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(in[i:end])
			if (r == utf8.RuneError && n == 1) || !isXMLChar(r) {
				return nil, false
			}
			i += n
		default: // another control character, or '<' in an attribute value
			return nil, false
		}
	}
	s.pos = end
	return finishText(in, run, end, out), true
}

// resolved is out, or, when nothing was resolved yet, an empty buffer that
// holds n bytes: resolving never makes text longer (a reference is longer
// than its character, "\r\n" becomes "\n"), so n, the raw text left, is
// enough for the rest.
func resolved(out []byte, n int) []byte {
	if out == nil {
		return make([]byte, 0, n)
	}
	return out
}

// finishText is the text read: the raw run in[run:end] after out, or only
// that run when nothing was resolved.
func finishText(in []byte, run, end int, out []byte) []byte {
	if out == nil {
		return in[run:end:end]
	}
	return append(out, in[run:end]...)
}

// entity reads the reference at the start of b ('&'): one of the five
// predefined entities or a character reference &#N; or &#xH; (lower-case x,
// as encoding/xml wants) naming a character in XML's Char range. n is the
// reference's length, 0 to decline.
func entity(b []byte) (r rune, n int) {
	for _, e := range [...]struct {
		ref string
		r   rune
	}{{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&apos;", '\''}, {"&quot;", '"'}} {
		if bytes.HasPrefix(b, []byte(e.ref)) {
			return e.r, len(e.ref)
		}
	}
	if len(b) < 3 || b[1] != '#' {
		return 0, 0
	}
	base, i := rune(10), 2
	if b[2] == 'x' {
		base, i = 16, 3
	}
	start := i
	for ; i < len(b) && i-start < 7; i++ {
		d := digitValue(b[i], base)
		if d < 0 {
			break
		}
		r = r*base + d
	}
	if i == start || i >= len(b) || b[i] != ';' || !isXMLChar(r) {
		return 0, 0
	}
	return r, i + 1
}

// digitValue is c's value as a digit in base (10 or 16), or -1.
func digitValue(c byte, base rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case base == 16 && 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case base == 16 && 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// isXMLChar reports whether r is in the Char production of XML 1.0 (as
// encoding/xml's isInCharacterRange).
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
