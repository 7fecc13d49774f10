package harness

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The faults of the wire beyond the first six: each plays on both faces
// (the mock parses the same bytes, streamed, that the wire writes), and
// the failure classes of A36 name what the caller makes of them.
const (
	FaultResetBody    Fault = "reset-body"    // the head and half the body, then a TCP RST
	FaultChunked      Fault = "chunked"       // a chunked body whose chunk size is not hex
	FaultDrip         Fault = "drip"          // the body comes a byte every DripInterval
	FaultHandshake    Fault = "handshake"     // the TLS handshake fails: the service answers the ClientHello in plain HTTP (https to an http port)
	FaultGzip         Fault = "gzip"          // the body gzip-compressed, unasked (Content-Encoding: gzip)
	FaultRedirectLoop Fault = "redirect-loop" // every request is redirected to its own URL (302)
	FaultHugeHeader   Fault = "huge-header"   // over 1 MiB of answer headers (A37)
	FaultHugeBody     Fault = "huge-body"     // a body of HugeBodyBytes, streamed, never held
)

// Sizes and pace of the faults.
const (
	// DripInterval is the pause before each byte of a FaultDrip body.
	DripInterval = 50 * time.Millisecond
	// HugeHeaderBytes is at least how many bytes of headers FaultHugeHeader sends.
	HugeHeaderBytes = 1<<20 + 1
	// HugeBodyBytes is the length of a FaultHugeBody body: 100 MiB.
	HugeBodyBytes = 100 << 20
)

// Faults lists every fault a script can play, for generators and tests.
func Faults() []Fault {
	return []Fault{FaultRefused, FaultReset, FaultHang, FaultTruncated, FaultGarbage, FaultTLS,
		FaultResetBody, FaultChunked, FaultDrip, FaultHandshake, FaultGzip, FaultRedirectLoop, FaultHugeHeader, FaultHugeBody}
}

// planRewrite turns the faults that are answers of their own (a redirect
// to itself, a gzip body, huge headers) into the script they stand for;
// the others stay faults.
func planRewrite(sc Script, url string) Script {
	switch sc.Fault {
	case FaultRedirectLoop:
		return Script{Status: http.StatusFound, Header: http.Header{"Location": {url}}}
	case FaultGzip:
		var b bytes.Buffer
		zw := gzip.NewWriter(&b) // no name, no time: the same bytes on both faces
		zw.Write(sc.Body)
		zw.Close()
		sc.Header = sc.Header.Clone()
		if sc.Header == nil {
			sc.Header = http.Header{}
		}
		sc.Header.Set("Content-Encoding", "gzip")
		sc.Body, sc.Fault = b.Bytes(), FaultNone
	case FaultHugeHeader:
		sc.Header = sc.Header.Clone()
		if sc.Header == nil {
			sc.Header = http.Header{}
		}
		pad := strings.Repeat("x", 1000)
		for i, size := 0, 0; size < HugeHeaderBytes; i++ {
			k := fmt.Sprintf("X-Pad-%d", i)
			sc.Header.Set(k, pad)
			size += len(k) + len(": \r\n") + len(pad)
		}
		sc.Fault = FaultNone
	}
	return sc
}

// streamed reports whether the fault's body is played as a stream (both
// faces): cut by a reset, paced, chunked by hand or too large to hold.
func (a answer) streamed() bool {
	switch a.fault {
	case FaultResetBody, FaultChunked, FaultDrip, FaultHugeBody:
		return true
	}
	return false
}

// planStream fits a for a streamed fault: the head declares what a real
// server would, the body is played by stream.
func planStream(a *answer) {
	a.raw = true
	switch a.fault {
	case FaultChunked:
		delete(a.header, "Content-Length")
		a.header["Transfer-Encoding"] = []string{"chunked"}
	case FaultHugeBody:
		a.header["Content-Length"] = []string{strconv.Itoa(HugeBodyBytes)}
		a.body = nil
	}
}

// head is the status line and headers of a.
func (a answer) head() []byte {
	b := a.bytes()
	return b[:len(b)-len(a.body)]
}

// errResetHere marks where a stream's connection is reset.
type errResetHere struct{}

func (errResetHere) Error() string { return "reset here" }

// stream is what a streamed fault sends after the head: the body as it
// goes out. At errResetHere the connection is reset; a drip waits
// DripInterval before each byte, until ctx or done ends it.
func (a answer) stream(ctx context.Context, done <-chan struct{}) io.Reader {
	switch a.fault {
	case FaultResetBody:
		return io.MultiReader(bytes.NewReader(a.body[:len(a.body)/2]), errReader{errResetHere{}})
	case FaultChunked:
		return strings.NewReader("zz\r\n" + string(a.body) + "\r\n0\r\n\r\n")
	case FaultDrip:
		return &dripReader{body: a.body, ctx: ctx, done: done}
	case FaultHugeBody:
		return io.MultiReader(strings.NewReader(`{"pad":"`), io.LimitReader(padReader{}, int64(HugeBodyBytes-len(`{"pad":""}`))), strings.NewReader(`"}`))
	}
	return bytes.NewReader(a.body)
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// padReader is an endless run of 'x'.
type padReader struct{}

func (padReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// dripReader gives one byte of body per Read, DripInterval after the last.
type dripReader struct {
	body []byte
	ctx  context.Context
	done <-chan struct{}
}

func (d *dripReader) Read(p []byte) (int, error) {
	if len(d.body) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	if err := wait(d.ctx, d.done, DripInterval); err != nil {
		return 0, err
	}
	p[0] = d.body[0]
	d.body = d.body[1:]
	return 1, nil
}

// playStream writes a streamed fault to the wire connection c and closes
// it: reset at errResetHere, closed at the end.
func playStream(ctx context.Context, done <-chan struct{}, c net.Conn, a answer) {
	if _, err := c.Write(a.head()); err != nil {
		c.Close()
		return
	}
	_, err := io.Copy(c, a.stream(ctx, done))
	if errors.Is(err, errResetHere{}) { // a TCPConn's ReadFrom wraps it in an OpError
		reset(c)
		return
	}
	c.Close()
}

// mockStream is the mock face's connection for a streamed fault: the bytes
// the wire would carry, with a reset read as the client reads one.
func mockStream(ctx context.Context, done <-chan struct{}, a answer, addr net.Addr) io.Reader {
	return &resetAt{r: io.MultiReader(bytes.NewReader(a.head()), a.stream(ctx, done)), addr: addr}
}

// resetAt turns errResetHere into the error a client reads on a reset
// connection.
type resetAt struct {
	r    io.Reader
	addr net.Addr
}

func (r *resetAt) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if errors.Is(err, errResetHere{}) {
		err = &net.OpError{Op: "read", Net: "tcp", Addr: r.addr, Err: &os.SyscallError{Syscall: "read", Err: syscall.ECONNRESET}}
	}
	return n, err
}

// handshakeError is what a TLS client reads when plain HTTP answers its
// ClientHello (FaultHandshake): the first record is "HTTP/".
func handshakeError() error {
	return tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake", RecordHeader: [5]byte{'H', 'T', 'T', 'P', '/'}}
}
