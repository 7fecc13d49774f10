package marketo_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
	"github.com/jarcoal/httpmock"
)

// mockClient returns a client whose every request gets resp from one
// httpmock transport, and a counter of the requests it saw.
func mockClient(status int, reason, body string) (*http.Client, *atomic.Int32) {
	var n atomic.Int32
	mt := httpmock.NewMockTransport()
	mt.RegisterNoResponder(func(req *http.Request) (*http.Response, error) {
		n.Add(1)
		resp := httpmock.NewStringResponse(status, body)
		resp.Status = strings.TrimSpace(fmt.Sprintf("%d %s", status, reason)) // httpmock leaves Status empty
		return resp, nil
	})
	return &http.Client{Transport: mt}, &n
}

// serverURL points the enrich webhook at a test server, keeping path and query.
func pointAt(w *marketo.Webhook, base string) *marketo.Webhook {
	w.URL = base + "/v1/person?email={{lead.Email Address}}"
	return w
}

func call(t *testing.T, c *marketo.Caller, w *marketo.Webhook, flow marketo.Flow) *marketo.Outcome {
	t.Helper()
	out, err := c.Call(context.Background(), w, baseLead(), flow)
	if err != nil {
		t.Fatalf("Call: %v", err)
	}
	return out
}

func TestCallCampaign(t *testing.T) {
	cat := marketo.StandardCatalog()
	client, n := mockClient(200, "OK", enrichBody)
	c := marketo.NewCaller(client, cat, marketo.Options{})

	out := call(t, c, enrichHook(), marketo.Flow{Campaign: marketo.Batch})
	if out.Code != marketo.CodeBatch || out.Request != nil || mutated(out) || n.Load() != 0 { // R2
		t.Errorf("R2 batch: code %d, request %v, changes %v, %d requests; want 1000, none sent, no change",
			out.Code, out.Request, out.Changes, n.Load())
	}
	if out.Activity.TypeID != 110 || out.Activity.RequestSent || out.Activity.Code != 1000 { // A18
		t.Errorf("A18 batch activity = %+v, want type 110, code 1000, no request", out.Activity)
	}

	out = call(t, c, enrichHook(), marketo.Flow{Campaign: "BATCH"})
	if out.Code != marketo.CodeBatch || n.Load() != 0 {
		t.Errorf("R2 BATCH in capitals: code %d, %d requests, want 1000 and none sent", out.Code, n.Load())
	}
	if _, err := c.Call(context.Background(), enrichHook(), baseLead(), marketo.Flow{Campaign: "weekly"}); err == nil || n.Load() != 0 {
		t.Errorf("R1 unknown campaign kind: err %v, %d requests; want an error and nothing sent", err, n.Load())
	}

	out = call(t, c, enrichHook(), marketo.Flow{}) // R1: trigger is the default
	if out.Code != 200 || !mutated(out) || n.Load() != 1 || !out.Activity.RequestSent {
		t.Errorf("R1 trigger: code %d, changes %v, %d requests, want 200 with changes and one request", out.Code, out.Changes, n.Load())
	}
}

func TestCallOneRequestPerLead(t *testing.T) {
	// R3, A10: one request per lead per execution, no retry even on a 503.
	for _, status := range []int{200, 503} {
		client, n := mockClient(status, "X", enrichBody)
		c := marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{})
		for i := 0; i < 3; i++ {
			call(t, c, enrichHook(), marketo.Flow{})
		}
		if got := n.Load(); got != 3 {
			t.Errorf("A10 status %d: %d requests for 3 executions, want 3", status, got)
		}
	}
}

func TestCallWaitsForAnswer(t *testing.T) {
	// R4: the step waits for the answer, so the call takes the service's time.
	const delay = 60 * time.Millisecond
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay)
		io.WriteString(w, enrichBody)
	}))
	defer srv.Close()
	c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{})
	out := call(t, c, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Elapsed < delay || !mutated(out) {
		t.Errorf("R4 elapsed %s with changes %v, want at least %s and the mapped answer", out.Elapsed, out.Changes, delay)
	}
}

func TestCallConcurrencyLimit(t *testing.T) {
	// A1: at most MaxConcurrent in flight; the rest queue and all complete.
	for _, tc := range []struct {
		name  string
		limit int
		want  int32
	}{{"A1 default 20", 0, 20}, {"A1 knob 3", 3, 3}} {
		t.Run(tc.name, func(t *testing.T) {
			var inFlight, peak atomic.Int32
			release := make(chan struct{})
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				now := inFlight.Add(1)
				for {
					p := peak.Load()
					if now <= p || peak.CompareAndSwap(p, now) {
						break
					}
				}
				<-release
				inFlight.Add(-1)
				io.WriteString(w, enrichBody)
			}))
			defer srv.Close()
			c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{MaxConcurrent: tc.limit})
			const calls = 25
			var wg sync.WaitGroup
			errs := make(chan error, calls)
			for i := 0; i < calls; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					out, err := c.Call(context.Background(), pointAt(enrichHook(), srv.URL), baseLead(), marketo.Flow{})
					if err == nil && out.Code != 200 {
						err = fmt.Errorf("code %d", out.Code)
					}
					errs <- err
				}()
			}
			deadline := time.After(5 * time.Second)
			for inFlight.Load() < tc.want {
				select {
				case <-deadline:
					t.Fatalf("only %d calls in flight, want %d", inFlight.Load(), tc.want)
				case <-time.After(time.Millisecond):
				}
			}
			time.Sleep(20 * time.Millisecond) // would more slip through?
			close(release)
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Errorf("a queued call failed: %v", err)
				}
			}
			if got := peak.Load(); got != tc.want {
				t.Errorf("peak in flight = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestCallURLAsTyped(t *testing.T) {
	// R5: '&' stays '&' and '%26' stays '%26' on the wire; A7: token values are query-escaped.
	got := make(chan string, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- r.RequestURI
		io.WriteString(w, enrichBody)
	}))
	defer srv.Close()
	hook := enrichHook()
	hook.URL = srv.URL + "/p/x%2Fy/a&b%26?a=1&b=x%26y&who={{lead.First Name}}"
	lead := baseLead()
	lead["firstName"] = "Ada & Bob"
	c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{})
	if _, err := c.Call(context.Background(), hook, lead, marketo.Flow{}); err != nil {
		t.Fatal(err)
	}
	if uri, want := <-got, "/p/x%2Fy/a&b%26?a=1&b=x%26y&who=Ada+%26+Bob"; uri != want {
		t.Errorf("R5 request URI = %q, want %q", uri, want)
	}
}

func TestCallTimeout(t *testing.T) {
	// R17 with a short configured time-out: no status, no change, a time-out failure.
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{Timeout: 50 * time.Millisecond})
	out := call(t, c, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Failure != marketo.FailureTimeout || out.Code != 0 || out.Status != 0 || mutated(out) {
		t.Errorf("R17 got failure %q code %d status %d changes %v, want a time-out with no code and no change",
			out.Failure, out.Code, out.Status, out.Changes)
	}
	if out.ErrorType != marketo.ErrorTypeTimeout {
		t.Errorf("A17 Error Type = %q, want %q", out.ErrorType, marketo.ErrorTypeTimeout)
	}
	if out.Elapsed > 2*time.Second {
		t.Errorf("the call took %s, want about the 50ms time-out", out.Elapsed)
	}
}

func TestCallCancelledIsAnError(t *testing.T) {
	client, _ := mockClient(200, "OK", enrichBody)
	c := marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Call(ctx, enrichHook(), baseLead(), marketo.Flow{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestCallRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/person", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/moved", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, enrichBody) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{})
	out := call(t, c, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Code != 302 || mutated(out) {
		t.Errorf("A11 default: code %d changes %v, want 302 not followed, no change", out.Code, out.Changes)
	}
	noFollow := srv.Client()
	noFollow.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	c = marketo.NewCaller(noFollow, marketo.StandardCatalog(), marketo.Options{FollowRedirects: true})
	out = call(t, c, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Code != 200 || !mutated(out) {
		t.Errorf("A11 knob: code %d changes %v, want the redirect followed to a 200", out.Code, out.Changes)
	}
}

func TestCallBodyCap(t *testing.T) {
	for _, tc := range []struct {
		name    string
		size    int
		failure marketo.Failure
		limit   int64
	}{
		{"A12 at the cap", 1024, "", 1024},
		{"A12 over the cap", 1025, marketo.FailureTooLarge, 1024},
		{"A12 the largest cap reads everything", 1025, "", math.MaxInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := `{"company": {"name": "` + strings.Repeat("x", tc.size-25) + `"}}`
			if len(body) != tc.size {
				t.Fatalf("body is %d bytes, want %d", len(body), tc.size)
			}
			hook := enrichHook()
			hook.Mappings = []marketo.Mapping{{Attribute: "company.name", Field: "title"}}
			client, _ := mockClient(200, "OK", body)
			c := marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{MaxBodyBytes: tc.limit})
			out := call(t, c, hook, marketo.Flow{})
			if out.Failure != tc.failure {
				t.Fatalf("failure = %q, want %q", out.Failure, tc.failure)
			}
			if tc.failure != "" && (mutated(out) || out.Code != 200 || len(out.Response) != 1024) {
				t.Errorf("over the cap: changes %v, code %d, response %d bytes; want no change, code 200, 1024 bytes kept",
					out.Changes, out.Code, len(out.Response))
			}
		})
	}
}

func TestCallTLS(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
		io.WriteString(w, enrichBody)
	}))
	srv.EnableHTTP2 = true
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the untrusted client's handshake failure is expected
	srv.StartTLS()
	defer srv.Close()

	trusted := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{})
	out := call(t, trusted, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Code != 202 || out.Proto != "HTTP/2.0" || out.ErrorType != "Accepted" || !mutated(out) {
		t.Errorf("A13 HTTP/2: code %d proto %s Error Type %q, want 202 over HTTP/2.0 with the standard phrase (A17)",
			out.Code, out.Proto, out.ErrorType)
	}
	untrusted := marketo.NewCaller(&http.Client{}, marketo.StandardCatalog(), marketo.Options{})
	out = call(t, untrusted, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Failure != marketo.FailureTLS || out.Code != 0 || mutated(out) {
		t.Errorf("A13 untrusted certificate: failure %q code %d, want a TLS failure without code", out.Failure, out.Code)
	}
}

func TestCall204OnTheWire(t *testing.T) {
	// A15: a 204 with a body. A real server drops the body: 1001, nothing mapped.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
		io.WriteString(w, enrichBody) // net/http refuses: ErrBodyNotAllowed
	}))
	defer srv.Close()
	c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{})
	out := call(t, c, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Code != marketo.CodeEmptyBody || out.Response != "" || mutated(out) {
		t.Errorf("A15 wire: code %d response %q changes %v, want 1001, empty, no change", out.Code, out.Response, out.Changes)
	}

	// httpmock hands the body over regardless; the model goes by the wire.
	client, _ := mockClient(204, "No Content", enrichBody)
	out = call(t, marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{}), enrichHook(), marketo.Flow{})
	if out.Code != marketo.CodeEmptyBody || out.Response != "" || mutated(out) {
		t.Errorf("A15 bare httpmock: code %d response %q changes %v, want 1001 as on the wire", out.Code, out.Response, out.Changes)
	}
}

func TestCallFailures(t *testing.T) {
	// A17, A26: transport failures record no code and an Error Type that names them.
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	refusedURL := "http://" + closed.Addr().String()
	closed.Close()

	rawServer := func(t *testing.T, handle func(c net.Conn)) string {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ln.Close() })
		go func() {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				go func() {
					defer c.Close()
					http.ReadRequest(bufio.NewReader(c))
					handle(c)
				}()
			}
		}()
		return "http://" + ln.Addr().String()
	}
	rst := func(c net.Conn) { c.(*net.TCPConn).SetLinger(0) }
	tests := []struct {
		name    string
		url     func(t *testing.T) string
		failure marketo.Failure
		status  int
		errType string
	}{
		{"A36 refused", func(*testing.T) string { return refusedURL }, marketo.FailureRefused, 0, marketo.ErrorTypeRefused},
		{"A36 reset before the answer", func(t *testing.T) string { return rawServer(t, rst) }, marketo.FailureReset, 0, marketo.ErrorTypeReset},
		{"A36 reset mid-body", func(t *testing.T) string {
			return rawServer(t, func(c net.Conn) {
				io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"company\":")
				time.Sleep(50 * time.Millisecond) // let the header go out on its own before the RST
				rst(c)
			})
		}, marketo.FailureReset, 200, marketo.ErrorTypeReset},
		{"A36 closed before the answer", func(t *testing.T) string { return rawServer(t, func(net.Conn) {}) },
			marketo.FailureClosed, 0, marketo.ErrorTypeClosed},
		{"A36 closed after an interim 1xx", func(t *testing.T) string {
			return rawServer(t, func(c net.Conn) { io.WriteString(c, "HTTP/1.1 103 Early Hints\r\n\r\n") })
		}, marketo.FailureClosed, 0, marketo.ErrorTypeClosed},
		{"A26 truncated body", func(t *testing.T) string {
			return rawServer(t, func(c net.Conn) {
				io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"company\":")
			})
		}, marketo.FailureTruncated, 200, marketo.ErrorTypeTruncated},
		{"A36 garbage status line", func(t *testing.T) string {
			return rawServer(t, func(c net.Conn) { io.WriteString(c, "HTTP/1.1 abc nope\r\n\r\n") })
		}, marketo.FailureTransport, 0, marketo.ErrorTypeTransport},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := marketo.NewCaller(&http.Client{}, marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
			out := call(t, c, pointAt(enrichHook(), tc.url(t)), marketo.Flow{})
			if out.Failure != tc.failure || out.Code != 0 || out.Status != tc.status || mutated(out) {
				t.Errorf("failure %q (%s) code %d status %d changes %v; want %q, no code, status %d, no change",
					out.Failure, out.Detail, out.Code, out.Status, out.Changes, tc.failure, tc.status)
			}
			if out.ErrorType != tc.errType {
				t.Errorf("Error Type %q, want %q", out.ErrorType, tc.errType)
			}
			if tc.status != 0 && out.Response != `{"company":` { // A26, R21: what arrived
				t.Errorf("Response = %q, want the bytes that arrived", out.Response)
			}
		})
	}
}

func TestCallFailuresDNS(t *testing.T) {
	// A36: a host name that does not resolve. The resolver asks a DNS server
	// on loopback that refuses, so no test needs the internet.
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	dnsAddr := closed.Addr().String()
	closed.Close()
	d := &net.Dialer{Resolver: &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "tcp", dnsAddr)
	}}}
	client := &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
	c := marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
	out := call(t, c, pointAt(enrichHook(), "http://enrich.vendor.invalid"), marketo.Flow{})
	if out.Failure != marketo.FailureDNS || out.ErrorType != marketo.ErrorTypeDNS || out.Code != 0 {
		t.Errorf("A36 dns: failure %q (%s) Error Type %q code %d, want %q, %q, no code",
			out.Failure, out.Detail, out.ErrorType, out.Code, marketo.FailureDNS, marketo.ErrorTypeDNS)
	}
}

func TestCallFailuresHTTP2(t *testing.T) {
	// A36: the same fault has the same name over HTTP/2: a stream the
	// server resets mid-body is "reset", as a TCP RST is over HTTP/1.1.
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, `{"company":`)
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler) // RST_STREAM
	}))
	srv.EnableHTTP2 = true
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	defer srv.Close()
	c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
	out := call(t, c, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Proto != "HTTP/2.0" || out.Failure != marketo.FailureReset || out.ErrorType != marketo.ErrorTypeReset || out.Status != 200 {
		t.Errorf("A36 HTTP/2 reset mid-body: proto %s failure %q (%s) Error Type %q status %d, want HTTP/2.0, reset, %q, 200",
			out.Proto, out.Failure, out.Detail, out.ErrorType, out.Status, marketo.ErrorTypeReset)
	}
}

func TestCallBadInputSendsNothing(t *testing.T) {
	tests := []struct {
		name string
		edit func(w *marketo.Webhook, l marketo.Lead)
		rule string
	}{
		{"A2 template on GET", func(w *marketo.Webhook, l marketo.Lead) { w.Method = marketo.MethodGet }, "A2"},
		{"A3 illegal escape", func(w *marketo.Webhook, l marketo.Lead) { w.Template = `{"a": "\s"}` }, "A3"},
		{"A5 CR LF from a token", func(w *marketo.Webhook, l marketo.Lead) {
			w.Headers = []marketo.Header{{Name: "X-Who", Value: "{{lead.First Name}}"}}
			l["firstName"] = "Ada\r\nX-Evil: 1"
		}, "A5"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			client, n := mockClient(200, "OK", enrichBody)
			c := marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{})
			w, l := enrichHook(), baseLead()
			tc.edit(w, l)
			out, err := c.Call(context.Background(), w, l, marketo.Flow{})
			var ps marketo.Problems
			if !errors.As(err, &ps) || out != nil {
				t.Fatalf("Call = %v, %v; want Problems and no outcome", out, err)
			}
			if !strings.Contains(err.Error(), "("+tc.rule+")") {
				t.Errorf("error %q does not name %s", err, tc.rule)
			}
			if n.Load() != 0 {
				t.Errorf("%d requests sent, want none", n.Load())
			}
		})
	}
}

func TestCallNoResend(t *testing.T) {
	// A10: one attempt. The server answers the first request on a connection,
	// then reads the second and closes without an answer: net/http would
	// quietly resend a GET on a new connection.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var requests atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				br := bufio.NewReader(c)
				for i := 0; ; i++ {
					req, err := http.ReadRequest(br)
					if err != nil {
						return
					}
					io.Copy(io.Discard, req.Body)
					requests.Add(1)
					if i > 0 {
						return // a dead keep-alive connection
					}
					io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
				}
			}()
		}
	}()
	for _, method := range []marketo.Method{marketo.MethodGet, marketo.MethodDelete, marketo.MethodPost} {
		t.Run("A10 "+string(method), func(t *testing.T) {
			requests.Store(0)
			hook := enrichHook()
			hook.Method, hook.Template, hook.Mappings, hook.ResponseType = method, "", nil, ""
			hook.URL = "http://" + ln.Addr().String() + "/x"
			hook.Headers = []marketo.Header{{Name: "Idempotency-Key", Value: "k"}}
			client := &http.Client{Transport: &http.Transport{}}
			c := marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
			first := call(t, c, hook, marketo.Flow{})
			second := call(t, c, hook, marketo.Flow{})
			// The second either meets the dead connection (a failure) or, for an
			// empty POST, has a connection of its own (a 200); never both.
			if first.Code != 200 || second.Failure == "" && second.Code != 200 {
				t.Errorf("first code %d, second code %d failure %q; want 200, then a failure or a 200", first.Code, second.Code, second.Failure)
			}
			if got := requests.Load(); got != 2 {
				t.Errorf("the service saw %d requests for 2 executions, want 2 (no resend)", got)
			}
		})
	}
}

// lateAnswer answers each request only once its context has ended, with a
// complete empty 200: the answer net/http can still hand over when, at the
// deadline, the server sees the client go and its handler returns.
type lateAnswer struct{}

func (lateAnswer) RoundTrip(req *http.Request) (*http.Response, error) {
	<-req.Context().Done()
	return &http.Response{StatusCode: 200, Status: "200 OK", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{}, Body: http.NoBody, Request: req}, nil
}

// TestCallAnswerAfterTheTimeOut: R17: an answer complete only after the
// time-out is a time-out (no status, no code), not an empty 2xx (R20's 1001).
func TestCallAnswerAfterTheTimeOut(t *testing.T) {
	c := marketo.NewCaller(&http.Client{Transport: lateAnswer{}}, marketo.StandardCatalog(), marketo.Options{Timeout: 20 * time.Millisecond})
	out := call(t, c, enrichHook(), marketo.Flow{})
	if out.Failure != marketo.FailureTimeout || out.Code != 0 || out.Status != 0 || mutated(out) {
		t.Errorf("R17 got failure %q code %d status %d changes %v, want a time-out with no code and no change",
			out.Failure, out.Code, out.Status, out.Changes)
	}
}
