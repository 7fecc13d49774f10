package marketo

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// token is one {{scope.name:default=value}} token found in a text (R12, R13).
type token struct {
	// Raw is the token as written, braces included.
	Raw string
	// Scope is the part before the first dot, lower-cased: "lead", "system",
	// "trigger", "campaign", "program", "my", "company".
	Scope string
	// Name is the part after the first dot, as written.
	Name string
	// Default is the value after ":default=", if HasDefault (R13).
	Default    string
	HasDefault bool
	// Start and End are the byte offsets of Raw in the text.
	Start, End int
}

// defaultMarker separates a token's name from its default (R13). It matches
// case-insensitively, like the rest of a token (A8).
const defaultMarker = ":default="

// parseTokens finds the tokens in s, in order.
//
// A token runs from "{{" to the first "}}" after it. Inside the braces,
// surrounding spaces are trimmed; the scope is the text before the first dot
// (letters, digits and '_' only), lower-cased; the name is the text after it up
// to ":default=", with surrounding spaces trimmed; the default is the rest, as
// written. Text that does not read as a token (no dot, an empty scope or name,
// a line break inside the braces) is literal text, and the search goes on from
// the next byte, so "{{{lead.x}}}" holds the token "{{lead.x}}". Because the
// first "}}" closes a token, a default cannot contain "}}".
func parseTokens(s string) []token {
	var toks []token
	for t, ok := nextToken(s, 0); ok; t, ok = nextToken(s, t.End) {
		toks = append(toks, t)
	}
	return toks
}

// nextToken finds the first token of s that starts at or after byte from, by
// the rules of parseTokens. Rendering walks tokens with it rather than with
// parseTokens so that no slice is built per rendered text.
func nextToken(s string, from int) (token, bool) {
	for i := from; ; {
		open := strings.Index(s[i:], "{{")
		if open < 0 {
			return token{}, false
		}
		start := i + open
		closeAt := strings.Index(s[start+2:], "}}")
		if closeAt < 0 {
			return token{}, false
		}
		end := start + 2 + closeAt + 2
		if t, ok := parseToken(s[start:end]); ok {
			t.Start, t.End = start, end
			return t, true
		}
		i = start + 1
	}
}

// parseToken reads raw, a text from "{{" to "}}" inclusive, as a token.
func parseToken(raw string) (token, bool) {
	inner := strings.TrimSpace(raw[2 : len(raw)-2])
	if strings.ContainsAny(inner, "\r\n") {
		return token{}, false
	}
	scope, rest, ok := strings.Cut(inner, ".")
	scope = strings.TrimSpace(scope)
	if !ok || !isScope(scope) {
		return token{}, false
	}
	t := token{Raw: raw, Scope: strings.ToLower(scope)}
	name := rest
	if at := indexFold(rest, defaultMarker); at >= 0 {
		name = rest[:at]
		t.Default = rest[at+len(defaultMarker):]
		t.HasDefault = true
	}
	t.Name = strings.TrimSpace(name)
	if t.Name == "" {
		return token{}, false
	}
	return t, true
}

func isScope(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// indexFold is strings.Index for an ASCII, lower-case sub, ignoring ASCII case in s.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && c|0x20 != sub[0]|0x20 {
			continue // an ASCII byte that cannot fold to sub's first: skip EqualFold
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// SentFields lists, in order of first use, the SOAP names of the lead fields
// w sends: those its {{lead.*}} tokens name in the URL, the headers and the
// template (R12). Tokens that name no field of cat are left out.
func (w *Webhook) SentFields(cat *Catalog) []string {
	texts := []string{w.URL}
	for _, h := range w.Headers {
		texts = append(texts, h.Value)
	}
	texts = append(texts, w.Template)
	var names []string
	for _, text := range texts {
		for _, tok := range parseTokens(text) {
			if tok.Scope != "lead" {
				continue
			}
			if f, ok := cat.ByName(tok.Name); ok && !slices.Contains(names, f.SOAPName) {
				names = append(names, f.SOAPName)
			}
		}
	}
	return names
}
