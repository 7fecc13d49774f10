package harness

import (
	"errors"
	"fmt"
	"io"
	"net/http"
)

// The wire face's reading of a request, as few copies as it takes: the
// server hands each request to one handler, which may keep its parts.

// readBody reads r's whole body: into a buffer of the declared length when
// there is one (one allocation), else as io.ReadAll does. A body longer or
// shorter than declared is an error, as net/http's reader makes it.
func readBody(r *http.Request) ([]byte, error) {
	n := r.ContentLength
	if n < 0 || n > 1<<20 {
		return io.ReadAll(r.Body)
	}
	body := make([]byte, n, n+1) // the spare byte reads the end
	if _, err := io.ReadFull(r.Body, body); err != nil {
		return nil, fmt.Errorf("harness: request body: %w", err)
	}
	// Read on to the end: net/http's server starts watching for the client
	// going away (which ends r's context) once the body hits EOF.
	if k, err := r.Body.Read(body[n : n+1]); k > 0 || err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("harness: request body past its Content-Length of %d: %v", n, err)
	}
	return body, nil
}

// requestTarget is the URL r was sent to as recorded: scheme, Host and the
// request target raw, as on the wire.
func requestTarget(r *http.Request) string {
	scheme := "http://"
	if r.TLS != nil {
		scheme = "https://"
	}
	return scheme + r.Host + r.RequestURI
}

// receivedHeader is r's header as recorded, without the hop-by-hop
// Connection (it says how the client pools, not what it sent). The map is
// r's own, not a copy: a handler owns its request's header (net/http reads
// what it needs of it before the handler runs), and the service keeps it
// unchanged (Requests hands out copies).
func receivedHeader(r *http.Request) http.Header {
	h := r.Header
	delete(h, "Connection")
	return h
}

// isClosed reports whether c is closed, without waiting: a request that
// need not wait skips the select on its context (whose Done channel is
// made on first use).
func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}
