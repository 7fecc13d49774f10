package steps

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/internal/spelling"
	"github.com/hookcert/hookcert/marketo"
)

// A step text is written with placeholders; this file is the one place that
// turns a placeholder into a regular expression and its capture into a Go value.
//
//	{string}   a double-quoted text; \" and \\ inside it stand for " and \ ("" is empty)
//	{escaped}  a double-quoted text with Go's escapes: \a \b \t \n \v \f \r
//	           \xNN \uNNNN \" \\ (for control characters a feature cannot show)
//	{int}      a whole number, possibly negative
//	{word}     a bare word: letters, digits, '_', '-', '.'
//	{rule}     a rule id of the register (docs/rules.md), such as R18 or A23
//	{encoding} none | json | form, or the admin labels None | JSON | Form/Url (R8)
//	{restype}  json | xml, or the admin labels JSON | XML | None (R9)
//	{campaign} trigger | batch (R1, R2)
//
// Every other character of a step text is literal. Patterns are anchored
// (^...$) so that one step never matches a longer one.

// placeholder describes one kind of parameter.
type placeholder struct {
	name  string
	re    string
	about string
	// convert turns the captured text into the value a step receives.
	convert func(s string) (any, error)
}

func placeholders() []placeholder {
	enum := func(what string, vals ...string) func(string) (any, error) {
		return func(s string) (any, error) {
			for _, v := range vals {
				if strings.EqualFold(s, v) {
					return v, nil
				}
			}
			return nil, fmt.Errorf("%s %q: use one of %s%s", what, s, strings.Join(vals, ", "), spelling.Hint(s, vals))
		}
	}
	return []placeholder{
		{"string", `"((?:[^"\\]|\\.)*)"`, "a double-quoted text; write `\\\"` for a quote and `\\\\` for a backslash",
			func(s string) (any, error) { return unquote(s), nil }},
		{"escaped", `"((?:[^"\\]|\\.)*)"`, "a double-quoted text with Go's escapes: `\\a \\b \\t \\n \\v \\f \\r \\xNN \\uNNNN \\\" \\\\`, for control characters a feature file cannot show",
			func(s string) (any, error) {
				v, err := strconv.Unquote(`"` + s + `"`)
				if err != nil {
					return nil, fmt.Errorf("the escaped text \"%s\": %w (escapes: \\a \\b \\t \\n \\v \\f \\r \\xNN \\uNNNN \\\" \\\\)", s, err)
				}
				return v, nil
			}},
		{"int", `(-?\d+)`, "a whole number",
			func(s string) (any, error) {
				n, err := strconv.Atoi(s)
				if err != nil {
					return nil, fmt.Errorf("%q is not a whole number: %w", s, err)
				}
				return n, nil
			}},
		{"word", `([A-Za-z0-9_.-]+)`, "a bare word",
			func(s string) (any, error) { return s, nil }},
		{"rule", `([RrAa]\d+)`, "a rule id such as R18 or A15",
			func(s string) (any, error) { return strings.ToUpper(s), nil }},
		{"encoding", `([A-Za-z/-]+)`, "none, json or form, or the admin screen's None, JSON, Form/Url (R8)",
			func(s string) (any, error) { e, err := marketo.ParseEncoding(s); return string(e), err }},
		{"restype", `([A-Za-z]+)`, "json or xml, or the admin screen's JSON, XML, None (R9)",
			func(s string) (any, error) { t, err := marketo.ParseResponseType(s); return string(t), err }},
		{"campaign", `([A-Za-z]+)`, "trigger or batch (R1, R2)", enum("campaign kind", "trigger", "batch")},
	}
}

// unquote undoes the two escapes of a {string}: \" and \\. Any other
// backslash stays as written, so "a\nb" is the four characters a \ n b.
func unquote(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
			b.WriteByte(s[i+1])
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

var placeholderRe = regexp.MustCompile(`\{([a-z]+)\}`)

// compiled is a step text turned into its pattern and its parameter kinds.
type compiled struct {
	re    *regexp.Regexp
	kinds []placeholder
}

// compileText turns a step text with placeholders into an anchored pattern.
// It panics on an unknown placeholder: the step table is code, and a typo
// there is a programmer error.
func compileText(text string, kinds map[string]placeholder) compiled {
	var b strings.Builder
	var ks []placeholder
	b.WriteByte('^')
	last := 0
	for _, m := range placeholderRe.FindAllStringSubmatchIndex(text, -1) {
		b.WriteString(regexp.QuoteMeta(text[last:m[0]]))
		name := text[m[2]:m[3]]
		k, ok := kinds[name]
		if !ok {
			panic(fmt.Sprintf("steps: unknown placeholder {%s} in %q", name, text))
		}
		b.WriteString(k.re)
		ks = append(ks, k)
		last = m[1]
	}
	b.WriteString(regexp.QuoteMeta(text[last:]))
	b.WriteByte('$')
	return compiled{re: regexp.MustCompile(b.String()), kinds: ks}
}

// args are a step's converted parameters, in order, plus its docstring or
// table.
type args struct {
	vals  []any
	doc   *godog.DocString
	table *godog.Table
}

func (a *args) str(i int) string { return a.vals[i].(string) }
func (a *args) num(i int) int    { return a.vals[i].(int) }

// convertArgs converts the captures of c; the error names the parameter.
func (c compiled) convertArgs(raw []string) (*args, error) {
	a := &args{vals: make([]any, len(raw))}
	for i, s := range raw {
		v, err := c.kinds[i].convert(s)
		if err != nil {
			return nil, fmt.Errorf("parameter %d ({%s}): %w", i+1, c.kinds[i].name, err)
		}
		a.vals[i] = v
	}
	return a, nil
}

// tableRows reads a table with the given header (compared case-insensitively,
// any of the alternatives per column) and returns its body rows.
func tableRows(t *godog.Table, header ...[]string) ([][]string, error) {
	if t == nil || len(t.Rows) == 0 {
		return nil, fmt.Errorf("the step needs a table with the header row | %s |", headerText(header))
	}
	first := t.Rows[0].Cells
	if len(first) != len(header) {
		return nil, fmt.Errorf("the table needs %d columns, header row | %s |; got %d", len(header), headerText(header), len(first))
	}
	for i, c := range first {
		if !oneOf(c.Value, header[i]) {
			return nil, fmt.Errorf("column %d of the header row is %q; want | %s |", i+1, c.Value, headerText(header))
		}
	}
	rows := make([][]string, 0, len(t.Rows)-1)
	for _, r := range t.Rows[1:] {
		row := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			row[i] = c.Value
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func oneOf(s string, alts []string) bool {
	for _, a := range alts {
		if strings.EqualFold(strings.TrimSpace(s), a) {
			return true
		}
	}
	return false
}

func headerText(header [][]string) string {
	parts := make([]string, len(header))
	for i, h := range header {
		parts[i] = h[0]
	}
	return strings.Join(parts, " | ")
}
