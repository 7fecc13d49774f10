package hookfile

import (
	"fmt"
	"strings"

	"github.com/hookcert/hookcert/internal/capped"
	"github.com/hookcert/hookcert/internal/spelling"
	"github.com/hookcert/hookcert/marketo"
	"go.yaml.in/yaml/v3"
)

// Definition is a loaded webhook file: the webhook and the catalog of fields
// it may map to (the standard fields plus the file's custom fields).
type Definition struct {
	Webhook *marketo.Webhook
	Catalog *marketo.Catalog
	// SecretTokens names the context tokens whose values are credentials
	// (secretTokens: [my.Enrich API Key]): hookcert masks their values in
	// every output, whatever their names say.
	SecretTokens []string
}

// LoadWebhook reads and checks a webhook file (see the package doc).
func LoadWebhook(path string) (*Definition, error) {
	data, err := capped.ReadFile(path, "webhook file", MaxFileSize)
	if err != nil {
		return nil, err
	}
	return ParseWebhook(path, data)
}

// ParseWebhook checks the webhook file data read from name. The error is
// Errors: every problem, with its position, key and rule id, including those
// of marketo.Webhook.Validate.
func ParseWebhook(name string, data []byte) (*Definition, error) {
	r := &reader{file: name, pos: map[string]*yaml.Node{}}
	root := r.document(data)
	if root == nil {
		return nil, r.result()
	}
	w := &marketo.Webhook{}
	cat := marketo.StandardCatalog()
	var secretTokens []string
	r.mapping(root, "", func(key string, k, v *yaml.Node) {
		r.pos[key] = v
		switch key {
		case "name":
			w.Name = r.str(v, key)
		case "description":
			w.Description = r.str(v, key)
		case "url":
			w.URL = r.str(v, key)
		case "method":
			w.Method = marketo.Method(strings.ToUpper(r.str(v, key)))
		case "template":
			w.Template = r.template(v, key)
		case "tokenEncoding":
			w.Encoding = r.encoding(v, key)
		case "responseType":
			w.ResponseType = r.responseType(v, key)
		case "headers":
			w.Headers = r.headers(v)
		case "mappings":
			w.Mappings = r.mappings(v)
		case "fields":
			r.fields(v, cat)
		case "secretTokens":
			secretTokens = r.secretTokens(v, key)
		default:
			r.fail(k, key, ruleFormat, "unknown key%s; a webhook file has %s", spelling.Hint(key, webhookKeys()), strings.Join(webhookKeys(), ", "))
		}
	})
	for _, p := range w.Validate(cat) {
		n := r.pos[p.Field]
		if n == nil && p.Field == "responseType" {
			n = r.pos["mappings"] // the key is missing: point at what needs it
		}
		if n == nil {
			n = root
		}
		r.fail(n, p.Field, p.Rule, "%s", p.Message)
	}
	if len(r.errs) > 0 {
		return nil, r.result()
	}
	return &Definition{Webhook: w, Catalog: cat, SecretTokens: secretTokens}, nil
}

func webhookKeys() []string {
	return []string{"name", "description", "url", "method", "tokenEncoding", "responseType",
		"headers", "template", "mappings", "fields", "secretTokens"}
}

// secretTokens reads the list of token names whose values are secret: each
// a context token such as my.Enrich API Key (R12), not a lead field.
func (r *reader) secretTokens(n *yaml.Node, key string) []string {
	if n.Kind != yaml.SequenceNode {
		r.fail(n, key, ruleFormat, "expected a list of token names, e.g. [my.Enrich API Key]")
		return nil
	}
	var names []string
	for i, item := range n.Content {
		name := strings.TrimSpace(r.str(item, fmt.Sprintf("%s[%d]", key, i)))
		scope, rest, ok := strings.Cut(name, ".")
		if !ok || rest == "" || strings.EqualFold(scope, "lead") || strings.EqualFold(scope, "system") {
			r.fail(item, fmt.Sprintf("%s[%d]", key, i), "R12", "%q is not a context token: give scope.name, e.g. my.Enrich API Key (lead and system tokens hold no secrets)", name)
			continue
		}
		names = append(names, name)
	}
	return names
}

// mappingKeys are the keys of one item of a mappings list.
func mappingKeys() []string { return []string{"attribute", "field"} }

// fieldKeys are the keys of one custom field of fields.
func fieldKeys() []string { return []string{"name", "soapName", "type"} }

func (r *reader) headers(v *yaml.Node) []marketo.Header {
	var hs []marketo.Header
	r.mapping(v, "headers", func(name string, k, val *yaml.Node) {
		i := len(hs)
		r.pos[fmt.Sprintf("headers[%d].name", i)] = k
		r.pos[fmt.Sprintf("headers[%d].value", i)] = val
		hs = append(hs, marketo.Header{Name: name, Value: r.str(val, "headers."+name)})
	})
	return hs
}

func (r *reader) mappings(v *yaml.Node) []marketo.Mapping {
	var ms []marketo.Mapping
	switch v.Kind {
	case yaml.MappingNode:
		r.mapping(v, "mappings", func(attr string, k, val *yaml.Node) {
			i := len(ms)
			r.pos[fmt.Sprintf("mappings[%d].attribute", i)] = k
			r.pos[fmt.Sprintf("mappings[%d].field", i)] = val
			ms = append(ms, marketo.Mapping{Attribute: attr, Field: r.str(val, "mappings."+attr)})
		})
	case yaml.SequenceNode:
		for i, item := range v.Content {
			key := fmt.Sprintf("mappings[%d]", i)
			var m marketo.Mapping
			r.pos[key+".attribute"], r.pos[key+".field"] = item, item
			r.mapping(item, key, func(name string, k, val *yaml.Node) {
				switch name {
				case "attribute":
					m.Attribute = r.str(val, key+".attribute")
					r.pos[key+".attribute"] = val
				case "field":
					m.Field = r.str(val, key+".field")
					r.pos[key+".field"] = val
				default:
					r.fail(k, key+"."+name, ruleFormat, "unknown key%s; a mapping has %s", spelling.Hint(name, mappingKeys()), strings.Join(mappingKeys(), " and "))
				}
			})
			ms = append(ms, m)
		}
	default:
		r.fail(v, "mappings", ruleFormat, "mappings must be a map of attribute: field, or a list of {attribute, field}")
	}
	return ms
}

func (r *reader) fields(v *yaml.Node, cat *marketo.Catalog) {
	if v.Kind != yaml.SequenceNode {
		r.fail(v, "fields", ruleFormat, "fields must be a list of {name, soapName, type}")
		return
	}
	for i, item := range v.Content {
		key := fmt.Sprintf("fields[%d]", i)
		var f marketo.Field
		r.mapping(item, key, func(name string, k, val *yaml.Node) {
			switch name {
			case "name":
				f.Name = r.str(val, key+".name")
			case "soapName":
				f.SOAPName = r.str(val, key+".soapName")
			case "type":
				f.Type = marketo.FieldType(strings.ToLower(r.str(val, key+".type")))
				r.pos[key+".type"] = val
			default:
				r.fail(k, key+"."+name, ruleFormat, "unknown key%s; a field has %s", spelling.Hint(name, fieldKeys()), strings.Join(fieldKeys(), ", "))
			}
		})
		if err := cat.Add(f); err != nil {
			r.fail(item, key, ruleOf(err, "R26"), "%v", err)
		}
	}
}

// encoding reads tokenEncoding: none, json or form, or the admin screen's
// labels None, JSON, Form/Url (R8). A value that is none of them is kept as
// written, for Validate to report with the closest choice.
func (r *reader) encoding(v *yaml.Node, key string) marketo.Encoding {
	text := r.str(v, key)
	if e, err := marketo.ParseEncoding(text); err == nil {
		return e
	}
	return marketo.Encoding(text)
}

// responseType reads responseType: json or xml, or the admin screen's labels
// JSON, XML and None (no parsing) (R9); others are kept for Validate.
func (r *reader) responseType(v *yaml.Node, key string) marketo.ResponseType {
	text := r.str(v, key)
	if t, err := marketo.ParseResponseType(text); err == nil {
		return t
	}
	return marketo.ResponseType(text)
}

// template reads the payload template. An unquoted JSON object or list is
// YAML too, so it parses as a map or list: say to quote it.
func (r *reader) template(v *yaml.Node, key string) string {
	if v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode {
		r.fail(v, key, ruleFormat, "the template parsed as a YAML %s, not text: quote it ('{\"email\": {{lead.Email Address}}}') or write it as a block (template: |) below the key", kindName(v))
		return ""
	}
	return r.str(v, key)
}

func kindName(n *yaml.Node) string {
	if n.Kind == yaml.SequenceNode {
		return "list"
	}
	return "map"
}
