package marketo

import (
	"fmt"
	"strings"
)

// Knobs lists the on/off knobs of Options by field name, with the rule each
// switches. Timeout, MaxConcurrent and MaxBodyBytes take values and are not
// listed.
func Knobs() []Knob {
	return []Knob{
		{"NoDefaultContentType", "A4", func(o *Options) { o.NoDefaultContentType = true }},
		{"FollowRedirects", "A11", func(o *Options) { o.FollowRedirects = true }},
		{"WhitespaceIsEmpty", "A14", func(o *Options) { o.WhitespaceIsEmpty = true }},
		{"EmptyBodyAlways1001", "A15", func(o *Options) { o.EmptyBodyAlways1001 = true }},
		{"AcceptNumericStrings", "A21", func(o *Options) { o.AcceptNumericStrings = true }},
		{"TruncateLongValues", "A22", func(o *Options) { o.TruncateLongValues = true }},
	}
}

// Knob is one on/off knob of Options.
type Knob struct {
	Name string // the Options field name
	Rule string // the assumption it switches
	on   func(*Options)
}

// SetKnob switches on the knob called name (case-insensitive) in o. The
// error lists the knobs there are.
func SetKnob(o *Options, name string) error {
	var names []string
	for _, k := range Knobs() {
		if strings.EqualFold(k.Name, name) {
			k.on(o)
			return nil
		}
		names = append(names, k.Name)
	}
	return fmt.Errorf("unknown option %q; the knobs are %s", name, strings.Join(names, ", "))
}
