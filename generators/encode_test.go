package generators

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// TestIndentJSONIsJSONIndent: the generators' indenting writes, byte for
// byte, what json.Indent writes for every JSON body the document generator
// builds (empty objects and arrays, strings with escapes and punctuation,
// 30,000-byte values), so that a body is the same as encoding/json's (R14).
func TestIndentJSONIsJSONIndent(t *testing.T) {
	cat := marketo.StandardCatalog()
	fixed := []string{`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,{}]}`, `{"k\"{[,:":"v\\\"]}"}`, `[[[]],[{}]]`, `"x"`, `{"a":"\\"}`}
	check := func(t rapid.TB, compact []byte) {
		var want, got bytes.Buffer
		if err := json.Indent(&want, compact, "", "  "); err != nil {
			t.Fatalf("%s: %v", compact, err)
		}
		indentJSON(&got, compact)
		if got.String() != want.String() {
			t.Fatalf("indentJSON(%s):\n%s\nwant:\n%s", compact, got.String(), want.String())
		}
	}
	for _, f := range fixed {
		check(t, []byte(f))
	}
	rapid.Check(t, func(rt *rapid.T) {
		ms := Mappings(cat, marketo.ResponseJSON, "response", 4).Draw(rt, "mappings")
		doc := Document(cat, marketo.ResponseJSON, ms).Draw(rt, "document")
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc.Tree); err != nil {
			rt.Fatal(err)
		}
		check(rt, bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	})
}

// TestEscapeXMLTextIsEscapeText: the generators' XML escaping writes what
// xml.EscapeText writes, for hostile text (quotes, control characters,
// invalid UTF-8) and for the values at the length limits (A22).
func TestEscapeXMLTextIsEscapeText(t *testing.T) {
	check := func(t rapid.TB, s string) {
		var want, got bytes.Buffer
		_ = xml.EscapeText(&want, []byte(s))
		escapeXMLText(&got, s)
		if got.String() != want.String() {
			t.Fatalf("escapeXMLText(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
	for _, s := range []string{"", "plain text 42", strings.Repeat("x", textLimit+1), strings.Repeat("é", textLimit/2), "a<b", "a>b", "a&b", `O'Brien`, `say "hi"`, "tab\there", "line\r\n", "\x7f", "~", "\xff", "é\xc3", "\uFFFE", "\uFFFF", "\uFFFD", "\U0010FFFF", "\u2028", "😀 ok"} {
		check(t, s)
	}
	for _, p := range append(limitPlants(marketo.TypeText, true), limitPlants(marketo.TypeString, true)...) {
		check(t, string(p.Value.(marketo.XMLText)))
	}
	rapid.Check(t, func(rt *rapid.T) { check(rt, HostileString(0, 6).Draw(rt, "text")) })
}
