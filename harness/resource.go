package harness

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"syscall"
)

// ResourceError is a face that ran out of file descriptors (EMFILE, or
// ENFILE for the whole system): opening its listener or dialing it failed
// in hookcert's own process. That says nothing of the scripted service, so
// it is not an outcome: a run reports it as a resource error (exit 2), not
// as failed scenarios.
type ResourceError struct {
	Face FaceKind
	Op   string // "open" or "call"
	Err  error
}

func (e *ResourceError) Error() string {
	return fmt.Sprintf("the %s face ran out of file descriptors (%s: %v): hookcert's own limit, not the service's; raise it (ulimit -n) or run fewer scenarios at once (--concurrency)", e.Face, e.Op, e.Err)
}

func (e *ResourceError) Unwrap() error { return e.Err }

// exhausted reports whether err is the process or the system out of file
// descriptors.
func exhausted(err error) bool {
	return errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE)
}

// resourceWatch is a RoundTripper that keeps the first error of base that
// is exhausted (a dial that found no free file descriptor); the caller
// sees every error as it was.
type resourceWatch struct {
	base http.RoundTripper
	mu   sync.Mutex
	err  error
}

// watchResources returns a copy of c whose transport records the first
// exhausted error in the returned watch.
func watchResources(c *http.Client) (*http.Client, *resourceWatch) {
	w := &resourceWatch{base: c.Transport}
	if w.base == nil {
		w.base = http.DefaultTransport
	}
	cc := *c
	cc.Transport = w
	return &cc, w
}

func (w *resourceWatch) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := w.base.RoundTrip(req)
	if err != nil && exhausted(err) {
		w.mu.Lock()
		if w.err == nil {
			w.err = err
		}
		w.mu.Unlock()
	}
	return resp, err
}

// CloseIdleConnections passes the call on, as http.Client expects of a
// transport that has idle connections.
func (w *resourceWatch) CloseIdleConnections() {
	if c, ok := w.base.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

func (w *resourceWatch) first() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// acceptWatch is a listener that keeps the first exhausted error of
// Accept (http.Server retries it, and the call meanwhile may time out) and
// counts the connections it accepted.
type acceptWatch struct {
	net.Listener
	accepted atomic.Int64
	mu       sync.Mutex
	err      error
}

func (l *acceptWatch) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.accepted.Add(1)
	}
	if err != nil && exhausted(err) {
		l.mu.Lock()
		if l.err == nil {
			l.err = err
		}
		l.mu.Unlock()
	}
	return c, err
}

func (l *acceptWatch) first() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

// acceptExhausted is the first Accept of a face's listeners that found no
// free file descriptor, for a face that has listeners.
func acceptExhausted(f Face) error {
	if w, ok := f.(interface{ acceptExhausted() error }); ok {
		return w.acceptExhausted()
	}
	return nil
}
