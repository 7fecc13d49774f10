package marketo

import (
	"strings"

	"pgregory.net/rapid"
)

// xmlDocument draws a well-formed document of the fast path's subset:
// optional declaration, one root, nested and repeated elements with
// attributes and namespaced names, long texts with entities, character
// references, CR LF and non-ASCII letters, CDATA sections, comments and
// processing instructions.
func xmlDocument() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		var b strings.Builder
		b.WriteString(rapid.SampledFrom([]string{"", "\xef\xbb\xbf", `<?xml version="1.0"?>`,
			`<?xml version="1.0" encoding="UTF-8"?>` + "\n", `<?xml version='1.0' encoding='utf-8' standalone='no'?>`}).Draw(t, "prolog"))
		b.WriteString(xmlMisc(t, "before"))
		xmlElementText(t, &b, 0)
		b.WriteString(xmlMisc(t, "after"))
		return b.String()
	})
}

// xmlElementText writes one element at depth.
func xmlElementText(t *rapid.T, b *strings.Builder, depth int) {
	name := rapid.SampledFrom([]string{"a", "b", "foo", "ns:foo", "s:Body", "_x", "A.b-c1", ":lead", "elementList"}).Draw(t, "name")
	b.WriteString("<" + name)
	for i := range rapid.IntRange(0, 2).Draw(t, "attributes") {
		q := rapid.SampledFrom([]string{`"`, `'`}).Draw(t, "quote")
		b.WriteString(rapid.SampledFrom([]string{" ", "\n\t", "\r\n "}).Draw(t, "attribute space"))
		b.WriteString(rapid.SampledFrom([]string{"id", "xmlns:ns", "x" + string(rune('a'+i))}).Draw(t, "attribute"))
		b.WriteString(rapid.SampledFrom([]string{"=", " = "}).Draw(t, "equals") + q)
		b.WriteString(strings.ReplaceAll(xmlText(t, 40, false), q, "&quot;") + q)
	}
	switch kind := rapid.IntRange(0, 3).Draw(t, "content"); {
	case kind == 0:
		b.WriteString("/>")
		return
	case kind == 1 || depth >= 3:
		b.WriteString(">" + xmlText(t, 30000, true))
	default:
		b.WriteString(">")
		for range rapid.IntRange(0, 4).Draw(t, "children") {
			b.WriteString(xmlMisc(t, "between"))
			xmlElementText(t, b, depth+1)
		}
	}
	b.WriteString("</" + name + rapid.SampledFrom([]string{">", " >", "\n>"}).Draw(t, "end") + "")
}

// xmlText draws character data of up to about max bytes; with markup,
// CDATA sections, comments and processing instructions among it.
func xmlText(t *rapid.T, max int, markup bool) string {
	parts := []string{"word ", "&lt;", "&gt;", "&amp;", "&apos;", "&quot;", "&#65;", "&#x1F600;", "&#xe9;", "&#13;",
		"\r\n", "\r", "\n", "\t", "é", "€", "😀", "]] ", "] >", "'", `"`, ">"}
	if markup {
		parts = append(parts, "<![CDATA[ <&> ]] ]]>", "<!-- note -->", "<?pi x?>")
	}
	var b strings.Builder
	for range rapid.IntRange(0, 6).Draw(t, "pieces") {
		piece := rapid.SampledFrom(parts).Draw(t, "piece")
		if rapid.Bool().Draw(t, "long") {
			piece = strings.Repeat(piece, rapid.IntRange(1, max/len(piece)/6+1).Draw(t, "repeat"))
		}
		b.WriteString(piece)
	}
	return b.String()
}

// xmlMisc draws white space, comments and processing instructions.
func xmlMisc(t *rapid.T, label string) string {
	return rapid.SampledFrom([]string{"", "\n", " \r\n\t", "<!-- c -->", "<?pi data?>\n", "<!---->"}).Draw(t, label)
}

// mutateXML breaks body in a few places: bytes inserted, dropped or
// replaced, or the body cut short.
func mutateXML(t *rapid.T, body string) []byte {
	b := []byte(body)
	tricky := []string{"<", ">", "&", "&#", ";", `"`, "'", "]]>", "--", "\r", "\x00", "\x80", "\xff", "\xef\xbf\xbe", "?", "!",
		"/", ":", "<!DOCTYPE a>", "é", "<a>", "</a>", "<b/>", " x=", "&#xD800;", "&#X41;"}
	for range rapid.IntRange(1, 3).Draw(t, "mutations") {
		at := rapid.IntRange(0, len(b)).Draw(t, "at")
		switch rapid.IntRange(0, 3).Draw(t, "mutation") {
		case 0:
			ins := rapid.SampledFrom(tricky).Draw(t, "insert")
			b = append(b[:at:at], append([]byte(ins), b[at:]...)...)
		case 1:
			if at < len(b) {
				b = append(b[:at:at], b[at+1:]...)
			}
		case 2:
			if at < len(b) {
				b[at] = rapid.Byte().Draw(t, "byte")
			}
		default:
			b = b[:at]
		}
	}
	return b
}
