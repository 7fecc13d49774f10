package marketo

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a definition or its rendering: where it is
// (Field, a path such as "headers[1].value"), which rule it breaks and why.
type Problem struct {
	// Field is the path of the offending part of the definition, e.g. "method",
	// "template", "headers[0].value", "mappings[2].attribute".
	Field string
	// Rule is the spec id the problem breaks, e.g. "A2".
	Rule string
	// Message says what is wrong, for people.
	Message string
}

// Error reads "field: message (rule)".
func (p Problem) Error() string {
	return fmt.Sprintf("%s: %s (%s)", p.Field, p.Message, p.Rule)
}

// Problems is a list of problems; as an error it reports them all.
type Problems []Problem

// Error joins every problem with "; ".
func (ps Problems) Error() string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Error()
	}
	return strings.Join(parts, "; ")
}

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}
