package marketo_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hookcert/hookcert/marketo"
)

func typed(tp marketo.FieldType) marketo.Field {
	return marketo.Field{Name: "F", SOAPName: "f", Type: tp}
}

func TestConvert(t *testing.T) {
	const (
		S  = marketo.TypeString
		T  = marketo.TypeText
		I  = marketo.TypeInteger
		F  = marketo.TypeFloat
		C  = marketo.TypeCurrency
		B  = marketo.TypeBoolean
		D  = marketo.TypeDate
		DT = marketo.TypeDatetime
		E  = marketo.TypeEmail
		U  = marketo.TypeURL
		P  = marketo.TypePhone
		SC = marketo.TypeScore
		PC = marketo.TypePercent
	)
	num := func(s string) json.Number { return json.Number(s) }
	x := func(s string) marketo.XMLText { return marketo.XMLText(s) }
	numericStrings := marketo.Options{AcceptNumericStrings: true}
	tests := []struct {
		name     string
		rule     string // the rule the row checks; also the skip's rule when want is nil
		tp       marketo.FieldType
		v        any
		opts     marketo.Options
		want     any // nil: skipped with rule
		wantText string
	}{
		// Adobe's documented example and its neighbours.
		{name: "R25 a string is not written into an Integer field", rule: "R25", tp: I, v: "42",
			wantText: "a string is not written into an Integer field"},
		{name: "R25 string into Score", rule: "R25", tp: SC, v: "42"},
		{name: "R25 string into Percent", rule: "R25", tp: PC, v: "42"},
		{name: "R25 string into Float", rule: "R25", tp: F, v: "4.2"},
		{name: "R25 string into Currency", rule: "R25", tp: C, v: "4.20"},
		{name: "R25 string into Boolean", rule: "R25", tp: B, v: "true"},

		// A20: missing, null, compound.
		{name: "A20 null", rule: "A20", tp: S, v: nil, wantText: "value is null"},
		{name: "A20 object into String", rule: "A20", tp: S, v: map[string]any{"a": "b"}},
		{name: "A20 array into Integer", rule: "A20", tp: I, v: []any{num("1")}},
		{name: "A20 XML element with children into Text", rule: "A20", tp: T, v: map[string]any{"foo": x("bar")}},

		// A21: JSON numbers.
		{name: "A21 number into Integer", rule: "A21", tp: I, v: num("42"), want: int64(42)},
		{name: "A21 whole number with fraction digits into Integer", rule: "A21", tp: I, v: num("3.0"), want: int64(3)},
		{name: "A21 exponent number into Integer", rule: "A21", tp: I, v: num("1e3"), want: int64(1000)},
		{name: "A21 exponent and fraction into Integer", rule: "A21", tp: I, v: num("1.5e1"), want: int64(15)},
		{name: "A21 negative zero into Integer", rule: "A21", tp: I, v: num("-0.0e5"), want: int64(0)},
		{name: "R26 int64 max", rule: "R26", tp: I, v: num("9223372036854775807"), want: int64(math.MaxInt64)},
		{name: "R26 int64 min", rule: "R26", tp: I, v: num("-9223372036854775808"), want: int64(math.MinInt64)},
		{name: "R26 int64 overflow", rule: "R26", tp: I, v: num("9223372036854775808")},
		{name: "R26 int64 underflow", rule: "R26", tp: I, v: num("-9223372036854775809")},
		{name: "R26 huge exponent", rule: "R26", tp: I, v: num("1e99999999999999999999")},
		{name: "R26 zero with huge exponent", rule: "R26", tp: I, v: num("0e99999999999999999999"), want: int64(0)},
		{name: "R26 fraction into Integer", rule: "R26", tp: I, v: num("1.5")},
		{name: "R26 tiny into Integer", rule: "R26", tp: I, v: num("1e-400")},
		{name: "R26 fraction into Score", rule: "R26", tp: SC, v: num("99.9")},
		{name: "A21 number into Score", rule: "A21", tp: SC, v: num("87"), want: int64(87)},
		{name: "A21 number into Percent", rule: "A21", tp: PC, v: num("100"), want: int64(100)},
		{name: "A21 number into Float", rule: "A21", tp: F, v: num("3.14"), want: 3.14},
		{name: "A21 whole number into Float", rule: "A21", tp: F, v: num("-2"), want: -2.0},
		{name: "R26 number beyond float64", rule: "R26", tp: F, v: num("1e400")},
		{name: "A21 number into Currency", rule: "A21", tp: C, v: num("19.99"), want: 19.99},
		{name: "A21 number into String keeps its literal", rule: "A21", tp: S, v: num("3.140"), want: "3.140"},
		{name: "A21 exponent number into String keeps its literal", rule: "A21", tp: S, v: num("1e3"), want: "1e3"},
		{name: "A28 number into Text", rule: "A28", tp: T, v: num("42"), want: "42"},
		{name: "R25 number into Boolean", rule: "R25", tp: B, v: num("1"), wantText: "a number is not written into a Boolean field"},
		{name: "R25 number into Date", rule: "R25", tp: D, v: num("20150101")},
		{name: "R25 number into Datetime", rule: "R25", tp: DT, v: num("1420070400")},
		{name: "R25 number into Email", rule: "R25", tp: E, v: num("1")},
		{name: "R25 number into URL", rule: "R25", tp: U, v: num("1")},
		{name: "R25 number into Phone", rule: "R25", tp: P, v: num("5550100")},

		// A21: JSON booleans.
		{name: "A21 boolean into Boolean", rule: "A21", tp: B, v: true, want: true},
		{name: "A21 false into Boolean", rule: "A21", tp: B, v: false, want: false},
		{name: "A21 boolean into String", rule: "A21", tp: S, v: false, want: "false"},
		{name: "A28 boolean into Text", rule: "A28", tp: T, v: true, want: "true"},
		{name: "R25 boolean into Integer", rule: "R25", tp: I, v: true},
		{name: "R25 boolean into Float", rule: "R25", tp: F, v: true},
		{name: "R25 boolean into Date", rule: "R25", tp: D, v: true},
		{name: "R25 boolean into Phone", rule: "R25", tp: P, v: false},

		// A21: JSON strings into the textual types (R26 formats).
		{name: "A21 string into String", rule: "A21", tp: S, v: "Jane", want: "Jane"},
		{name: "A21 empty string into String", rule: "A21", tp: S, v: "", want: ""},
		{name: "A21 string into Text", rule: "A21", tp: T, v: "line1\nline2", want: "line1\nline2"},
		{name: "A21 string into Phone", rule: "A21", tp: P, v: "+49 30 1234", want: "+49 30 1234"},
		{name: "R26 email", rule: "R26", tp: E, v: "jane@example.com", want: "jane@example.com"},
		{name: "R26 email with display name", rule: "R26", tp: E, v: "Jane <jane@example.com>"},
		{name: "R26 email in angle brackets", rule: "R26", tp: E, v: "<jane@example.com>"},
		{name: "R26 email without at", rule: "R26", tp: E, v: "jane.example.com"},
		{name: "R26 empty email", rule: "R26", tp: E, v: ""},
		{name: "R26 url", rule: "R26", tp: U, v: "https://example.com/p?q=1", want: "https://example.com/p?q=1"},
		{name: "R26 url without scheme", rule: "R26", tp: U, v: "example.com/p"},
		{name: "R26 url relative path", rule: "R26", tp: U, v: "/p"},
		{name: "R26 url without host", rule: "R26", tp: U, v: "mailto:jane@example.com"},
		{name: "R26 date", rule: "R26", tp: D, v: "2015-01-01", want: "2015-01-01"},
		{name: "R26 date leap day", rule: "R26", tp: D, v: "2024-02-29", want: "2024-02-29"},
		{name: "R26 date not real", rule: "R26", tp: D, v: "2015-02-30"},
		{name: "R26 date short fields", rule: "R26", tp: D, v: "2015-1-1"},
		{name: "R26 date with time", rule: "R26", tp: D, v: "2015-01-01T00:00:00Z"},
		{name: "R26 date US style", rule: "R26", tp: D, v: "01/02/2015"},
		{name: "R26 datetime Z", rule: "R26", tp: DT, v: "2015-01-01T10:00:00Z", want: "2015-01-01T10:00:00Z"},
		{name: "R26 datetime offset beyond 14 hours", rule: "R26", tp: DT, v: "2015-01-01T10:00:00+24:00"},
		{name: "R26 datetime offset minutes beyond 59", rule: "R26", tp: DT, v: "2015-01-01T10:00:00+0560"},
		{name: "R26 datetime offset +14:00 exists", rule: "R26", tp: DT, v: "2015-01-01T10:00:00+14:00", want: "2015-01-01T10:00:00+14:00"},
		{name: "R26 datetime offset kept", rule: "R26", tp: DT, v: "2015-01-01T10:00:00-07:00", want: "2015-01-01T10:00:00-07:00"},
		{name: "R26 datetime zero offset written Z", rule: "R26", tp: DT, v: "2015-01-01T10:00:00+00:00", want: "2015-01-01T10:00:00Z"},
		{name: "R26 datetime basic offset", rule: "R26", tp: DT, v: "2015-01-01T10:00:00+0530", want: "2015-01-01T10:00:00+05:30"},
		{name: "R26 datetime fraction", rule: "R26", tp: DT, v: "2015-01-01T10:00:00.500Z", want: "2015-01-01T10:00:00.5Z"},
		{name: "R26 datetime without seconds", rule: "R26", tp: DT, v: "2015-01-01T10:00+01:00", want: "2015-01-01T10:00:00+01:00"},
		{name: "R26 datetime without offset", rule: "R26", tp: DT, v: "2015-01-01T10:00:00"},
		{name: "R26 datetime one-digit hour", rule: "R26", tp: DT, v: "2015-01-01T1:00:00Z"},
		{name: "R26 datetime space separator", rule: "R26", tp: DT, v: "2015-01-01 10:00:00Z"},
		{name: "R26 datetime hour 25", rule: "R26", tp: DT, v: "2015-01-01T25:00:00Z"},
		{name: "R26 datetime date only", rule: "R26", tp: DT, v: "2015-01-01"},
		{name: "R26 datetime empty fraction", rule: "R26", tp: DT, v: "2015-01-01T10:00:00.Z"},

		// A21 knob: numeric strings.
		{name: "A21 knob numeric string into Integer", rule: "A21", tp: I, v: "42", opts: numericStrings, want: int64(42)},
		{name: "A21 knob numeric string into Float", rule: "A21", tp: F, v: "-0.5", opts: numericStrings, want: -0.5},
		{name: "A21 knob numeric string into Currency", rule: "A21", tp: C, v: "10", opts: numericStrings, want: 10.0},
		{name: "A21 knob numeric string into Percent", rule: "A21", tp: PC, v: "75", opts: numericStrings, want: int64(75)},
		{name: "A21 knob word into Integer", rule: "A21", tp: I, v: "forty-two", opts: numericStrings},
		{name: "A21 knob padded string into Integer", rule: "A21", tp: I, v: " 42", opts: numericStrings},
		{name: "A21 knob Inf into Float", rule: "A21", tp: F, v: "Inf", opts: numericStrings},
		{name: "A21 knob hex into Integer", rule: "A21", tp: I, v: "0x10", opts: numericStrings},
		{name: "R26 knob fraction string into Integer", rule: "R26", tp: I, v: "4.5", opts: numericStrings},
		{name: "R25 knob does not touch Boolean", rule: "R25", tp: B, v: "true", opts: numericStrings},

		// A21: XML text.
		{name: "A21 XML text into Integer", rule: "A21", tp: I, v: x("42"), want: int64(42)},
		{name: "A21 XML text with white space into Integer", rule: "A21", tp: I, v: x("\n 42 \n"), want: int64(42)},
		{name: "A21 XML text into Float", rule: "A21", tp: F, v: x("2.5"), want: 2.5},
		{name: "A21 XML text into Currency", rule: "A21", tp: C, v: x("1e2"), want: 100.0},
		{name: "A21 XML text into Score", rule: "A21", tp: SC, v: x("-3"), want: int64(-3)},
		{name: "A21 XML word into Integer", rule: "A21", tp: I, v: x("abc"), wantText: `XML text "abc" is not a number`},
		{name: "A21 XML empty into Integer", rule: "A21", tp: I, v: x("")},
		{name: "R26 XML fraction into Integer", rule: "R26", tp: I, v: x("1.25")},
		{name: "R26 XML overflow into Percent", rule: "R26", tp: PC, v: x("99999999999999999999")},
		{name: "A21 XML true into Boolean", rule: "A21", tp: B, v: x("true"), want: true},
		{name: "A21 XML False into Boolean", rule: "A21", tp: B, v: x(" False "), want: false},
		{name: "A21 XML 1 into Boolean", rule: "A21", tp: B, v: x("1"), want: true},
		{name: "A21 XML yes into Boolean", rule: "A21", tp: B, v: x("yes")},
		{name: "A21 XML text into String kept exactly", rule: "A21", tp: S, v: x(" 42 "), want: " 42 "},
		{name: "A21 XML text into Date", rule: "A21", tp: D, v: x("2015-01-01"), want: "2015-01-01"},
		{name: "R26 XML text into Date not a date", rule: "R26", tp: D, v: x("soon")},
		{name: "A21 XML text into Datetime", rule: "A21", tp: DT, v: x("2015-01-01T00:00:00+01:00"), want: "2015-01-01T00:00:00+01:00"},
		{name: "A21 XML text into Email", rule: "A21", tp: E, v: x("jane@example.com"), want: "jane@example.com"},
		{name: "A21 XML text into URL", rule: "A21", tp: U, v: x("http://example.com"), want: "http://example.com"},
		{name: "A21 XML text into Phone", rule: "A21", tp: P, v: x("555-0100"), want: "555-0100"},

		// R26 and A22: length limits.
		{name: "R26 String 255 characters", rule: "R26", tp: S, v: strings.Repeat("é", 255), want: strings.Repeat("é", 255)},
		{name: "A22 String 256 characters", rule: "A22", tp: S, v: strings.Repeat("é", 256),
			wantText: "value is 256 characters, String holds 255"},
		{name: "A22 String 300 characters", rule: "A22", tp: S, v: strings.Repeat("a", 300),
			wantText: "value is 300 characters, String holds 255"},
		{name: "A22 knob String cut to 255 characters", rule: "A22", tp: S, v: strings.Repeat("é", 256),
			opts: marketo.Options{TruncateLongValues: true}, want: strings.Repeat("é", 255)},
		{name: "A22 XML text over 255 characters", rule: "A22", tp: S, v: x(strings.Repeat("z", 256))},
		{name: "A22 number literal over 255 characters", rule: "A22", tp: S, v: num(strings.Repeat("9", 256))},
		{name: "R26 Text 30000 bytes", rule: "R26", tp: T, v: strings.Repeat("x", 30000), want: strings.Repeat("x", 30000)},
		{name: "A22 Text 30001 bytes", rule: "A22", tp: T, v: strings.Repeat("x", 30001),
			wantText: "value is 30001 bytes, Text Area holds 30000"},
		{name: "A22 knob Text cut to 30000 bytes", rule: "A22", tp: T, v: strings.Repeat("x", 30001),
			opts: marketo.Options{TruncateLongValues: true}, want: strings.Repeat("x", 30000)},
		{name: "A22 knob Text cut at a character boundary", rule: "A22", tp: T, v: "a" + strings.Repeat("é", 15000),
			opts: marketo.Options{TruncateLongValues: true}, want: "a" + strings.Repeat("é", 14999)},
		{name: "A22 knob leaves short values alone", rule: "A22", tp: S, v: "short",
			opts: marketo.Options{TruncateLongValues: true}, want: "short"},

		// Misuse.
		{name: "R26 unknown field type", rule: "R26", tp: "shoe", v: "x"},
		{name: "R25 Go value outside the decoded shapes", rule: "R25", tp: F, v: 1.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, reason, rule, ok := convertParts(t, typed(tt.tp), tt.v, tt.opts)
			if tt.want == nil {
				if ok {
					t.Fatalf("got %#v written, want a skip with rule %s", got, tt.rule)
				}
				if rule != tt.rule {
					t.Errorf("got rule %q (%s), want %q", rule, reason, tt.rule)
				}
				if reason == "" {
					t.Error("got an empty reason, want a sentence")
				}
				if tt.wantText != "" && reason != tt.wantText {
					t.Errorf("got reason %q, want %q", reason, tt.wantText)
				}
				if got != nil {
					t.Errorf("got value %#v with a skip, want nil", got)
				}
				return
			}
			if !ok {
				t.Fatalf("got skip %s (%s), want %#v", rule, reason, tt.want)
			}
			if got != tt.want {
				t.Errorf("got %#v, want %#v", shortValue(got), shortValue(tt.want))
			}
			if reason != "" || rule != "" {
				t.Errorf("got reason %q rule %q with a write, want none", reason, rule)
			}
		})
	}
}

func shortValue(v any) any {
	if s, ok := v.(string); ok && len(s) > 60 {
		return fmt.Sprintf("%.20q... (%d characters, %d bytes)", s, utf8.RuneCountInString(s), len(s))
	}
	return v
}

// TestConvertIsTotal checks, for every field type and every shape a decoder
// produces, that Convert either writes a value of the type's canonical Go
// type or skips with a known rule and a reason (A19-A22).
func TestConvertIsTotal(t *testing.T) {
	values := []any{
		nil, true, false, "", "x", "42", "2015-01-01", "2015-01-01T00:00:00Z", "a@b.c", "http://h",
		json.Number("0"), json.Number("-1.5"), json.Number("1e400"), json.Number("12345678901234567890"),
		marketo.XMLText(""), marketo.XMLText("7"), marketo.XMLText("true"), marketo.XMLText("é"),
		map[string]any{}, []any{}, strings.Repeat("é", 300), strings.Repeat("x", 40000),
	}
	rules := map[string]bool{"R25": true, "R26": true, "A20": true, "A21": true, "A22": true}
	for _, tp := range marketo.FieldTypes() {
		for _, opts := range []marketo.Options{{}, {AcceptNumericStrings: true, TruncateLongValues: true}} {
			for _, v := range values {
				got, reason, rule, ok := convertParts(t, typed(tp), v, opts)
				if !ok {
					if !rules[rule] || reason == "" {
						t.Errorf("R26 %s %#v: got rule %q reason %q, want a known rule and a reason", tp, shortValue(v), rule, reason)
					}
					continue
				}
				var canonical bool
				switch tp {
				case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
					_, canonical = got.(int64)
				case marketo.TypeFloat, marketo.TypeCurrency:
					_, canonical = got.(float64)
				case marketo.TypeBoolean:
					_, canonical = got.(bool)
				default:
					_, canonical = got.(string)
				}
				if !canonical {
					t.Errorf("R26 %s %#v: got %T, want the canonical type", tp, shortValue(v), got)
				}
			}
		}
	}
}

// TestConvertJSONNumberFromDecoder runs a value through ParseJSONBody and
// Resolve before Convert, as the judge does (R23, A21).
func TestConvertJSONNumberFromDecoder(t *testing.T) {
	doc, err := marketo.ParseJSONBody([]byte(`{"n": 12.0, "s": "12"}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, path, rule string
		want             any
	}{
		{"A21 whole JSON number into Integer", "n", "A21", int64(12)},
		{"R25 JSON string into Integer", "s", "R25", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := marketo.ParsePath(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			v, ok := marketo.Resolve(doc, p)
			if !ok {
				t.Fatalf("got no value at %q, want one", tt.path)
			}
			got, reason, rule, ok := convertParts(t, typed(marketo.TypeInteger), v, marketo.Options{})
			if tt.want == nil {
				if ok || rule != tt.rule {
					t.Errorf("got %#v rule %q (%s), want a skip with %s", got, rule, reason, tt.rule)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("got %#v (%s), want %#v", got, reason, tt.want)
			}
		})
	}
}

// FuzzConvertInteger checks the exact whole-number reading of JSON numbers
// against math/big (A21, R26).
func FuzzConvertInteger(f *testing.F) {
	for _, s := range []string{"0", "3.0", "1e3", "-9223372036854775808", "9223372036854775808", "1.5", "1e-3", "12.50e1", "0.0000e-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !json.Valid([]byte(s)) || len(s) > 64 {
			return
		}
		if _, err := strconv.ParseFloat(s, 64); err != nil && !errors.Is(err, strconv.ErrRange) {
			return // not a JSON number (a string, object, ...)
		}
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			return
		}
		got, reason, rule, ok := convertParts(t, typed(marketo.TypeInteger), json.Number(s), marketo.Options{})
		wantOK := r.IsInt() && r.Num().IsInt64()
		if ok != wantOK {
			t.Fatalf("%s: got ok %v (%v %s %s), want %v", s, ok, got, rule, reason, wantOK)
		}
		if ok && got != r.Num().Int64() {
			t.Fatalf("%s: got %v, want %v", s, got, r.Num().Int64())
		}
		if !ok && rule != "R26" {
			t.Fatalf("%s: got rule %s, want R26", s, rule)
		}
	})
}

// convertParts calls Convert and takes its Problem apart: the value, the
// reason, the rule and whether the value is written. A refusal that is not
// a Problem, or one that names another field, fails the test.
func convertParts(t testing.TB, f marketo.Field, v any, opts marketo.Options) (any, string, string, bool) {
	t.Helper()
	got, err := marketo.Convert(f, v, opts)
	if err == nil {
		return got, "", "", true
	}
	var p marketo.Problem
	if !errors.As(err, &p) {
		t.Fatalf("Convert(%s, %#v) = %T %v, want a marketo.Problem", f.Type, v, err, err)
	}
	if p.Field != f.SOAPName {
		t.Errorf("Convert(%s, %#v): the problem names field %q, want %q", f.Type, v, p.Field, f.SOAPName)
	}
	if got != nil {
		t.Errorf("Convert(%s, %#v) = %#v with a problem, want no value", f.Type, v, got)
	}
	return got, p.Message, p.Rule, false
}
