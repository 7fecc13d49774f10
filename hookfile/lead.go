package hookfile

import (
	"errors"
	"fmt"

	"github.com/hookcert/hookcert/internal/capped"
	"github.com/hookcert/hookcert/marketo"
	"go.yaml.in/yaml/v3"
)

// LoadLead reads a lead file: a map of field name (display or SOAP API name)
// to value, each checked against the field's type in cat (R26).
func LoadLead(path string, cat *marketo.Catalog) (marketo.Lead, error) {
	data, err := capped.ReadFile(path, "lead file", MaxFileSize)
	if err != nil {
		return nil, err
	}
	return ParseLead(path, data, cat)
}

// ParseLead checks the lead file data read from name. The error is Errors.
func ParseLead(name string, data []byte, cat *marketo.Catalog) (marketo.Lead, error) {
	r := &reader{file: name}
	root := r.document(data)
	if root == nil {
		return nil, r.result()
	}
	lead := r.lead(root, cat)
	if len(r.errs) > 0 {
		return nil, r.result()
	}
	return lead, nil
}

// lead reads one lead map: field name (display or SOAP) to value (R26).
func (r *reader) lead(n *yaml.Node, cat *marketo.Catalog) marketo.Lead {
	lead := marketo.Lead{}
	by := map[string]string{} // SOAP name -> key that set it
	r.mapping(n, "", func(key string, k, v *yaml.Node) {
		f, ok := cat.ByName(key)
		if !ok {
			r.fail(k, key, "R26", "no lead field is named %q%s; declare custom fields in the webhook file", key, cat.NameHint(key))
			return
		}
		if other, dup := by[f.SOAPName]; dup {
			r.fail(k, key, ruleFormat, "field %s is already set by key %q", f.SOAPName, other)
			return
		}
		by[f.SOAPName] = key
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
			return // no value
		}
		text := r.str(v, key)
		val, err := cat.ParseValue(f, text)
		if err != nil {
			r.fail(v, key, ruleOf(err, "R26"), "%s", valueMessage(f, err))
			return
		}
		lead[f.SOAPName] = val
	})
	return lead
}

// valueMessage is why a value does not fit its field, without the field's
// name (the key of the error names it already): `"abc" is not a number (a
// score field)`.
func valueMessage(f marketo.Field, err error) string {
	var p marketo.Problem
	if errors.As(err, &p) {
		return fmt.Sprintf("%s (a %s field)", p.Message, f.Type)
	}
	return err.Error()
}
