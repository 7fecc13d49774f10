package marketo

// STUB: signatures fixed; implementation owned by the catalog/convert/path work.

// Catalog is the set of lead fields a model knows: Marketo's common standard
// fields plus the custom fields a user declares. Names match
// case-insensitively (A8). A Catalog is not safe for concurrent Add; lookups
// are safe once it is built.
type Catalog struct {
	fields []Field
}

// StandardCatalog returns a new catalog holding Marketo's common standard lead
// fields (First Name/firstName, Email Address/email, ...).
func StandardCatalog() *Catalog { panic("not implemented") }

// Add declares a field. It fails when the type is unknown or the display or
// SOAP name clashes with another field.
func (c *Catalog) Add(f Field) error { panic("not implemented") }

// Fields returns the fields in declaration order.
func (c *Catalog) Fields() []Field { panic("not implemented") }

// ByName finds a field by display name, falling back to SOAP name,
// case-insensitively (used by {{lead.*}} tokens and lead files).
func (c *Catalog) ByName(name string) (Field, bool) { panic("not implemented") }

// BySOAP finds a field by SOAP API name, case-insensitively (used by mappings, R11).
func (c *Catalog) BySOAP(name string) (Field, bool) { panic("not implemented") }

// ParseValue turns text (a lead file, a Gherkin table) into the field's
// canonical value (see Lead), or fails naming the rule (R26).
func (c *Catalog) ParseValue(f Field, text string) (any, error) { panic("not implemented") }

// FormatValue renders a canonical value as text, the inverse of ParseValue.
func FormatValue(v any) string { panic("not implemented") }
