package generators

import (
	"net/http"
	"strconv"
	"strings"

	"pgregory.net/rapid"
)

// hostilePieces are fragments that break naive escaping in one encoding or
// another: JSON (quotes, backslashes, control characters), Form/Url (& + % =),
// headers and status lines (CR, LF, NUL), rendering (a value that looks like
// a token must stay text) and Unicode handling (emoji with joiners,
// right-to-left text and overrides, line separators, invalid UTF-8).
func hostilePieces() []string {
	return []string{
		`"`, `\`, `\\`, `\"`, `'`, `&`, `+`, `%`, `=`, `%26`, `a=b&c=d`, `1+1`,
		"\r\n", "\n", "\r", "\t", "\x00", "\x1f", "\u2028",
		"😀", "👩\u200d👩\u200d👧", "مرحبا", "שלום", "\u202eabc", "é", "ß", "İ",
		"{{lead.Email Address}}", "{{", "}}", "<a>&amp;</a>", "</x>", "]]>",
		"\xff", "\xc3",
	}
}

// plainWords are ordinary values, so that shrinking has somewhere simple to go.
func plainWords() []string {
	return []string{"a", "Ann", "Lee", "acme", "x y", "42", "true", "null", "ok"}
}

// HostileString generates text of minPieces to maxPieces fragments, each a plain
// word, a run of ASCII letters and digits, or a hostile fragment: quotes,
// backslashes, `& + % =`, CR/LF, NUL, emoji, right-to-left text, a token's
// syntax, invalid UTF-8. It shrinks towards fewer pieces, then plain words.
func HostileString(minPieces, maxPieces int) *rapid.Generator[string] {
	piece := rapid.OneOf(
		rapid.SampledFrom(plainWords()),
		rapid.StringMatching(`[A-Za-z0-9]{1,6}`),
		rapid.SampledFrom(hostilePieces()),
	)
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
