package harness

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// wireFace serves a Service over real loopback sockets: one net/http server
// on two listeners, plain HTTP and TLS (HTTP/1.1, and HTTP/2 for a script
// that asks for it: Script.HTTP2), and a client whose
// dialer routes every address there. URLs keep their real look
// (https://enrich.vendor.example/...); the TLS listener presents a
// certificate for the requested host signed by a CA only the face's client
// trusts, and the client verifies it (A13).
type wireFace struct {
	svc      *Service
	keys     *Keys // ca trusted by the client, rogue by nobody (FaultTLS)
	srv      *http.Server
	plain    net.Listener
	secure   net.Listener
	refused  string    // a loopback port that refuses connections: FaultRefused
	reserved io.Closer // keeps refused reserved until Close

	// Connections by fault: pooled for answers; fresh (no keep-alive) where
	// the fault lives in the dial or the handshake, or kills the
	// connection before an answer: net/http retries an idempotent request
	// once when a reused connection breaks, and Marketo does not retry
	// (A10); refusing dials the closed port.
	pooled, fresh, refusing, h2 *http.Transport
	client                      *http.Client

	// sni maps a client connection's local address to the host it dials,
	// for hosts a TLS client sends no SNI for (IP addresses).
	sniMu sync.Mutex
	sni   map[string]string

	accepts [2]*acceptWatch // plain and secure, for acceptExhausted
	again   *connQueue      // connections kept after a raw answer (A38)

	notes notebook
	done  chan struct{}
	once  sync.Once
	err   error
}

// NewWire serves s on loopback sockets until Close, with TLS material of
// its own; OpenKeyed shares a run's.
func NewWire(s *Service) (Face, error) {
	k, err := NewKeys()
	if err != nil {
		return nil, err
	}
	return newWire(s, k)
}

func newWire(s *Service, k *Keys) (Face, error) {
	f := &wireFace{svc: s, keys: k, done: make(chan struct{}), sni: map[string]string{}}
	var err error
	if f.refused, f.reserved, err = refusingPort(); err != nil {
		return nil, err
	}
	if f.plain, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		f.reserved.Close()
		return nil, fmt.Errorf("harness: listen: %w", err)
	}
	tcp, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		f.plain.Close()
		f.reserved.Close()
		return nil, fmt.Errorf("harness: listen: %w", err)
	}
	f.accepts = [2]*acceptWatch{{Listener: f.plain}, {Listener: tcp}}
	f.plain = f.accepts[0]
	f.secure = tls.NewListener(f.accepts[1], f.serverTLS())
	f.srv = &http.Server{
		Handler:           http.HandlerFunc(f.serve),
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          log.New(io.Discard, "", 0), // handshake failures are the point of FaultTLS
	}
	f.again = newConnQueue(f.plain.Addr())
	go f.srv.Serve(f.plain)
	go f.srv.Serve(f.secure)
	go f.srv.Serve(f.again)

	f.pooled = f.transport(false, false, false)
	f.fresh = f.transport(true, false, false)
	f.refusing = f.transport(true, true, false)
	f.h2 = f.transport(false, false, true)
	f.client = &http.Client{Transport: roundTripFunc(f.roundTrip)}
	return f, nil
}

func (f *wireFace) Name() string         { return "wire" }
func (f *wireFace) Client() *http.Client { return f.client }
func (f *wireFace) Notes() []string      { return f.notes.list() }

// acceptExhausted is the first Accept that found no free file descriptor.
func (f *wireFace) acceptExhausted() error {
	return errors.Join(f.accepts[0].first(), f.accepts[1].first())
}

// connections is how many connections the face's listeners have accepted,
// plain and TLS (a connection handed back after a raw answer, A38, is not
// a new one).
func (f *wireFace) connections() int64 {
	return f.accepts[0].accepted.Load() + f.accepts[1].accepted.Load()
}

// Close shuts the server down, ends waiting handlers and drops idle client
// connections.
func (f *wireFace) Close() error {
	f.once.Do(func() {
		close(f.done)
		f.err = f.srv.Close()
		f.again.Close() // Serve may not have started: then it was never tracked
		f.reserved.Close()
		for _, t := range []*http.Transport{f.pooled, f.fresh, f.refusing, f.h2} {
			t.CloseIdleConnections()
		}
	})
	return f.err
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (rt roundTripFunc) RoundTrip(req *http.Request) (*http.Response, error) { return rt(req) }

// roundTrip picks the client transport by the fault the script plays.
func (f *wireFace) roundTrip(req *http.Request) (*http.Response, error) {
	t := f.pooled
	sc := f.svc.playing()
	if sc.HTTP2 && sc.Fault == FaultNone && req.URL != nil && req.URL.Scheme == "https" && answersOverHTTP2(sc, req) {
		t = f.h2 // HTTP/2 only over TLS, and faults and 1xx answers are played over HTTP/1.1 (plan)
	}
	switch sc.Fault {
	case FaultRefused:
		t = f.refusing
	case FaultReset, FaultGarbage, FaultResetBody:
		t = f.fresh
	case FaultTLS, FaultHandshake:
		if req.URL != nil && req.URL.Scheme == "https" {
			t = f.fresh
		}
	}
	if sc.Chaos.Percent > 0 {
		t = f.fresh // a reset is played over HTTP/1.1, on a connection of its own
	}
	return t.RoundTrip(req)
}

// answersOverHTTP2 reports whether plan answers req over HTTP/2 (a 1xx is
// played over HTTP/1.1: the connection must not offer h2, as net/http's
// HTTP/2 server cannot hand a stream over to be written by hand). The
// target is the one the mock face plans with.
func answersOverHTTP2(sc Script, req *http.Request) bool {
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	return plan(sc, method, req.URL.Scheme+"://"+host+req.URL.RequestURI()).h2
}

// transport builds a client transport that routes every address to the
// face's listeners (or, refusing, to the refusing port); h2 offers HTTP/2
// in the TLS handshake, the others HTTP/1.1 only.
func (f *wireFace) transport(fresh, refusing, h2 bool) *http.Transport {
	protos := []string{"http/1.1"}
	if h2 {
		protos = []string{"h2", "http/1.1"}
	}
	d := &net.Dialer{Timeout: 5 * time.Second}
	dial := func(ctx context.Context, addr, to string) (net.Conn, error) {
		if refusing {
			to = f.refused
		}
		c, err := d.DialContext(ctx, "tcp", to)
		var op *net.OpError
		if errors.As(err, &op) {
			// Report the address the caller dialed: the loopback port
			// is the face's business, and the text stays stable.
			cp := *op
			cp.Addr = hostAddr(addr)
			return nil, &cp
		}
		return c, err
	}
	pool := f.keys.ca.pool()
	var sessions tls.ClientSessionCache
	if !fresh { // the fresh transport plays FaultTLS: a full handshake each time
		sessions = f.keys.sessions
	}
	// The model's own wire set-up (A15, A33) over the face's dialers.
	return marketo.WireTransport(&http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, _, addr string) (net.Conn, error) {
			return dial(ctx, addr, f.plain.Addr().String())
		},
		DialTLSContext: func(ctx context.Context, _, addr string) (net.Conn, error) {
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return nil, err
			}
			to := f.secure.Addr().String()
			if f.svc.fault() == FaultHandshake {
				to = f.plain.Addr().String() // plain HTTP answers the ClientHello
			}
			c, err := dial(ctx, addr, to)
			if err != nil {
				return nil, err
			}
			local := c.LocalAddr().String()
			f.sniMu.Lock()
			f.sni[local] = host
			f.sniMu.Unlock()
			defer func() {
				f.sniMu.Lock()
				delete(f.sni, local)
				f.sniMu.Unlock()
			}()
			tc := tls.Client(c, &tls.Config{
				ServerName: host,
				RootCAs:    pool,
				NextProtos: protos,
				MinVersion: tls.VersionTLS12,
				// X25519 alone: the post-quantum hybrid Go offers first costs
				// a loopback test a third of its handshake CPU.
				CurvePreferences:   []tls.CurveID{tls.X25519},
				ClientSessionCache: sessions,
			})
			if err := tc.HandshakeContext(ctx); err != nil {
				c.Close()
				return nil, err
			}
			return tc, nil
		},
		ForceAttemptHTTP2:     h2, // a custom DialTLSContext turns HTTP/2 off unless forced
		DisableKeepAlives:     fresh,
		DisableCompression:    true, // the body as sent, and no Accept-Encoding the mock would not add
		MaxIdleConns:          16,
		MaxIdleConnsPerHost:   8, // a load of 8 callers at once reuses its connections
		IdleConnTimeout:       30 * time.Second,
		ResponseHeaderTimeout: 0, // the caller's time-out decides (R17)
	})
}

// serverTLS is the listener's TLS set-up: the run's session ticket keys, so
// that sessions resume across the run's faces, except while the script
// plays FaultTLS, whose untrusted certificate a resumption would skip.
func (f *wireFace) serverTLS() *tls.Config {
	base := &tls.Config{
		GetCertificate:   f.certificate,
		NextProtos:       []string{"h2", "http/1.1"},
		MinVersion:       tls.VersionTLS12,
		CurvePreferences: []tls.CurveID{tls.X25519, tls.CurveP256},
	}
	base.SetSessionTicketKeys([][32]byte{f.keys.tickets})
	noTickets := base.Clone()
	noTickets.SessionTicketsDisabled = true
	base.GetConfigForClient = func(*tls.ClientHelloInfo) (*tls.Config, error) {
		if f.svc.playing().Fault == FaultTLS {
			return noTickets, nil
		}
		return nil, nil
	}
	return base
}

// certificate serves the handshake: a leaf for the requested host from the
// trusted CA, or from the untrusted one while the script plays FaultTLS.
func (f *wireFace) certificate(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	host := hello.ServerName
	if host == "" && hello.Conn != nil {
		f.sniMu.Lock()
		host = f.sni[hello.Conn.RemoteAddr().String()]
		f.sniMu.Unlock()
	}
	if host == "" {
		host = "localhost"
	}
	if f.svc.playing().Fault == FaultTLS {
		return f.keys.rogue.leaf(host)
	}
	return f.keys.ca.leaf(host)
}

// serve is the server's handler: record, wait, answer.
func (f *wireFace) serve(w http.ResponseWriter, r *http.Request) {
	body, err := readBody(r)
	if err != nil {
		return // the client went away mid-body: nothing arrived
	}
	sc := f.svc.playing()
	target := requestTarget(r)
	a := plan(sc, r.Method, target)
	gathered := f.svc.record(Recorded{
		Face:   "wire",
		Method: r.Method,
		URL:    target,
		Header: receivedHeader(r),
		Body:   nonEmpty(body),
	})
	f.notes.add(a.notes...)
	if sc.Chaos.Resets(r.Method, target, body) {
		a.fault = FaultReset
	}

	if !isClosed(gathered) && gather(r.Context(), f.done, gathered) != nil || wait(r.Context(), f.done, sc.Delay) != nil {
		// No answer: a handler that just returned would send 200 OK.
		panic(http.ErrAbortHandler)
	}
	switch a.fault {
	case FaultHang:
		wait(r.Context(), f.done, -1)
		panic(http.ErrAbortHandler)
	case FaultReset:
		if c := hijack(w); c != nil {
			reset(c)
		}
		return
	}
	if a.streamed() {
		if c := hijack(w); c != nil {
			playStream(r.Context(), f.done, c, a)
		}
		return
	}
	if a.raw || a.fault != FaultNone {
		f.writeRaw(w, r, a)
		return
	}
	// A standard answer: net/http writes it, and drops what HTTP forbids
	// (a 204 or 304 body) itself. No Date and no sniffed Content-Type: the
	// service sends what the script says, as the mock does.
	wh := w.Header()
	for k, vv := range a.header {
		wh[k] = vv
	}
	for _, k := range []string{"Date", "Content-Type"} {
		if _, ok := wh[k]; !ok {
			wh[k] = nil
		}
	}
	w.WriteHeader(a.status)
	w.Write(a.body) // none for HEAD, 204 and 304: plan made the note
}

func hijack(w http.ResponseWriter) net.Conn {
	hj, ok := w.(http.Hijacker)
	if !ok {
		return nil
	}
	c, _, err := hj.Hijack()
	if err != nil {
		return nil
	}
	return c
}

// reset closes c so that the peer gets a TCP RST: no answer, no FIN, and
// over TLS no close_notify.
func reset(c net.Conn) {
	if tc, ok := c.(*tls.Conn); ok {
		c = tc.NetConn()
	}
	if tcp, ok := c.(*net.TCPConn); ok {
		tcp.SetLinger(0)
	}
	c.Close()
}
