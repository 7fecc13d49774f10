package marketo

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// unescapeTemplate applies the editor's pre-parse of the payload template
// (A3): the eight escapes \b \t \n \f \r \\ \" \' become the characters they
// name; any other backslash sequence is a Problem naming its byte position.
//
// Every illegal sequence is reported, each as a Problem with Field "template"
// and Rule "A3", whose message gives the sequence, its byte offset and its
// line:column (1-based, the column counted in characters). The error is of
// type Problems.
func unescapeTemplate(tmpl string) (string, error) {
	if strings.IndexByte(tmpl, '\\') < 0 {
		return tmpl, nil
	}
	var b strings.Builder
	b.Grow(len(tmpl))
	var probs Problems
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 == len(tmpl) {
			probs = append(probs, escapeProblem(tmpl, i, `\`, "a lone backslash ends the template"))
			break
		}
		if r, ok := unescapeByte(tmpl[i+1]); ok {
			b.WriteByte(r)
			i++
			continue
		}
		// Name the whole character after the backslash, not just its first byte.
		_, size := utf8.DecodeRuneInString(tmpl[i+1:])
		seq := tmpl[i : i+1+size]
		probs = append(probs, escapeProblem(tmpl, i, seq,
			`only \b \t \n \f \r \\ \" \' are allowed`))
		b.WriteString(seq)
		i += size
	}
	if len(probs) > 0 {
		return "", probs
	}
	return b.String(), nil
}

// unescapeByte maps the character after a backslash to the one the escape names.
func unescapeByte(c byte) (byte, bool) {
	switch c {
	case 'b':
		return '\b', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'f':
		return '\f', true
	case 'r':
		return '\r', true
	case '\\', '"', '\'':
		return c, true
	}
	return 0, false
}

func escapeProblem(tmpl string, at int, seq, why string) Problem {
	line, col := lineColumn(tmpl, at)
	return Problem{
		Field: "template",
		Rule:  "A3",
		Message: fmt.Sprintf("illegal escape %s at byte %d (line %d, column %d): %s",
			quoteSeq(seq), at, line, col, why),
	}
}

// quoteSeq shows seq as typed when it is printable (`\s`), else Go-quoted.
func quoteSeq(seq string) string {
	if strconv.CanBackquote(seq) {
		return "`" + seq + "`"
	}
	return strconv.Quote(seq)
}

// lineColumn gives the 1-based line and character column of byte offset at.
func lineColumn(s string, at int) (line, col int) {
	before := s[:at]
	line = strings.Count(before, "\n") + 1
	lineStart := strings.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCountInString(before[lineStart:]) + 1
}
