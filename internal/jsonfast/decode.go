// Package jsonfast is the oracle's fast JSON: a one-pass decoder into the
// tree encoding/json's Decoder builds with UseNumber, and a quoter that writes
// what encoding/json's Encoder writes without HTML escaping. Both stand in for
// encoding/json on marketo's hot path (see marketo's Call benchmark), and the
// differential tests here hold them to encoding/json byte for byte. The
// package knows no Marketo rules: marketo wraps its errors with the rule they
// break.
package jsonfast

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Parse decodes body, one JSON value between optional white space; text is
// the same bytes as a string, which the tree's keys share rather than copying
// (the caller holds it anyway). Numbers are json.Number. A body Decode does
// not take goes through encoding/json, so that every error reads as
// encoding/json words it; a second value after the first is an error.
func Parse(body []byte, text string) (any, error) {
	if v, ok := Decode(text); ok {
		return v, nil
	}
	return DecodeStd(body)
}

// DecodeStd decodes body with encoding/json's Decoder and UseNumber, and
// refuses data after the value: the reference Decode is held to.
func DecodeStd(body []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	off := dec.InputOffset()
	if rest := bytes.TrimLeft(body[off:], " \t\r\n"); len(rest) > 0 {
		return nil, fmt.Errorf("data after the value at byte %d", len(body)-len(rest))
	}
	return v, nil
}

// maxJSONDepth bounds the nesting Decode follows; encoding/json refuses
// documents nested deeper than 10000.
const maxJSONDepth = 10000

// Decode decodes data, one JSON value between optional white space, into
// the tree encoding/json's Decoder builds with UseNumber, in one pass and
// with fewer allocations (the Decoder scans every value twice). Keys share
// data's memory, as the tree is only read through them; values are copies,
// so that a value written into a lead does not hold the whole answer. It reports
// false for anything that is not such a document, and Parse then
// asks encoding/json for the error: Decode must never accept what
// encoding/json refuses, and the differential tests in decode_test.go hold
// it to that and to the same tree.
func Decode(data string) (any, bool) {
	return decodeWanted(data, &Want{Whole: true})
}

// decodeWanted is Decode for the part of the document want names.
func decodeWanted(data string, want *Want) (any, bool) {
	d := jsonDecoder{data: data}
	v, ok := d.value(0, want)
	if !ok {
		return nil, false
	}
	d.skipSpace()
	return v, d.pos == len(data)
}

// jsonDecoder reads a JSON text from data at pos.
type jsonDecoder struct {
	data string
	pos  int
}

// skipSpace skips JSON white space, which is narrower than Unicode's.
func (d *jsonDecoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\r', '\n':
			d.pos++
		default:
			return
		}
	}
}

// value reads the value after optional white space; depth is the number of
// arrays and objects around it.
// A nil want skips the value: it is checked as strictly but nothing is built.
func (d *jsonDecoder) value(depth int, want *Want) (any, bool) {
	d.skipSpace()
	if d.pos == len(d.data) {
		return nil, false
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object(depth+1, want)
	case c == '[':
		return d.array(depth+1, want)
	case c == '"':
		s, ok := d.string()
		if !ok || want == nil {
			return nil, ok
		}
		return strings.Clone(s), true
	case c == '-' || '0' <= c && c <= '9':
		return d.number(want != nil)
	case c == 't':
		return true, d.literal("true")
	case c == 'f':
		return false, d.literal("false")
	case c == 'n':
		return nil, d.literal("null")
	}
	return nil, false
}

func (d *jsonDecoder) literal(lit string) bool {
	if !strings.HasPrefix(d.data[d.pos:], lit) {
		return false
	}
	d.pos += len(lit)
	return true
}

// object reads an object; like encoding/json, a repeated key keeps its last value.
// Under a partial want only the keys it names are kept.
func (d *jsonDecoder) object(depth int, want *Want) (any, bool) {
	if depth > maxJSONDepth {
		return nil, false
	}
	d.pos++ // '{'
	var m map[string]any
	if want != nil {
		m = make(map[string]any)
	}
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		return nilIfSkipped(m, want), true
	}
	for {
		d.skipSpace()
		if d.pos == len(d.data) || d.data[d.pos] != '"' {
			return nil, false
		}
		key, ok := d.string()
		if !ok {
			return nil, false
		}
		d.skipSpace()
		if d.pos == len(d.data) || d.data[d.pos] != ':' {
			return nil, false
		}
		d.pos++
		child := want.key(key)
		v, ok := d.value(depth, child)
		if !ok {
			return nil, false
		}
		if child != nil {
			m[key] = v
		}
		d.skipSpace()
		if d.pos == len(d.data) {
			return nil, false
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case '}':
			d.pos++
			return nilIfSkipped(m, want), true
		default:
			return nil, false
		}
	}
}

// array reads an array; an empty one is []any{}, not nil, as with encoding/json.
// Under a partial want it keeps every position, as Resolve checks an index
// against the length, but builds only the elements the want names.
func (d *jsonDecoder) array(depth int, want *Want) (any, bool) {
	if depth > maxJSONDepth {
		return nil, false
	}
	d.pos++ // '['
	var a []any
	if want != nil {
		a = make([]any, 0)
	}
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		return nilIfSkipped(a, want), true
	}
	for {
		v, ok := d.value(depth, want.index(len(a)))
		if !ok {
			return nil, false
		}
		if want != nil {
			a = append(a, v)
		}
		d.skipSpace()
		if d.pos == len(d.data) {
			return nil, false
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case ']':
			d.pos++
			return nilIfSkipped(a, want), true
		default:
			return nil, false
		}
	}
}

// number reads a number by JSON's grammar,
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, keeping its literal.
// With keep false the number is checked only.
func (d *jsonDecoder) number(keep bool) (any, bool) {
	data, start, i := d.data, d.pos, d.pos
	if data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case i < len(data) && '1' <= data[i] && data[i] <= '9':
		i = skipDigits(data, i)
	default:
		return nil, false
	}
	if i < len(data) && data[i] == '.' {
		if i++; i == len(data) || !isDigit(data[i]) {
			return nil, false
		}
		i = skipDigits(data, i)
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		if i++; i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i == len(data) || !isDigit(data[i]) {
			return nil, false
		}
		i = skipDigits(data, i)
	}
	d.pos = i
	if !keep {
		return nil, true
	}
	return json.Number(strings.Clone(data[start:i])), true
}

func skipDigits(data string, i int) int {
	for i < len(data) && isDigit(data[i]) {
		i++
	}
	return i
}

// string reads a string literal as encoding/json unquotes it: each byte of
// invalid UTF-8, and each \u escape of a lone surrogate, becomes U+FFFD.
// Without escapes or invalid UTF-8, the result is a slice of data.
func (d *jsonDecoder) string() (string, bool) {
	data := d.data
	start := d.pos + 1 // after '"'
	// Fast path: no escapes and valid UTF-8, so the bytes are the string.
	for i := start; i < len(data); {
		i = skipPlain(data, i)
		if i == len(data) {
			break
		}
		c := data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return data[start:i], true
		case c == '\\' || c < ' ':
			return d.unquote(start, i)
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(data[i:])
			if r == utf8.RuneError && size == 1 {
				return d.unquote(start, i)
			}
			i += size
		}
	}
	return "", false
}

// skipPlain returns the first index from i on of a byte the string scan
// must look at ('"', '\\', a control character or a byte beyond ASCII), or
// len(data); it tests eight bytes at a time, as most answer text is plain.
func skipPlain(data string, i int) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	for ; i+8 <= len(data); i += 8 {
		w := uint64(data[i]) | uint64(data[i+1])<<8 | uint64(data[i+2])<<16 | uint64(data[i+3])<<24 |
			uint64(data[i+4])<<32 | uint64(data[i+5])<<40 | uint64(data[i+6])<<48 | uint64(data[i+7])<<56
		quote, slash := w^(ones*'"'), w^(ones*'\\')
		// A byte of the mask has its high bit set where w's byte is below
		// 0x20, is '"' or '\\' (a zero after the XOR), or is 0x80 or more.
		mask := (w - ones*0x20) | (quote - ones) | (slash - ones) | w
		if mask&highs != 0 {
			break
		}
	}
	for ; i < len(data); i++ {
		if c := data[i]; c < ' ' || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			return i
		}
	}
	return i
}

// unquote finishes the string that opened at start, whose bytes before i need
// no change.
func (d *jsonDecoder) unquote(start, i int) (string, bool) {
	data := d.data
	b := append(make([]byte, 0, i-start+32), data[start:i]...)
	for i < len(data) {
		c := data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return string(b), true
		case c < ' ':
			return "", false
		case c == '\\':
			if i+1 == len(data) {
				return "", false
			}
			switch e := data[i+1]; e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := hex4(data[i+2:])
				if !ok {
					return "", false
				}
				i += 6
				if utf16.IsSurrogate(r) {
					// A valid pair is one character; anything else leaves
					// U+FFFD and the next escape is read on its own.
					if r2, ok := escapedRune(data[i:]); ok {
						if pair := utf16.DecodeRune(r, r2); pair != unicode.ReplacementChar {
							r = pair
							i += 6
						} else {
							r = unicode.ReplacementChar
						}
					} else {
						r = unicode.ReplacementChar
					}
				}
				b = utf8.AppendRune(b, r)
				continue
			default:
				return "", false
			}
			i += 2
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(data[i:])
			if r == utf8.RuneError && size == 1 {
				b = utf8.AppendRune(b, utf8.RuneError)
			} else {
				b = append(b, data[i:i+size]...)
			}
			i += size
		}
	}
	return "", false
}

// escapedRune reads a \uXXXX escape at the start of s.
func escapedRune(s string) (rune, bool) {
	if len(s) < 2 || s[0] != '\\' || s[1] != 'u' {
		return 0, false
	}
	return hex4(s[2:])
}

// hex4 reads the four hex digits of a \u escape at the start of s.
func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for i := range 4 {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
