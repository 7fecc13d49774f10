package marketo_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// TestKnobs: the registry holds every field of Options once, and each knob
// reads and writes its own field, as text of its kind.
func TestKnobs(t *testing.T) {
	for _, tc := range []struct {
		name, knob, value string
		want              marketo.Options
	}{
		{"R17 Timeout", "Timeout", "50ms", marketo.Options{Timeout: 50 * time.Millisecond}},
		{"A1 MaxConcurrent", "maxconcurrent", "3", marketo.Options{MaxConcurrent: 3}},
		{"A12 MaxBodyBytes", "MaxBodyBytes", "64", marketo.Options{MaxBodyBytes: 64}},
		{"A4 NoDefaultContentType", "NoDefaultContentType", "on", marketo.Options{NoDefaultContentType: true}},
		{"A11 FollowRedirects", "FollowRedirects", "true", marketo.Options{FollowRedirects: true}},
		{"A14 WhitespaceIsEmpty", "WhitespaceIsEmpty", "on", marketo.Options{WhitespaceIsEmpty: true}},
		{"A15 EmptyBodyAlways1001", "EmptyBodyAlways1001", "yes", marketo.Options{EmptyBodyAlways1001: true}},
		{"A21 AcceptNumericStrings", "AcceptNumericStrings", "1", marketo.Options{AcceptNumericStrings: true}},
		{"A22 TruncateLongValues", "TruncateLongValues", "on", marketo.Options{TruncateLongValues: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var o marketo.Options
			if err := marketo.SetKnob(&o, tc.knob, tc.value); err != nil {
				t.Fatalf("SetKnob(%s, %s): %v", tc.knob, tc.value, err)
			}
			if o != tc.want {
				t.Errorf("SetKnob(%s, %s): got %+v, want %+v", tc.knob, tc.value, o, tc.want)
			}
			k, err := marketo.LookupKnob(tc.knob)
			if err != nil {
				t.Fatal(err)
			}
			if rule, _, _ := strings.Cut(tc.name, " "); k.Rule != rule || k.Doc == "" {
				t.Errorf("knob %s: rule %q doc %q, want rule %s and a doc", k.Name, k.Rule, k.Doc, rule)
			}
			var back marketo.Options
			if err := k.Set(&back, k.Get(o)); err != nil || back != o || !k.On(o) || k.On(marketo.Options{}) {
				t.Errorf("knob %s: Get %q does not read back (%v, %+v), or On is wrong", k.Name, k.Get(o), err, back)
			}
			if k.Kind == marketo.KnobBool {
				if err := k.Set(&o, "off"); err != nil || o != (marketo.Options{}) {
					t.Errorf("knob %s off: got %+v, %v; want the zero Options", k.Name, o, err)
				}
			}
		})
	}
	fields := map[string]bool{}
	for _, k := range marketo.Knobs() {
		if fields[k.Name] {
			t.Errorf("knob %s listed twice", k.Name)
		}
		fields[k.Name] = true
	}
	typ := reflect.TypeFor[marketo.Options]()
	for i := range typ.NumField() {
		if f := typ.Field(i); f.IsExported() && !fields[f.Name] {
			t.Errorf("Options.%s is not in the knob registry", f.Name)
		}
	}
	if len(fields) != typ.NumField() {
		t.Errorf("the registry has %d knobs, Options %d fields", len(fields), typ.NumField())
	}
}

// TestKnobErrors: a bad name lists the knobs, a bad value names the knob,
// its rule and what it takes.
func TestKnobErrors(t *testing.T) {
	var o marketo.Options
	for _, tc := range []struct{ name, knob, value, want string }{
		{"unknown", "Turbo", "on", "the knobs are Timeout, MaxConcurrent"},
		{"A14 not on or off", "WhitespaceIsEmpty", "maybe", "option WhitespaceIsEmpty (A14): \"maybe\" is not on or off"},
		{"A12 negative", "MaxBodyBytes", "-1", "option MaxBodyBytes (A12): \"-1\" is not a whole number of zero or more"},
		{"A1 not a number", "MaxConcurrent", "many", "option MaxConcurrent (A1)"},
		{"R17 not a duration", "Timeout", "5", "option Timeout (R17): \"5\" is not a duration"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := marketo.SetKnob(&o, tc.knob, tc.value)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("SetKnob(%s, %s): got %v, want an error with %q", tc.knob, tc.value, err, tc.want)
			}
		})
	}
	if o != (marketo.Options{}) {
		t.Errorf("failed SetKnob calls changed the options: %+v", o)
	}
}

// TestSwitchOnAndSetNumber: the two setters of the CLI and the steps take
// their kind of knob only, and name the others of that kind.
func TestSwitchOnAndSetNumber(t *testing.T) {
	var o marketo.Options
	if err := marketo.SwitchOn(&o, "whitespaceisempty"); err != nil || !o.WhitespaceIsEmpty {
		t.Errorf("A14 SwitchOn: got %+v, %v", o, err)
	}
	if err := marketo.SetNumber(&o, "MaxBodyBytes", 64); err != nil || o.MaxBodyBytes != 64 {
		t.Errorf("A12 SetNumber: got %+v, %v", o, err)
	}
	if err := marketo.SwitchOn(&o, "MaxBodyBytes"); err == nil || !strings.Contains(err.Error(), "the on/off options are NoDefaultContentType, FollowRedirects") {
		t.Errorf("A12 SwitchOn(MaxBodyBytes): got %v, want the on/off options", err)
	}
	if err := marketo.SetNumber(&o, "FollowRedirects", 1); err == nil || !strings.Contains(err.Error(), "the whole-number options are MaxConcurrent, MaxBodyBytes") {
		t.Errorf("A11 SetNumber(FollowRedirects): got %v, want the whole-number options", err)
	}
	if err := marketo.SetNumber(&o, "Timeout", 5); err == nil {
		t.Errorf("R17 SetNumber(Timeout): got no error; the time-out is a duration")
	}
}
