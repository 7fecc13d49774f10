package main

import (
	"encoding/base64"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/hookcert/hookcert/marketo"
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
func newOutcomeJSON(o *marketo.Outcome) outcomeJSON {
	j := outcomeJSON{Outcome: masked(o)}
	if !utf8.ValidString(o.Response) {
		j.ResponseBase64 = base64.StdEncoding.EncodeToString([]byte(o.Response))
	}
	if !utf8.ValidString(o.ErrorType) {
		j.ErrorTypeBase64 = base64.StdEncoding.EncodeToString([]byte(o.ErrorType))
	}
	return j
}

// masked is a copy of o for output, secrets masked: the password in the
// request URL's user info, and the values of headers that carry
// credentials (Authorization, Cookie, names with key, token, secret or
// password) in the request and the answer.
func masked(o *marketo.Outcome) *marketo.Outcome {
	m := *o
	if r := o.Request; r != nil {
		mr := *r
		mr.URL = marketo.RedactURL(r.URL)
		mr.Header = maskHeader(r.Header)
		m.Request = &mr
	}
	m.Header = maskHeader(o.Header)
	if m.Header == nil {
		m.Header = http.Header{} // "header" is always an object, {} without an answer
	}
	return &m
}

func maskHeader(h http.Header) http.Header {
	if h == nil {
		return nil
	}
	out := make(http.Header, len(h))
	for k, vv := range h {
		if !secretHeader(k) {
			out[k] = vv
			continue
		}
		for _, v := range vv {
			out[k] = append(out[k], maskValue(k, v))
		}
	}
	return out
}

func secretHeader(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "authorization", "proxy-authorization", "cookie", "set-cookie":
		return true
	}
	for _, word := range []string{"key", "token", "secret", "password"} {
		if strings.Contains(n, word) {
			return true
		}
	}
	return false
}

// maskValue keeps the scheme of an Authorization value ("Basic xxxxx").
func maskValue(name, v string) string {
	if strings.HasSuffix(strings.ToLower(name), "authorization") {
		if scheme, _, ok := strings.Cut(v, " "); ok {
			return scheme + " xxxxx"
		}
	}
	return "xxxxx"
}
