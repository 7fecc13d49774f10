package harness

import (
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestMockLeavesGlobalsAlone(t *testing.T) {
	f := NewMock(NewService(Script{Status: 200}))
	defer f.Close()
	if _, err := f.Client().Get("https://x.example/"); err != nil {
		t.Fatalf("got %v, want no error", err)
	}
	if _, ok := http.DefaultTransport.(*http.Transport); !ok {
		t.Errorf("got http.DefaultTransport %T, want *http.Transport: the mock face must not activate httpmock globally", http.DefaultTransport)
	}
	if f.Client() == http.DefaultClient {
		t.Errorf("got http.DefaultClient, want a client of the face's own")
	}
}

// The mock's fault errors have the shapes net/http produces on the wire, so
// that errors.Is and errors.As classify them alike (A17).
func TestMockFaultErrorShapes(t *testing.T) {
	cases := []struct {
		name  string
		fault Fault
		check func(error) bool
	}{
		{"refused: dial OpError around ECONNREFUSED", FaultRefused, func(err error) bool {
			var op *net.OpError
			var sys *os.SyscallError
			return errors.As(err, &op) && op.Op == "dial" && errors.As(err, &sys) && sys.Syscall == "connect" && errors.Is(err, syscall.ECONNREFUSED)
		}},
		{"reset: read OpError around ECONNRESET", FaultReset, func(err error) bool {
			var op *net.OpError
			return errors.As(err, &op) && op.Op == "read" && errors.Is(err, syscall.ECONNRESET)
		}},
		{"tls: CertificateVerificationError", FaultTLS, func(err error) bool {
			var cv *tls.CertificateVerificationError
			return errors.As(err, &cv) && strings.Contains(err.Error(), "x509: certificate signed by unknown authority")
		}},
		{"garbage: broken connection, malformed status", FaultGarbage, func(err error) bool {
			return strings.Contains(err.Error(), `net/http: HTTP/1.x transport connection broken: malformed HTTP status code "abc"`)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := NewMock(NewService(Script{Status: 200, Fault: tc.fault}))
			defer f.Close()
			_, err := f.Client().Post("https://enrich.vendor.example/v1", "text/plain", strings.NewReader("x"))
			if err == nil || !tc.check(err) {
				t.Errorf("got %#v (%v), want the shape net/http gives", err, err)
			}
		})
	}
}

// Requests net/http's transport refuses to send fail alike on both faces, and
// reach neither service.
func TestFacesRejectWhatTransportRejects(t *testing.T) {
	cases := []struct {
		name, url string
		header    http.Header
		want      string
	}{
		{"line break in a header value", vendorURL, http.Header{"X-Token": {"a\r\nX-Evil: 1"}}, `net/http: invalid header field value for "X-Token"`},
		{"space in a header name", vendorURL, http.Header{"Bad Name": {"v"}}, `net/http: invalid header field name "Bad Name"`},
		{"unsupported scheme", "ftp://files.example/x", nil, `unsupported protocol scheme "ftp"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			svc := NewService(Script{Status: 200})
			for _, f := range openFaces(t, svc) {
				req, err := http.NewRequest("POST", tc.url, strings.NewReader("x"))
				if err != nil {
					t.Fatal(err)
				}
				for k, vv := range tc.header {
					req.Header[k] = vv
				}
				_, err = f.Client().Do(req)
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: got %v, want an error containing %q", f.Name(), err, tc.want)
				}
			}
			if n := len(svc.Requests()); n != 0 {
				t.Errorf("got %d recorded requests, want 0", n)
			}
		})
	}
}
