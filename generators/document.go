package generators

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// Verdict is what the spec says a planted value does to its field.
type Verdict int

// The verdicts of a plant.
const (
	// VerdictOpen: the spec leaves the outcome to the conversion rules' details
	// (e.g. the canonical form of a datetime); Convert decides.
	VerdictOpen Verdict = iota
	// VerdictWrite: the value must be written (R18, A21).
	VerdictWrite
	// VerdictSkip: the value must not be written (R25, R26, A20-A22).
	VerdictSkip
)

func (v Verdict) String() string {
	switch v {
	case VerdictWrite:
		return "written"
	case VerdictSkip:
		return "skipped"
	}
	return "open"
}

// Plant is a value the generator put at a mapping's path, with what the spec
// says must happen to it: the construction is the expectation, independent of
// the model's parser.
type Plant struct {
	// Mapping is the index of the mapping in the webhook's Mappings.
	Mapping int
	// Value is the value as the parsed body holds it: string, json.Number,
	// bool, nil, map[string]any, []any for JSON; marketo.XMLText or a map for XML.
	Value any
	// Verdict is what the spec says happens to Value in the mapping's field.
	Verdict Verdict
	// Want is the field's value after a VerdictWrite, when the spec fixes it
	// exactly; nil when only Convert knows the canonical form.
	Want any
	// Rule is the rule the verdict comes from.
	Rule string
}

// Doc is a generated answer body for a webhook's mappings: the bytes and what
// was planted where. A mapping without a plant does not resolve, or resolves
// to whatever another mapping's plant put on its path.
type Doc struct {
	Body   []byte
	Plants []Plant
}

// pathKey generates keys inside the R22 alphabet: letters, digits, '-',
// '_', ':' and white space. A small pool makes mappings share prefixes.
func pathKey(xmlSafe bool) *rapid.Generator[string] {
	if xmlSafe { // element names: no white space, not starting with a digit or '-'
		return rapid.OneOf(
			rapid.SampledFrom([]string{"data", "result", "id", "score", "name", "orders", "item", "ns:tag", "x_1", "a-b"}),
			rapid.StringMatching(`[a-z][a-z0-9_-]{0,5}`),
		)
	}
	return rapid.OneOf(
		rapid.SampledFrom([]string{"data", "result", "id", "score", "name", "orders", "item", "a b", "x:y", "x_1", "a-b", " lead ", "Ünïcode"}),
		rapid.StringMatching(`[A-Za-z0-9_:-]{1,6}`),
	)
}

// Mappings generates up to max response mappings for rt, each to a field of
// cat: paths in dot notation with integer indexes (R22, R23); for XML every
// path starts at the root element root (R24). The attributes are valid, so a
// webhook holding them passes Validate; whether they resolve depends on the
// body ([Document]).
func Mappings(cat *marketo.Catalog, rt marketo.ResponseType, root string, max int) *rapid.Generator[[]marketo.Mapping] {
	fields := cat.Fields()
	var byType []marketo.Field // one field of each type, so rare types are mapped often
	seen := map[marketo.FieldType]bool{}
	for _, f := range fields {
		if !seen[f.Type] {
			seen[f.Type] = true
			byType = append(byType, f)
		}
	}
	return rapid.Custom(func(t *rapid.T) []marketo.Mapping {
		n := rapid.IntRange(0, max).Draw(t, "mappings")
		ms := make([]marketo.Mapping, n)
		for i := range ms {
			var steps []string
			if rt == marketo.ResponseXML {
				steps = append(steps, root)
			}
			depth := rapid.IntRange(1, 3).Draw(t, "depth")
			for d := 0; d < depth; d++ {
				k := pathKey(rt == marketo.ResponseXML).Draw(t, "key")
				if d < depth-1 && rapid.IntRange(0, 3).Draw(t, "indexed") == 3 {
					k += "[" + strconv.Itoa(rapid.IntRange(0, 2).Draw(t, "index")) + "]"
				}
				steps = append(steps, k)
			}
			f := rapid.OneOf(rapid.SampledFrom(fields), rapid.SampledFrom(byType)).Draw(t, "field")
			ms[i] = marketo.Mapping{Attribute: strings.Join(steps, "."), Field: f.SOAPName}
		}
		return ms
	})
}

// Document generates a body of type rt for mappings ms over cat: for each
// mapping it plants a value of a kind that suits the field or does not
// (R25, R26, A20-A22) at the mapping's path, or leaves the path missing;
// then it adds noise, including keys outside the R22 alphabet. The body is
// well formed: JSON as encoding/json writes it (sometimes indented), XML
// with escaped text.
func Document(cat *marketo.Catalog, rt marketo.ResponseType, ms []marketo.Mapping) *rapid.Generator[Doc] {
	return rapid.Custom(func(t *rapid.T) Doc {
		tree := map[string]any{}
		var plants []Plant
		for i, m := range ms {
			if rapid.IntRange(0, 5).Draw(t, "missing") == 5 {
				continue // A20: the path does not resolve
			}
			f, _ := cat.BySOAP(m.Field)
			p := plantFor(f, rt).Draw(t, "plant")
			p.Mapping = i
			path, err := marketo.ParsePath(m.Attribute)
			if err != nil || !insert(tree, path, p.Value, rt == marketo.ResponseXML) {
				continue // another plant holds this path or a prefix of it
			}
			plants = append(plants, p)
		}
		plants = intact(tree, ms, plants)
		if rt == marketo.ResponseXML {
			return Doc{Body: xmlBody(t, tree), Plants: plants}
		}
		addJSONNoise(t, tree)
		return Doc{Body: jsonBody(t, tree), Plants: plants}
	})
}

// intact keeps the plants still found, unchanged, at their paths: a later
// plant may have grown an array or object that an earlier one put down.
func intact(tree map[string]any, ms []marketo.Mapping, plants []Plant) []Plant {
	kept := plants[:0]
	for _, p := range plants {
		path, _ := marketo.ParsePath(ms[p.Mapping].Attribute) // parsed once already
		if v, ok := walk(tree, path); ok && reflect.DeepEqual(v, p.Value) {
			kept = append(kept, p)
		}
	}
	return kept
}

// walk follows path through the generated tree.
func walk(tree map[string]any, path marketo.Path) (any, bool) {
	var cur any = tree
	for _, st := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[st.Key]; !ok {
			return nil, false
		}
		if st.HasIndex {
			arr, ok := cur.([]any)
			if !ok || st.Index >= len(arr) {
				return nil, false
			}
			cur = arr[st.Index]
		}
	}
	return cur, true
}

// plantFor generates a value for a field of type f.Type with its verdict.
func plantFor(f marketo.Field, rt marketo.ResponseType) *rapid.Generator[Plant] {
	if rt == marketo.ResponseXML {
		return xmlPlantFor(f)
	}
	num := func(s string) any { return json.Number(s) }
	w := func(v, want any, rule string) Plant {
		return Plant{Value: v, Verdict: VerdictWrite, Want: want, Rule: rule}
	}
	open := func(v any, rule string) Plant { return Plant{Value: v, Verdict: VerdictWrite, Rule: rule} }
	s := func(v any, rule string) Plant { return Plant{Value: v, Verdict: VerdictSkip, Rule: rule} }
	common := []Plant{ // unsuitable everywhere (A20)
		s(nil, "A20"), s(map[string]any{"k": "v"}, "A20"), s([]any{json.Number("1")}, "A20"),
	}
	var kinds []Plant
	switch f.Type {
	case marketo.TypeString:
		kinds = []Plant{w("Acme", "Acme", "A21"), w("", "", "A21"), w(strings.Repeat("é", 255), strings.Repeat("é", 255), "A22"),
			s(strings.Repeat("é", 256), "A22"), open(num("42"), "A21"), open(true, "A21")}
	case marketo.TypeText:
		kinds = []Plant{w("line 1\nline 2 \"q\"", "line 1\nline 2 \"q\"", "A21"), s(strings.Repeat("x", marketo.MaxTextBytes+1), "A22"),
			w(strings.Repeat("x", marketo.MaxTextBytes), strings.Repeat("x", marketo.MaxTextBytes), "A22")}
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		kinds = []Plant{w(num("42"), int64(42), "A21"), w(num("-7"), int64(-7), "A21"), w(num("0"), int64(0), "A21"),
			w(num("9223372036854775807"), int64(9223372036854775807), "R26"),
			s(num("9223372036854775808"), "R26"), s(num("1.5"), "R26"), s("42", "R25"), s("abc", "R25"), s(true, "R25")}
	case marketo.TypeFloat, marketo.TypeCurrency:
		kinds = []Plant{w(num("1.5"), 1.5, "A21"), w(num("-3"), float64(-3), "A21"), w(num("1e3"), float64(1000), "A21"),
			s("1.5", "R25"), s(false, "R25")}
	case marketo.TypeBoolean:
		kinds = []Plant{w(true, true, "A21"), w(false, false, "A21"), s("true", "R25"), s(num("1"), "R25")}
	case marketo.TypeDate:
		kinds = []Plant{w("2024-02-29", "2024-02-29", "R26"), s("2023-02-29", "R26"), s("31.01.2024", "R26"), s(num("20240131"), "R25")}
	case marketo.TypeDatetime:
		kinds = []Plant{open("2024-01-31T10:00:00Z", "R26"), open("2024-01-31T10:00:00+02:00", "R26"), s("2024-01-31", "R26"), s("yesterday", "R26")}
	case marketo.TypeEmail:
		kinds = []Plant{w("ann@example.com", "ann@example.com", "R26"), s("not an email", "R26"), s(num("7"), "R25")}
	case marketo.TypeURL:
		kinds = []Plant{w("https://acme.example/x?y=1", "https://acme.example/x?y=1", "R26"), s("acme.example", "R26")}
	case marketo.TypePhone:
		kinds = []Plant{w("+1 555 0100", "+1 555 0100", "A21"), s(true, "R25")}
	}
	return rapid.SampledFrom(append(kinds, common...))
}

// xmlPlantFor generates XML text for a field: XML carries only text, which
// converts to numbers and booleans when it parses as one (A21).
func xmlPlantFor(f marketo.Field) *rapid.Generator[Plant] {
	x := func(s string) any { return marketo.XMLText(s) }
	w := func(v string, want any, rule string) Plant {
		return Plant{Value: x(v), Verdict: VerdictWrite, Want: want, Rule: rule}
	}
	s := func(v string, rule string) Plant { return Plant{Value: x(v), Verdict: VerdictSkip, Rule: rule} }
	var kinds []Plant
	switch f.Type {
	case marketo.TypeString, marketo.TypePhone:
		kinds = []Plant{w("Acme & Co <x>", "Acme & Co <x>", "A21"), w("42", "42", "A21")}
	case marketo.TypeText:
		kinds = []Plant{w("two\nlines", "two\nlines", "A21")}
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		kinds = []Plant{w("42", int64(42), "A21"), w("-7", int64(-7), "A21"), s("4.5", "R26"), s("forty", "A21")}
	case marketo.TypeFloat, marketo.TypeCurrency:
		kinds = []Plant{w("1.5", 1.5, "A21"), s("one", "A21")}
	case marketo.TypeBoolean:
		kinds = []Plant{w("true", true, "A21"), w("false", false, "A21"), s("yes please", "A21")}
	case marketo.TypeDate:
		kinds = []Plant{w("2024-02-29", "2024-02-29", "R26"), s("2023-02-29", "R26")}
	case marketo.TypeDatetime:
		kinds = []Plant{{Value: x("2024-01-31T10:00:00Z"), Verdict: VerdictWrite, Rule: "R26"}, s("noon", "R26")}
	case marketo.TypeEmail:
		kinds = []Plant{w("ann@example.com", "ann@example.com", "R26"), s("ann", "R26")}
	case marketo.TypeURL:
		kinds = []Plant{w("https://acme.example", "https://acme.example", "R26"), s("acme", "R26")}
	}
	return rapid.SampledFrom(append(kinds, Plant{Value: map[string]any{"inner": x("v")}, Verdict: VerdictSkip, Rule: "A20"}))
}

// insert puts v at path in tree, building objects and arrays on the way. It
// reports false, changing nothing that matters, when the path is taken: a
// leaf or a node of the other kind is in the way. For XML an indexed step
// gets at least two elements, so that it is a repeated element (R24).
func insert(tree map[string]any, path marketo.Path, v any, isXML bool) bool {
	cur := tree
	for i, st := range path {
		last := i == len(path)-1
		if !st.HasIndex {
			if last {
				if _, taken := cur[st.Key]; taken {
					return false
				}
				cur[st.Key] = v
				return true
			}
			next, ok := cur[st.Key]
			if !ok {
				next = map[string]any{}
				cur[st.Key] = next
			}
			m, ok := next.(map[string]any)
			if !ok {
				return false
			}
			cur = m
			continue
		}
		next, ok := cur[st.Key]
		if !ok {
			next = []any{}
		}
		arr, ok := next.([]any)
		if !ok {
			return false
		}
		min := st.Index + 1
		if isXML && min < 2 {
			min = 2
		}
		for len(arr) < min {
			arr = append(arr, map[string]any{"filler": fillerValue(isXML)})
		}
		cur[st.Key] = arr
		if last {
			return false // indexes are generated only before the last step
		}
		m, ok := arr[st.Index].(map[string]any)
		if !ok {
			return false
		}
		cur = m
	}
	return false
}

func fillerValue(isXML bool) any {
	if isXML {
		return marketo.XMLText("f")
	}
	return "f"
}

// addJSONNoise adds keys no mapping addresses, some outside the R22 alphabet
// ("a.b", "x[0]", "$ref"), with values of every JSON kind.
func addJSONNoise(t *rapid.T, tree map[string]any) {
	n := rapid.IntRange(0, 3).Draw(t, "noise")
	for i := 0; i < n; i++ {
		k := rapid.SampledFrom([]string{"a.b", "x[0]", "$ref", "ключ", "k!", "extra", "Data"}).Draw(t, "noise key")
		if _, taken := tree[k]; taken {
			continue
		}
		tree[k] = rapid.SampledFrom([]any{json.Number("1"), "v", nil, true, []any{}, map[string]any{}}).Draw(t, "noise value")
	}
}

// jsonBody writes tree as JSON, compact or indented. HTML characters stay
// as they are, as a vendor's JSON library may write them.
func jsonBody(t *rapid.T, tree map[string]any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if rapid.Bool().Draw(t, "indent") {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(tree); err != nil {
		panic(fmt.Sprintf("generators: encoding a generated JSON tree: %v", err)) // the tree holds only JSON values
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// xmlBody writes tree, which holds exactly one root key, as XML, with a
// declaration sometimes. Arrays become repeated elements.
func xmlBody(t *rapid.T, tree map[string]any) []byte {
	var b bytes.Buffer
	if rapid.Bool().Draw(t, "xml declaration") {
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	}
	if len(tree) == 0 {
		b.WriteString("<response/>")
		return b.Bytes()
	}
	writeXML(&b, tree)
	return b.Bytes()
}

func writeXML(b *bytes.Buffer, m map[string]any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		items, repeated := m[k].([]any)
		if !repeated {
			items = []any{m[k]}
		}
		for _, v := range items {
			b.WriteString("<" + k + ">")
			switch x := v.(type) {
			case map[string]any:
				writeXML(b, x)
			case marketo.XMLText:
				_ = xml.EscapeText(b, []byte(x)) // a bytes.Buffer does not fail
			default:
				_ = xml.EscapeText(b, []byte(fmt.Sprint(x)))
			}
			b.WriteString("</" + k + ">")
		}
	}
}
