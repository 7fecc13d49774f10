package generators

import (
	"strings"
	"unicode/utf8"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// validHostileText are awkward values a real lead can hold: quotes and
// backslashes (JSON), `& + % =` (Form/Url), CR/LF (headers, CSV), emoji with
// joiners, right-to-left text and overrides, combining marks, a token's
// syntax, and the empty value. Unlike [HostileString] they are valid UTF-8
// without NUL or other control characters: a lead field cannot hold those.
func validHostileText() []string {
	return []string{
		"", `O"Brien`, `O'Brien`, `back\slash`, `\"quoted\"`, "Smith & Sons", "a+b", "100%", "a=b&c=d",
		"line one\r\nline two", "line\nbreak", "tab\there", "😀", "👩\u200d👩\u200d👧 family",
		"مرحبا بالعالم", "שלום", "\u202eabc", "Zoë Ångström", "İstanbul", "straße", "e\u0301",
		"{{lead.Email Address}}", "</name><x>", "]]>", "null", "true", " padded ",
	}
}

// validHostileEmails are addresses that are valid (R26) and awkward: a `+`
// (lost under encoding None, V1), quotes, `&`, `=`, subdomains, long locals.
func validHostileEmails() []string {
	return []string{
		"ada+marketo@example.com", "o'brien@example.co.uk", "a&b@example.com", "x=y@example.com",
		"first.last+tag+more@sub.example.org", "ZOE@EXAMPLE.COM", strings.Repeat("l", 64) + "@example.com",
		"a%b@example.com", "user_name-1@example.io",
	}
}

// HostileValue generates a value that a field of type ft can really hold
// (within R26's limits, so Marketo would send it) and that breaks naive
// escaping: see validHostileText. Strings of exactly the limit (255
// characters) are drawn as well. It shrinks towards the empty value.
func HostileValue(ft marketo.FieldType) *rapid.Generator[any] {
	text := rapid.OneOf(
		rapid.SampledFrom(validHostileText()),
		rapid.Custom(func(t *rapid.T) string {
			pieces := rapid.SliceOfN(rapid.SampledFrom(validHostileText()), 2, 4).Draw(t, "pieces")
			return strings.Join(pieces, " ")
		}),
		rapid.Map(rapid.SampledFrom([]string{"a", "é", "😀"}), func(u string) string {
			return strings.Repeat(u, marketo.MaxStringChars) // exactly the limit, in characters
		}),
	)
	asAny := func(g *rapid.Generator[string]) *rapid.Generator[any] {
		return rapid.Map(g, func(s string) any { return s })
	}
	switch ft {
	case marketo.TypeEmail:
		return asAny(rapid.SampledFrom(validHostileEmails()))
	case marketo.TypeURL:
		return asAny(rapid.SampledFrom([]string{"https://acme.example/a?b=c&d=e%20f#g", "https://xn--bcher-kva.example/ü", "http://acme.example:8080/+plus"}))
	case marketo.TypePhone:
		return asAny(rapid.SampledFrom([]string{"+1 (555) 010-0199", "+49 30 1234567 ext. 5", "", "555.010.0199"}))
	case marketo.TypeString, marketo.TypeText:
		return asAny(rapid.Map(text, func(s string) string { return fitLimit(ft, s) }))
	}
	// Numbers, booleans, dates: their awkward values are the limits, which
	// FieldValue draws within range for these types.
	return FieldValue(ft)
}

// fitLimit cuts s to what a field of type ft holds, on a character boundary.
func fitLimit(ft marketo.FieldType, s string) string {
	if ft == marketo.TypeString && utf8.RuneCountInString(s) > marketo.MaxStringChars {
		return string([]rune(s)[:marketo.MaxStringChars])
	}
	if ft == marketo.TypeText && len(s) > marketo.MaxTextBytes {
		s = s[:marketo.MaxTextBytes]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// HostileLead generates a lead like sample in which the fields named by
// soapNames (those the definition sends) take hostile but valid values (see
// HostileValue); at least one of them changes. It shrinks towards sample.
func HostileLead(cat *marketo.Catalog, sample marketo.Lead, soapNames []string) *rapid.Generator[marketo.Lead] {
	return rapid.Custom(func(t *rapid.T) marketo.Lead {
		lead := sample.Clone()
		if len(soapNames) == 0 {
			return lead
		}
		first := rapid.IntRange(0, len(soapNames)-1).Draw(t, "first hostile field")
		for i, name := range soapNames {
			f, ok := cat.BySOAP(name)
			if !ok || (i != first && !rapid.Bool().Draw(t, "hostile "+name)) {
				continue
			}
			lead[f.SOAPName] = HostileValue(f.Type).Draw(t, f.SOAPName)
		}
		return lead
	})
}
