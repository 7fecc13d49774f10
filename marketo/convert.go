package marketo

import (
	"encoding/json"
	"fmt"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// XMLText is a value read from an XML answer: text that converts to numbers
// and booleans when it parses as one (A21).
type XMLText string

// Convert turns a value resolved from an answer into the canonical value of
// field f (R25, R26, A20-A22). A JSON value arrives as decoded with
// UseNumber (string, json.Number, bool, nil, map[string]any, []any); an XML
// value as XMLText, or map/[]any for elements with children. When the value
// cannot be written, the error is a Problem: Field is f's SOAP name, Message
// the reason and Rule its rule id, as a Skip records them.
//
// The rule ids of a skip:
//
//	A20  null, or an object or array mapped to a (scalar) field
//	R25  the kind of value does not suit the field: a JSON string into
//	     Integer, Score, Percent, Float or Currency (unless the A21 knob
//	     AcceptNumericStrings is set), a string into Boolean, a number into
//	     Boolean, Date, Datetime, Email, URL or Phone, a boolean into anything
//	     but Boolean, String and Text Area
//	A21  XML text (or, with the knob, a JSON string) that does not parse as
//	     the number or boolean the field needs
//	R26  a value of a suitable kind that breaks the type: a fraction into a
//	     whole-number field, outside the signed 64-bit (or float64) range, not
//	     a date, datetime with offset, email address or absolute URL
//	A22  longer than the field's limit (String 255 characters, Text Area
//	     30,000 bytes), unless the knob TruncateLongValues cuts it to the limit
//	     at a character boundary
//
// Numbers and booleans also go into Text Area fields (as their literal text),
// as into String fields. XML text is trimmed of surrounding white space before
// it is read as a number or boolean (XML Schema's reading); into the other
// types it is used exactly as a JSON string would be.
func Convert(f Field, v any, opts Options) (any, error) {
	val, no := convert(f, v, opts)
	if no != nil {
		return nil, Problem{Field: f.SOAPName, Rule: no.rule, Message: no.reason}
	}
	return val, nil
}

// refusal is why convert does not write a value: the rule id, and the reason
// for people.
type refusal struct {
	rule, reason string
}

// refuse is a refusal under rule.
func refuse(rule, reason string) *refusal { return &refusal{rule: rule, reason: reason} }

// convert is Convert, with the refusal Judge records as a Skip.
func convert(f Field, v any, opts Options) (any, *refusal) {
	if !knownType(f.Type) {
		return nil, refuse("R26", fmt.Sprintf("field type %q is not a field type", f.Type))
	}
	switch x := v.(type) {
	case nil:
		return nil, refuse("A20", "value is null")
	case map[string]any:
		return nil, refuse("A20", "an object is not written into "+fieldPhrase(f.Type))
	case []any:
		return nil, refuse("A20", "an array is not written into "+fieldPhrase(f.Type))
	case json.Number:
		return convertNumber(f, string(x), opts)
	case bool:
		return convertBool(f, x)
	case XMLText:
		return convertXMLText(f, string(x), opts)
	case string:
		text, no, ok := stringAsText(f.Type, x, opts)
		switch {
		case !ok:
			return convertString(f, x, opts)
		case no != nil:
			return nil, no
		case text == x:
			return v, nil // the value as given: no new interface value per mapping
		}
		return text, nil
	}
	return nil, refuse("R25", fmt.Sprintf("a value of Go type %T is not written into %s", v, fieldPhrase(f.Type)))
}

// convertNumber places a JSON number, given by its literal, into f.
func convertNumber(f Field, lit string, opts Options) (any, *refusal) {
	switch f.Type {
	case TypeInteger, TypeScore, TypePercent, TypeFloat, TypeCurrency:
		if !isDecimal(lit) {
			return nil, refuse("R25", fmt.Sprintf("%s is not a number", quoteShort(lit)))
		}
		return numberInto(f.Type, lit)
	case TypeString, TypeText:
		return fitLength(f.Type, lit, opts)
	}
	return nil, refuse("R25", "a number is not written into "+fieldPhrase(f.Type))
}

// convertBool places a JSON boolean into f.
func convertBool(f Field, b bool) (any, *refusal) {
	switch f.Type {
	case TypeBoolean:
		return b, nil
	case TypeString, TypeText:
		return strconv.FormatBool(b), nil
	}
	return nil, refuse("R25", "a boolean is not written into "+fieldPhrase(f.Type))
}

// stringAsText places s into a field of a textual type t (String, Text
// Area, Phone, Date, Datetime, Email, URL), as text; handled is false for the
// other types.
func stringAsText(t FieldType, s string, opts Options) (text string, no *refusal, handled bool) {
	switch t {
	case TypeString, TypeText:
		text, no = fitText(t, s, opts)
		return text, no, true
	case TypePhone:
		return s, nil, true
	case TypeDate, TypeDatetime, TypeEmail, TypeURL:
		v, reason, ok := checkText(t, s)
		if !ok {
			return "", refuse("R26", reason), true
		}
		return v, nil, true
	}
	return "", nil, false
}

// convertString places a JSON string into f.
func convertString(f Field, s string, opts Options) (any, *refusal) {
	if text, no, ok := stringAsText(f.Type, s, opts); ok {
		if no != nil {
			return nil, no
		}
		return text, nil
	}
	switch f.Type {
	case TypeInteger, TypeScore, TypePercent, TypeFloat, TypeCurrency:
		if !opts.AcceptNumericStrings {
			return nil, refuse("R25", "a string is not written into "+fieldPhrase(f.Type))
		}
		if !isDecimal(s) {
			return nil, refuse("A21", fmt.Sprintf("string %s is not a number", quoteShort(s)))
		}
		return numberInto(f.Type, s)
	}
	// TypeBoolean: A21 lets only JSON booleans in.
	return nil, refuse("R25", "a string is not written into "+fieldPhrase(f.Type))
}

// convertXMLText places XML text into f: a string that may also be a number
// or a boolean (A21).
func convertXMLText(f Field, s string, opts Options) (any, *refusal) {
	switch f.Type {
	case TypeInteger, TypeScore, TypePercent, TypeFloat, TypeCurrency:
		t := strings.TrimSpace(s)
		if !isDecimal(t) {
			return nil, refuse("A21", fmt.Sprintf("XML text %s is not a number", quoteShort(s)))
		}
		return numberInto(f.Type, t)
	case TypeBoolean:
		b, ok := parseBool(strings.TrimSpace(s))
		if !ok {
			return nil, refuse("A21", fmt.Sprintf("XML text %s is not true or false", quoteShort(s)))
		}
		return b, nil
	}
	return convertString(f, s, opts)
}

// numberInto converts a decimal literal (already checked by isDecimal) into a
// numeric field type. Failures are R26: the value is a number, but not one
// the type holds.
func numberInto(t FieldType, lit string) (any, *refusal) {
	switch t {
	case TypeFloat, TypeCurrency:
		x, err := strconv.ParseFloat(lit, 64)
		if err != nil {
			return nil, refuse("R26", fmt.Sprintf("number %s is out of the range of %s", shorten(lit), fieldPhrase(t)))
		}
		return x, nil
	case TypeInteger, TypeScore, TypePercent:
		n, res := wholeInt64(lit)
		switch res {
		case wholeFraction:
			return nil, refuse("R26", fmt.Sprintf("number %s is not a whole number, %s holds whole numbers",
				shorten(lit), fieldPhrase(t)))
		case wholeRange:
			return nil, refuse("R26", fmt.Sprintf("number %s is out of the signed 64-bit range of %s",
				shorten(lit), fieldPhrase(t)))
		}
		return n, nil
	}
	return nil, refuse("R25", "a number is not written into "+fieldPhrase(t))
}

// fitLength applies the limits of R26 to a String or Text Area value: over
// the limit it is skipped (A22) or, with the knob, cut at a character boundary.
func fitLength(t FieldType, s string, opts Options) (any, *refusal) {
	text, no := fitText(t, s, opts)
	if no != nil {
		return nil, no
	}
	return text, nil
}

// fitText is fitLength giving the text.
func fitText(t FieldType, s string, opts Options) (string, *refusal) {
	reason := overLimit(t, s)
	if reason == "" {
		return s, nil
	}
	if !opts.TruncateLongValues {
		return "", refuse("A22", reason)
	}
	return truncate(t, s), nil
}

// overLimit describes how s breaks the length limit of t, or returns "".
func overLimit(t FieldType, s string) string {
	switch t {
	case TypeString:
		if n := utf8.RuneCountInString(s); n > MaxStringChars {
			return fmt.Sprintf("value is %d characters, String holds %d", n, MaxStringChars)
		}
	case TypeText:
		if len(s) > MaxTextBytes {
			return fmt.Sprintf("value is %d bytes, Text Area holds %d", len(s), MaxTextBytes)
		}
	}
	return ""
}

// truncate cuts s to the limit of t without splitting a character.
func truncate(t FieldType, s string) string {
	switch t {
	case TypeString:
		n := 0
		for i := range s {
			if n == MaxStringChars {
				return s[:i]
			}
			n++
		}
	case TypeText:
		if len(s) > MaxTextBytes {
			i := MaxTextBytes
			for i > 0 && !utf8.RuneStart(s[i]) {
				i--
			}
			return s[:i]
		}
	}
	return s
}

// checkFormat validates text for the types with a textual format (R26) and
// returns the canonical value.
func checkFormat(t FieldType, s string) (any, string, bool) {
	v, reason, ok := checkText(t, s)
	if !ok {
		return nil, reason, false
	}
	return v, "", true
}

// checkText is checkFormat giving the text.
func checkText(t FieldType, s string) (string, string, bool) {
	switch t {
	case TypeDate:
		if !isDate(s) {
			return "", fmt.Sprintf("%s is not a date (YYYY-MM-DD)", quoteShort(s)), false
		}
		return s, "", true
	case TypeDatetime:
		v, ok := parseDatetime(s)
		if !ok {
			return "", fmt.Sprintf("%s is not an ISO-8601 datetime with offset", quoteShort(s)), false
		}
		return v, "", true
	case TypeEmail:
		if a, err := mail.ParseAddress(s); err != nil || a.Name != "" || a.Address != s {
			return "", fmt.Sprintf("%s is not an email address", quoteShort(s)), false
		}
		return s, "", true
	case TypeURL:
		if u, err := url.Parse(s); err != nil || u.Scheme == "" || u.Host == "" {
			return "", fmt.Sprintf("%s is not an absolute URL with scheme and host", quoteShort(s)), false
		}
		return s, "", true
	}
	return s, "", true
}

// isDate reports whether s is a real calendar date written YYYY-MM-DD.
func isDate(s string) bool {
	if !digitsAt(s, "dddd-dd-dd") {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// parseDatetime reads an ISO-8601 datetime with an offset and returns it in
// RFC 3339 form (fractional seconds kept, a zero offset written Z). The
// accepted shape is YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z, ±HH:MM or
// ±HHMM; a datetime without an offset is not accepted.
func parseDatetime(s string) (string, bool) {
	// time.Parse alone would take one-digit hours and the like; check the shape first.
	if !digitsPrefix(s, "dddd-dd-ddTdd:dd") {
		return "", false
	}
	rest := s[16:]
	layout := "2006-01-02T15:04"
	if digitsPrefix(rest, ":dd") {
		layout += ":05"
		rest = rest[3:]
		if len(rest) > 0 && rest[0] == '.' {
			i := 1
			for i < len(rest) && isDigit(rest[i]) {
				i++
			}
			if i == 1 {
				return "", false
			}
			rest = rest[i:] // time.Parse reads a fraction after the seconds by itself
		}
	}
	switch {
	case rest == "Z", digitsAt(rest, "+dd:dd"), digitsAt(rest, "-dd:dd"):
		layout += "Z07:00"
	case digitsAt(rest, "+dddd"), digitsAt(rest, "-dddd"):
		layout += "Z0700"
	default:
		return "", false
	}
	tm, err := time.Parse(layout, s)
	if err != nil {
		return "", false
	}
	if !realOffset(rest) {
		return "", false
	}
	return tm.Format(time.RFC3339Nano), true
}

// realOffset reports whether a zone suffix ("Z", "+hh:mm", "-hhmm") is an
// offset that exists: time.Parse takes any two digits, real offsets lie
// within ±14:00 (R26).
func realOffset(zone string) bool {
	if zone == "Z" {
		return true
	}
	hh := int(zone[1]-'0')*10 + int(zone[2]-'0')
	mm := int(zone[len(zone)-2]-'0')*10 + int(zone[len(zone)-1]-'0')
	return mm < 60 && (hh < 14 || hh == 14 && mm == 0)
}

// digitsAt reports whether s has exactly the shape of pattern, where 'd'
// stands for an ASCII digit and every other byte for itself.
func digitsAt(s, pattern string) bool {
	return len(s) == len(pattern) && digitsPrefix(s, pattern)
}

// digitsPrefix reports whether s starts with the shape of pattern.
func digitsPrefix(s, pattern string) bool {
	if len(s) < len(pattern) {
		return false
	}
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == 'd' {
			if !isDigit(s[i]) {
				return false
			}
		} else if s[i] != pattern[i] {
			return false
		}
	}
	return true
}

// isDecimal reports whether s is a plain decimal number: an optional sign,
// digits with an optional fraction, an optional exponent ("-1.5e3"). Unlike
// strconv it rejects Inf, NaN, hex, underscores and white space.
func isDecimal(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == start {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		f := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == f {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		e := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == e {
			return false
		}
	}
	return i == len(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// Results of wholeInt64.
const (
	wholeOK = iota
	wholeFraction
	wholeRange
)

// wholeInt64 reads a decimal literal (checked by isDecimal) as a signed
// 64-bit whole number, exactly: "3.0" and "1e3" are whole, "1.5" is not, and
// no float rounding is involved. Huge exponents cost nothing.
func wholeInt64(lit string) (int64, int) {
	neg := false
	switch lit[0] {
	case '-':
		neg = true
		lit = lit[1:]
	case '+':
		lit = lit[1:]
	}
	mant, exp := lit, ""
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		mant, exp = lit[:i], lit[i+1:]
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	if digits == "" {
		return 0, wholeOK // zero, whatever the exponent
	}
	// scale: the power of ten that digits is multiplied by.
	e, err := 0, error(nil)
	if exp != "" { // Atoi of "" would build an error each time
		e, err = strconv.Atoi(exp)
	}
	if err != nil { // exponent beyond int: a non-zero value is huge or tiny
		if strings.HasPrefix(exp, "-") {
			return 0, wholeFraction
		}
		return 0, wholeRange
	}
	trimmed := strings.TrimRight(digits, "0")
	scale := int64(e) - int64(len(frac)) + int64(len(digits)-len(trimmed))
	digits = trimmed
	if scale < 0 {
		return 0, wholeFraction
	}
	if int64(len(digits))+scale > 19 {
		return 0, wholeRange
	}
	text := digits + strings.Repeat("0", int(scale))
	if neg {
		text = "-" + text
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return 0, wholeRange
	}
	return n, wholeOK
}

// typeLabel is the name Marketo's admin screen gives a type, for reasons.
func typeLabel(t FieldType) string {
	switch t {
	case TypeString:
		return "String"
	case TypeText:
		return "Text Area"
	case TypeInteger:
		return "Integer"
	case TypeFloat:
		return "Float"
	case TypeCurrency:
		return "Currency"
	case TypeBoolean:
		return "Boolean"
	case TypeDate:
		return "Date"
	case TypeDatetime:
		return "Datetime"
	case TypeEmail:
		return "Email"
	case TypeURL:
		return "URL"
	case TypePhone:
		return "Phone"
	case TypeScore:
		return "Score"
	case TypePercent:
		return "Percent"
	}
	return string(t)
}

// fieldPhrase is "an Integer field", "a String field", for reasons.
func fieldPhrase(t FieldType) string {
	if t == TypeInteger || t == TypeEmail {
		return "an " + typeLabel(t) + " field"
	}
	return "a " + typeLabel(t) + " field"
}

// shorten keeps reasons short when a value is long.
func shorten(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// quoteShort quotes s for a reason, shortened.
func quoteShort(s string) string { return strconv.Quote(shorten(s)) }
