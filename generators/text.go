package generators

import (
	"net/http"
	"strconv"
	"strings"

	"pgregory.net/rapid"
)

// hostileGroups are fragments that break naive escaping in one encoding or
// another, grouped by what they break: JSON (quotes, backslashes), control
// characters (JSON's \u00XX escapes, headers and status lines: CR, LF,
// NUL), Form/Url (& + % =), rendering (a value that looks like a token
// must stay text) and Unicode handling (emoji with joiners, right-to-left
// text and overrides, line separators, invalid UTF-8). Each group is drawn
// as often as the others: rapid favours the first items of a list, and a
// flat list would leave its tail rare.
func hostileGroups() [][]string {
	return [][]string{
		{`"`, `\`, `\\`, `\"`, `'`, "</x>", "]]>", "<a>&amp;</a>"},
		{"\x00", "\x1f", "\x01", "\x7f", "\b", "\f", "\r\n", "\n", "\r", "\t"},
		{`&`, `+`, `%`, `=`, `%26`, `a=b&c=d`, `1+1`},
		{"{{lead.Email Address}}", "{{", "}}"},
		{"\xff", "\xc3", "\u2028", "😀", "👩\u200d👩\u200d👧", "مرحبا", "שלום", "\u202eabc", "é", "ß", "İ"},
	}
}

// plainWords are ordinary values, so that shrinking has somewhere simple to go.
func plainWords() []string {
	return []string{"a", "Ann", "Lee", "acme", "x y", "42", "true", "null", "ok"}
}

// HostileString generates text of minPieces to maxPieces fragments, each a plain
// word, a run of ASCII letters and digits, or a hostile fragment: quotes,
// backslashes, `& + % =`, control characters (CR/LF, NUL), emoji,
// right-to-left text, a token's syntax, invalid UTF-8. It shrinks towards
// fewer pieces, then plain words.
func HostileString(minPieces, maxPieces int) *rapid.Generator[string] {
	kinds := []*rapid.Generator[string]{rapid.SampledFrom(plainWords()), rapid.StringMatching(`[A-Za-z0-9]{1,6}`)}
	for _, g := range hostileGroups() {
		kinds = append(kinds, rapid.SampledFrom(g))
	}
	piece := rapid.OneOf(kinds...)
	return rapid.Custom(func(t *rapid.T) string {
		return strings.Join(rapid.SliceOfN(piece, minPieces, maxPieces).Draw(t, "pieces"), "")
	})
}

// SafeText generates printable text without quotes, backslashes or control
// characters, possibly non-ASCII: what a reason phrase, a header value or an
// XML leaf can carry and a Gherkin step can quote as written.
func SafeText(maxLen int) *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.SampledFrom([]string{"ok", "Backend Down", "Überlastet", "サービス停止", "خطأ في الخادم", "Try later 😀"}),
		rapid.StringMatching(`[A-Za-z0-9]([A-Za-z0-9 ._-]{0,`+strconv.Itoa(max(maxLen-2, 0))+`}[A-Za-z0-9])?`),
	)
}

// ReasonPhrase generates the reason phrase of a status line for code: the
// standard phrase, a custom one ("Backend Down"), an empty one, or a
// non-ASCII one. It never holds CR, LF or a double quote, and has no
// surrounding space: what a server can put on a status line and a Gherkin
// step can quote. Shrinks towards the standard phrase.
func ReasonPhrase(code int) *rapid.Generator[string] {
	return rapid.OneOf(
		rapid.Just(http.StatusText(code)),
		rapid.Just(""),
		SafeText(24),
	)
}
