package hookfile

import (
	"fmt"
	"strings"
)

// ruleFormat is the rule id of problems with the file's own shape (YAML
// syntax, unknown or misplaced keys), which no Marketo rule covers.
const ruleFormat = "format"

// MaxFileSize is the largest webhook or lead file read; a larger one (or an
// endless one, /dev/zero) is an error naming the file and the cap.
const MaxFileSize = 1 << 20

// MaxErrors is how many problems of one file are listed; the rest are
// counted in a last "and N more problems" line.
const MaxErrors = 20

// Error is one problem of a definition or lead file.
type Error struct {
	File   string
	Line   int    // 1-based; 0 when unknown
	Column int    // 1-based; 0 when unknown
	Key    string // the key path, e.g. "headers.X-Api-Key" or "mappings[2].attribute"
	Rule   string // the spec id, e.g. "A2", or "format" for the file's own shape
	Msg    string
}

// Error reads "file:line:column: key: message (rule)".
func (e Error) Error() string {
	pos := e.File
	if e.Line > 0 {
		pos = fmt.Sprintf("%s:%d", pos, e.Line)
		if e.Column > 0 {
			pos = fmt.Sprintf("%s:%d", pos, e.Column)
		}
	}
	if e.Key != "" {
		return fmt.Sprintf("%s: %s: %s (%s)", pos, e.Key, e.Msg, e.Rule)
	}
	return fmt.Sprintf("%s: %s (%s)", pos, e.Msg, e.Rule)
}

// Errors is every problem of one file, in file order; as an error it prints
// one per line.
type Errors []Error

// Error prints one problem per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
