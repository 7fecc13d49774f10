package marketo

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Catalog is the set of lead fields a model knows: Marketo's common standard
// fields plus the custom fields a user declares. Names match
// case-insensitively (A8). A Catalog is not safe for concurrent Add; lookups
// are safe once it is built.
//
// The zero Catalog is empty and ready to use.
type Catalog struct {
	fields []Field
	byName map[string]int // folded display name -> index in fields
	bySOAP map[string]int // folded SOAP API name -> index in fields
}

// StandardCatalog returns a new catalog holding Marketo's common standard lead
// fields (First Name/firstName, Email Address/email, ...).
//
// SOAP names are spelled in lower camel case as in Marketo's field export;
// Marketo's SOAP spelling differs only in case (FirstName, Email), and lookups
// ignore case. Every FieldType occurs at least once; "Person Notes"
// (personNotes) stands in as the Text Area field and "Lead Score Percent"
// (leadScorePercent) as the Percent field, so that scenarios can address
// every type without declaring custom fields.
func StandardCatalog() *Catalog {
	c := &Catalog{}
	for _, f := range standardFields() {
		if err := c.Add(f); err != nil {
			// The table below is fixed; a clash is a bug in this file.
			panic("marketo: standard catalog: " + err.Error())
		}
	}
	return c
}

// standardFields is the table behind StandardCatalog, built on each call so
// that no package-level state exists.
func standardFields() []Field {
	return []Field{
		{"First Name", "firstName", TypeString},
		{"Middle Name", "middleName", TypeString},
		{"Last Name", "lastName", TypeString},
		{"Salutation", "salutation", TypeString},
		{"Email Address", "email", TypeEmail},
		{"Company Name", "company", TypeString},
		{"Job Title", "title", TypeString},
		{"Phone Number", "phone", TypePhone},
		{"Mobile Phone Number", "mobilePhone", TypePhone},
		{"Fax Number", "fax", TypePhone},
		{"Website", "website", TypeURL},
		{"Address", "address", TypeString},
		{"City", "city", TypeString},
		{"State", "state", TypeString},
		{"Postal Code", "postalCode", TypeString},
		{"Country", "country", TypeString},
		{"Industry", "industry", TypeString},
		{"Annual Revenue", "annualRevenue", TypeCurrency},
		{"Number of Employees", "numberOfEmployees", TypeInteger},
		{"Lead Score", "leadScore", TypeScore},
		{"Lead Score Percent", "leadScorePercent", TypePercent},
		{"Lead Status", "leadStatus", TypeString},
		{"Lead Source", "leadSource", TypeString},
		{"Rating", "rating", TypeString},
		{"Probability", "probability", TypeFloat},
		{"Date of Birth", "dateOfBirth", TypeDate},
		{"Unsubscribed", "unsubscribed", TypeBoolean},
		{"Person Notes", "personNotes", TypeText},
		{"Anonymous IP", "anonymousIP", TypeString},
		{"Created At", "createdAt", TypeDatetime},
		{"Updated At", "updatedAt", TypeDatetime},
	}
}

// foldName is the case-insensitive key of a name (A8).
func foldName(s string) string { return strings.ToLower(s) }

// knownType reports whether t is one of FieldTypes.
func knownType(t FieldType) bool { return slices.Contains(FieldTypes(), t) }

// Add declares a field. It fails when the type is unknown or the display or
// SOAP name clashes with another field.
//
// Display names and SOAP names are checked separately: a display name may
// equal another field's SOAP name, and ByName then prefers the display name.
// Names are compared case-insensitively and must not be empty or only white
// space.
func (c *Catalog) Add(f Field) error {
	if !knownType(f.Type) {
		return catalogProblem("R26", "field %q: type %q is not a field type%s", f.Name, f.Type, typeHint(f.Type))
	}
	if strings.TrimSpace(f.Name) == "" {
		return catalogProblem("R12", "field with SOAP name %q: display name is empty", f.SOAPName)
	}
	if strings.TrimSpace(f.SOAPName) == "" {
		return catalogProblem("R11", "field %q: SOAP API name is empty", f.Name)
	}
	name, soap := foldName(f.Name), foldName(f.SOAPName)
	if i, ok := c.byName[name]; ok {
		return catalogProblem("A8", "field %q: display name clashes with field %q", f.Name, c.fields[i].Name)
	}
	if i, ok := c.bySOAP[soap]; ok {
		return catalogProblem("R11", "field %q: SOAP API name %q clashes with field %q (%s)",
			f.Name, f.SOAPName, c.fields[i].Name, c.fields[i].SOAPName)
	}
	if c.byName == nil {
		c.byName = make(map[string]int)
		c.bySOAP = make(map[string]int)
	}
	c.byName[name] = len(c.fields)
	c.bySOAP[soap] = len(c.fields)
	c.fields = append(c.fields, f)
	return nil
}

// Clone returns a copy of the catalog that Add changes apart from c: a
// catalog shared read-only (by concurrent scenarios, say) is cloned by the
// one that declares a field of its own.
func (c *Catalog) Clone() *Catalog {
	return &Catalog{fields: slices.Clone(c.fields), byName: maps.Clone(c.byName), bySOAP: maps.Clone(c.bySOAP)}
}

// catalogProblem is a Problem of Add: "catalog: ... (rule)".
func catalogProblem(rule, format string, args ...any) error {
	return Problem{Field: "catalog", Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// Fields returns the fields in declaration order. The slice is a copy.
func (c *Catalog) Fields() []Field { return slices.Clone(c.fields) }

// ByName finds a field by display name, falling back to SOAP name,
// case-insensitively (used by {{lead.*}} tokens and lead files).
func (c *Catalog) ByName(name string) (Field, bool) {
	if i, ok := lookupFolded(c.byName, name); ok {
		return c.fields[i], true
	}
	return c.BySOAP(name)
}

// lookupFolded looks name up in a map keyed by folded names. Short ASCII
// names are folded on the stack: a lookup per token and mapping per call
// should not allocate.
func lookupFolded(m map[string]int, name string) (int, bool) {
	var buf [64]byte
	if len(name) > len(buf) {
		i, ok := m[foldName(name)]
		return i, ok
	}
	for j := 0; j < len(name); j++ {
		ch := name[j]
		if ch >= 0x80 {
			i, ok := m[foldName(name)]
			return i, ok
		}
		if 'A' <= ch && ch <= 'Z' {
			ch += 'a' - 'A'
		}
		buf[j] = ch
	}
	i, ok := m[string(buf[:len(name)])] // no allocation: the compiler looks up the bytes
	return i, ok
}

// BySOAP finds a field by SOAP API name, case-insensitively (used by mappings, R11).
func (c *Catalog) BySOAP(name string) (Field, bool) {
	if i, ok := lookupFolded(c.bySOAP, name); ok {
		return c.fields[i], true
	}
	return Field{}, false
}

// ParseValue turns text (a lead file, a Gherkin table) into the field's
// canonical value (see Lead), or fails naming the rule (R26).
//
// The text forms: String, Text Area and Phone take any text within their
// limits (no truncation here); Integer, Score and Percent a whole decimal
// number ("42", "-7", also "1e3" or "3.0" when exactly whole) in the signed
// 64-bit range; Float and Currency a decimal number (no Inf, NaN or hex);
// Boolean true, false, 1 or 0, case-insensitively; Date YYYY-MM-DD; Datetime
// ISO-8601 with an offset, normalised to RFC 3339; Email a bare address; URL
// an absolute URL with scheme and host. Only String, Text Area and Phone
// accept the empty text; a lead without a value simply omits the field.
func (c *Catalog) ParseValue(f Field, text string) (any, error) {
	v, reason, ok := parseText(f, text)
	if !ok {
		return nil, Problem{Field: fmt.Sprintf("field %q (%s)", f.Name, f.Type), Rule: "R26", Message: reason}
	}
	return v, nil
}

// parseText is ParseValue without the error wrapping.
func parseText(f Field, s string) (any, string, bool) {
	switch f.Type {
	case TypeString, TypeText:
		if reason := overLimit(f.Type, s); reason != "" {
			return nil, reason, false
		}
		return s, "", true
	case TypePhone:
		return s, "", true
	case TypeInteger, TypeScore, TypePercent, TypeFloat, TypeCurrency:
		if !isDecimal(s) {
			return nil, fmt.Sprintf("%s is not a number", quoteShort(s)), false
		}
		v, no := numberInto(f.Type, s)
		if no != nil {
			return nil, no.reason, false
		}
		return v, "", true
	case TypeBoolean:
		b, ok := parseBool(s)
		if !ok {
			return nil, fmt.Sprintf("%s is not true or false", quoteShort(s)), false
		}
		return b, "", true
	case TypeDate, TypeDatetime, TypeEmail, TypeURL:
		return checkFormat(f.Type, s)
	}
	return nil, fmt.Sprintf("type %q is not a field type", f.Type), false
}

// parseBool accepts true, false, 1 and 0, case-insensitively.
func parseBool(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "true", "1":
		return true, true
	case "false", "0":
		return false, true
	}
	return false, false
}

// FormatValue renders a canonical value as text, the inverse of ParseValue.
// Numbers are plain decimals, never exponent notation; nil is the empty text.
func FormatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case XMLText:
		return string(x)
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}
