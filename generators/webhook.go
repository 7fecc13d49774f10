package generators

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// Slot is one place in a generated payload template that holds a
// {{lead.<field>}} token: where it sits, which field, and its default (R13).
type Slot struct {
	// Key is the object key (JSON) or the form key (Form/Url) the token is the
	// value of. Keys are unique within a template.
	Key string
	// Field is the lead field the token names.
	Field marketo.Field
	// Default is the token's default, if HasDefault.
	Default    string
	HasDefault bool
}

// Template is a generated payload template with the slots it holds, so that
// a property knows what each part of the rendered body must decode to.
type Template struct {
	// Text is the template as typed into the definition.
	Text string
	// Encoding is the encoding the template is written for.
	Encoding marketo.Encoding
	// Literals are the fixed values written beside the slots: for JSON the
	// decoded value (json.Number, string, bool, nil), for Form/Url the text.
	Literals map[string]any
	// Slots are the tokens in the template, in order.
	Slots []Slot
}

// slotDefaults are token defaults that need no escaping anywhere (R13):
// text, and text that parses as a number or a boolean, which renders bare
// on a numeric or Boolean field under JSON encoding (A30).
func slotDefaults() []string { return []string{"there", "a b", "n/a", "0", "42", "true"} }

// drawSlots draws up to max slots over the fields of cat, with unique keys:
// the fields from the whole catalog or one per type (so every type's
// rendering is met often), half of the slots with a default.
func drawSlots(t *rapid.T, cat *marketo.Catalog, max int) []Slot {
	fields := cat.Fields()
	var byType []marketo.Field
	seen := map[marketo.FieldType]bool{}
	for _, f := range fields {
		if !seen[f.Type] {
			seen[f.Type] = true
			byType = append(byType, f)
		}
	}
	field := rapid.OneOf(rapid.SampledFrom(fields), rapid.SampledFrom(byType))
	n := rapid.IntRange(0, max).Draw(t, "slots")
	slots := make([]Slot, 0, n)
	for i := 0; i < n; i++ {
		s := Slot{Key: fmt.Sprintf("k%d", i), Field: field.Draw(t, "slot field")}
		if rapid.Bool().Draw(t, "has default") {
			s.Default, s.HasDefault = rapid.SampledFrom(slotDefaults()).Draw(t, "default"), true
		}
		slots = append(slots, s)
	}
	return slots
}

func (s Slot) token() string {
	if s.HasDefault {
		return "{{lead." + s.Field.Name + ":default=" + s.Default + "}}"
	}
	return "{{lead." + s.Field.Name + "}}"
}

// JSONTemplate generates a JSON payload template with bare tokens (R14): an
// object whose values are tokens for fields of cat and literal JSON values,
// the tokens sometimes nested one object deep ("lead": {...}) or as array
// elements. The template is valid JSON once each token stands for a JSON
// value.
func JSONTemplate(cat *marketo.Catalog) *rapid.Generator[Template] {
	return rapid.Custom(func(t *rapid.T) Template {
		tp := Template{Encoding: marketo.EncodingJSON, Literals: map[string]any{}}
		tp.Slots = drawSlots(t, cat, 6)
		lits := rapid.SliceOfN(rapid.SampledFrom([]any{json.Number("1"), "marketo", true, nil, "a&b", "\u00e9"}), 0, 2).Draw(t, "literals")
		var parts []string
		for i, v := range lits {
			k := fmt.Sprintf("lit%d", i)
			tp.Literals[k] = v
			lit := "null"
			switch x := v.(type) {
			case string:
				lit = mustJSONString(x) // no \u escapes: A3 would reject them in a template
			case json.Number:
				lit = string(x)
			case bool:
				lit = fmt.Sprint(x)
			}
			parts = append(parts, fmt.Sprintf("%q: %s", k, lit))
		}
		for _, s := range tp.Slots {
			parts = append(parts, fmt.Sprintf("%q: %s", s.Key, s.token()))
		}
		// Shuffle the members so tokens meet every neighbour: start, middle, end.
		parts = rapid.Permutation(parts).Draw(t, "order")
		sep := rapid.SampledFrom([]string{",", ", ", ",\n  "}).Draw(t, "separator")
		body := "{" + strings.Join(parts, sep) + "}"
		if rapid.IntRange(0, 3).Draw(t, "wrapped") == 3 {
			body = `{"lead": ` + body + `, "source": "marketo"}`
		}
		tp.Text = body
		return tp
	})
}

// FormTemplate generates a Form/Url payload template (R15): key=value pairs
// joined by '&', each value a token or a literal already form-encoded.
func FormTemplate(cat *marketo.Catalog) *rapid.Generator[Template] {
	return rapid.Custom(func(t *rapid.T) Template {
		tp := Template{Encoding: marketo.EncodingForm, Literals: map[string]any{}}
		tp.Slots = drawSlots(t, cat, 6)
		var parts []string
		for i, v := range rapid.SliceOfN(rapid.SampledFrom([]string{"marketo", "a b", "x&y=z"}), 0, 2).Draw(t, "literals") {
			k := fmt.Sprintf("lit%d", i)
			tp.Literals[k] = v
			parts = append(parts, k+"="+url.QueryEscape(v))
		}
		for _, s := range tp.Slots {
			parts = append(parts, s.Key+"="+s.token())
		}
		tp.Text = strings.Join(rapid.Permutation(parts).Draw(t, "order"), "&")
		return tp
	})
}

// NoneTemplate generates a template for encoding None (R16): free text with
// tokens, no backslashes (A3 would read them as escapes).
func NoneTemplate(cat *marketo.Catalog) *rapid.Generator[Template] {
	return rapid.Custom(func(t *rapid.T) Template {
		tp := Template{Encoding: marketo.EncodingNone, Literals: map[string]any{}}
		tp.Slots = drawSlots(t, cat, 3)
		var b strings.Builder
		b.WriteString("<lead>")
		for _, s := range tp.Slots {
			b.WriteString("<" + s.Key + ">" + s.token() + "</" + s.Key + ">")
		}
		b.WriteString("</lead>")
		tp.Text = b.String()
		return tp
	})
}

// Webhook generates a valid webhook definition over cat (it passes
// Validate): any method of R6 (GET carries no template, A2), any encoding
// with a template written for it, a URL with literal and token query
// parameters (R5), custom headers with safe token values (R10), Response
// Type rt and the given mappings. The template is returned beside the
// definition for properties that check the rendering.
func Webhook(cat *marketo.Catalog, rt marketo.ResponseType, ms []marketo.Mapping) *rapid.Generator[Hook] {
	return rapid.Custom(func(t *rapid.T) Hook {
		w := marketo.Webhook{
			Name:         "enrich",
			URL:          rapid.SampledFrom(hookURLs()).Draw(t, "url"),
			Method:       rapid.SampledFrom([]marketo.Method{marketo.MethodPost, marketo.MethodGet, marketo.MethodPut, marketo.MethodPatch, marketo.MethodDelete}).Draw(t, "method"),
			ResponseType: rt,
			Mappings:     ms,
		}
		var tp Template
		if w.Method != marketo.MethodGet {
			switch rapid.IntRange(0, 2).Draw(t, "encoding") {
			case 0:
				tp = JSONTemplate(cat).Draw(t, "template")
			case 1:
				tp = FormTemplate(cat).Draw(t, "template")
			default:
				tp = NoneTemplate(cat).Draw(t, "template")
			}
			w.Template, w.Encoding = tp.Text, tp.Encoding
		}
		w.Headers = rapid.SliceOfN(rapid.SampledFrom(safeHeaders()), 0, 2).Draw(t, "headers")
		return Hook{Webhook: w, Template: tp}
	})
}

// Hook is a generated definition with the template it was written from.
type Hook struct {
	Webhook  marketo.Webhook
	Template Template
}

func hookURLs() []string {
	return []string{
		"https://enrich.vendor.example/hook",
		"https://enrich.vendor.example/hook?email={{lead.Email Address}}&src=a%26b",
		"http://enrich.vendor.example/v1/leads/{{lead.Lead Score}}?q=a&b",
	}
}

// safeHeaders hold no token whose value could carry CR or LF (A5).
func safeHeaders() []marketo.Header {
	return []marketo.Header{
		{Name: "X-Api-Key", Value: "k-123"},
		{Name: "X-Score", Value: "{{lead.Lead Score}}"},
		{Name: "Content-Type", Value: "application/json; charset=utf-8"},
		{Name: "X-Campaign", Value: "{{campaign.name}}"},
	}
}

// ExpectedJSON is the document a JSON template must render to for lead
// (R14, A6, R13): each slot holds the lead's value as JSON (strings quoted,
// numbers and booleans bare, invalid UTF-8 as U+FFFD), or the default when
// the value is empty, or "" without one. It returns the decoded form (numbers
// as json.Number).
func (tp Template) ExpectedJSON(lead marketo.Lead) map[string]any {
	m := map[string]any{}
	for k, v := range tp.Literals {
		m[k] = v
	}
	for _, s := range tp.Slots {
		m[s.Key] = jsonSlotValue(s, lead[s.Field.SOAPName])
	}
	if strings.HasPrefix(tp.Text, `{"lead": `) {
		return map[string]any{"lead": m, "source": "marketo"}
	}
	return m
}

// ExpectedForm is what a Form/Url template must decode to for lead (R15).
func (tp Template) ExpectedForm(lead marketo.Lead) url.Values {
	vals := url.Values{}
	for k, v := range tp.Literals {
		vals.Set(k, v.(string))
	}
	for _, s := range tp.Slots {
		text := marketo.FormatValue(lead[s.Field.SOAPName])
		if text == "" && s.HasDefault {
			text = s.Default
		}
		vals.Set(s.Key, text)
	}
	return vals
}

// FormText is the exact body a Form/Url template renders to for lead
// (R15): each token replaced by url.QueryEscape of its value, or of its
// default when the value is empty (R13, A6); the literals as written.
func (tp Template) FormText(lead marketo.Lead) string {
	want := tp.ExpectedForm(lead)
	text := tp.Text
	for _, s := range tp.Slots {
		text = strings.Replace(text, s.token(), url.QueryEscape(want.Get(s.Key)), 1)
	}
	return text
}

// jsonSlotValue is the decoded JSON value a slot renders to.
func jsonSlotValue(s Slot, v any) any {
	text := marketo.FormatValue(v)
	if text == "" {
		if !s.HasDefault {
			return ""
		}
		if numericOrBool(s.Field.Type) {
			if d := decodeJSON(s.Default); d != nil {
				if _, isNum := d.(json.Number); isNum && s.Field.Type != marketo.TypeBoolean {
					return d
				}
				if _, isBool := d.(bool); isBool && s.Field.Type == marketo.TypeBoolean {
					return d
				}
			}
		}
		return s.Default
	}
	switch v.(type) {
	case int64, float64:
		if numericOrBool(s.Field.Type) && s.Field.Type != marketo.TypeBoolean {
			return json.Number(text)
		}
	case bool:
		if s.Field.Type == marketo.TypeBoolean {
			return v
		}
	}
	return decodeJSON(mustJSONString(text))
}

func numericOrBool(ft marketo.FieldType) bool {
	switch ft {
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent, marketo.TypeFloat, marketo.TypeCurrency, marketo.TypeBoolean:
		return true
	}
	return false
}

// mustJSONString quotes s as encoding/json does, without HTML escaping.
func mustJSONString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// decodeJSON decodes one JSON text with numbers as json.Number; nil when it
// is not JSON.
func decodeJSON(s string) any {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil || dec.More() {
		return nil
	}
	return v
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
