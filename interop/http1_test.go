package interop_test

import (
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

// TestInteropHTTP1 calls the Python and Node.js services over HTTP/1.x
// and checks what the model records for each answer they give.
func TestInteropHTTP1(t *testing.T) {
	py := "http://127.0.0.1:" + startServer(t, "python3", "testdata/server.py")["http"]
	tests := []struct {
		name  string
		url   string
		check func(o *marketo.Outcome) string
	}{
		{"A17 custom reason phrase", py + "/reason", func(o *marketo.Outcome) string {
			return want(o.Code == 503 && o.ErrorType == "Backend Down For Maintenance" && o.Response == `{"error": "later"}`, o)
		}},
		{"A17 non-ASCII reason phrase as received", py + "/umlaut", func(o *marketo.Outcome) string {
			return want(o.Code == 503 && o.ErrorType == "\xdcberlastet", o)
		}},
		{"R23 HTTP/1.0 close-delimited body", py + "/http10", func(o *marketo.Outcome) string {
			return want(o.Code == 200 && o.Proto == "HTTP/1.0" && o.Lead["company"] == "New Co", o)
		}},
		{"R23 chunked body", py + "/chunked", func(o *marketo.Outcome) string {
			return want(o.Code == 200 && o.Lead["company"] == "New Co", o)
		}},
		{"A15 204 with a body", py + "/nocontent", func(o *marketo.Outcome) string {
			return want(o.Code == marketo.CodeEmptyBody && o.Status == 204 && o.Response == "" && !(len(o.Changes) > 0), o)
		}},
		{"A32 ISO-8859-1", py + "/latin1", func(o *marketo.Outcome) string {
			return want(o.Code == 200 && o.Lead["company"] == "Müller GmbH", o)
		}},
		{"A33 gzip sent unasked", py + "/gzip", func(o *marketo.Outcome) string {
			return want(gunzip(o.Response) == company && o.Failure == marketo.FailureUnparseable && !(len(o.Changes) > 0), o)
		}},
		{"A36 short body", py + "/short", func(o *marketo.Outcome) string {
			return want(o.Failure == marketo.FailureTruncated && o.ErrorType == marketo.ErrorTypeTruncated && o.Response == `{"company":`, o)
		}},
		{"A36 reset mid-body", py + "/reset", func(o *marketo.Outcome) string {
			return want(o.Failure == marketo.FailureReset && o.ErrorType == marketo.ErrorTypeReset && o.Code == 0, o)
		}},
	}
	c := newCaller(nil) // one Caller for all: reuse is part of the test
	for _, tc := range tests {
		t.Run("python "+tc.name, func(t *testing.T) {
			if msg := tc.check(callURL(t, c, tc.url)); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// TestInteropNodeHTTP1 is TestInteropHTTP1 against Node.js's node:http.
func TestInteropNodeHTTP1(t *testing.T) {
	ca := newCA(t)
	node := "http://127.0.0.1:" + startServer(t, "node", "testdata/server.js", ca.Cert, ca.Key)["http"]
	c := newCaller(nil)
	for _, tc := range []struct {
		name  string
		path  string
		check func(o *marketo.Outcome) bool
	}{
		{"A17 custom reason phrase", "/reason", func(o *marketo.Outcome) bool { return o.Code == 429 && o.ErrorType == "Slow Down Please" }},
		{"R23 chunked body", "/chunked", func(o *marketo.Outcome) bool { return o.Code == 200 && o.Lead["company"] == "New Co" }},
		{"A36 reset mid-body", "/reset", func(o *marketo.Outcome) bool { return o.Failure == marketo.FailureReset && o.Status == 200 }},
		{"A36 short body", "/short", func(o *marketo.Outcome) bool { return o.Failure == marketo.FailureTruncated && o.Status == 200 }},
	} {
		t.Run("node "+tc.name, func(t *testing.T) {
			if o := callURL(t, c, node+tc.path); !tc.check(o) {
				t.Error(want(false, o))
			}
		})
	}
}

// TestInteropBodilessReuse is A15 against Python's http.server: 8
// goroutines x 100 rounds of a 204 with a body and then a normal answer on
// one Caller, over kept-alive connections.
func TestInteropBodilessReuse(t *testing.T) {
	py := "http://127.0.0.1:" + startServer(t, "python3", "testdata/server.py")["http"]
	c := newCaller(nil)
	defer c.CloseIdleConnections()
	var mu sync.Mutex
	var bad []string
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for r := range 100 {
				first, second := callURL(t, c, py+"/nocontent"), callURL(t, c, py+"/company")
				mu.Lock()
				if first.Code != marketo.CodeEmptyBody || first.Failure != "" {
					bad = append(bad, fmt.Sprintf("g%d r%d 204: %s", g, r, want(false, first)))
				}
				if second.Code != 201 || second.Lead["company"] != "New Co" {
					bad = append(bad, fmt.Sprintf("g%d r%d 201: %s", g, r, want(false, second)))
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(bad) > 0 {
		t.Errorf("A15: %d of 1600 calls went wrong; first: %s", len(bad), strings.Join(bad[:min(3, len(bad))], "; "))
	}
}

// company is the JSON answer of both services' /company.
const company = `{"company": {"name": "New Co", "employees": 42}}`

// gunzip is s decompressed, or "" when s is not gzip.
func gunzip(s string) string {
	zr, err := gzip.NewReader(strings.NewReader(s))
	if err != nil {
		return ""
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return ""
	}
	return string(b)
}

// want is "" when ok, else the outcome for the failure message.
func want(ok bool, o *marketo.Outcome) string {
	if ok {
		return ""
	}
	return fmt.Sprintf("got code %d status %d %s Error Type %q failure %q (%s) response %q lead %v",
		o.Code, o.Status, o.Proto, o.ErrorType, o.Failure, o.Detail, o.Response, o.Lead)
}
