package marketo

import (
	"encoding/base64"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// DefaultUserAgent is the User-Agent the model sends when no custom header
// gives one (A34): net/http's own over HTTP/1.1, now sent over HTTP/2 too.
const DefaultUserAgent = "Go-http-client/1.1"

// SentHeader is the header net/http's client puts on the wire for hr with a
// body of n bytes over proto (e.g. "HTTP/1.1", "HTTP/2.0"; empty reads as
// HTTP/1.1): hr.Header with canonical keys and trimmed values, the
// User-Agent (an empty custom one sends none), Content-Length by the
// transport's rules, Authorization from the URL's user info when no custom
// header gives one (A35), Host, and over HTTP/1.x the Connection: close of a
// request that takes a connection of its own. No Accept-Encoding: the model
// asks for no compression (A33).
func SentHeader(hr *http.Request, n int, proto string) http.Header {
	values := 0
	for _, vv := range hr.Header {
		values += len(vv)
	}
	hb := newHeaderBuilder(values + 4)
	for k, vv := range hr.Header {
		ck := http.CanonicalHeaderKey(k)
		switch ck {
		case "Host", "User-Agent", "Content-Length", "Transfer-Encoding", "Trailer", "Connection":
			continue
		}
		for _, v := range vv {
			hb.add(ck, textproto.TrimString(v))
		}
	}
	ua := DefaultUserAgent
	if _, ok := hr.Header["User-Agent"]; ok {
		ua = hr.Header.Get("User-Agent")
	}
	if ua != "" {
		hb.add("User-Agent", textproto.TrimString(ua))
	}
	if n := sentLength(hr, n); n >= 0 {
		hb.add("Content-Length", strconv.Itoa(n))
	}
	if u := hr.URL.User; u != nil && hb.h.Get("Authorization") == "" { // A35: as net/http's Client does
		pw, _ := u.Password()
		hb.set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(u.Username()+":"+pw)))
	}
	host := hr.Host
	if host == "" {
		host = hr.URL.Host
	}
	hb.add("Host", host)
	if hr.Close && !strings.HasPrefix(proto, "HTTP/2") {
		hb.add("Connection", "close")
	}
	return hb.h
}

// sentLength is the Content-Length net/http sends for hr with a body of n
// bytes, or -1 for none (outgoingLength and shouldSendContentLength of its
// transfer.go).
func sentLength(hr *http.Request, n int) int {
	length := int64(-1)
	switch {
	case hr.Body == nil || hr.Body == http.NoBody:
		length = 0
	case hr.ContentLength != 0:
		length = hr.ContentLength
	}
	if length < 0 && n == 0 && methodUsuallyLacksBody(hr.Method) {
		length = 0 // the transport probes the body and finds it empty
	}
	switch {
	case length > 0:
		return int(length)
	case length == 0 && (hr.Method == http.MethodPost || hr.Method == http.MethodPut || hr.Method == http.MethodPatch):
		return 0 // "many servers expect" it, says net/http
	}
	return -1
}

func methodUsuallyLacksBody(method string) bool {
	switch method {
	case "GET", "HEAD", "DELETE", "OPTIONS", "PROPFIND", "SEARCH":
		return true
	}
	return false
}
