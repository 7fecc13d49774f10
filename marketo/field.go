package marketo

// FieldType is the data type of a lead field (R26). Its value is the name used
// in definition files.
type FieldType string

// The field types of R26.
const (
	TypeString   FieldType = "string"   // up to 255 characters
	TypeText     FieldType = "text"     // Text Area, up to 30,000 bytes
	TypeInteger  FieldType = "integer"  // signed 64-bit whole number
	TypeFloat    FieldType = "float"    // decimal
	TypeCurrency FieldType = "currency" // decimal
	TypeBoolean  FieldType = "boolean"  // true/false
	TypeDate     FieldType = "date"     // YYYY-MM-DD
	TypeDatetime FieldType = "datetime" // ISO-8601 with offset
	TypeEmail    FieldType = "email"    // an address
	TypeURL      FieldType = "url"      // absolute, with scheme
	TypePhone    FieldType = "phone"
	TypeScore    FieldType = "score"   // integer
	TypePercent  FieldType = "percent" // integer
)

// FieldTypes lists every FieldType, in the order of R26.
func FieldTypes() []FieldType {
	return []FieldType{TypeString, TypeText, TypeInteger, TypeFloat, TypeCurrency, TypeBoolean,
		TypeDate, TypeDatetime, TypeEmail, TypeURL, TypePhone, TypeScore, TypePercent}
}

// Limits of R26.
const (
	MaxStringChars = 255   // String fields, in characters
	MaxTextBytes   = 30000 // Text Area fields, in bytes
)

// Field is one lead field of the catalog.
type Field struct {
	// Name is the display name, used by {{lead.Name}} tokens (R12).
	Name string
	// SOAPName is the SOAP API name, used by response mappings (R11).
	SOAPName string
	// Type decides which values the field takes (R25, R26, A21).
	Type FieldType
}

// Lead is a person record: field values keyed by SOAP API name. A value is held
// in the canonical Go form of its field's type:
//
//	string, text, email, url, phone  string
//	date                             string "YYYY-MM-DD"
//	datetime                         string, RFC 3339 with offset
//	integer, score, percent          int64
//	float, currency                  float64
//	boolean                          bool
//
// A field that is absent has no value (it renders as empty, A6). Use
// [Catalog.ParseValue] to turn text (a lead file, a Gherkin table) into a value.
type Lead map[string]any

// Clone returns a copy of the lead that shares nothing with it.
func (l Lead) Clone() Lead { return l.cloneWithRoom(0) }

// cloneWithRoom is Clone with room for n more fields, so that writing the
// fields a call maps does not grow the map.
func (l Lead) cloneWithRoom(n int) Lead {
	c := make(Lead, len(l)+n)
	for k, v := range l {
		c[k] = v
	}
	return c
}
