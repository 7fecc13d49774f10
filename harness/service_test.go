package harness

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// openFaces serves svc on every face; they close with the test.
func openFaces(t testing.TB, svc *Service) []Face {
	t.Helper()
	var out []Face
	for _, name := range TransportBoth.Faces() {
		f, err := Open(name, svc)
		if err != nil {
			t.Fatalf("Open(%q): got error %v, want none", name, err)
		}
		t.Cleanup(func() { f.Close() })
		out = append(out, f)
	}
	return out
}

// got is what a caller saw of one exchange.
type got struct {
	Status  string
	Code    int
	Header  http.Header
	Body    string
	Err     error // from Do
	BodyErr error // from reading the body
}

func exchange(t testing.TB, c *http.Client, method, url string, body io.Reader, hdr http.Header) got {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatalf("NewRequest: %v", err)
	}
	for k, vv := range hdr {
		req.Header[k] = vv
	}
	resp, err := c.Do(req)
	if err != nil {
		return got{Err: err}
	}
	defer resp.Body.Close()
	b, berr := io.ReadAll(resp.Body)
	return got{Status: resp.Status, Code: resp.StatusCode, Header: resp.Header, Body: string(b), BodyErr: berr}
}

const vendorURL = "https://enrich.vendor.example/v1/enrich?x=1"

// answerCases script ordinary answers; both faces must deliver them alike.
var answerCases = []struct {
	name, rule string
	script     Script
	method     string
	wantStatus string
	wantHeader http.Header // subset
	wantBody   string
	wantErr    string // substring of the error, when the answer is not one
	wantNote   string
}{
	{name: "200 JSON body and headers", rule: "R18",
		script:     Script{Status: 200, Header: http.Header{"Content-Type": {"application/json"}, "X-Multi": {"a", "b"}}, Body: []byte(`{"ok":true}`)},
		wantStatus: "200 OK", wantHeader: http.Header{"Content-Type": {"application/json"}, "X-Multi": {"a", "b"}, "Content-Length": {"11"}}, wantBody: `{"ok":true}`},
	{name: "503 custom reason arrives as sent", rule: "A17",
		script: Script{Status: 503, Reason: "Backend Down"}, wantStatus: "503 Backend Down", wantHeader: http.Header{"Content-Length": {"0"}}},
	{name: "503 standard reason", rule: "A17",
		script: Script{Status: 503, Body: []byte("down")}, wantStatus: "503 Service Unavailable", wantBody: "down"},
	{name: "299 non-standard with reason", rule: "R19",
		script: Script{Status: 299, Reason: "Sort Of OK", Body: []byte("{}")}, wantStatus: "299 Sort Of OK", wantBody: "{}"},
	{name: "499 non-standard with reason", rule: "R19",
		script: Script{Status: 499, Reason: "Client Closed Request"}, wantStatus: "499 Client Closed Request"},
	{name: "599 non-standard with reason", rule: "R19",
		script: Script{Status: 599, Reason: "Network Connect Timeout Error"}, wantStatus: "599 Network Connect Timeout Error"},
	{name: "600 beyond 5xx", rule: "R19",
		script: Script{Status: 600, Reason: "Beyond"}, wantStatus: "600 Beyond"},
	{name: "unknown code without reason keeps an empty phrase", rule: "A17",
		script: Script{Status: 799}, wantStatus: "799 "},
	{name: "no reason phrase on a standard code", rule: "A17",
		script: Script{Status: 503, NoReason: true, Body: []byte("x")}, wantStatus: "503 ", wantBody: "x"},
	{name: "no reason phrase drops the scripted one", rule: "A17",
		script: Script{Status: 200, Reason: "Fine", NoReason: true}, wantStatus: "200 ",
		wantNote: "no reason phrase: the scripted phrase is not sent"},
	{name: "lower-case header key arrives canonical", rule: "A17",
		script:     Script{Status: 200, Header: http.Header{"x-vendor": {"v"}}, Body: []byte("x")},
		wantStatus: "200 OK", wantHeader: http.Header{"X-Vendor": {"v"}}, wantBody: "x"},
	{name: "204 drops its body", rule: "A15",
		script: Script{Status: 204, Body: []byte(`{"a":1}`)}, wantStatus: "204 No Content", wantBody: "",
		wantNote: "204: body dropped, as a real server does"},
	{name: "304 drops its body", rule: "A11",
		script: Script{Status: 304, Body: []byte("cached")}, wantStatus: "304 Not Modified", wantBody: "",
		wantNote: "304: body dropped, as a real server does"},
	{name: "304 keeps its Content-Type on both faces", rule: "A15",
		script:     Script{Status: 304, Header: http.Header{"Content-Type": {"application/json"}, "Etag": {`"v1"`}}},
		wantStatus: "304 Not Modified", wantHeader: http.Header{"Content-Type": {"application/json"}, "Etag": {`"v1"`}}},
	{name: "204 keeps its Content-Type on both faces", rule: "A15",
		script:     Script{Status: 204, Header: http.Header{"Content-Type": {"application/json"}}},
		wantStatus: "204 No Content", wantHeader: http.Header{"Content-Type": {"application/json"}}},
	{name: "302 is not followed", rule: "A11",
		script: Script{Status: 302, Header: http.Header{"Location": {"/elsewhere"}}, Body: []byte("moved")}, wantStatus: "302 Found", wantBody: "moved"},
	{name: "status 0 answers 200", rule: "R19",
		script: Script{Body: []byte("x")}, wantStatus: "200 OK", wantBody: "x",
		wantNote: "status 0: 200 sent, as net/http does for a handler that sets none"},
	{name: "HEAD gets a head only", rule: "R19", method: http.MethodHead,
		script: Script{Status: 200, Body: []byte("body")}, wantStatus: "200 OK", wantHeader: http.Header{"Content-Length": {"4"}}},
	{name: "custom reason with line break is one line", rule: "A17",
		script: Script{Status: 500, Reason: "Bad\r\nX-Evil: 1"}, wantStatus: "500 Bad  X-Evil: 1",
		wantNote: "reason: line breaks replaced by spaces, a status line is one line"},
	{name: "102 interim answer never ends", rule: "R19",
		script: Script{Status: 102}, wantErr: "unexpected EOF",
		wantNote: "102: an interim answer; the caller waits for a final one that never comes"},
	{name: "1000 is no HTTP status", rule: "R19",
		script: Script{Status: 1000, Reason: "Marketo"}, wantErr: `malformed HTTP status code "1000"`},
	{name: "scripted Content-Length is replaced", rule: "A12",
		script:     Script{Status: 200, Header: http.Header{"Content-Length": {"99"}}, Body: []byte("abc")},
		wantStatus: "200 OK", wantHeader: http.Header{"Content-Length": {"3"}}, wantBody: "abc",
		wantNote: "Content-Length: set from the body, not the script"},
}

func TestFacesAnswer(t *testing.T) {
	for _, tc := range answerCases {
		for _, url := range []string{vendorURL, "http://enrich.vendor.example:8080/v1/enrich?x=1"} {
			t.Run(tc.rule+"/"+tc.name+"/"+url[:5], func(t *testing.T) {
				t.Parallel()
				svc := NewService(tc.script)
				var all []got
				for _, f := range openFaces(t, svc) {
					method := tc.method
					if method == "" {
						method = http.MethodPost
					}
					c := *f.Client()
					c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse } // A11
					g := exchange(t, &c, method, url, strings.NewReader(`{"email":"a@b.example"}`), nil)
					all = append(all, g)
					if tc.wantErr != "" {
						if g.Err == nil || !strings.Contains(g.Err.Error(), tc.wantErr) {
							t.Errorf("%s: got error %v, want one containing %q", f.Name(), g.Err, tc.wantErr)
						}
					} else {
						if g.Err != nil || g.BodyErr != nil {
							t.Fatalf("%s: got errors %v / %v, want none", f.Name(), g.Err, g.BodyErr)
						}
						if g.Status != tc.wantStatus {
							t.Errorf("%s: got status %q, want %q", f.Name(), g.Status, tc.wantStatus)
						}
						if g.Body != tc.wantBody {
							t.Errorf("%s: got body %q, want %q", f.Name(), g.Body, tc.wantBody)
						}
						for k, want := range tc.wantHeader {
							if got := g.Header[k]; !slices.Equal(got, want) {
								t.Errorf("%s: got header %s %q, want %q", f.Name(), k, got, want)
							}
						}
					}
					if tc.wantNote != "" && !slices.Contains(f.Notes(), tc.wantNote) {
						t.Errorf("%s: got notes %q, want one %q", f.Name(), f.Notes(), tc.wantNote)
					}
					if tc.wantNote == "" && len(f.Notes()) > 0 {
						t.Errorf("%s: got notes %q, want none", f.Name(), f.Notes())
					}
				}
				// Both faces: the same answer, header for header.
				m, w := all[0], all[1]
				if (m.Err == nil) != (w.Err == nil) || m.Status != w.Status || m.Body != w.Body ||
					!reflect.DeepEqual(m.Header, w.Header) || (m.BodyErr == nil) != (w.BodyErr == nil) {
					t.Errorf("faces disagree: got mock %+v, want wire %+v", m, w)
				}
			})
		}
	}
}

// TestFacesHTTP2 checks that an https answer under Script.HTTP2 arrives over
// HTTP/2 on both faces, with the standard phrase (A13, A17).
func TestFacesHTTP2(t *testing.T) {
	for _, tc := range []struct {
		name, rule string
		script     Script
		url        string
		wantProto  string
		wantStatus string
		wantNote   string
	}{
		{name: "404 standard phrase", rule: "A17", script: Script{Status: 404, Reason: "Gone Fishing", Body: []byte("x")}, url: vendorURL,
			wantProto: "HTTP/2.0", wantStatus: "404 Not Found", wantNote: "HTTP/2: no reason phrase on the wire; the client reports the standard one"},
		{name: "599 no phrase", rule: "A17", script: Script{Status: 599, Body: []byte("x")}, url: vendorURL,
			wantProto: "HTTP/2.0", wantStatus: "599 "},
		{name: "200", rule: "A13", script: Script{Status: 200, Body: []byte("{}")}, url: vendorURL,
			wantProto: "HTTP/2.0", wantStatus: "200 OK"},
		{name: "plain http stays HTTP/1.1", rule: "A13", script: Script{Status: 404, Body: []byte("x")}, url: "http://enrich.vendor.example/",
			wantProto: "HTTP/1.1", wantStatus: "404 Not Found", wantNote: "HTTP/2: plain http has no HTTP/2 (no h2c); answered over HTTP/1.1"},
		{name: "a fault stays HTTP/1.1", rule: "A26", script: Script{Status: 200, Body: []byte("abcd"), Fault: FaultTruncated}, url: vendorURL,
			wantProto: "HTTP/1.1", wantStatus: "200 OK", wantNote: `HTTP/2: the fault "truncated" is played over HTTP/1.1`},
	} {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			t.Parallel()
			tc.script.HTTP2 = true
			for _, f := range openFaces(t, NewService(tc.script)) {
				resp, err := f.Client().Get(tc.url)
				if err != nil {
					t.Fatalf("%s: got error %v", f.Name(), err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.Proto != tc.wantProto || resp.Status != tc.wantStatus {
					t.Errorf("%s: got %s %q, want %s %q", f.Name(), resp.Proto, resp.Status, tc.wantProto, tc.wantStatus)
				}
				if notes := f.Notes(); (tc.wantNote == "" && len(notes) > 0) || (tc.wantNote != "" && !slices.Contains(notes, tc.wantNote)) {
					t.Errorf("%s: got notes %q, want %q", f.Name(), notes, tc.wantNote)
				}
			}
		})
	}
}

func TestFacesFaults(t *testing.T) {
	// Only the hang needs a short time-out; the other faults must not
	// depend on how fast a loaded machine answers.
	client := func(f Face, fault Fault) *http.Client {
		c := *f.Client()
		c.Timeout = 10 * time.Second
		if fault == FaultHang {
			c.Timeout = 100 * time.Millisecond
		}
		return &c
	}
	cases := []struct {
		name, rule   string
		fault        Fault
		url          string
		wantRecorded int
		check        func(g got) error
	}{
		{"refused is ECONNREFUSED", "A17", FaultRefused, vendorURL, 0, func(g got) error {
			if !errors.Is(g.Err, syscall.ECONNREFUSED) {
				return fmt.Errorf("got %v, want ECONNREFUSED", g.Err)
			}
			if want := "dial tcp enrich.vendor.example:443: connect: connection refused"; !strings.Contains(g.Err.Error(), want) {
				return fmt.Errorf("got %q, want it to contain %q", g.Err, want)
			}
			return nil
		}},
		{"refused over http", "A17", FaultRefused, "http://hook.example/x", 0, func(g got) error {
			if !errors.Is(g.Err, syscall.ECONNREFUSED) {
				return fmt.Errorf("got %v, want ECONNREFUSED", g.Err)
			}
			return nil
		}},
		{"reset is ECONNRESET", "A17", FaultReset, vendorURL, 1, func(g got) error {
			if !errors.Is(g.Err, syscall.ECONNRESET) {
				return fmt.Errorf("got %v, want ECONNRESET", g.Err)
			}
			return nil
		}},
		{"reset over http", "A17", FaultReset, "http://hook.example/x", 1, func(g got) error {
			if !errors.Is(g.Err, syscall.ECONNRESET) {
				return fmt.Errorf("got %v, want ECONNRESET", g.Err)
			}
			return nil
		}},
		{"hang times out", "R17", FaultHang, vendorURL, 1, func(g got) error {
			if !errors.Is(g.Err, context.DeadlineExceeded) {
				return fmt.Errorf("got %v, want context.DeadlineExceeded", g.Err)
			}
			var te interface{ Timeout() bool }
			if !errors.As(g.Err, &te) || !te.Timeout() {
				return fmt.Errorf("got %v, want a Timeout() error", g.Err)
			}
			return nil
		}},
		{"truncated body ends early", "A17", FaultTruncated, vendorURL, 1, func(g got) error {
			if g.Err != nil || !errors.Is(g.BodyErr, io.ErrUnexpectedEOF) {
				return fmt.Errorf("got %v / body %v, want io.ErrUnexpectedEOF reading the body", g.Err, g.BodyErr)
			}
			if g.Body != "0123" {
				return fmt.Errorf("got body %q, want %q", g.Body, "0123")
			}
			return nil
		}},
		{"garbage status line", "A17", FaultGarbage, vendorURL, 1, func(g got) error {
			if g.Err == nil || !strings.Contains(g.Err.Error(), `malformed HTTP status code "abc"`) {
				return fmt.Errorf("got %v, want malformed HTTP status code \"abc\"", g.Err)
			}
			return nil
		}},
		{"tls certificate unknown", "A13", FaultTLS, vendorURL, 0, func(g got) error {
			var cv *tls.CertificateVerificationError
			var ua x509.UnknownAuthorityError
			if !errors.As(g.Err, &cv) || !errors.As(g.Err, &ua) {
				return fmt.Errorf("got %v, want *tls.CertificateVerificationError with x509.UnknownAuthorityError", g.Err)
			}
			return nil
		}},
		{"tls fault on plain http answers", "A13", FaultTLS, "http://hook.example/x", 1, func(g got) error {
			if g.Err != nil || g.Status != "200 OK" {
				return fmt.Errorf("got %q / %v, want 200 OK", g.Status, g.Err)
			}
			return nil
		}},
	}
	for _, tc := range cases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			t.Parallel()
			svc := NewService(Script{Status: 200, Body: []byte("01234567"), Fault: tc.fault})
			for _, f := range openFaces(t, svc) {
				svc.Reset()
				g := exchange(t, client(f, tc.fault), http.MethodPost, tc.url, strings.NewReader("lead"), nil)
				if err := tc.check(g); err != nil {
					t.Errorf("%s: %v", f.Name(), err)
				}
				if n := len(svc.Requests()); n != tc.wantRecorded {
					t.Errorf("%s: got %d recorded requests, want %d", f.Name(), n, tc.wantRecorded)
				}
			}
		})
	}
}

func TestFacesDelay(t *testing.T) {
	t.Parallel()
	svc := NewService(Script{Status: 200, Body: []byte("late"), Delay: 50 * time.Millisecond})
	for _, f := range openFaces(t, svc) {
		c := *f.Client()
		c.Timeout = 20 * time.Millisecond
		if g := exchange(t, &c, "POST", vendorURL, nil, nil); !errors.Is(g.Err, context.DeadlineExceeded) {
			t.Errorf("%s: delay 50ms, time-out 20ms: got %v, want context.DeadlineExceeded", f.Name(), g.Err)
		}
		c.Timeout = 2 * time.Second
		start := time.Now()
		g := exchange(t, &c, "POST", vendorURL, nil, nil)
		if g.Err != nil || g.Body != "late" {
			t.Errorf("%s: delay 50ms, time-out 2s: got %q / %v, want %q", f.Name(), g.Body, g.Err, "late")
		}
		if el := time.Since(start); el < 50*time.Millisecond {
			t.Errorf("%s: got an answer after %v, want at least 50ms", f.Name(), el)
		}
	}
}

func TestFacesRecord(t *testing.T) {
	type send struct {
		method, url string
		body        io.Reader
		header      http.Header
	}
	cases := []struct {
		name, rule string
		send       send
		want       Recorded
	}{
		{"POST JSON with & and %26 in the query", "R12",
			send{"POST", "https://enrich.vendor.example/v1/en%2Frich?a=1&b=x%26y&c=%2F#frag", strings.NewReader(`{"k":"v"}`),
				http.Header{"Content-Type": {"application/json"}, "X-Api-Key": {"s3cret"}}},
			Recorded{Method: "POST", URL: "https://enrich.vendor.example/v1/en%2Frich?a=1&b=x%26y&c=%2F",
				Header: http.Header{"Content-Type": {"application/json"}, "X-Api-Key": {"s3cret"},
					"User-Agent": {"Go-http-client/1.1"}, "Content-Length": {"9"}},
				Body: []byte(`{"k":"v"}`)}},
		{"GET without body, other port", "R12",
			send{"GET", "http://10.1.2.3:8081/hook?email=a%40b.example&x=%20", nil, nil},
			Recorded{Method: "GET", URL: "http://10.1.2.3:8081/hook?email=a%40b.example&x=%20",
				Header: http.Header{"User-Agent": {"Go-http-client/1.1"}}}},
		{"PUT with a streamed body, custom agent", "R12",
			send{"PUT", "https://a.example/p", io.NopCloser(strings.NewReader("stream")), http.Header{"User-Agent": {"Marketo"}, "x-lower": {" padded "}}},
			Recorded{Method: "PUT", URL: "https://a.example/p",
				Header: http.Header{"User-Agent": {"Marketo"}, "X-Lower": {"padded"}}, Body: []byte("stream")}},
		{"DELETE empty, no agent", "R12",
			send{"DELETE", "https://[::1]:9443/d", nil, http.Header{"User-Agent": {""}}},
			Recorded{Method: "DELETE", URL: "https://[::1]:9443/d", Header: http.Header{}}},
	}
	for _, tc := range cases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			t.Parallel()
			var body []byte
			if tc.send.body != nil {
				body, _ = io.ReadAll(tc.send.body)
			}
			svc := NewService(Script{Status: 200, Body: []byte("{}")})
			for _, f := range openFaces(t, svc) {
				svc.Reset()
				var r io.Reader
				if body != nil {
					r = bytes.NewReader(body)
					if _, streamed := tc.send.body.(io.ReadCloser); streamed {
						r = io.NopCloser(r)
					}
				}
				if g := exchange(t, f.Client(), tc.send.method, tc.send.url, r, tc.send.header); g.Err != nil {
					t.Fatalf("%s: got error %v, want none", f.Name(), g.Err)
				}
				recs := svc.Requests()
				if len(recs) != 1 {
					t.Fatalf("%s: got %d recorded requests, want 1", f.Name(), len(recs))
				}
				want := tc.want
				want.Face = f.Name()
				if !reflect.DeepEqual(recs[0], want) {
					t.Errorf("%s: got %+v, want %+v", f.Name(), recs[0], want)
				}
			}
		})
	}
}

func TestFacesConcurrent(t *testing.T) {
	t.Parallel()
	svc := NewService(Script{Status: 201, Reason: "Made", Body: []byte("ok"), Delay: 5 * time.Millisecond})
	for _, f := range openFaces(t, svc) {
		svc.Reset()
		var wg sync.WaitGroup
		errs := make(chan error, 20)
		for i := range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				url := fmt.Sprintf("https://host%d.example/n?i=%d", i%3, i)
				if i%2 == 1 {
					url = fmt.Sprintf("http://host%d.example/n?i=%d", i%3, i)
				}
				g := exchange(t, f.Client(), "POST", url, strings.NewReader("x"), nil)
				if g.Err != nil || g.Status != "201 Made" || g.Body != "ok" {
					errs <- fmt.Errorf("%s %d: got %q %q %v, want 201 Made ok", f.Name(), i, g.Status, g.Body, g.Err)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if n := len(svc.Requests()); n != 20 {
			t.Errorf("%s: got %d recorded requests, want 20", f.Name(), n)
		}
	}
}

func TestServiceScript(t *testing.T) {
	sc := Script{Status: 200, Header: http.Header{"A": {"1"}}, Body: []byte("b")}
	svc := NewService(sc)
	sc.Header.Set("A", "changed")
	sc.Body[0] = 'X'
	if got := svc.Script(); got.Header.Get("A") != "1" || string(got.Body) != "b" {
		t.Errorf("got script %+v, want the copy taken by NewService", got)
	}
	faces := openFaces(t, svc)
	for _, f := range faces {
		svc.SetScript(Script{Status: 200, Body: []byte("one")})
		if g := exchange(t, f.Client(), "GET", vendorURL, nil, nil); g.Body != "one" {
			t.Errorf("%s: got %q, want %q", f.Name(), g.Body, "one")
		}
		svc.SetScript(Script{Status: 418, Body: []byte("two")})
		if g := exchange(t, f.Client(), "GET", vendorURL, nil, nil); g.Body != "two" || g.Code != 418 {
			t.Errorf("%s: got %d %q, want 418 %q", f.Name(), g.Code, g.Body, "two")
		}
	}
	if got := len(svc.Requests()); got != 4 {
		t.Errorf("got %d recorded requests, want 4", got)
	}
	recs := svc.Requests()
	recs[0].Header.Set("Mutated", "1")
	if svc.Requests()[0].Header.Get("Mutated") != "" {
		t.Errorf("got a shared header from Requests, want a copy")
	}
	svc.Reset()
	if got := len(svc.Requests()); got != 0 {
		t.Errorf("after Reset: got %d recorded requests, want 0", got)
	}
	if got, want := []string{recs[0].Face, recs[2].Face}, []string{"mock", "wire"}; !slices.Equal(got, want) {
		t.Errorf("got faces %q, want %q", got, want)
	}
}

func TestFaceClose(t *testing.T) {
	t.Parallel()
	svc := NewService(Script{Fault: FaultHang})
	for _, f := range openFaces(t, svc) {
		res := make(chan error, 1)
		go func() { res <- exchange(t, f.Client(), "GET", vendorURL, nil, nil).Err }()
		time.Sleep(20 * time.Millisecond)
		if err := f.Close(); err != nil {
			t.Errorf("%s: Close: got %v, want nil", f.Name(), err)
		}
		f.Close() // idempotent
		select {
		case err := <-res:
			if err == nil {
				t.Errorf("%s: hang after Close: got no error, want one", f.Name())
			}
		case <-time.After(2 * time.Second):
			t.Errorf("%s: hang after Close: got no return in 2s, want the request to end", f.Name())
		}
	}
}

func TestParseTransport(t *testing.T) {
	for _, tc := range []struct {
		in    string
		want  Transport
		faces []FaceKind
	}{
		{"mock", TransportMock, []FaceKind{Mock}},
		{"wire", TransportWire, []FaceKind{Wire}},
		{" Both ", TransportBoth, []FaceKind{Mock, Wire}},
	} {
		got, err := ParseTransport(tc.in)
		if err != nil || got != tc.want || !slices.Equal(got.Faces(), tc.faces) {
			t.Errorf("ParseTransport(%q): got %q %v %q, want %q %q", tc.in, got, err, got.Faces(), tc.want, tc.faces)
		}
	}
	_, err := ParseTransport("socket")
	if err == nil || !strings.Contains(err.Error(), "mock, wire or both") {
		t.Errorf("ParseTransport(socket): got %v, want an error listing mock, wire or both", err)
	}
	if err == nil || strings.Contains(err.Error(), "harness") {
		t.Errorf("ParseTransport(socket): got %v, want a user's error that names no package", err)
	}
	if _, err := Open("carrier-pigeon", NewService(Script{})); err == nil {
		t.Errorf("Open(carrier-pigeon): got no error, want one")
	}
}

func TestStandardReason(t *testing.T) {
	for code, want := range map[int]string{503: "Service Unavailable", 599: "", 200: "OK"} {
		if got := StandardReason(code); got != want {
			t.Errorf("StandardReason(%d): got %q, want %q", code, got, want)
		}
	}
}

func BenchmarkRoundTrip(b *testing.B) {
	for _, name := range TransportBoth.Faces() {
		for _, url := range []string{"http://bench.example/hook", "https://bench.example/hook"} {
			b.Run(string(name)+"/"+url[:strings.Index(url, ":")], func(b *testing.B) {
				svc := NewService(Script{Status: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: []byte(`{"score":42}`)})
				f, err := Open(name, svc)
				if err != nil {
					b.Fatal(err)
				}
				defer f.Close()
				c := f.Client()
				body := []byte(`{"email":"a@b.example"}`)
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					resp, err := c.Post(url, "application/json", bytes.NewReader(body))
					if err != nil {
						b.Fatal(err)
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if n++; n%1000 == 0 {
						svc.Reset() // keep the record small
					}
				}
			})
		}
	}
}
