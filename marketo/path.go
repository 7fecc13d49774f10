package marketo

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PathStep is one step of a response attribute path: a key, optionally
// followed by an integer index ("orders[0]" is Key "orders", Index 0, HasIndex).
type PathStep struct {
	Key      string
	Index    int
	HasIndex bool
}

// Path is a parsed response attribute path (R22-R24).
type Path []PathStep

// ParsePath parses a Response Attribute such as "orders[0].orderDate". It
// fails with a Problem-ready message and rule id (R22, R23, A23) for keys with
// characters outside letters, digits, '-', '_', ':' and white space, string
// subscripts, or a path that starts with an index.
//
// The error is a [Problem] whose Field is `attribute "<s>"` and whose Rule is
// the rule broken; a caller that knows where the attribute sits (e.g.
// "mappings[2].attribute") may replace Field. The path is split at every '.';
// space around the dots is kept as part of the keys (A23). A step takes at
// most one index: "a[0][1]" is rejected (R23), as are negative, empty and
// non-decimal indexes.
func ParsePath(s string) (Path, error) {
	return parsePath(make(Path, 0, pathSteps(s)), s)
}

// pathSteps is the number of steps of s as ParsePath splits it.
func pathSteps(s string) int { return strings.Count(s, ".") + 1 }

// parsePath is ParsePath appending the steps to p, which is empty; with room
// for pathSteps(s) steps, it allocates nothing.
func parsePath(p Path, s string) (Path, error) {
	fail := func(rule, format string, args ...any) (Path, error) {
		return nil, Problem{Field: fmt.Sprintf("attribute %q", s), Rule: rule, Message: fmt.Sprintf(format, args...)}
	}
	if s == "" {
		return fail("R22", "the path is empty")
	}
	if s[0] == '[' {
		return fail("A23", "a path that starts with an index does not resolve; name the key first")
	}
	for seg := range strings.SplitSeq(s, ".") {
		key, sub, hasSub := strings.Cut(seg, "[")
		if key == "" {
			return fail("R22", "key %d is empty", len(p)+1)
		}
		for _, r := range key {
			if !keyRune(r) {
				return fail("R22", "key %q has %q, only letters, digits, '-', '_', ':' and white space are allowed", key, r)
			}
		}
		step := PathStep{Key: key}
		if hasSub {
			inner, after, closed := strings.Cut(sub, "]")
			switch {
			case !closed:
				return fail("R23", "index of %q is not closed with ']'", key)
			case inner == "":
				return fail("R23", "index of %q is empty, an integer is needed", key)
			case !allDigits(inner):
				if strings.HasPrefix(inner, "-") && allDigits(inner[1:]) {
					return fail("R23", "index %s of %q is negative", inner, key)
				}
				return fail("R23", "index [%s] of %q is not an integer; string subscripts are not accepted", inner, key)
			case strings.HasPrefix(after, "["):
				return fail("R23", "%q has more than one index; one index per step is accepted", key)
			case after != "":
				return fail("R23", "%q is followed by %q after its index; a '.' is needed", key+"["+inner+"]", after)
			}
			n, err := strconv.Atoi(inner)
			if err != nil {
				return fail("R23", "index %s of %q is too large", inner, key)
			}
			step.Index, step.HasIndex = n, true
		}
		p = append(p, step)
	}
	return p, nil
}

// keyRune reports whether r may appear in an addressable key (R22).
func keyRune(r rune) bool {
	if r < utf8.RuneSelf { // ASCII: unicode's tables say the same of these
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
			r == '-' || r == '_' || r == ':' || r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == ':' || unicode.IsSpace(r)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// Resolve walks a parsed body (from ParseJSONBody or ParseXMLBody) along p.
// It reports false when the path does not resolve (A20, A23).
//
// Keys match exactly, case included (A23). A step with an index resolves only
// on an array: in XML, an element that occurs once is a single value, not an
// array, so "element[0]" does not resolve on it (Marketo's documentation only
// shows the repeated case, R24; this model does not guess). A step without an
// index on an array yields the array itself, which Convert then skips (A20).
// The empty path resolves nothing.
func Resolve(doc any, p Path) (any, bool) {
	if len(p) == 0 {
		return nil, false
	}
	cur := doc
	for _, s := range p {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[s.Key]; !ok {
			return nil, false
		}
		if s.HasIndex {
			arr, ok := cur.([]any)
			if !ok || s.Index < 0 || s.Index >= len(arr) {
				return nil, false
			}
			cur = arr[s.Index]
		}
	}
	return cur, true
}
