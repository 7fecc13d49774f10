package marketo

// STUB: signatures fixed; implementation owned by the catalog/convert/path work.

// XMLText is a value read from an XML answer: text that converts to numbers
// and booleans when it parses as one (A21).
type XMLText string

// Convert turns a value resolved from an answer into the canonical value of
// field f (R25, R26, A20-A22). A JSON value arrives as decoded with
// UseNumber (string, json.Number, bool, nil, map[string]any, []any); an XML
// value as XMLText, or map/[]any for elements with children. When the value
// cannot be written, Convert returns a *Skip-ready reason with its rule id.
func Convert(f Field, v any, opts Options) (value any, reason string, rule string, ok bool) {
	panic("not implemented")
}
