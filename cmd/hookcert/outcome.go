package main

import (
	"encoding/base64"
	"net/http"
	"unicode/utf8"

	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// outcomeJSON is the outcome as `call --json` prints it; docs/outcome-json.md
// lists every key and docs/outcome.schema.json checks them. Response and
// Error Type are strings, so bytes that are not UTF-8 would come out as
// U+FFFD; where that happens the base64 keys carry the bytes (R21).
type outcomeJSON struct {
	*marketo.Outcome
	ResponseBase64  string `json:"responseBase64,omitempty"`
	ErrorTypeBase64 string `json:"errorTypeBase64,omitempty"`
}

// newOutcomeJSON is o for --json, secrets masked (masked).
func newOutcomeJSON(m *secrets.Masker, o *marketo.Outcome) outcomeJSON {
	j := outcomeJSON{Outcome: masked(m, o)}
	if j.Header == nil { // "header" is always an object, {} without an answer
		c := *j.Outcome
		c.Header = http.Header{}
		j.Outcome = &c
	}
	if !utf8.ValidString(j.Response) { // the masked bytes: base64 must not carry a secret
		j.ResponseBase64 = base64.StdEncoding.EncodeToString([]byte(j.Response))
	}
	if !utf8.ValidString(j.ErrorType) {
		j.ErrorTypeBase64 = base64.StdEncoding.EncodeToString([]byte(j.ErrorType))
	}
	return j
}

// masked is a copy of o for output with every credential masked (package
// secrets): the request's URL user info and key-like query parameters, the
// values of headers that carry credentials in the request and the answer,
// and each such value wherever it reappears (the body, the Response, the
// failure detail, the lead). m learns from the request first; a nil m (the
// --show-secrets flag) masks nothing.
func masked(m *secrets.Masker, o *marketo.Outcome) *marketo.Outcome {
	if m == nil || o == nil {
		return o
	}
	c := *o
	if r := o.Request; r != nil {
		mr := *r
		mr.Header = m.Header(r.Header)
		mr.URL = m.URL(r.URL)
		mr.Body = m.Text(r.Body)
		c.Request = &mr
	}
	c.Header = m.Header(o.Header)
	c.Response, c.Detail, c.ErrorType = m.Text(o.Response), m.Text(o.Detail), m.Text(o.ErrorType)
	c.Activity.Response, c.Activity.ErrorType = m.Text(o.Activity.Response), m.Text(o.Activity.ErrorType)
	c.Lead = maskedLead(m, o.Lead)
	c.Changes = make([]marketo.Change, len(o.Changes))
	for i, ch := range o.Changes {
		ch.Old, ch.New = maskedValue(m, ch.Old), maskedValue(m, ch.New)
		c.Changes[i] = ch
	}
	return &c
}

func maskedLead(m *secrets.Masker, l marketo.Lead) marketo.Lead {
	if l == nil {
		return nil
	}
	out := make(marketo.Lead, len(l))
	for k, v := range l {
		out[k] = maskedValue(m, v)
	}
	return out
}

func maskedValue(m *secrets.Masker, v any) any {
	if s, ok := v.(string); ok {
		return m.Text(s)
	}
	return v
}
