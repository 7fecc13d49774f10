package marketo

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/hookcert/hookcert/internal/spelling"
)

// KnobKind is the kind of value a knob of Options takes.
type KnobKind int

// The kinds of knobs.
const (
	KnobBool     KnobKind = iota // on or off: "on", "off" (also true/false, yes/no, 1/0)
	KnobInt                      // a whole number, zero or more; zero means the default
	KnobDuration                 // a duration such as "50ms", zero or more; zero means the default
)

// String is "on/off", "whole-number" or "duration".
func (k KnobKind) String() string {
	switch k {
	case KnobBool:
		return "on/off"
	case KnobInt:
		return "whole-number"
	case KnobDuration:
		return "duration"
	}
	return fmt.Sprintf("KnobKind(%d)", int(k))
}

// Knob is one field of Options, in the registry Knobs returns: its name,
// the rule it switches, the kind of value it takes and what it does. Get and
// Set read and write it as text.
type Knob struct {
	Name string   // the Options field name, e.g. "MaxBodyBytes"
	Rule string   // the rule it switches, e.g. "A12"
	Kind KnobKind // the kind of value it takes
	Doc  string   // what it does, in one sentence
	ptr  func(*Options) any
}

// Knobs returns every knob of Options, the numeric and duration ones first,
// then the on/off ones, in the order of the fields.
func Knobs() []Knob {
	return []Knob{
		{"Timeout", "R17", KnobDuration, "the longest wait for the answer; zero means 30s",
			func(o *Options) any { return &o.Timeout }},
		{"MaxConcurrent", "A1", KnobInt, "the calls one Caller has in flight at once; zero means 20",
			func(o *Options) any { return &o.MaxConcurrent }},
		{"MaxBodyBytes", "A12", KnobInt, "the largest response body read; zero means 1 MiB",
			func(o *Options) any { return &o.MaxBodyBytes }},
		{"NoDefaultContentType", "A4", KnobBool, "sends no Content-Type unless a custom header gives one",
			func(o *Options) any { return &o.NoDefaultContentType }},
		{"FollowRedirects", "A11", KnobBool, "follows 3xx answers",
			func(o *Options) any { return &o.FollowRedirects }},
		{"WhitespaceIsEmpty", "A14", KnobBool, "treats a body of only white space as empty (1001)",
			func(o *Options) any { return &o.WhitespaceIsEmpty }},
		{"EmptyBodyAlways1001", "A15", KnobBool, "records 1001 for an empty body whatever the status",
			func(o *Options) any { return &o.EmptyBodyAlways1001 }},
		{"AcceptNumericStrings", "A21", KnobBool, "writes a JSON string that parses as a number into numeric fields",
			func(o *Options) any { return &o.AcceptNumericStrings }},
		{"TruncateLongValues", "A22", KnobBool, "cuts an over-long value to the field's limit",
			func(o *Options) any { return &o.TruncateLongValues }},
	}
}

// LookupKnob finds a knob by name (case-insensitive). The error lists the
// knobs there are.
func LookupKnob(name string) (Knob, error) {
	var names []string
	for _, k := range Knobs() {
		if strings.EqualFold(k.Name, strings.TrimSpace(name)) {
			return k, nil
		}
		names = append(names, k.Name)
	}
	return Knob{}, fmt.Errorf("unknown option %q%s; the knobs are %s", name, spelling.Hint(name, names), strings.Join(names, ", "))
}

// SetKnob sets the knob called name (case-insensitive) in o to value, text
// of the knob's kind: "on" or "off" for an on/off knob, a whole number for
// MaxConcurrent and MaxBodyBytes, a duration ("50ms") for Timeout. The
// error names the knob, and lists the knobs for an unknown name.
func SetKnob(o *Options, name, value string) error {
	k, err := LookupKnob(name)
	if err != nil {
		return err
	}
	return k.Set(o, value)
}

// Set sets the knob in o to value, text of its kind (see SetKnob).
func (k Knob) Set(o *Options, value string) error {
	v := strings.TrimSpace(value)
	switch p := k.ptr(o).(type) {
	case *bool:
		switch strings.ToLower(v) {
		case "on", "true", "yes", "1":
			*p = true
		case "off", "false", "no", "0":
			*p = false
		default:
			return fmt.Errorf("option %s (%s): %q is not on or off", k.Name, k.Rule, value)
		}
	case *int:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("option %s (%s): %q is not a whole number of zero or more", k.Name, k.Rule, value)
		}
		*p = n
	case *int64:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return fmt.Errorf("option %s (%s): %q is not a whole number of zero or more", k.Name, k.Rule, value)
		}
		*p = n
	case *time.Duration:
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			return fmt.Errorf("option %s (%s): %q is not a duration of zero or more such as 50ms", k.Name, k.Rule, value)
		}
		*p = d
	}
	return nil
}

// Get returns the knob's value in o as text Set accepts: "on" or "off",
// a number, a duration.
func (k Knob) Get(o Options) string {
	switch p := k.ptr(&o).(type) {
	case *bool:
		if *p {
			return "on"
		}
		return "off"
	case *int:
		return strconv.Itoa(*p)
	case *int64:
		return strconv.FormatInt(*p, 10)
	case *time.Duration:
		return p.String()
	}
	return ""
}

// On reports whether the knob is set in o: an on/off knob on, a value knob
// not zero (not its default).
func (k Knob) On(o Options) bool {
	switch p := k.ptr(&o).(type) {
	case *bool:
		return *p
	case *int:
		return *p != 0
	case *int64:
		return *p != 0
	case *time.Duration:
		return *p != 0
	}
	return false
}

// SwitchOn switches on the on/off knob called name (case-insensitive), as
// `--option NAME` and `Given the option "NAME" is on` do. The error lists
// the on/off knobs for any other name.
func SwitchOn(o *Options, name string) error {
	return setKind(o, name, "on", KnobBool)
}

// setKind is SetKnob for the knobs of one kind only.
func setKind(o *Options, name, value string, kind KnobKind) error {
	var names []string
	for _, k := range Knobs() {
		if k.Kind != kind {
			continue
		}
		if strings.EqualFold(k.Name, strings.TrimSpace(name)) {
			return k.Set(o, value)
		}
		names = append(names, k.Name)
	}
	return fmt.Errorf("unknown option %q%s; the %s options are %s", name, knobHint(name, names), kind, strings.Join(names, ", "))
}

// SetNumber sets the whole-number knob called name (MaxConcurrent,
// MaxBodyBytes) to n, as `Given the option "NAME" is N` does. The error
// lists the whole-number knobs for any other name.
func SetNumber(o *Options, name string, n int) error {
	return setKind(o, name, strconv.Itoa(n), KnobInt)
}

// knobHint is the "did you mean" of a knob lookup of one kind: the closest
// knob of that kind, or else of any kind (a number knob switched on).
func knobHint(name string, names []string) string {
	if h := spelling.Hint(name, names); h != "" {
		return h
	}
	var all []string
	for _, k := range Knobs() {
		all = append(all, k.Name)
	}
	if k, ok := spelling.Closest(name, all); ok {
		if kk, err := LookupKnob(k); err == nil {
			return fmt.Sprintf("; %s is a %s option", kk.Name, kk.Kind)
		}
	}
	return ""
}
