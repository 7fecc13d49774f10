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
	ErrorTypeReset     = "Connection reset"
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
	case FailureReset:
		return ErrorTypeReset
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
	case FailureTimeout, FailureRefused, FailureReset, FailureTLS, FailureTransport:
		return true
	}
	return false
}

// classify names the failure behind a transport error. ctx is the call's
// context: its deadline is the time-out of R17.
func classify(ctx context.Context, err error, timeout time.Duration) (Failure, string) {
	var netErr net.Error
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalidCert x509.CertificateInvalidError
	var recordErr tls.RecordHeaderError
	var alertErr tls.AlertError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return FailureTimeout, fmt.Sprintf("no answer within %s", timeout)
	case errors.As(err, &netErr) && netErr.Timeout(): // the client's own transport gave up first
		return FailureTimeout, err.Error()
	case errors.Is(err, syscall.ECONNREFUSED):
		return FailureRefused, err.Error()
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr),
		errors.As(err, &invalidCert), errors.As(err, &recordErr), errors.As(err, &alertErr):
		return FailureTLS, err.Error()
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return FailureReset, err.Error()
	default:
		return FailureTransport, err.Error()
	}
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
	cp.URL = redactedURL(rendered)
	return &cp
}

// redactedURL is raw with the password of its user info, if any, replaced.
func redactedURL(raw string) string {
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
