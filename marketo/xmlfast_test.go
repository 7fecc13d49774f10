package marketo

import (
	"bytes"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"io"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// fastPathTB is the part of testing.TB and *rapid.T the differential check
// needs.
type fastPathTB interface {
	Helper()
	Fatalf(format string, args ...any)
}

// checkFastPath is the fast path's contract (R24, A23, A16, A32): on body
// (as parseXML sees it, byte order mark removed) scanXML either declines, or
// encoding/xml reads body without an error, under either CharsetReader, into
// a tree reflect.DeepEqual to scanXML's. It reports whether scanXML took the
// body.
func checkFastPath(t fastPathTB, body []byte) bool {
	t.Helper()
	body = bytes.TrimPrefix(body, []byte(utf8BOM))
	fast, ok := scanXML(body)
	if !ok {
		return false
	}
	for _, charset := range []struct {
		name   string
		reader func(string, io.Reader) (io.Reader, error)
	}{{"xmlCharsetReader", xmlCharsetReader}, {"keepAsDeclared", keepAsDeclared}} {
		slow, err := decodeXML(body, charset.reader)
		if err != nil {
			t.Fatalf("fast path took %q, encoding/xml (%s) rejects it: %v", body, charset.name, err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("fast path read %q as\n%#v\nencoding/xml (%s) as\n%#v", body, fast, charset.name, slow)
		}
	}
	return true
}

func TestXMLFastPath(t *testing.T) {
	tests := []struct {
		name string
		body string
		fast bool // the fast path takes it (else it declines)
	}{
		{name: "R24 Adobe example", body: `<?xml version="1.0" encoding="UTF-8"?><example><foo>bar</foo></example>`, fast: true},
		{name: "R24 repeated children", body: "<l>\n <e><f>1</f></e>\n <x/>\n <e><f>2</f></e>\n</l>\n", fast: true},
		{name: "R24 empty element", body: `<a><b/><c></c></a>`, fast: true},
		{name: "R24 entities and references", body: `<a>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#xe9;&#128512;</a>`, fast: true},
		{name: "R24 CDATA and comments join the text", body: "<a>x<!-- c -->y<![CDATA[<&]]]>z</a>", fast: true},
		{name: "R24 raw CR LF becomes LF, a reference stays", body: "<a>1\r\n2\r3&#13;\n</a>", fast: true},
		{name: "R24 UTF-8 text", body: "<a>é€😀\uFFFD</a>", fast: true},
		{name: "R24 long text", body: "<a><t>" + strings.Repeat("Lorem ipsum dolor &amp; sit; ", 1300) + "</t></a>", fast: true},
		{name: "A23 attributes dropped", body: `<a x="1" y='2&amp;' ns:z = "3"w="4"><b k="v">t</b></a>`, fast: true},
		{name: "A23 namespaced names kept as written", body: `<s:E xmlns:s="urn:s"><s:B>v</s:B></s:E>`, fast: true},
		{name: "A23 mixed text dropped", body: `<a>x<b>1</b>y</a>`, fast: true},
		{name: "A16 processing instructions skipped", body: `<?xml version='1.0' standalone="yes" ?><?pi anything?><a>1<?p?></a><?q?>`, fast: true},
		{name: "A16 trailing comment and space", body: "\n<a>1</a>\n<!-- end -->\n", fast: true},
		{name: "A32 utf-8 in lower case", body: `<?xml version="1.0" encoding="utf-8"?><a>1</a>`, fast: true},
		{name: "A32 declared Latin-1 declines", body: `<?xml version="1.0" encoding="ISO-8859-1"?><a>1</a>`},
		{name: "A32 invalid UTF-8 declines", body: "<a>\xe9</a>"},
		{name: "A16 DOCTYPE declines", body: `<!DOCTYPE a><a>1</a>`},
		{name: "A16 unknown entity declines", body: `<a>&nbsp;</a>`},
		{name: "A16 bare ampersand declines", body: `<a>a & b</a>`},
		{name: "A16 upper-case X reference declines", body: `<a>&#X41;</a>`},
		{name: "A16 reference outside Char declines", body: `<a>&#0;</a>`},
		{name: "A16 surrogate reference declines", body: `<a>&#xD800;</a>`},
		{name: "A16 control character declines", body: "<a>\x01</a>"},
		{name: "A16 U+FFFE declines", body: "<a>\uFFFE</a>"},
		{name: "A16 ]]> in text declines", body: `<a>]]></a>`},
		{name: "A16 < in attribute declines", body: `<a x="<"/>`},
		{name: "A16 unquoted attribute declines", body: `<a x=1/>`},
		{name: "A16 non-ASCII name declines", body: `<é>1</é>`},
		{name: "A16 two colons decline", body: `<a:b:c>1</a:b:c>`},
		{name: "A16 mismatched end tag declines", body: `<a></b>`},
		{name: "A16 unclosed element declines", body: `<a><b></b>`},
		{name: "A16 second root declines", body: `<a/><b/>`},
		{name: "A16 text outside the root declines", body: `<a/>x`},
		{name: "A16 double dash in comment declines", body: `<a><!-- a--b --></a>`},
		{name: "A16 version 1.1 declines", body: `<?xml version="1.1"?><a/>`},
		{name: "A16 no root declines", body: `<!-- only -->`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkFastPath(t, []byte(tt.body)); got != tt.fast {
				t.Errorf("fast path took it: %v, want %v", got, tt.fast)
			}
		})
	}
}

// testBodies are the string literals of marketo's tests that hold markup:
// every XML body the package's tests use, and some that are not XML.
func testBodies(t *testing.T) [][]byte {
	t.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var bodies [][]byte
	fset := gotoken.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return true
			}
			if s, err := strconv.Unquote(lit.Value); err == nil && strings.Contains(s, "<") {
				bodies = append(bodies, []byte(s))
			}
			return true
		})
	}
	if len(bodies) < 20 {
		t.Fatalf("found %d bodies in %v, want the package's XML test bodies", len(bodies), files)
	}
	return bodies
}

func TestXMLFastPathOnTestBodies(t *testing.T) {
	taken := 0
	for _, body := range testBodies(t) {
		if checkFastPath(t, body) {
			taken++
		}
		for i := range body { // every truncation, and every byte dropped
			checkFastPath(t, body[:i])
			checkFastPath(t, append(bytes.Clone(body[:i]), body[i+1:]...))
		}
	}
	if taken == 0 {
		t.Fatal("the fast path took none of the test bodies")
	}
}

func TestXMLFastPathProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		body := xmlDocument().Draw(t, "body")
		if !checkFastPath(t, []byte(body)) {
			t.Fatalf("fast path declined a document of its subset: %q", body)
		}
		mutated := mutateXML(t, body)
		checkFastPath(t, mutated)
	})
}

func FuzzXMLFastPath(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0" encoding="UTF-8"?><a x="1"><b>&lt;t&#x41;</b><b/><!--c--><![CDATA[d]]></a>`,
		"<a>\r\n</a>", `<a>]]></a>`, `<a>&#xD800;</a>`, "<a>\xe9</a>", `<?xml version="1.0" encoding="latin1"?><a/>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkFastPath(t, body)
	})
}
