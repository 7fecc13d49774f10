package harness

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/hookcert/hookcert/marketo"
	"github.com/jarcoal/httpmock"
)

// errFaceClosed ends requests that reach, or wait on, a closed face.
var errFaceClosed = errors.New("harness: face closed")

// mockFace serves a Service in process through its own httpmock
// MockTransport: no socket, no goroutine per connection, microseconds per
// request. It mirrors what net/http's client does on the wire (request
// validation, the headers the transport adds, the parsing of the answer, the
// errors of each fault), so that the oracle sees the same thing on both faces.
type mockFace struct {
	svc    *Service
	client *http.Client
	notes  notebook
	done   chan struct{}
	once   sync.Once
}

// NewMock serves s in process. Its client goes through a fresh
// httpmock.MockTransport whose catch-all responder plays the script for every
// method, host and path; httpmock's global state is never touched.
func NewMock(s *Service) Face {
	f := &mockFace{svc: s, done: make(chan struct{})}
	mt := httpmock.NewMockTransport()
	mt.RegisterNoResponder(f.respond)
	f.client = &http.Client{Transport: mt}
	return f
}

func (f *mockFace) Name() string         { return "mock" }
func (f *mockFace) Client() *http.Client { return f.client }
func (f *mockFace) Notes() []string      { return f.notes.list() }
func (f *mockFace) Close() error         { f.once.Do(func() { close(f.done) }); return nil }

// respond plays the script for req, in the order the wire does: checks the
// client transport makes before dialing, the dial (refused), the handshake
// (tls), then the request reaches the service and is recorded, the delay,
// and the answer or the fault that replaces it.
func (f *mockFace) respond(req *http.Request) (*http.Response, error) {
	select {
	case <-f.done:
		closeBody(req)
		return nil, errFaceClosed
	default:
	}
	if err := checkRequest(req); err != nil {
		closeBody(req)
		return nil, err
	}
	sc := f.svc.playing() // read only: plan copies what it changes
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	target := req.URL.Scheme + "://" + host + req.URL.RequestURI()
	a := plan(sc, method, target)
	addr := hostAddr(canonicalAddr(req.URL))
	switch a.fault {
	case FaultRefused:
		closeBody(req)
		return nil, &net.OpError{Op: "dial", Net: "tcp", Addr: addr,
			Err: &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}
	case FaultTLS:
		closeBody(req)
		return nil, &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}
	case FaultHandshake:
		closeBody(req)
		return nil, handshakeError()
	}

	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("harness: read request body: %w", err)
		}
		body = b
	}
	gathered := f.svc.record(Recorded{
		Face:   "mock",
		Method: method,
		URL:    target,
		Header: sentHeader(req, len(body)),
		Body:   nonEmpty(body),
	})
	f.notes.add(a.notes...)
	if sc.Chaos.Resets(method, target, body) {
		a.fault = FaultReset
	}

	ctx := req.Context()
	if err := gather(ctx, f.done, gathered); err != nil {
		return nil, err
	}
	if err := wait(ctx, f.done, sc.Delay); err != nil {
		return nil, err
	}
	switch a.fault {
	case FaultHang:
		return nil, wait(ctx, f.done, -1)
	case FaultReset:
		return nil, &net.OpError{Op: "read", Net: "tcp", Addr: addr,
			Err: &os.SyscallError{Syscall: "read", Err: syscall.ECONNRESET}}
	}
	return f.answerWith(ctx, a, req, addr)
}

// answerWith is the response to req as the wire would carry a: parsed by
// net/http's reader, streamed where the fault is a stream.
func (f *mockFace) answerWith(ctx context.Context, a answer, req *http.Request, addr net.Addr) (*http.Response, error) {
	if !a.headWithin(marketo.MaxHeaderBytes) {
		return nil, marketo.HeaderTooLargeError() // A37, as net/http's client reads it
	}
	if a.streamed() {
		return readAnswerFrom(mockStream(ctx, f.done, a, addr), req)
	}
	resp, err := mockResponse(a, req)
	if err != nil {
		return nil, err
	}
	asServed(resp, a, req)
	return resp, nil
}

// asServed adjusts resp, read from a's HTTP/1.1 bytes, to what the client
// gets of a over the connection the wire would use for req.
func asServed(resp *http.Response, a answer, req *http.Request) {
	if a.h2 {
		// As Go's HTTP/2 client reports an answer: HTTP/2 has no reason
		// phrase, so the status text is the standard one.
		resp.Proto, resp.ProtoMajor, resp.ProtoMinor = "HTTP/2.0", 2, 0
		resp.Status = strconv.Itoa(a.status) + " " + http.StatusText(a.status)
		return
	}
	if !a.raw && wantsClose(req) {
		// net/http's server confirms a request's "Connection: close".
		resp.Header.Set("Connection", "close")
		resp.Close = true
	}
}

// mockResponse is the response to req the wire would carry a as, before
// the face's HTTP/2 and Connection adjustments: built directly where a is
// direct, else parsed from the bytes the wire writes.
func mockResponse(a answer, req *http.Request) (*http.Response, error) {
	if a.direct() {
		return directResponse(a, req), nil
	}
	return readAnswer(a.bytes(), req)
}

// readAnswer parses the bytes the wire would carry as net/http's client
// transport does: interim 1xx answers (but 101) are skipped, and a malformed
// answer is a broken connection.
func readAnswer(raw []byte, req *http.Request) (*http.Response, error) {
	return readAnswerFrom(bytes.NewReader(raw), req)
}

// readAnswerFrom is readAnswer over a stream: the body is read as the
// caller reads it, never held whole.
func readAnswerFrom(r io.Reader, req *http.Request) (*http.Response, error) {
	br := bufio.NewReader(r)
	for {
		resp, err := http.ReadResponse(br, req)
		if err != nil {
			return nil, fmt.Errorf("net/http: HTTP/1.x transport connection broken: %w", err)
		}
		if resp.StatusCode/100 == 1 && resp.StatusCode != http.StatusSwitchingProtocols {
			continue
		}
		return resp, nil
	}
}

// checkRequest makes the checks net/http's Transport makes before it sends,
// with its error texts.
func checkRequest(req *http.Request) error {
	if req.URL == nil {
		return errors.New("http: nil Request.URL")
	}
	if req.Header == nil {
		return errors.New("http: nil Request.Header")
	}
	scheme := req.URL.Scheme
	if scheme != "http" && scheme != "https" {
		return fmt.Errorf("unsupported protocol scheme %q", scheme)
	}
	for k, vv := range req.Header {
		if !validToken(k) {
			return fmt.Errorf("net/http: invalid header field name %q", k)
		}
		for _, v := range vv {
			if !validFieldValue(v) {
				return fmt.Errorf("net/http: invalid header field value for %q", k)
			}
		}
	}
	if req.Method != "" && !validToken(req.Method) {
		return fmt.Errorf("net/http: invalid method %q", req.Method)
	}
	if req.URL.Host == "" {
		return errors.New("http: no Host in request URL")
	}
	return nil
}

// sentHeader is the header the service receives when net/http's client
// transport sends req with a body of n bytes (marketo.SentHeader), without
// Host (a server reads it as the request's host) and without the hop-by-hop
// Connection (the wire face drops it too: it depends on connection reuse,
// not on the request).
func sentHeader(req *http.Request, n int) http.Header {
	h := marketo.SentHeader(req, n, "HTTP/1.1")
	delete(h, "Host")
	delete(h, "Connection")
	return h
}

func wantsClose(req *http.Request) bool {
	if req.Close {
		return true
	}
	for _, v := range req.Header.Values("Connection") {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), "close") {
				return true
			}
		}
	}
	return false
}

// validToken reports whether s is an RFC 9110 token (header name, method).
func validToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0 {
			continue
		}
		return false
	}
	return true
}

// validFieldValue reports whether v has no control bytes but space and tab.
func validFieldValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < ' ' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// canonicalAddr is the host:port net/http's transport dials for u.
func canonicalAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return net.JoinHostPort(u.Hostname(), port)
}

// hostAddr is an address as the caller named it: the faces report the host
// the caller dialed, not the loopback port that stands in for it.
type hostAddr string

func (a hostAddr) Network() string { return "tcp" }
func (a hostAddr) String() string  { return string(a) }

func closeBody(req *http.Request) {
	if req.Body != nil {
		req.Body.Close()
	}
}

func nonEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}
