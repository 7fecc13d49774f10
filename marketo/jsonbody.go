package marketo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// utf8BOM is the byte order mark tolerated before a body (A16).
const utf8BOM = "\xef\xbb\xbf"

// ParseJSONBody parses an answer body as JSON (A16): a UTF-8 BOM is tolerated,
// trailing garbage is an error; numbers are json.Number.
//
// A body of only white space is an error, as is a second JSON value after the
// first. Any JSON value is accepted at the top; only an object can be
// addressed by a path (A23).
func ParseJSONBody(body []byte) (any, error) {
	body = bytes.TrimPrefix(body, []byte(utf8BOM))
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errors.New("JSON body: no value, only white space (A16)")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("JSON body (A16): %w", err)
	}
	off := dec.InputOffset()
	if rest := bytes.TrimLeft(body[off:], " \t\r\n"); len(rest) > 0 {
		return nil, fmt.Errorf("JSON body (A16): data after the value at byte %d", len(body)-len(rest))
	}
	return v, nil
}
