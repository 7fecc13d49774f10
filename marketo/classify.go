package marketo

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// Error Types recorded when there is no reason phrase to expose (A17).
const (
	ErrorTypeBatch     = "Webhook called from a batch campaign (runs only in trigger campaigns)"
	ErrorTypeEmptyBody = "Empty response body"
	ErrorTypeTimeout   = "Timed out"
	ErrorTypeRefused   = "Connection refused"
	ErrorTypeDNS       = "Host not found"
	ErrorTypeReset     = "Connection reset"
	ErrorTypeClosed    = "Connection closed before the answer"
	ErrorTypeTruncated = "Response body cut short"
	ErrorTypeTLS       = "TLS failure"
	ErrorTypeTransport = "Transport failure"
)

// failureErrorType is the Error Type of a failure without a status (A17).
func failureErrorType(f Failure) string {
	switch f {
	case FailureTimeout:
		return ErrorTypeTimeout
	case FailureRefused:
		return ErrorTypeRefused
	case FailureDNS:
		return ErrorTypeDNS
	case FailureReset:
		return ErrorTypeReset
	case FailureClosed:
		return ErrorTypeClosed
	case FailureTruncated:
		return ErrorTypeTruncated
	case FailureTLS:
		return ErrorTypeTLS
	default:
		return ErrorTypeTransport
	}
}

// isTransportFailure reports whether f left Marketo without a usable HTTP
// answer: such outcomes record no code (A17).
func isTransportFailure(f Failure) bool {
	switch f {
	case FailureTimeout, FailureRefused, FailureDNS, FailureReset, FailureClosed, FailureTruncated, FailureTLS, FailureTransport:
		return true
	}
	return false
}

// classify names the failure behind a transport error, one classification
// for HTTP/1.1 and HTTP/2 (A36). ctx is the call's context: its deadline is
// the time-out of R17. inBody says the error came while reading the body of
// an answer whose header had arrived: a clean end there is "truncated",
// before it "closed".
func classify(ctx context.Context, err error, timeout time.Duration, inBody bool) (Failure, string) {
	var netErr net.Error
	var dnsErr *net.DNSError
	var stream h2StreamError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return FailureTimeout, fmt.Sprintf("no answer within %s", timeout)
	case errors.As(err, &netErr) && netErr.Timeout(): // the client's own transport gave up first
		return FailureTimeout, err.Error()
	case errors.As(err, &dnsErr):
		return FailureDNS, err.Error()
	case errors.Is(err, syscall.ECONNREFUSED):
		return FailureRefused, err.Error()
	case isTLSError(err):
		return FailureTLS, tlsDetail(err)
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE), errors.As(err, &stream):
		return FailureReset, err.Error()
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		if inBody {
			return FailureTruncated, err.Error()
		}
		return FailureClosed, err.Error()
	default:
		return FailureTransport, err.Error()
	}
}

// h2StreamError matches net/http's HTTP/2 stream error (an RST_STREAM from
// the server, or one the client sent on a protocol error) through the As
// method net/http gives it: the type itself is not exported.
type h2StreamError struct {
	StreamID uint32
	Code     uint32
	Cause    error
}

func (e h2StreamError) Error() string {
	return fmt.Sprintf("stream error: stream ID %d; code %d", e.StreamID, e.Code)
}

// isTLSError reports whether err is a certificate or handshake failure (A13).
func isTLSError(err error) bool {
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalidCert x509.CertificateInvalidError
	var recordErr tls.RecordHeaderError
	var alertErr tls.AlertError
	return errors.As(err, &certErr) || errors.As(err, &unknownAuth) || errors.As(err, &hostErr) ||
		errors.As(err, &invalidCert) || errors.As(err, &recordErr) || errors.As(err, &alertErr)
}

// tlsDetail is the detail of a TLS failure: the certificate problem as
// crypto/tls names it, and where an unknown authority is the problem, how
// to trust a test CA.
func tlsDetail(err error) string {
	var unknownAuth x509.UnknownAuthorityError
	if errors.As(err, &unknownAuth) {
		return err.Error() + " (a private or test CA: trust it with --ca FILE or HOOKCERT_CA)"
	}
	return err.Error()
}

// failedAt names the rendered URL in err, a *url.Error from net/http: the
// request's URL there lost scheme and host where the path was set as typed
// (R5). A password in the user info shows as "xxxxx", as net/http shows it.
func failedAt(err error, rendered string) error {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return err
	}
	cp := *ue
	cp.URL = RedactURL(rendered)
	return &cp
}

// RedactURL is raw with the password of its user info, if any, replaced
// by "xxxxx", as net/http's url.URL.Redacted does (A35).
func RedactURL(raw string) string {
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return raw
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndex(rest[:end], "@")
	if at < 0 {
		return raw
	}
	user, _, hasPW := strings.Cut(rest[:at], ":")
	if !hasPW {
		return raw
	}
	return scheme + "://" + user + ":xxxxx" + rest[at:]
}
