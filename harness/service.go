package harness

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Fault is a transport failure a scripted service plays instead of an answer.
type Fault string

// The faults a service can play.
const (
	FaultNone      Fault = ""
	FaultRefused   Fault = "refused"   // the connection is refused
	FaultReset     Fault = "reset"     // the connection is reset before an answer
	FaultHang      Fault = "hang"      // no answer at all: the caller times out
	FaultTruncated Fault = "truncated" // the body stops short of its Content-Length
	FaultGarbage   Fault = "garbage"   // a malformed status line
	FaultTLS       Fault = "tls"       // a certificate the caller does not trust
)

// Script is one scripted answer of a vendor service.
type Script struct {
	// Status is the HTTP status code.
	Status int
	// Reason is the reason phrase; empty means the standard phrase of Status
	// (or none for a non-standard code).
	Reason string
	// Header is sent with the answer.
	Header http.Header
	// Body is the answer's body, sent as is.
	Body []byte
	// Delay is how long the service waits before it answers.
	Delay time.Duration
	// Fault, when set, replaces the answer with a transport failure.
	Fault Fault
	// NoReason sends the status line without a reason phrase
	// ("HTTP/1.1 503 "), where an empty Reason sends the standard one.
	NoReason bool
	// HTTP2 answers an https request over HTTP/2 (the wire face offers h2
	// in the TLS handshake; the mock face answers as Go's HTTP/2 client
	// reports it: Proto "HTTP/2.0" and the standard phrase, as HTTP/2 has
	// no reason phrase). Faults and 1xx answers are still played over
	// HTTP/1.1, and plain http has no HTTP/2 (no h2c); the face notes it.
	HTTP2 bool
	// RedirectTo, if set, makes the service answer every request to another
	// URL with RedirectCode (302 when 0), a Location of RedirectTo and no
	// body; a request to RedirectTo itself (the URL as recorded, scheme and
	// host included) gets the scripted answer (A11). Faults other than in
	// the answer (refused, tls) apply to every request.
	RedirectTo   string
	RedirectCode int
	// Gather, if above 1, holds every answer until this many requests have
	// arrived (counted since NewService or Reset), then plays Delay. It makes
	// concurrency observable without relying on timing (A1). Beware: if
	// fewer requests ever arrive, every call waits until its time-out.
	Gather int
	// Chaos, if its Percent is set, resets that share of the connections
	// before the answer, each request chosen by Chaos.Seed (Chaos.Resets).
	Chaos Chaos
}

// Recorded is one request a service received.
type Recorded struct {
	Face   string // "mock" or "wire"
	Method string
	URL    string // as the caller addressed it, scheme and host included
	Header http.Header
	Body   []byte
}

// Service is a scripted vendor service: the script it plays and the requests
// it received. It is safe for concurrent use.
type Service struct {
	mu       sync.Mutex
	script   Script
	requests []Recorded
	gathered chan struct{} // closed once Script.Gather requests have arrived
}

// NewService returns a service that plays s. The service keeps its own copy
// of s: changing s.Header or s.Body afterwards does not change the script.
// A zero Status answers 200, as a net/http handler that sets none does.
func NewService(s Script) *Service {
	return &Service{script: s.clone(), gathered: make(chan struct{})}
}

// SetScript replaces the script; requests that arrive afterwards get sc. It
// lets one face serve many checks (fuzzing) without reopening listeners.
func (s *Service) SetScript(sc Script) {
	sc = sc.clone()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = sc
}

// playShared replaces the script with sc itself, not a copy: for CallFace,
// whose Call.Script must not change while the call runs (its doc says so).
func (s *Service) playShared(sc Script) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = sc
}

// Script returns a copy of the script the service plays.
func (s *Service) Script() Script {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.script.clone()
}

// fault is the script's fault, read without copying the script (a dial
// asks it per connection).
func (s *Service) fault() Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.script.Fault
}

// Requests returns copies of the requests received so far, in arrival order.
func (s *Service) Requests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Recorded, len(s.requests))
	for i, r := range s.requests {
		out[i] = r.clone()
	}
	return out
}

// sharedRequests returns the requests received so far, not copied: the
// faces record fresh values and the service never changes them, and the
// slice is capped so that later arrivals do not write into it.
func (s *Service) sharedRequests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[:len(s.requests):len(s.requests)]
}

// Reset forgets the recorded requests; the script stays.
func (s *Service) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
	s.gathered = make(chan struct{})
}

// record adds a request and returns the channel that closes once
// Script.Gather requests have arrived (already closed when Gather < 2).
func (s *Service) record(r Recorded) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r)
	if len(s.requests) >= s.script.Gather {
		select {
		case <-s.gathered:
		default:
			close(s.gathered)
		}
	}
	return s.gathered
}

// gather waits for the channel record returned, unless ctx ends or done
// closes first (then it returns ctx's error, or errFaceClosed).
func gather(ctx context.Context, done <-chan struct{}, gathered <-chan struct{}) error {
	select {
	case <-gathered:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-done:
		return errFaceClosed
	}
}

// playing is the script the service plays, shared, not copied: SetScript
// stores a copy of its own and replaces it whole, so the faces may read it
// per request (and must not change it) without copying the body each time.
func (s *Service) playing() Script {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.script
}

func (sc Script) clone() Script {
	sc.Header = sc.Header.Clone()
	sc.Body = bytes.Clone(sc.Body)
	return sc
}

func (r Recorded) clone() Recorded {
	r.Header = r.Header.Clone()
	r.Body = bytes.Clone(r.Body)
	return r
}

// Face is one way to serve a Service to a caller.
type Face interface {
	// Name is "mock" or "wire".
	Name() string
	// Client returns a client whose every request, to any host and either
	// scheme, reaches the service. It has no time-out of its own: callers
	// set one (Client.Timeout or the request's context) to end a Delay or a
	// hang.
	Client() *http.Client
	// Notes lists where the face adapted the script to HTTP's rules, e.g.
	// "204: body dropped, as a real server does": each distinct note once,
	// in the order first made. Both faces make the same notes for the same
	// script and request.
	Notes() []string
	// Close stops serving; requests still waiting on a Delay or a hang end
	// with an error. It is idempotent.
	Close() error
}

// StandardReason returns the standard reason phrase of code, or "" for a
// code without one (http.StatusText).
func StandardReason(code int) string { return http.StatusText(code) }

// notebook collects a face's notes: each distinct note once, first-seen order.
type notebook struct {
	mu    sync.Mutex
	notes []string
}

func (n *notebook) add(notes ...string) {
	if len(notes) == 0 {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, s := range notes {
		if !slices.Contains(n.notes, s) {
			n.notes = append(n.notes, s)
		}
	}
}

func (n *notebook) list() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.notes)
}

// answer is a script made fit for HTTP/1.1: exactly what either face sends
// for one request. Both faces derive it from the same script with plan, the
// wire writes it to a socket and the mock parses the same bytes with
// http.ReadResponse, the parser the client transport uses, so the two agree
// on status lines, headers and bodies by construction; for an ordinary
// answer the mock builds that parser's response directly (answer.direct,
// checked against the parser by TestDirectResponseAgrees).
type answer struct {
	fault  Fault       // FaultNone or the fault still to play
	status int         // the code on the status line
	reason string      // the reason phrase on the status line
	header http.Header // canonical keys; Content-Length set from the body
	body   []byte      // the bytes after the head
	raw    bool        // the wire must write it by hand: net/http's server cannot
	h2     bool        // answered over HTTP/2: no reason phrase on the wire
	notes  []string    // where the script was adapted to HTTP's rules
}

// garbageHead is the malformed status line FaultGarbage sends.
const garbageHead = "HTTP/1.1 abc Garbage\r\n\r\n"

// plan derives the answer to a request with method and url (as recorded)
// from sc.
func plan(sc Script, method, url string) answer {
	scheme, _, _ := strings.Cut(url, "://")
	if sc.RedirectTo != "" && url != sc.RedirectTo {
		sc = Script{Status: sc.RedirectCode, Header: http.Header{"Location": {sc.RedirectTo}}, HTTP2: sc.HTTP2}
		if sc.Status == 0 {
			sc.Status = http.StatusFound
		}
	}
	sc = planRewrite(sc, url)
	a := answer{fault: sc.Fault, status: sc.Status, reason: sc.Reason}
	switch a.fault {
	case FaultNone, FaultTruncated, FaultResetBody, FaultChunked, FaultDrip, FaultHugeBody:
	case FaultTLS, FaultHandshake:
		if scheme == "https" {
			return a
		}
		a.notes = append(a.notes, string(a.fault)+": a plain http request has no TLS to fail; answered as scripted")
		a.fault = FaultNone
	case FaultRefused, FaultReset, FaultHang, FaultGarbage:
		return a
	default:
		a.notes = append(a.notes, fmt.Sprintf("fault %q unknown: answered as scripted", string(a.fault)))
		a.fault = FaultNone
	}
	if a.status == 0 {
		a.status = http.StatusOK
		a.notes = append(a.notes, "status 0: 200 sent, as net/http does for a handler that sets none")
	}
	if strings.ContainsAny(a.reason, "\r\n") {
		a.reason = strings.NewReplacer("\r", " ", "\n", " ").Replace(a.reason)
		a.notes = append(a.notes, "reason: line breaks replaced by spaces, a status line is one line")
	}
	std := http.StatusText(a.status)
	if sc.NoReason {
		if a.reason != "" {
			a.notes = append(a.notes, "no reason phrase: the scripted phrase is not sent")
		}
		a.reason = ""
	} else if a.reason == "" {
		a.reason = std
	}
	if h2, note := http2Plan(sc, a, scheme); h2 || note != "" {
		a.h2 = h2
		if note != "" {
			a.notes = append(a.notes, note)
		}
		if h2 {
			a.reason = std
		}
	}
	// net/http's server writes only standard status lines ("599 status code
	// 599" for others) and treats a 1xx as interim, never as the answer.
	a.raw = !a.h2 && (a.reason != std || std == "" || a.status < 100 || a.status > 999 ||
		a.status/100 == 1 || a.fault == FaultTruncated || a.streamed())

	a.header = http.Header{}
	for k, vv := range sc.Header {
		ck := http.CanonicalHeaderKey(k)
		switch ck {
		case "Content-Length":
			a.notes = append(a.notes, "Content-Length: set from the body, not the script")
			continue
		case "Transfer-Encoding":
			a.notes = append(a.notes, "Transfer-Encoding: dropped, the body is sent whole with a Content-Length")
			continue
		}
		a.header[ck] = append(a.header[ck], vv...)
	}

	if a.status/100 == 1 && a.status != http.StatusSwitchingProtocols {
		a.notes = append(a.notes, fmt.Sprintf("%d: an interim answer; the caller waits for a final one that never comes", a.status))
	}
	if !bodyAllowed(a.status) {
		// net/http's server drops Content-Type from a 1xx, 204 and 304; a
		// vendor's server may send it, and the mock face keeps it: the wire
		// face writes such an answer itself, so both carry the header the
		// script gives (the faces agree on answer headers).
		a.raw = a.raw || !a.h2
		if len(sc.Body) > 0 {
			a.notes = append(a.notes, fmt.Sprintf("%d: body dropped, as a real server does", a.status))
		}
		if a.fault == FaultTruncated || a.streamed() {
			a.notes = append(a.notes, fmt.Sprintf("%s: a %d answer has no body to play it in", a.fault, a.status))
			a.fault = FaultNone
		}
		return a
	}
	planBody(&a, sc.Body, method)
	return a
}

// planBody sets the body of a, an answer that may carry one, and its
// Content-Length: cut short, streamed or none (HEAD) as the fault says.
func planBody(a *answer, body []byte, method string) {
	declared := len(body)
	a.body = body
	if a.fault == FaultTruncated {
		if declared == 0 {
			declared = 1
			a.notes = append(a.notes, "truncated: the script has no body; 1 byte declared, none sent")
		}
		a.body = body[:len(body)/2]
	}
	a.header["Content-Length"] = []string{strconv.Itoa(declared)}
	if method == http.MethodHead {
		a.body = nil // the answer to HEAD has a head only
		if a.fault == FaultTruncated || a.streamed() {
			a.fault = FaultNone
		}
	}
	if a.streamed() {
		planStream(a)
	}
}

// http2Plan decides whether an answer goes over HTTP/2, and the note when
// the script asks for it but cannot have it (or loses its reason phrase).
func http2Plan(sc Script, a answer, scheme string) (bool, string) {
	switch {
	case !sc.HTTP2:
		return false, ""
	case scheme != "https":
		return false, "HTTP/2: plain http has no HTTP/2 (no h2c); answered over HTTP/1.1"
	case a.fault != FaultNone:
		return false, fmt.Sprintf("HTTP/2: the fault %q is played over HTTP/1.1", string(a.fault))
	case a.status/100 == 1:
		return false, fmt.Sprintf("HTTP/2: a %d answer is played over HTTP/1.1", a.status)
	case a.reason != http.StatusText(a.status):
		return true, "HTTP/2: no reason phrase on the wire; the client reports the standard one"
	}
	return true, ""
}

// bodyAllowed reports whether an answer with status may carry a body
// (RFC 9110: not 1xx, 204 or 304).
func bodyAllowed(status int) bool {
	return !(status >= 100 && status <= 199) && status != http.StatusNoContent && status != http.StatusNotModified
}

// bytes serializes a for the wire. Raw answers that are not framed say
// "Connection: close" because the face closes the connection after them
// (A38: a framed one keeps it).
func (a answer) bytes() []byte {
	if a.fault == FaultGarbage {
		return []byte(garbageHead)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", a.status, a.reason)
	h := a.header
	if a.raw && !a.framed() {
		h = h.Clone()
		h.Set("Connection", "close")
	}
	_ = h.Write(&b) // a bytes.Buffer does not fail
	b.WriteString("\r\n")
	b.Write(a.body)
	return b.Bytes()
}

// wait waits d (forever when d < 0) unless ctx ends or done closes first:
// then it returns ctx's error, or errFaceClosed. Both faces play a script's
// Delay and FaultHang with it.
func wait(ctx context.Context, done <-chan struct{}, d time.Duration) error {
	if d == 0 {
		return nil
	}
	var tick <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		tick = t.C
	}
	select {
	case <-tick:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-done:
		return errFaceClosed
	}
}
