package harness

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
)

func openWire(t *testing.T, svc *Service) *wireFace {
	t.Helper()
	f, err := NewWire(svc)
	if err != nil {
		t.Fatalf("NewWire: got %v, want no error", err)
	}
	t.Cleanup(func() { f.Close() })
	return f.(*wireFace)
}

// A GET that breaks on a kept-alive connection is not sent again: net/http
// would retry it, Marketo does not (A10).
func TestWireNoRetry(t *testing.T) {
	for _, fault := range []Fault{FaultReset, FaultGarbage} {
		t.Run(string(fault), func(t *testing.T) {
			svc := NewService(Script{Status: 200, Body: []byte("ok")})
			f := openWire(t, svc)
			if g := exchange(t, f.Client(), "GET", vendorURL, nil, nil); g.Err != nil {
				t.Fatalf("warm-up: got %v, want no error", g.Err)
			}
			svc.SetScript(Script{Status: 200, Fault: fault})
			svc.Reset()
			if g := exchange(t, f.Client(), "GET", vendorURL, nil, nil); g.Err == nil {
				t.Fatalf("got no error, want the %s fault", fault)
			}
			if n := len(svc.Requests()); n != 1 {
				t.Errorf("got %d requests received, want 1", n)
			}
		})
	}
}

// The certificate is verified for real: a client with other roots fails, and
// the face's own client checks the host name.
func TestWireCertificateVerified(t *testing.T) {
	f := openWire(t, NewService(Script{Status: 200}))
	secure := f.secure.Addr().String()
	dial := func(host string, roots *x509.CertPool) error {
		c, err := tls.Dial("tcp", secure, &tls.Config{ServerName: host, RootCAs: roots})
		if err == nil {
			c.Close()
		}
		return err
	}
	if err := dial("enrich.vendor.example", f.keys.ca.pool()); err != nil {
		t.Errorf("trusted roots: got %v, want no error", err)
	}
	var ua x509.UnknownAuthorityError
	if err := dial("enrich.vendor.example", x509.NewCertPool()); !errors.As(err, &ua) {
		t.Errorf("empty roots: got %v, want x509.UnknownAuthorityError", err)
	}
	for _, url := range []string{"https://10.1.2.3/hook", "https://[::1]/hook", "https://UPPER.Example./x"} {
		if g := exchange(t, f.Client(), "GET", url, nil, nil); g.Err != nil || g.Code != 200 {
			t.Errorf("%s: got %d %v, want 200", url, g.Code, g.Err)
		}
	}
}

// Every host, any port, reaches the loopback listeners.
func TestWireRoutesEveryHost(t *testing.T) {
	svc := NewService(Script{Status: 200})
	f := openWire(t, svc)
	for _, url := range []string{"http://a.example", "http://b.example:1/x", "https://c.example:65000/y?z=1", "http://127.0.0.1:9/"} {
		if g := exchange(t, f.Client(), "POST", url, strings.NewReader("x"), nil); g.Err != nil {
			t.Errorf("%s: got %v, want no error", url, g.Err)
		}
	}
	if n := len(svc.Requests()); n != 4 {
		t.Errorf("got %d requests received, want 4", n)
	}
}

// After Close nothing answers: the request fails, it does not hang. (The
// listener's socket may linger a moment after Close while its Accept
// goroutine unwinds, so the failure is a refused dial or a reset.)
func TestWireClosed(t *testing.T) {
	f := openWire(t, NewService(Script{Status: 200}))
	f.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://x.example/", nil)
	_, err := f.Client().Do(req)
	if !errors.Is(err, syscall.ECONNREFUSED) && !errors.Is(err, syscall.ECONNRESET) {
		t.Errorf("got %v, want ECONNREFUSED or ECONNRESET", err)
	}
}

// The reserved port refuses from the first request on.
func TestWireRefusedAtOnce(t *testing.T) {
	for range 50 {
		f, err := NewWire(NewService(Script{Fault: FaultRefused}))
		if err != nil {
			t.Fatal(err)
		}
		// The port stays reserved while the face is open: no one else
		// can listen on it and answer in the refusing port's place.
		if l, lerr := net.Listen("tcp", f.(*wireFace).refused); lerr == nil {
			l.Close()
			f.Close()
			t.Fatalf("listened on the refusing port %s while the face is open", f.(*wireFace).refused)
		}
		_, err = f.Client().Get("https://a.example/")
		f.Close()
		if !errors.Is(err, syscall.ECONNREFUSED) {
			t.Fatalf("got %v, want ECONNREFUSED", err)
		}
	}
}

// TestWireHTTP2Interim: A13 R19: a script that asks for HTTP/2 but answers
// a 1xx plays it over HTTP/1.1 on the wire too (net/http's HTTP/2 server
// cannot write it by hand: it answered 200 OK instead), so the faces agree:
// the interim answer never ends, and the redirect before it is an HTTP/2
// answer on both.
func TestWireHTTP2Interim(t *testing.T) {
	svc := NewService(Script{Status: 102, HTTP2: true, RedirectTo: vendorURL})
	for _, f := range openFaces(t, svc) {
		if g := exchange(t, f.Client(), "GET", vendorURL, nil, nil); g.Err == nil || !strings.Contains(g.Err.Error(), "unexpected EOF") {
			t.Errorf("%s: got %q, %v; want the interim answer that never ends (unexpected EOF)", f.Name(), g.Status, g.Err)
		}
		c := *f.Client()
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		resp, err := c.Get("https://enrich.vendor.example/elsewhere")
		if err != nil {
			t.Fatalf("%s: the redirect: %v", f.Name(), err)
		}
		resp.Body.Close()
		if resp.Proto != "HTTP/2.0" || resp.StatusCode != http.StatusFound {
			t.Errorf("%s: the redirect: got %s %d, want HTTP/2.0 302", f.Name(), resp.Proto, resp.StatusCode)
		}
	}
}
