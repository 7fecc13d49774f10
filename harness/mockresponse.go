package harness

import (
	"io"
	"net/http"
	"strconv"
	"sync"
)

// The mock face builds the response to an ordinary answer directly, the
// one net/http's reader would make of its bytes (TestDirectResponseAgrees
// checks it, over the scripts of the harness tests and drawn ones): a
// write-and-parse per request costs a serialization, a 4 KiB read buffer
// and a header parse. Whatever the direct path does not know the reader's
// effects on exactly is still written out and parsed (readAnswer): raw
// answers (a status line net/http's server would not write, 1xx, 204 and
// 304 over HTTP/1.1, truncated and streamed bodies), the garbage status
// line, and headers the reader acts on or rewrites.

// direct reports whether net/http's reader would make of a's bytes exactly
// the response directResponse builds: an answer net/http's server could
// write (not raw), no fault, and headers the reader keeps as they are.
func (a answer) direct() bool {
	if a.fault != FaultNone || a.raw || a.status < 100 || a.status > 999 {
		return false // an HTTP/2 answer is not raw, whatever its code
	}
	for k, vv := range a.header {
		switch k {
		case "Connection", "Pragma", "Transfer-Encoding", "Trailer":
			return false // the reader acts on them (close, Cache-Control, chunking)
		}
		if len(vv) == 0 || !validToken(k) || http.CanonicalHeaderKey(k) != k {
			return false // written as no line, or read as an error or another key
		}
		for _, v := range vv {
			if !plainFieldValue(v) {
				return false // the writer or the reader changes it
			}
		}
	}
	return true
}

// plainFieldValue reports whether v goes through http.Header.Write and
// net/textproto's reader unchanged: no control bytes but tab, and no space
// or tab at either end.
func plainFieldValue(v string) bool {
	if v == "" {
		return true
	}
	if first, last := v[0], v[len(v)-1]; first == ' ' || first == '\t' || last == ' ' || last == '\t' {
		return false
	}
	return validFieldValue(v)
}

// directResponse is the response http.ReadResponse makes of a.bytes() for
// req, built without writing it out: a must be direct. Its header is a's
// own (plan makes a fresh one per request) and its body reads a.body, the
// script's bytes, without copying them.
func directResponse(a answer, req *http.Request) *http.Response {
	resp := &http.Response{
		Status:     strconv.Itoa(a.status) + " " + a.reason,
		StatusCode: a.status,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     a.header,
		Body:       http.NoBody,
		Request:    req,
	}
	declared := int64(-1)
	if cl := a.header["Content-Length"]; len(cl) == 1 {
		declared, _ = strconv.ParseInt(cl[0], 10, 64) // plan wrote it from the body
	}
	switch {
	case req.Method == http.MethodHead:
		resp.ContentLength = declared // as declared, with no body
	case !bodyAllowed(a.status):
		resp.ContentLength = 0
	default:
		resp.ContentLength = declared
		if len(a.body) > 0 {
			resp.Body = &answerBody{rest: a.body}
		}
	}
	return resp
}

// answerBody reads a direct response's body as net/http's body of a known
// length reads: the last bytes come with io.EOF, and a Read after Close
// fails with http.ErrBodyReadAfterClose.
type answerBody struct {
	mu     sync.Mutex
	rest   []byte
	closed bool
}

func (b *answerBody) Read(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0, http.ErrBodyReadAfterClose
	}
	if len(b.rest) == 0 {
		return 0, io.EOF
	}
	n := copy(p, b.rest)
	b.rest = b.rest[n:]
	if len(b.rest) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func (b *answerBody) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	b.rest = nil
	return nil
}

// headWithin reports whether a's head (a.head()) is at most limit bytes,
// counted without writing it out unless it comes near: each header line
// is at most its key and value and four bytes (the writer trims values
// and replaces line breaks one for one), and a raw answer's Connection
// line at most "Connection: close".
func (a answer) headWithin(limit int) bool {
	n := len("HTTP/1.1  \r\n\r\nConnection: close\r\n") + len(strconv.Itoa(a.status)) + len(a.reason) + len(garbageHead)
	for k, vv := range a.header {
		for _, v := range vv {
			n += len(k) + len(v) + len(": \r\n")
		}
	}
	return n <= limit || len(a.head()) <= limit
}
