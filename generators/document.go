package generators

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// Verdict is what the spec says a planted value does to its field.
type Verdict int

// The verdicts of a plant.
const (
	// VerdictOpen: the plant declares no verdict. [Case.Expect] then goes by
	// the properties' own reading of the rules alone. The generators here
	// declare a verdict for every plant; VerdictOpen is for hand-made cases.
	VerdictOpen Verdict = iota
	// VerdictWrite: the value must be written, as Plant.Want (R18, A21).
	VerdictWrite
	// VerdictSkip: the value must not be written (R25, R26, A20-A22).
	VerdictSkip
)

// String names the verdict as a counterexample's comment reads it:
// "written", "skipped" or "open".
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
	// Want is the field's exact value after a VerdictWrite, in the canonical
	// form of the field's type (see marketo.Lead): a number into a String
	// field is its literal text ("42"), a datetime its RFC 3339 form.
	Want any
	// Rule is the rule the verdict comes from.
	Rule string
}

// Doc is a generated answer body for a webhook's mappings: the bytes, the
// tree they encode and what was planted where. A mapping without a plant
// does not resolve, or resolves to whatever the tree holds on its path
// (another mapping's plant, a filler, a decoy).
type Doc struct {
	Body []byte
	// Tree is the document the body encodes, as the generator built it:
	// JSON values (json.Number for numbers) or, for XML, a map holding the
	// root element, with marketo.XMLText leaves and []any for repeated
	// elements. [Case.Expect] follows the mappings' paths through it.
	Tree   map[string]any
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
// body ([Document]). Fields are drawn from the whole catalog, from one field
// per type (so rare types are mapped often) and from the String and Text
// Area fields (so their length limits are met often).
func Mappings(cat *marketo.Catalog, rt marketo.ResponseType, root string, max int) *rapid.Generator[[]marketo.Mapping] {
	fields := cat.Fields()
	var byType, limited []marketo.Field
	seen := map[marketo.FieldType]bool{}
	for _, f := range fields {
		if !seen[f.Type] {
			seen[f.Type] = true
			byType = append(byType, f)
			if f.Type == marketo.TypeString || f.Type == marketo.TypeText {
				limited = append(limited, f)
			}
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
			f := rapid.OneOf(rapid.SampledFrom(fields), rapid.SampledFrom(byType), rapid.SampledFrom(limited)).Draw(t, "field")
			ms[i] = marketo.Mapping{Attribute: strings.Join(steps, "."), Field: f.SOAPName}
		}
		return ms
	})
}

// Document generates a body of type rt for mappings ms over cat: for each
// mapping it plants a value of a kind that suits the field or does not
// (R25, R26, A20-A22) at the mapping's path, or leaves the path missing,
// sometimes with a decoy beside it: a convertible value under a key that
// differs from the path's only in letter case (A23). Then it adds noise,
// including keys outside the R22 alphabet. The body is well formed: JSON
// as encoding/json writes it (sometimes indented), XML with escaped text or
// CDATA sections, attributes and mixed text (neither addressable, A23).
func Document(cat *marketo.Catalog, rt marketo.ResponseType, ms []marketo.Mapping) *rapid.Generator[Doc] {
	isXML := rt == marketo.ResponseXML
	return rapid.Custom(func(t *rapid.T) Doc {
		tree := map[string]any{}
		var plants []Plant
		for i, m := range ms {
			f, _ := cat.BySOAP(m.Field)
			path := splitAttribute(m.Attribute)
			if rapid.IntRange(0, 5).Draw(t, "missing") == 5 {
				// A20: the path does not resolve; a decoy under another letter
				// case must not be found instead (A23).
				if d, ok := caseVariant(t, path, isXML); ok && rapid.Bool().Draw(t, "decoy") {
					p := plantFor(f, rt).Draw(t, "decoy value")
					insert(tree, d, p.Value, isXML)
				}
				continue
			}
			p := plantFor(f, rt).Draw(t, "plant")
			p.Mapping = i
			if !insert(tree, path, p.Value, isXML) {
				continue // another plant holds this path or a prefix of it
			}
			plants = append(plants, p)
		}
		if isXML {
			emptyToText(tree)
		} else {
			addJSONNoise(t, tree)
		}
		plants = intact(tree, ms, plants)
		if isXML {
			return Doc{Body: xmlBody(t, tree), Tree: tree, Plants: plants}
		}
		return Doc{Body: jsonBody(t, tree), Tree: tree, Plants: plants}
	})
}

// caseVariant returns path with the letter case of one key's first cased
// letter flipped ("data" -> "Data"); never the XML root, as a document has
// one root element. It reports false when the chosen key has no cased letter.
func caseVariant(t *rapid.T, path []step, isXML bool) ([]step, bool) {
	first := 0
	if isXML {
		first = 1
	}
	if first >= len(path) {
		return nil, false
	}
	i := rapid.IntRange(first, len(path)-1).Draw(t, "decoy step")
	out := append([]step(nil), path...)
	k := []rune(out[i].key)
	for j, r := range k {
		if u, l := unicode.ToUpper(r), unicode.ToLower(r); u != l {
			if r == u {
				k[j] = l
			} else {
				k[j] = u
			}
			out[i].key = string(k)
			return out, true
		}
	}
	return nil, false
}

// emptyToText turns the empty elements of an XML tree (an object left empty
// when a plant could not be put under it) into what they parse as: empty text.
func emptyToText(m map[string]any) {
	for k, v := range m {
		switch x := v.(type) {
		case map[string]any:
			if len(x) == 0 {
				m[k] = marketo.XMLText("")
			} else {
				emptyToText(x)
			}
		case []any:
			for i, e := range x {
				if em, ok := e.(map[string]any); ok {
					if len(em) == 0 {
						x[i] = marketo.XMLText("")
					} else {
						emptyToText(em)
					}
				}
			}
		}
	}
}

// intact keeps the plants still found, unchanged, at their paths: a later
// plant may have grown an array or object that an earlier one put down.
func intact(tree map[string]any, ms []marketo.Mapping, plants []Plant) []Plant {
	kept := plants[:0]
	for _, p := range plants {
		if v, ok := walk(tree, splitAttribute(ms[p.Mapping].Attribute)); ok && reflect.DeepEqual(v, p.Value) {
			kept = append(kept, p)
		}
	}
	return kept
}

// plantFor generates a value for a field of type f.Type with its verdict,
// half of the time one at the type's limits (String 255/256 characters,
// Text Area 30,000/30,001 bytes) where the type has limits. A limit plant
// is built only when drawn (a Text Area's are 30 KB each); the draws are
// those of sampling the full tables, so failfiles replay as before.
func plantFor(f marketo.Field, rt marketo.ResponseType) *rapid.Generator[Plant] {
	isXML := rt == marketo.ResponseXML
	all := jsonPlants(f.Type)
	if isXML {
		all = xmlPlants(f.Type)
	}
	edge := limitSpecs(f.Type)
	if len(edge) == 0 {
		return rapid.SampledFrom(all)
	}
	n := len(all)
	pick := func(i int) Plant {
		if i < n {
			return all[i]
		}
		return edge[i-n].plant(isXML)
	}
	return rapid.OneOf(rapid.Map(rapid.SampledFrom(indexes(0, n+len(edge))), pick),
		rapid.Map(rapid.SampledFrom(indexes(n, n+len(edge))), pick))
}

// indexes returns from, from+1, ..., to-1.
func indexes(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

// written and skipped build plant table rows.
func written(v, want any, rule string) Plant {
	return Plant{Value: v, Verdict: VerdictWrite, Want: want, Rule: rule}
}
func skipped(v any, rule string) Plant { return Plant{Value: v, Verdict: VerdictSkip, Rule: rule} }

// limitSpec is a plant at a length limit of R26 (A22), not yet built: n
// copies of char, then tail; written when it is within the limit.
type limitSpec struct {
	char  string
	n     int
	tail  string
	write bool
}

// plant builds the spec's plant, as XML text or a JSON string.
func (l limitSpec) plant(isXML bool) Plant {
	s := strings.Repeat(l.char, l.n) + l.tail
	var v any = s
	if isXML {
		v = marketo.XMLText(s)
	}
	if l.write {
		return written(v, s, "A22")
	}
	return skipped(v, "A22")
}

// limitSpecs are the plants at the length limits of R26 (A22): String
// counts characters, Text Area bytes, so each limit is met in ASCII and in
// a two-byte character.
func limitSpecs(ft marketo.FieldType) []limitSpec {
	switch ft {
	case marketo.TypeString:
		n := stringLimit
		return []limitSpec{{"é", n, "", true}, {"é", n + 1, "", false}, {"a", n, "", true}, {"a", n + 1, "", false}}
	case marketo.TypeText:
		n := textLimit
		return []limitSpec{{"x", n, "", true}, {"x", n + 1, "", false}, {"é", n / 2, "", true}, {"é", n / 2, "x", false}}
	}
	return nil
}

// limitPlants are the plants of limitSpecs, built.
func limitPlants(ft marketo.FieldType, isXML bool) []Plant {
	var out []Plant
	for _, l := range limitSpecs(ft) {
		out = append(out, l.plant(isXML))
	}
	return out
}

// jsonPlants are the JSON values planted for a field of type ft, each with
// the spec's verdict and, for a write, the exact value written.
func jsonPlants(ft marketo.FieldType) []Plant {
	num := func(s string) any { return json.Number(s) }
	w, s := written, skipped
	common := []Plant{ // unsuitable everywhere (A20)
		s(nil, "A20"), s(map[string]any{"k": "v"}, "A20"), s([]any{json.Number("1")}, "A20"),
	}
	var kinds []Plant
	switch ft {
	case marketo.TypeString:
		kinds = []Plant{w("Acme", "Acme", "A21"), w("", "", "A21"), w(" padded ", " padded ", "A21"),
			w(num("42"), "42", "A21"), w(num("-1.50"), "-1.50", "A21"), w(num("1e3"), "1e3", "A21"),
			w(true, "true", "A21"), w(false, "false", "A21")}
	case marketo.TypeText:
		kinds = []Plant{w("line 1\nline 2 \"q\"", "line 1\nline 2 \"q\"", "A21"),
			w(num("42"), "42", "A28"), w(true, "true", "A28")}
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		kinds = []Plant{w(num("42"), int64(42), "A21"), w(num("-7"), int64(-7), "A21"), w(num("0"), int64(0), "A21"),
			w(num("9223372036854775807"), int64(9223372036854775807), "R26"), w(num("1e3"), int64(1000), "R26"),
			s(num("9223372036854775808"), "R26"), s(num("1.5"), "R26"), s("42", "R25"), s("abc", "R25"), s(true, "R25")}
	case marketo.TypeFloat, marketo.TypeCurrency:
		kinds = []Plant{w(num("1.5"), 1.5, "A21"), w(num("-3"), float64(-3), "A21"), w(num("1e3"), float64(1000), "A21"),
			s("1.5", "R25"), s(false, "R25")}
	case marketo.TypeBoolean:
		kinds = []Plant{w(true, true, "A21"), w(false, false, "A21"), s("true", "R25"), s(num("1"), "R25")}
	case marketo.TypeDate:
		kinds = []Plant{w("2024-02-29", "2024-02-29", "R26"), s("2023-02-29", "R26"), s("31.01.2024", "R26"), s(num("20240131"), "R25")}
	case marketo.TypeDatetime:
		for in, canon := range datetimes() {
			kinds = append(kinds, w(in, canon, "R26"))
		}
		sort.Slice(kinds, func(i, j int) bool { return kinds[i].Value.(string) < kinds[j].Value.(string) })
		kinds = append(kinds, s("2024-01-31", "R26"), s("yesterday", "R26"), s("2024-01-31T10:00:00", "R26"))
	case marketo.TypeEmail:
		kinds = []Plant{w("ann@example.com", "ann@example.com", "R26"), w("o.brien+tag@example.co.uk", "o.brien+tag@example.co.uk", "R26"),
			s("not an email", "R26"), s(num("7"), "R25")}
	case marketo.TypeURL:
		kinds = []Plant{w("https://acme.example/x?y=1", "https://acme.example/x?y=1", "R26"), s("acme.example", "R26")}
	case marketo.TypePhone:
		kinds = []Plant{w("+1 555 0100", "+1 555 0100", "A21"), s(true, "R25"), s(num("5550100"), "R25")}
	}
	return append(kinds, common...)
}

// xmlPlants are the XML texts planted for a field of type ft: XML carries
// only text, which converts to numbers and booleans when, trimmed of white
// space, it parses as one (A21); into the textual types it goes exactly as
// it stands, white space included.
func xmlPlants(ft marketo.FieldType) []Plant {
	x := func(s string) any { return marketo.XMLText(s) }
	w := func(v string, want any, rule string) Plant { return written(x(v), want, rule) }
	s := func(v string, rule string) Plant { return skipped(x(v), rule) }
	var kinds []Plant
	switch ft {
	case marketo.TypeString, marketo.TypePhone:
		kinds = []Plant{w("Acme & Co <x>", "Acme & Co <x>", "A21"), w("42", "42", "A21"),
			w(" Acme ", " Acme ", "A21"), w("\n 42\t", "\n 42\t", "A21")}
	case marketo.TypeText:
		kinds = []Plant{w("two\nlines", "two\nlines", "A21"), w("  indented\n", "  indented\n", "A21")}
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		kinds = []Plant{w("42", int64(42), "A21"), w("-7", int64(-7), "A21"), w(" 42 ", int64(42), "A21"),
			w("\n\t-7\n", int64(-7), "A21"), s("4.5", "R26"), s("forty", "A21"), s("4 2", "A21")}
	case marketo.TypeFloat, marketo.TypeCurrency:
		kinds = []Plant{w("1.5", 1.5, "A21"), w(" 1.5\n", 1.5, "A21"), s("one", "A21")}
	case marketo.TypeBoolean:
		kinds = []Plant{w("true", true, "A21"), w("false", false, "A21"), w(" true\n", true, "A21"), s("yes please", "A21")}
	case marketo.TypeDate:
		kinds = []Plant{w("2024-02-29", "2024-02-29", "R26"), s("2023-02-29", "R26"), s(" 2024-02-29 ", "R26")}
	case marketo.TypeDatetime:
		kinds = []Plant{w("2024-01-31T10:00:00Z", "2024-01-31T10:00:00Z", "R26"),
			w("2024-01-31T10:00:00+0200", "2024-01-31T10:00:00+02:00", "R26"), s("noon", "R26")}
	case marketo.TypeEmail:
		kinds = []Plant{w("ann@example.com", "ann@example.com", "R26"), s("ann", "R26"), s(" ann@example.com", "R26")}
	case marketo.TypeURL:
		kinds = []Plant{w("https://acme.example", "https://acme.example", "R26"), s("acme", "R26")}
	}
	return append(kinds, Plant{Value: map[string]any{"inner": x("v")}, Verdict: VerdictSkip, Rule: "A20"})
}

// insert puts v at path in tree, building objects and arrays on the way. It
// reports false, changing nothing that matters, when the path is taken: a
// leaf or a node of the other kind is in the way. For XML an indexed step
// gets at least two elements, so that it is a repeated element (R24, A29).
func insert(tree map[string]any, path []step, v any, isXML bool) bool {
	cur := tree
	for i, st := range path {
		last := i == len(path)-1
		if !st.indexed {
			if last {
				if _, taken := cur[st.key]; taken {
					return false
				}
				cur[st.key] = v
				return true
			}
			next, ok := cur[st.key]
			if !ok {
				next = map[string]any{}
				cur[st.key] = next
			}
			m, ok := next.(map[string]any)
			if !ok {
				return false
			}
			cur = m
			continue
		}
		next, ok := cur[st.key]
		if !ok {
			next = []any{}
		}
		arr, ok := next.([]any)
		if !ok {
			return false
		}
		min := st.index + 1
		if isXML && min < 2 {
			min = 2
		}
		for len(arr) < min {
			arr = append(arr, map[string]any{"filler": fillerValue(isXML)})
		}
		cur[st.key] = arr
		if last {
			return false // indexes are generated only before the last step
		}
		m, ok := arr[st.index].(map[string]any)
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
	indent := rapid.Bool().Draw(t, "indent")
	if err := enc.Encode(tree); err != nil {
		panic(fmt.Sprintf("generators: encoding a generated JSON tree: %v", err)) // the tree holds only JSON values
	}
	compact := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	if !indent {
		return compact
	}
	var out bytes.Buffer
	out.Grow(len(compact) + len(compact)/4)
	indentJSON(&out, compact) // as SetIndent("", "  ") writes it
	return out.Bytes()
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
	// The style is drawn once per document, not per element: fewer choices
	// make shrinking much faster, and one element of each kind is enough.
	st := xmlStyle{
		attributes: rapid.IntRange(0, 3).Draw(t, "attributes") == 3,
		mixed:      rapid.IntRange(0, 3).Draw(t, "mixed text") == 3,
		cdata:      rapid.IntRange(0, 3).Draw(t, "cdata") == 3,
	}
	writeXML(&b, tree, st)
	return b.Bytes()
}

// xmlStyle is how a document writes what a path cannot address (A23):
// attributes on every element, text of its own before the children of an
// element with children (mixed content), text leaves as CDATA sections.
type xmlStyle struct{ attributes, mixed, cdata bool }

// writeXML writes the elements of m, in key order, in style st.
func writeXML(b *bytes.Buffer, m map[string]any, st xmlStyle) {
	for _, k := range sortedKeys(m) {
		items, repeated := m[k].([]any)
		if !repeated {
			items = []any{m[k]}
		}
		for _, v := range items {
			b.WriteString("<" + k)
			if st.attributes { // an attribute named like a common key: not addressable
				b.WriteString(` id="7" name="Acme"`)
			}
			b.WriteString(">")
			switch x := v.(type) {
			case map[string]any:
				if st.mixed {
					b.WriteString("note ")
				}
				writeXML(b, x, st)
			case marketo.XMLText:
				if st.cdata && !strings.Contains(string(x), "]]>") {
					b.WriteString("<![CDATA[" + string(x) + "]]>")
				} else {
					escapeXMLText(b, string(x))
				}
			default:
				panic(fmt.Sprintf("generators: a %T in a generated XML tree", v)) // XML trees hold maps and XMLText
			}
			b.WriteString("</" + k + ">")
		}
	}
}
