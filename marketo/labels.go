package marketo

import (
	"fmt"
	"strings"

	"github.com/hookcert/hookcert/internal/spelling"
)

// ParseEncoding reads a Request Token Encoding as a file or a step writes it:
// the model's names (none, json, form) or the admin screen's labels (None,
// JSON, Form/Url), case-insensitively (R8). The error lists the choices and
// names the closest.
func ParseEncoding(s string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "none":
		return EncodingNone, nil
	case "json":
		return EncodingJSON, nil
	case "form", "form/url", "form-url", "formurl":
		return EncodingForm, nil
	}
	return "", Problem{Field: "tokenEncoding", Rule: "R8", Message: fmt.Sprintf(
		"unknown Request Token Encoding %q; use none, json or form (the admin screen's None, JSON, Form/Url)%s",
		s, spelling.Hint(s, []string{"none", "json", "form", "Form/Url"}))}
}

// ParseResponseType reads a Response Type as a file or a step writes it: json
// or xml, or the admin screen's labels (None, JSON, XML), case-insensitively
// (R9). None is the empty type: the answer is not parsed. The error lists the
// choices and names the closest.
func ParseResponseType(s string) (ResponseType, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "json":
		return ResponseJSON, nil
	case "xml":
		return ResponseXML, nil
	case "none":
		return "", nil
	}
	return "", Problem{Field: "responseType", Rule: "R9", Message: fmt.Sprintf(
		"unknown Response Type %q; use json or xml (the admin screen's JSON, XML, or None for no parsing)%s",
		s, spelling.Hint(s, []string{"json", "xml", "none"}))}
}

// NameHint returns `; did you mean "X"?` for the field whose display name or
// SOAP API name is closest to name, or "" when none is near: the tail of an
// unknown-field message.
func (c *Catalog) NameHint(name string) string {
	names := make([]string, 0, 2*len(c.fields))
	for _, f := range c.fields {
		names = append(names, f.Name, f.SOAPName)
	}
	return spelling.Hint(name, names)
}

// SOAPHint is NameHint over SOAP API names only, as mappings name fields (R11).
func (c *Catalog) SOAPHint(name string) string {
	names := make([]string, 0, len(c.fields))
	for _, f := range c.fields {
		names = append(names, f.SOAPName)
	}
	// A display name where a SOAP name belongs: say which SOAP name it has.
	if f, ok := c.ByName(name); ok {
		return fmt.Sprintf("; %q is a display name, its SOAP API name is %q", f.Name, f.SOAPName)
	}
	return spelling.Hint(name, names)
}

// typeHint names the field type closest to t, and lists them all (R26).
func typeHint(t FieldType) string {
	names := make([]string, 0, len(FieldTypes()))
	for _, ft := range FieldTypes() {
		names = append(names, string(ft))
	}
	return spelling.Hint(string(t), names) + "; the types are " + strings.Join(names, ", ")
}
