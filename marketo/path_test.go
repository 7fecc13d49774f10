package marketo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/hookcert/hookcert/marketo"
)

// Adobe's documented examples (D2).
const (
	adobeJSON = `{
    "profileId" : 1234,
    "firstName" : "Jane",
    "lastName" : "Doe",
    "orders" : [
        {
            "orderId" : 5678,
            "orderDate" : "2015-01-01",
            "orderProductId" : "4982"
        },
        {
            "orderId" : 5678,
            "orderDate" : "2014-05-07",
            "orderProductId" : "4982"
        }
    ]
}`
	adobeXML = `<?xml version="1.0" encoding="UTF-8"?>
<example>
    <foo>bar</foo>
</example>`
	adobeXMLList = `<?xml version="1.0" encoding="UTF-8"?>
<elementList>
    <element>
        <foo>baz</foo>
    </element>
    <element>
        <foo>qux</foo>
    </element>
</elementList>`
)

func TestParsePath(t *testing.T) {
	step := func(k string) marketo.PathStep { return marketo.PathStep{Key: k} }
	idx := func(k string, i int) marketo.PathStep { return marketo.PathStep{Key: k, Index: i, HasIndex: true} }
	tests := []struct {
		name    string
		rule    string
		in      string
		want    marketo.Path // nil: an error with rule
		wantErr string
	}{
		{name: "R22 single key", rule: "R22", in: "foo", want: marketo.Path{step("foo")}},
		{name: "R23 array index", rule: "R23", in: "orders[0].orderDate", want: marketo.Path{idx("orders", 0), step("orderDate")}},
		{name: "R23 large index", rule: "R23", in: "a[12]", want: marketo.Path{idx("a", 12)}},
		{name: "R24 XML path from the root", rule: "R24", in: "elementList.element[0].foo",
			want: marketo.Path{step("elementList"), idx("element", 0), step("foo")}},
		{name: "R22 allowed characters", rule: "R22", in: "a-b_c:d e.F9", want: marketo.Path{step("a-b_c:d e"), step("F9")}},
		{name: "R22 letters beyond ASCII", rule: "R22", in: "größe.名前", want: marketo.Path{step("größe"), step("名前")}},
		{name: "A23 namespaced key", rule: "A23", in: "ns:root.ns:foo", want: marketo.Path{step("ns:root"), step("ns:foo")}},
		{name: "A23 space around dots kept", rule: "A23", in: " a . b ", want: marketo.Path{step(" a "), step(" b ")}},
		{name: "R22 empty path", rule: "R22", in: ""},
		{name: "R22 dollar in key", rule: "R22", in: "a.b$",
			wantErr: `attribute "a.b$": key "b$" has '$', only letters, digits, '-', '_', ':' and white space are allowed (R22)`},
		{name: "R22 slash in key", rule: "R22", in: "a/b"},
		{name: "R22 JSONPath root", rule: "R22", in: "$.a"},
		{name: "R22 empty key between dots", rule: "R22", in: "a..b"},
		{name: "R22 leading dot", rule: "R22", in: ".a"},
		{name: "R22 trailing dot", rule: "R22", in: "a."},
		{name: "R22 index without key", rule: "R22", in: "a.[0]"},
		{name: "R22 stray closing bracket", rule: "R22", in: "a]"},
		{name: "R23 string subscript quoted", rule: "R23", in: `a["x"]`},
		{name: "R23 string subscript single-quoted", rule: "R23", in: `a['x']`},
		{name: "R23 string subscript bare", rule: "R23", in: "a[x]"},
		{name: "R23 negative index", rule: "R23", in: "a[-1]"},
		{name: "R23 empty index", rule: "R23", in: "a[]"},
		{name: "R23 unclosed index", rule: "R23", in: "a[0"},
		{name: "R23 two indexes", rule: "R23", in: "a[0][1]"},
		{name: "R23 text after index", rule: "R23", in: "a[0]b"},
		{name: "R23 index with spaces", rule: "R23", in: "a[ 0 ]"},
		{name: "R23 index too large", rule: "R23", in: "a[99999999999999999999]"},
		{name: "A23 root array", rule: "A23", in: "[0].foo"},
		{name: "A23 bare index", rule: "A23", in: "[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marketo.ParsePath(tt.in)
			if tt.want != nil {
				if err != nil {
					t.Fatalf("got error %v, want %+v", err, tt.want)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("got %+v, want %+v", got, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("got %+v, want an error naming %s", got, tt.rule)
			}
			var p marketo.Problem
			if !errors.As(err, &p) {
				t.Fatalf("got error of type %T, want a marketo.Problem", err)
			}
			if p.Rule != tt.rule {
				t.Errorf("got rule %q (%v), want %q", p.Rule, err, tt.rule)
			}
			if !strings.HasSuffix(err.Error(), "("+tt.rule+")") {
				t.Errorf("got error text %q, want it to end with (%s)", err, tt.rule)
			}
			if tt.wantErr != "" && err.Error() != tt.wantErr {
				t.Errorf("got error %q, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestParseJSONBody(t *testing.T) {
	tests := []struct {
		name string
		rule string
		body string
		want any // nil: an error
	}{
		{name: "R23 Adobe example parses", rule: "R23", body: `{"foo":"bar"}`, want: map[string]any{"foo": "bar"}},
		{name: "A21 numbers are json.Number", rule: "A21", body: `{"n": 1.50}`, want: map[string]any{"n": json.Number("1.50")}},
		{name: "A16 BOM tolerated", rule: "A16", body: "\xef\xbb\xbf{\"a\":true}", want: map[string]any{"a": true}},
		{name: "A16 white space around the value", rule: "A16", body: " \r\n{\"a\":null}\n\t ", want: map[string]any{"a": nil}},
		{name: "A23 root array parses", rule: "A23", body: `[{"foo":1}]`, want: []any{map[string]any{"foo": json.Number("1")}}},
		{name: "A16 trailing garbage", rule: "A16", body: `{"a":1} x`},
		{name: "A16 second value", rule: "A16", body: `{"a":1}{"b":2}`},
		{name: "A16 trailing bracket", rule: "A16", body: `{"a":1}]`},
		{name: "A16 truncated", rule: "A16", body: `{"a":`},
		{name: "A16 not JSON", rule: "A16", body: `<a>1</a>`},
		{name: "A16 empty", rule: "A16", body: ``},
		{name: "A16 white space only", rule: "A16", body: " \n "},
		{name: "A16 BOM only", rule: "A16", body: "\xef\xbb\xbf"},
		{name: "A16 BOM twice", rule: "A16", body: "\xef\xbb\xbf\xef\xbb\xbf{}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marketo.ParseJSONBody([]byte(tt.body))
			if tt.want == nil {
				if err == nil {
					t.Fatalf("got %#v, want an error", got)
				}
				if !strings.Contains(err.Error(), "A16") {
					t.Errorf("got error %q, want it to name A16", err)
				}
				if be, ok := errors.AsType[*marketo.BodyError](err); !ok || be.Rule() != "A16" || !strings.HasPrefix(err.Error(), "JSON body (A16): ") {
					t.Errorf("got error %#v, want a *marketo.BodyError reading JSON body (A16)", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want %#v", err, tt.want)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestParseXMLBody(t *testing.T) {
	type m = map[string]any
	type x = marketo.XMLText
	tests := []struct {
		name string
		rule string
		body string
		want any // nil: an error
	}{
		{name: "R24 Adobe example", rule: "R24", body: adobeXML, want: m{"example": m{"foo": x("bar")}}},
		{name: "R24 repeated children form an array", rule: "R24", body: adobeXMLList,
			want: m{"elementList": m{"element": []any{m{"foo": x("baz")}, m{"foo": x("qux")}}}}},
		{name: "R24 a child seen once is not an array", rule: "R24", body: `<l><e>1</e></l>`, want: m{"l": m{"e": x("1")}}},
		{name: "R24 repetitions apart stay in order", rule: "R24", body: `<l><e>1</e><f/><e>2</e><e>3</e></l>`,
			want: m{"l": m{"e": []any{x("1"), x("2"), x("3")}, "f": x("")}}},
		{name: "A23 namespaced element keeps its prefix", rule: "A23",
			body: `<s:Envelope xmlns:s="urn:s"><s:Body><ns:foo xmlns:ns="urn:n">v</ns:foo></s:Body></s:Envelope>`,
			want: m{"s:Envelope": m{"s:Body": m{"ns:foo": x("v")}}}},
		{name: "A23 attributes dropped", rule: "A23", body: `<a id="1"><b c="2">t</b></a>`, want: m{"a": m{"b": x("t")}}},
		{name: "A23 text mixed with elements dropped", rule: "A23", body: `<a>before<b>t</b>after</a>`, want: m{"a": m{"b": x("t")}}},
		{name: "A23 leaf text kept exactly", rule: "A23", body: "<a> t \n</a>", want: m{"a": x(" t \n")}},
		{name: "A23 entities and CDATA resolved", rule: "A23", body: `<a>&lt;&amp;&#233;<![CDATA[<raw>]]></a>`, want: m{"a": x("<&é<raw>")}},
		{name: "A23 comments and instructions ignored", rule: "A23",
			body: "<!DOCTYPE a><!-- c --><?pi x?><a><!-- c -->x<?pi y?>y</a><!-- end -->", want: m{"a": x("xy")}},
		{name: "A16 BOM tolerated", rule: "A16", body: "\xef\xbb\xbf<a>1</a>", want: m{"a": x("1")}},
		{name: "A16 declared Latin-1 decoded", rule: "A16", body: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe9</a>", want: m{"a": x("é")}},
		{name: "A16 white space after the root", rule: "A16", body: "<a>1</a>\n\n", want: m{"a": x("1")}},
		{name: "A16 unclosed element", rule: "A16", body: `<a><b>1</b>`},
		{name: "A16 mismatched end tag", rule: "A16", body: `<a><b>1</c></a>`},
		{name: "A16 end tag without start", rule: "A16", body: `</a>`},
		{name: "A16 second root", rule: "A16", body: `<a>1</a><b>2</b>`},
		{name: "A16 trailing garbage", rule: "A16", body: `<a>1</a>garbage`},
		{name: "A16 text before the root", rule: "A16", body: `hello<a>1</a>`},
		{name: "A16 not XML", rule: "A16", body: `{"a":1}`},
		{name: "A16 unknown entity", rule: "A16", body: `<a>&nbsp;</a>`},
		{name: "A16 broken tag", rule: "A16", body: `<a><b</a>`},
		{name: "A16 empty", rule: "A16", body: ``},
		{name: "A16 white space only", rule: "A16", body: "  \n"},
		{name: "A16 prolog without root", rule: "A16", body: `<?xml version="1.0"?><!-- nothing -->`},
		{name: "A32 unknown encoding", rule: "A32", body: `<?xml version="1.0" encoding="x-klingon"?><a>1</a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marketo.ParseXMLBody([]byte(tt.body))
			if tt.want == nil {
				if err == nil {
					t.Fatalf("got %#v, want an error", got)
				}
				if !strings.Contains(err.Error(), "A16") {
					t.Errorf("got error %q, want it to name A16", err)
				}
				if be, ok := errors.AsType[*marketo.BodyError](err); !ok || be.Rule() != "A16" || !strings.HasPrefix(err.Error(), "XML body (A16): ") {
					t.Errorf("got error %#v, want a *marketo.BodyError reading XML body (A16)", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want %#v", err, tt.want)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		rule string
		xml  bool
		body string
		path string
		want any // nil: does not resolve
	}{
		{name: "R23 Adobe orders[0].orderDate", rule: "R23", body: adobeJSON, path: "orders[0].orderDate", want: "2015-01-01"},
		{name: "R23 second array element", rule: "R23", body: adobeJSON, path: "orders[1].orderDate", want: "2014-05-07"},
		{name: "R23 top-level key", rule: "R23", body: `{"foo":"bar"}`, path: "foo", want: "bar"},
		{name: "R23 number stays json.Number", rule: "R23", body: adobeJSON, path: "profileId", want: json.Number("1234")},
		{name: "R24 Adobe example.foo", rule: "R24", xml: true, body: adobeXML, path: "example.foo", want: marketo.XMLText("bar")},
		{name: "R24 Adobe elementList.element[0].foo", rule: "R24", xml: true, body: adobeXMLList, path: "elementList.element[0].foo", want: marketo.XMLText("baz")},
		{name: "R24 second repeated element", rule: "R24", xml: true, body: adobeXMLList, path: "elementList.element[1].foo", want: marketo.XMLText("qux")},
		{name: "R24 path must start at the root", rule: "R24", xml: true, body: adobeXML, path: "foo"},
		{name: "A23 namespaced element", rule: "A23", xml: true, body: `<r xmlns:ns="urn:x"><ns:foo>v</ns:foo></r>`, path: "r.ns:foo", want: marketo.XMLText("v")},
		{name: "A23 namespaced element needs its prefix", rule: "A23", xml: true, body: `<r xmlns:ns="urn:x"><ns:foo>v</ns:foo></r>`, path: "r.foo"},
		{name: "A23 keys are case-sensitive in JSON", rule: "A23", body: `{"Foo":"bar"}`, path: "foo"},
		{name: "A23 keys are case-sensitive in XML", rule: "A23", xml: true, body: adobeXML, path: "Example.foo"},
		{name: "A23 space around dots not trimmed", rule: "A23", body: `{"a":{"b":1}}`, path: "a. b"},
		{name: "A23 key with spaces", rule: "A23", body: `{" a ":{"b c":"v"}}`, path: " a .b c", want: "v"},
		{name: "A23 root array does not resolve by key", rule: "A23", body: `[{"foo":1}]`, path: "foo"},
		{name: "A29 index on a single XML element does not resolve", rule: "A29", xml: true,
			body: `<l><e><foo>1</foo></e></l>`, path: "l.e[0].foo"},
		{name: "A23 index on an object does not resolve", rule: "A23", body: `{"a":{"b":1}}`, path: "a[0].b"},
		{name: "A20 index out of range", rule: "A20", body: adobeJSON, path: "orders[2].orderDate"},
		{name: "A20 missing key", rule: "A20", body: adobeJSON, path: "orders[0].shipDate"},
		{name: "A20 through a scalar", rule: "A20", body: adobeJSON, path: "firstName.length"},
		{name: "A20 array without index is the array", rule: "A20", body: `{"a":[1,2]}`, path: "a",
			want: []any{json.Number("1"), json.Number("2")}},
		{name: "A20 path through null does not resolve", rule: "A20", body: `{"a":null}`, path: "a.b"},
		{name: "A20 element with children is a map", rule: "A20", xml: true, body: adobeXML, path: "example",
			want: map[string]any{"foo": marketo.XMLText("bar")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parse := marketo.ParseJSONBody
			if tt.xml {
				parse = marketo.ParseXMLBody
			}
			doc, err := parse([]byte(tt.body))
			if err != nil {
				t.Fatalf("got error %v, want a parsed body", err)
			}
			p, err := marketo.ParsePath(tt.path)
			if err != nil {
				t.Fatalf("got error %v, want a path", err)
			}
			got, ok := marketo.Resolve(doc, p)
			if tt.want == nil {
				if ok {
					t.Errorf("got %#v, want no value", got)
				}
				return
			}
			if !ok {
				t.Fatalf("got no value, want %#v", tt.want)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestResolveNullIsPresent(t *testing.T) {
	doc, err := marketo.ParseJSONBody([]byte(`{"a":null}`))
	if err != nil {
		t.Fatal(err)
	}
	got, ok := marketo.Resolve(doc, marketo.Path{{Key: "a"}})
	if !ok || got != nil {
		t.Errorf("A20: got %#v (resolved %v), want nil resolved, for Convert to skip", got, ok)
	}
	if _, ok := marketo.Resolve(doc, nil); ok {
		t.Error("A23: got a value for the empty path, want none")
	}
}

func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"orders[0].orderDate", "a.b$", "[0].a", `a["x"]`, "a[0][1]", " a . b ", "ns:foo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := marketo.ParsePath(s)
		if err != nil {
			var pr marketo.Problem
			if !errors.As(err, &pr) || pr.Rule == "" {
				t.Fatalf("got error %v without a rule, want a Problem with one", err)
			}
			return
		}
		if len(p) == 0 {
			t.Fatalf("got an empty path for %q, want an error", s)
		}
		for _, st := range p {
			if st.Key == "" || st.Index < 0 {
				t.Fatalf("got step %+v for %q, want a key and a non-negative index", st, s)
			}
		}
	})
}

func FuzzParseXMLBody(f *testing.F) {
	for _, s := range []string{adobeXML, adobeXMLList, "<a>1</a>garbage", "<a><b>", "\xef\xbb\xbf<x/>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, err := marketo.ParseXMLBody(body)
		if err != nil {
			return
		}
		root, ok := doc.(map[string]any)
		if !ok || len(root) != 1 {
			t.Fatalf("got %#v, want a map with the root element only", doc)
		}
	})
}

func FuzzParseJSONBody(f *testing.F) {
	for _, s := range []string{adobeJSON, `{"a":1} x`, "\xef\xbb\xbf[]", " "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, err := marketo.ParseJSONBody(body)
		if err != nil {
			return
		}
		if !json.Valid(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))) {
			t.Fatalf("got %#v from invalid JSON %q, want an error", doc, body)
		}
	})
}

// TestParsePathASCIIKeys is R22 for every ASCII character: a key takes it
// exactly when unicode calls it a letter, a digit or white space, or it is
// '-', '_' or ':' (ParsePath checks ASCII without unicode's tables).
func TestParsePathASCIIKeys(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if r == '.' || r == '[' {
			continue // they split the path
		}
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || r == '-' || r == '_' || r == ':'
		_, err := marketo.ParsePath("a" + string(r) + "b")
		if got := err == nil; got != want {
			t.Errorf("R22 ParsePath(%q) accepted = %v, want %v (err %v)", "a"+string(r)+"b", got, want, err)
		}
	}
}
