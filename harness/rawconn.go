package harness

import (
	"net"
	"net/http"
	"sync"
)

// framed reports whether a, once written, is a complete, well-framed
// HTTP/1.1 answer after which the connection may carry the next request
// (A38): no fault (a reset, a short or broken body, a garbage status line,
// a hang, a drip or a stream cut it, or leave it unfinished), a final
// status the client can parse (not a 1xx, three digits), and no Connection
// header of the script's own (a vendor's "Connection: close" is obeyed, and
// any other keeps the bytes the client saw before A38).
func (a answer) framed() bool {
	if a.fault != FaultNone || a.status < 200 || a.status > 999 {
		return false
	}
	_, scripted := a.header["Connection"]
	return !scripted
}

// writeRaw writes a by hand on the connection of r, hijacked from the
// server: net/http's writer cannot say what a says (a custom reason phrase,
// a non-standard code, a cut body). Where HTTP lets the connection live on
// (A38: a framed answer, a request on HTTP/1.1 that did not ask to close),
// the connection goes back to the server, which reads the next request
// through the same handler; otherwise it closes.
func (f *wireFace) writeRaw(w http.ResponseWriter, r *http.Request, a answer) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		return
	}
	c, rw, err := hj.Hijack()
	if err != nil {
		return
	}
	// Bytes already read past this request (a pipelining client; Go's does
	// not pipeline) would be lost on a handed-back connection: close then.
	again := a.framed() && !r.Close && r.ProtoAtLeast(1, 1) && rw.Reader.Buffered() == 0
	if _, err := c.Write(a.bytes()); err != nil || !again {
		c.Close()
		return
	}
	f.again.handBack(c)
}

// connQueue is a listener whose connections are handed back to the wire
// face's server, not accepted from the network: connections the handler
// hijacked to write a raw answer and that serve the next request (A38).
// The server serves them as it serves the ones it accepts (a TLS
// connection keeps its state: its handshake is done), tracks them and
// closes them with itself.
type connQueue struct {
	addr  net.Addr
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func newConnQueue(addr net.Addr) *connQueue {
	return &connQueue{addr: addr, conns: make(chan net.Conn), done: make(chan struct{})}
}

// Accept returns the next connection handed back, or net.ErrClosed once
// the queue is closed.
func (q *connQueue) Accept() (net.Conn, error) {
	select {
	case c := <-q.conns:
		return c, nil
	case <-q.done:
		return nil, net.ErrClosed
	}
}

// Close ends Accept and closes every connection handed back from then on.
func (q *connQueue) Close() error {
	q.once.Do(func() { close(q.done) })
	return nil
}

// Addr is the address of the face's plain listener: the queue has none of
// its own.
func (q *connQueue) Addr() net.Addr { return q.addr }

// handBack gives c to the server to serve its next request, or closes it
// if the queue is closed.
func (q *connQueue) handBack(c net.Conn) {
	select {
	case q.conns <- c:
	case <-q.done:
		c.Close()
	}
}
