package marketo

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

// MaxHeaderBytes is the most bytes of an answer's status line and headers
// the caller reads (A37); past it the call is a transport failure and
// nothing is mapped.
const MaxHeaderBytes = 1 << 20

// HeaderTooLargeError is the error net/http's client gives for an answer
// whose headers exceed MaxHeaderBytes, word for word, for a face that
// plays the answer in process.
func HeaderTooLargeError() error {
	return fmt.Errorf("net/http: server response headers exceeded %d bytes; aborted", MaxHeaderBytes)
}

// WireTransport returns a copy of base (nil: http.DefaultTransport) set up
// as the model's caller goes on the wire:
//
//   - no compression is asked for, so none is undone: Response and the size
//     cap of A12 apply to the bytes received (A33);
//   - a connection that delivered a bodiless answer (204, 304) over HTTP/1.x
//     is not used again (A15): bytes a careless service sends after such a
//     header would otherwise be read as the answer to the next request on it;
//   - an answer whose headers exceed MaxHeaderBytes is a transport failure
//     (A37), where net/http would read up to 10 MB of them.
//
// NewCaller applies it to a client whose Transport is an *http.Transport or
// nil; the harness's wire face applies it to its own transports.
func WireTransport(base *http.Transport) *http.Transport {
	if base == nil {
		base = http.DefaultTransport.(*http.Transport)
	}
	t := base.Clone()
	t.DisableCompression = true
	t.MaxResponseHeaderBytes = MaxHeaderBytes
	dial := t.DialContext
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	t.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return guardBodiless(c), nil
	}
	dialTLS := t.DialTLSContext
	//lint:ignore SA1019 a base transport that still sets DialTLS keeps it
	if dialTLS == nil && t.DialTLS == nil {
		dialTLS = tlsDialer(t, dial)
	}
	if dialTLS != nil {
		t.DialTLSContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := dialTLS(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			if tc, ok := c.(*tls.Conn); ok {
				if err := tc.HandshakeContext(ctx); err != nil {
					c.Close()
					return nil, err
				}
				if tc.ConnectionState().NegotiatedProtocol == "h2" {
					return tc, nil // HTTP/2 frames each answer: nothing can leak into the next
				}
			}
			return guardBodiless(c), nil
		}
	}
	return t
}

// tlsDialer is the TLS dial net/http does itself when no custom one is set,
// so that WireTransport can see the plain bytes of an HTTP/1.1 answer.
func tlsDialer(t *http.Transport, dial func(context.Context, string, string) (net.Conn, error)) func(context.Context, string, string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		raw, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		cfg := &tls.Config{}
		if t.TLSClientConfig != nil {
			cfg = t.TLSClientConfig.Clone()
		}
		if cfg.ServerName == "" {
			cfg.ServerName = host
		}
		if len(cfg.NextProtos) == 0 {
			cfg.NextProtos = []string{"http/1.1"}
			if t.ForceAttemptHTTP2 {
				cfg.NextProtos = []string{"h2", "http/1.1"}
			}
		}
		tc := tls.Client(raw, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, err
		}
		return tc, nil
	}
}

// bodilessConn watches the answers read from an HTTP/1.x connection. When
// an answer's status line says 204 or 304, it hands over the header up to
// its blank line together with io.EOF and nothing after it: net/http then
// parses the header, sees the end of the connection and closes it instead
// of pooling it with the body bytes still buffered. A 1xx is informational:
// the final answer follows on the same connection and is watched in turn.
type bodilessConn struct {
	net.Conn

	mu    sync.Mutex
	state connState
	line  []byte // the status line read so far (up to its code)
	// The scan for the blank line that ends a header: the last byte read
	// ended a line, and a CR followed it.
	lineStart, cr bool
	ended         bool // the bodiless header was handed over: reads give io.EOF
}

type connState int

const (
	stateIdle   connState = iota // no request written since the last answer was judged
	stateStatus                  // reading a status line
	stateHeader                  // reading a header that must be cut at its end
	stateInfo                    // reading a 1xx header: another answer follows
	stateBody                    // an answer with a body: net/http frames it
)

func guardBodiless(c net.Conn) net.Conn { return &bodilessConn{Conn: c} }

func (c *bodilessConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	if c.state == stateIdle || c.state == stateBody {
		c.state, c.line = stateStatus, c.line[:0]
	}
	c.mu.Unlock()
	return c.Conn.Write(p)
}

func (c *bodilessConn) Read(p []byte) (int, error) {
	c.mu.Lock()
	ended := c.ended
	c.mu.Unlock()
	if ended {
		return 0, io.EOF
	}
	n, err := c.Conn.Read(p)
	c.mu.Lock()
	defer c.mu.Unlock()
	if cut := c.scan(p[:n]); cut >= 0 {
		c.ended = true
		return cut, io.EOF
	}
	return n, err
}

// scan follows the answer through b. It returns where to cut b (the length
// up to and with the blank line of a bodiless header), or -1.
func (c *bodilessConn) scan(b []byte) int {
	for i := 0; i < len(b); i++ {
		switch c.state {
		case stateStatus:
			c.line = append(c.line, b[i])
			if len(c.line) == len("HTTP/1.1 204") {
				c.state = classifyStatus(c.line)
				c.lineStart, c.cr = false, false
			}
		case stateHeader, stateInfo:
			if !c.headerEnds(b[i]) {
				continue
			}
			if c.state == stateHeader {
				return i + 1
			}
			c.state, c.line = stateStatus, c.line[:0]
		default:
			return -1
		}
	}
	return -1
}

// classifyStatus reads "HTTP/1.x NNN": a 204 or 304 has its header cut, a
// 1xx is followed by another answer, anything else is net/http's to frame.
func classifyStatus(line []byte) connState {
	code := string(line[len("HTTP/1.1 "):])
	switch {
	case code == "204", code == "304":
		return stateHeader
	case code[0] == '1':
		return stateInfo
	}
	return stateBody
}

// headerEnds reports whether b ends the blank line that closes a header
// (CRLF CRLF, or bare LF as net/http also accepts).
func (c *bodilessConn) headerEnds(b byte) bool {
	switch {
	case b == '\n' && c.lineStart:
		return true
	case b == '\n':
		c.lineStart, c.cr = true, false
	case b == '\r' && c.lineStart && !c.cr:
		c.cr = true
	default:
		c.lineStart, c.cr = false, false
	}
	return false
}
