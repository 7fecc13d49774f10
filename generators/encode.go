package generators

import (
	"bytes"
	"encoding/xml"
	"unicode/utf8"
)

// The generators write bodies of up to 60 KB (a Text Area value at its
// limit, A22) in every check; encoding/json's indenting and encoding/xml's
// escaping go byte by byte through a scanner. These write the same bytes,
// skipping over what needs no work.

// indentJSON appends compact, the valid output of a json.Encoder without
// indent, to dst as json.Indent with no prefix and an indent of two spaces
// writes it: a string is copied whole, and an empty object or array stays
// {} or [].
func indentJSON(dst *bytes.Buffer, compact []byte) {
	depth, open := 0, false // open: a '{' or '[' whose newline waits for a first member
	for i := 0; i < len(compact); i++ {
		c := compact[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			jsonNewline(dst, depth)
		}
		switch c {
		case '"':
			end := jsonStringEnd(compact, i)
			dst.Write(compact[i:end])
			i = end - 1
		case '{', '[':
			open = true
			dst.WriteByte(c)
		case ',':
			dst.WriteByte(c)
			jsonNewline(dst, depth)
		case ':':
			dst.WriteString(": ")
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				jsonNewline(dst, depth)
			}
			dst.WriteByte(c)
		default:
			dst.WriteByte(c)
		}
	}
}

// jsonStringEnd returns the index just past the string that starts at
// src[start], a '"'.
func jsonStringEnd(src []byte, start int) int {
	i := start + 1
	for i < len(src) {
		k := bytes.IndexAny(src[i:], `"\`)
		if k < 0 {
			return len(src)
		}
		i += k
		if src[i] == '"' {
			return i + 1
		}
		i += 2 // an escape: the backslash and the byte it escapes
	}
	return len(src)
}

func jsonNewline(dst *bytes.Buffer, depth int) {
	dst.WriteByte('\n')
	for range depth {
		dst.WriteString("  ")
	}
}

// escapeXMLText writes s to b as xml.EscapeText does. Text with nothing
// to escape (no `"&'<>`, no control character, valid UTF-8 of characters
// XML allows) is written as it is; anything else goes through
// xml.EscapeText.
func escapeXMLText(b *bytes.Buffer, s string) {
	if plainXMLText(s) {
		b.WriteString(s)
		return
	}
	_ = xml.EscapeText(b, []byte(s)) // a bytes.Buffer does not fail
}

// plainXMLText reports whether xml.EscapeText writes s unchanged.
func plainXMLText(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '&' || c == '\'' || c == '<' || c == '>' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == 0xFFFE || r == 0xFFFF {
			return false
		}
		i += size
	}
	return true
}
