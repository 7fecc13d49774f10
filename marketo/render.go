package marketo

// STUB: signatures fixed; implementation owned by the tokens/render work.

// Token is one {{scope.name:default=value}} token found in a text (R12, R13).
type Token struct {
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

// ParseTokens finds the tokens in s, in order.
func ParseTokens(s string) []Token { panic("not implemented") }

// UnescapeTemplate applies the editor's pre-parse of the payload template
// (A3): the eight escapes \b \t \n \f \r \\ \" \' become the characters they
// name; any other backslash sequence is a Problem naming its byte position.
func UnescapeTemplate(tmpl string) (string, error) { panic("not implemented") }

// Render renders the request a webhook sends for a lead in a context (R5,
// R7, R10, R12-R16, A3-A9). It fails, sending nothing, with Problems for a
// header that would carry CR or LF (A5) or a template with an illegal escape
// (A3).
func Render(w *Webhook, cat *Catalog, lead Lead, cc Context, opts Options) (*Request, error) {
	panic("not implemented")
}
