package generators

import (
	"encoding/json"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hookcert/hookcert/marketo"
)

// This file is the properties' own reading of the mapping rules: where a
// mapping's path leads in the tree the generator built, and what the value
// found there does to a field (R23-R26, A20-A23, A28, A29). It calls
// nothing of the model's (no ParsePath, Resolve or Convert), so that a bug
// there cannot hide in the expectation too. It covers what the generators
// produce and the default reading of the knobs (AcceptNumericStrings and
// TruncateLongValues off), not every value of every type.

// step is one step of a Response Attribute as the generators write it:
// a key, optionally with an index (R23).
type step struct {
	key     string
	index   int
	indexed bool
}

// splitAttribute splits an attribute written by [Mappings] into its steps:
// keys joined by '.', each optionally followed by "[n]". The generated keys
// hold neither dots nor brackets, so the split is the construction undone.
func splitAttribute(attr string) []step {
	parts := strings.Split(attr, ".")
	steps := make([]step, len(parts))
	for i, p := range parts {
		key, idx, ok := strings.Cut(p, "[")
		steps[i].key = key
		if ok {
			n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
			if err != nil {
				panic("generators: a generated attribute with a bad index: " + attr) // Mappings writes only [n]
			}
			steps[i].index, steps[i].indexed = n, true
		}
	}
	return steps
}

// walk follows path through a generated tree: keys match exactly (A23: keys
// are case-sensitive), an index only applies to an array (for XML, a repeated
// element: A29).
func walk(tree map[string]any, path []step) (any, bool) {
	var cur any = tree
	for _, st := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[st.key]; !ok {
			return nil, false
		}
		if st.indexed {
			arr, ok := cur.([]any)
			if !ok || st.index >= len(arr) {
				return nil, false
			}
			cur = arr[st.index]
		}
	}
	return cur, true
}

// into is what the rules make of a value found at a mapping's path in a
// field of type ft, under the default reading of the knobs: the field's
// value and true, or the rule that skips it and false.
//
//	A20       null, an object or an array: skipped
//	A21, R25  JSON numbers go into the numeric types and, as their literal
//	          text, into String and Text Area (A28); JSON strings into the
//	          textual types only; booleans into Boolean, String and Text Area
//	A21       XML text is a string that also converts to a number or a
//	          boolean when, trimmed of XML white space, it parses as one
//	R26, A22  a value of a suitable kind must fit the type: whole and within
//	          64 bits for Integer, a real date, an email address, ...
func into(v any, ft marketo.FieldType) (any, string, bool) {
	switch x := v.(type) {
	case nil, map[string]any, []any:
		return nil, "A20", false
	case bool:
		switch ft {
		case marketo.TypeBoolean:
			return x, "", true
		case marketo.TypeString, marketo.TypeText:
			return strconv.FormatBool(x), "", true
		}
		return nil, "R25", false
	case json.Number:
		return numberInto(string(x), ft)
	case marketo.XMLText:
		s := string(x)
		switch {
		case numeric(ft):
			t := strings.Trim(s, xmlSpace)
			if !decimalRe.MatchString(t) {
				return nil, "A21", false
			}
			return numberInto(t, ft)
		case ft == marketo.TypeBoolean:
			switch strings.ToLower(strings.Trim(s, xmlSpace)) {
			case "true", "1":
				return true, "", true
			case "false", "0":
				return false, "", true
			}
			return nil, "A21", false
		}
		return stringInto(s, ft)
	case string:
		return stringInto(x, ft)
	}
	return nil, "R25", false
}

// The length limits of R26, as the register states them: the properties'
// own statement, not the model's constants.
const (
	stringLimit = 255   // String: characters
	textLimit   = 30000 // Text Area: bytes
)

// success reports whether status is a 2xx, the only class whose answer may
// change the lead (R18).
func success(status int) bool { return status >= 200 && status <= 299 }

// xmlSpace is XML's white space (XML 1.0 production S), which XML Schema
// trims from a number or a boolean.
const xmlSpace = " \t\r\n"

// decimalRe is a plain decimal number, as JSON writes one.
var decimalRe = regexp.MustCompile(`^[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// numeric reports whether ft holds numbers.
func numeric(ft marketo.FieldType) bool {
	switch ft {
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent, marketo.TypeFloat, marketo.TypeCurrency:
		return true
	}
	return false
}

// numberInto places a number, given by its decimal literal, into ft.
func numberInto(lit string, ft marketo.FieldType) (any, string, bool) {
	switch ft {
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		r, ok := new(big.Rat).SetString(lit)
		if !ok || !r.IsInt() || !r.Num().IsInt64() {
			return nil, "R26", false
		}
		return r.Num().Int64(), "", true
	case marketo.TypeFloat, marketo.TypeCurrency:
		x, err := strconv.ParseFloat(lit, 64)
		if err != nil || math.IsInf(x, 0) {
			return nil, "R26", false
		}
		return x, "", true
	case marketo.TypeString, marketo.TypeText:
		return stringInto(lit, ft)
	}
	return nil, "R25", false
}

// stringInto places text into ft.
func stringInto(s string, ft marketo.FieldType) (any, string, bool) {
	switch ft {
	case marketo.TypeString:
		if utf8.RuneCountInString(s) > stringLimit { // characters (R26)
			return nil, "A22", false
		}
		return s, "", true
	case marketo.TypeText:
		if len(s) > textLimit { // bytes (R26)
			return nil, "A22", false
		}
		return s, "", true
	case marketo.TypePhone:
		return s, "", true
	case marketo.TypeDate:
		if _, err := time.Parse(time.DateOnly, s); err != nil || len(s) != len(time.DateOnly) {
			return nil, "R26", false
		}
		return s, "", true
	case marketo.TypeDatetime:
		if canon, ok := datetimes()[s]; ok {
			return canon, "", true
		}
		return nil, "R26", false
	case marketo.TypeEmail:
		if emails()[s] {
			return s, "", true
		}
		return nil, "R26", false
	case marketo.TypeURL:
		if urls()[s] {
			return s, "", true
		}
		return nil, "R26", false
	}
	return nil, "R25", false // numbers and booleans do not take strings (R25, A21)
}

// datetimes are the ISO-8601 datetimes the generators plant, each with the
// canonical value a Datetime field holds: RFC 3339 with seconds, the
// fraction kept without trailing zeros, the offset kept as written and a
// zero offset written Z (R26; the model's Lead doc). Any other text is not
// a datetime the field takes.
func datetimes() map[string]string {
	return map[string]string{
		"2024-01-31T10:00:00Z":          "2024-01-31T10:00:00Z",
		"2024-01-31T10:00:00+02:00":     "2024-01-31T10:00:00+02:00",
		"2024-01-31T10:00:00+0200":      "2024-01-31T10:00:00+02:00",
		"2024-01-31T10:00:00+00:00":     "2024-01-31T10:00:00Z",
		"2024-01-31T10:00Z":             "2024-01-31T10:00:00Z",
		"2024-01-31T10:00:00.500-07:00": "2024-01-31T10:00:00.5-07:00",
	}
}

// emails are the planted texts that are email addresses (R26).
func emails() map[string]bool {
	return map[string]bool{"ann@example.com": true, "o.brien+tag@example.co.uk": true}
}

// urls are the planted texts that are absolute URLs with a scheme (R26).
func urls() map[string]bool {
	return map[string]bool{"https://acme.example/x?y=1": true, "https://acme.example": true}
}
