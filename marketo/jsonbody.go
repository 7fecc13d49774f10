package marketo

import (
	"bytes"
	"strings"

	"github.com/hookcert/hookcert/internal/jsonfast"
)

// utf8BOM is the byte order mark tolerated before a body (A16).
const utf8BOM = "\xef\xbb\xbf"

// ParseJSONBody parses an answer body as JSON (A16): a UTF-8 BOM is tolerated,
// trailing garbage is an error; numbers are json.Number.
//
// A body of only white space is an error, as is a second JSON value after the
// first. Any JSON value is accepted at the top; only an object can be
// addressed by a path (A23). The error is a *BodyError.
//
// The tree is what encoding/json's Decoder gives with UseNumber:
// map[string]any, []any, json.Number, string, bool and nil.
func ParseJSONBody(body []byte) (any, error) {
	return parseJSON(body, string(body))
}

// parseJSON is ParseJSONBody for a body also held as text (Judge has it as
// Outcome.Response): the tree's keys share text's memory instead of taking a
// copy each.
func parseJSON(body []byte, text string) (any, error) {
	return parseJSONWanted(body, text, jsonfast.WholeDocument())
}

// parseJSONWanted is parseJSON for the part of the body want names.
func parseJSONWanted(body []byte, text string, want *jsonfast.Want) (any, error) {
	body = bytes.TrimPrefix(body, []byte(utf8BOM))
	text = strings.TrimPrefix(text, utf8BOM)
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, &BodyError{Type: ResponseJSON, Message: "no value, only white space"}
	}
	v, err := jsonfast.ParseWanted(body, text, want)
	if err != nil {
		return nil, &BodyError{Type: ResponseJSON, Err: err}
	}
	return v, nil
}
