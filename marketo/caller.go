package marketo

import (
	"context"
	"errors"

	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// WebhookCaller executes one Call Webhook step. Caller is the reference
// implementation; test code wraps or replaces it (e.g. mutant callers that
// the properties must catch).
type WebhookCaller interface {
	Call(ctx context.Context, w *Webhook, lead Lead, flow Flow) (*Outcome, error)
}

// Caller is the reference model of Marketo's webhook caller. It is safe for
// concurrent use; at most Options.MaxConcurrent calls are in flight at once,
// the others queue (A1).
type Caller struct {
	client  *http.Client
	catalog *Catalog
	opts    Options
	slots   chan struct{}
}

// NewCaller returns a Caller that sends through client (httpmock, a loopback
// server or a live URL all plug in here) and knows the fields of cat. The
// client is copied, not changed: the Caller sets its own redirect policy (A11)
// and bounds each call by Options.Timeout (R17) through the context, so the
// client's own Timeout is cleared. A client whose Transport is an
// *http.Transport (or nil, net/http's default) gets a copy made by
// WireTransport: no compression asked for (A33), and no connection reused
// after a bodiless answer (A15); that copy keeps its own idle connections
// (CloseIdleConnections ends them). A nil client means a new http.Client; a
// nil cat is programmer misuse and panics.
func NewCaller(client *http.Client, cat *Catalog, opts Options) *Caller {
	if cat == nil {
		panic("marketo.NewCaller: nil catalog")
	}
	var cl http.Client
	if client != nil {
		cl = *client
	}
	cl.Timeout = 0
	switch t := cl.Transport.(type) {
	case nil:
		cl.Transport = WireTransport(nil)
	case *http.Transport:
		cl.Transport = WireTransport(t)
	}
	cl.CheckRedirect = nil // A11 knob: net/http's own policy (up to 10; a 301-303 turns a POST into a GET)
	if !opts.FollowRedirects {
		cl.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	}
	return &Caller{client: &cl, catalog: cat, opts: opts, slots: make(chan struct{}, opts.maxConcurrent())}
}

// CloseIdleConnections closes the connections the Caller's client keeps
// idle for later calls.
func (c *Caller) CloseIdleConnections() { c.client.CloseIdleConnections() }

// Catalog returns the fields the Caller knows.
func (c *Caller) Catalog() *Catalog { return c.catalog }

// Options returns the Caller's knobs.
func (c *Caller) Options() Options { return c.opts }

// Call executes the step for lead in context flow: it validates the definition,
// renders the request, sends it (unless the campaign is a batch, R2), reads
// the answer and decides what Marketo records and writes (Judge). The error
// is for bad input (Problems: an invalid definition or a render failure) and
// for a ctx cancelled by the caller; in both cases no outcome is recorded.
// Transport failures and time-outs (R17) are outcomes, not errors.
func (c *Caller) Call(ctx context.Context, w *Webhook, lead Lead, flow Flow) (*Outcome, error) {
	if w == nil {
		panic("marketo: Call with a nil webhook")
	}
	kind, err := ParseCampaignKind(string(flow.Campaign))
	if err != nil {
		return nil, fmt.Errorf("webhook %q: %w", w.Name, err)
	}
	var seen checkedWebhook // Render and Judge reuse what validation worked out
	if probs := w.validate(c.catalog, &seen); len(probs) > 0 {
		return nil, fmt.Errorf("webhook %q: %w", w.Name, probs)
	}
	return c.callChecked(ctx, kind, w, &seen, lead, flow)
}

// call is Call for a definition already checked (CallCompiled).
func (c *Caller) call(ctx context.Context, w *Webhook, seen *checkedWebhook, lead Lead, flow Flow) (*Outcome, error) {
	kind, err := ParseCampaignKind(string(flow.Campaign))
	if err != nil {
		return nil, fmt.Errorf("webhook %q: %w", w.Name, err)
	}
	return c.callChecked(ctx, kind, w, seen, lead, flow)
}

// callChecked sends w's request for lead, w being valid and seen what
// checking it worked out.
func (c *Caller) callChecked(ctx context.Context, kind CampaignKind, w *Webhook, seen *checkedWebhook, lead Lead, flow Flow) (*Outcome, error) {
	if kind == Batch {
		return batchOutcome(w, lead), nil
	}
	req, err := render(w, c.catalog, lead, flow, c.opts, seen)
	if err != nil {
		return nil, err // it names the webhook
	}
	select { // A1: queue for a slot; waiting does not count against the time-out
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("webhook %q: waiting for a connection slot: %w", w.Name, ctx.Err())
	}
	defer func() { <-c.slots }()

	start := time.Now()
	ans, sent := c.send(ctx, req)
	if ctx.Err() != nil {
		return nil, fmt.Errorf("webhook %q: %w", w.Name, ctx.Err())
	}
	out := judge(w, c.catalog, lead, ans, c.opts, seen)
	out.Request = &Request{Method: req.Method, URL: req.URL, Header: sent, Body: req.Body}
	out.Elapsed = time.Since(start)
	return out, nil
}

// send makes the one attempt (A10) and reads the answer up to the size cap
// (A12) within the time-out (R17). It returns the answer and the header as
// it went on the wire (SentHeader).
func (c *Caller) send(parent context.Context, req *Request) (Answer, http.Header) {
	ctx, cancel := context.WithTimeout(parent, c.opts.timeout())
	defer cancel()
	var body io.Reader
	if req.Body != "" {
		body = strings.NewReader(req.Body)
	}
	hr, err := http.NewRequestWithContext(ctx, req.Method, req.URL, body)
	if err != nil { // Validate accepted the URL, so this is a rendered token breaking it
		return Answer{Failure: FailureTransport, Detail: err.Error(), unsent: true}, req.Header
	}
	if p := typedPath(req.URL); p != "" {
		hr.URL.Opaque = p // R5: the path goes out as typed; net/http would re-escape it
	}
	c.oneAttempt(hr)
	// req is the call's own, rendered for this request alone and read no
	// more (the Outcome records SentHeader's header): hr takes its header
	// over instead of a copy.
	hr.Header = req.Header
	req.Header = nil
	if hr.Header == nil {
		hr.Header = http.Header{}
	}
	if _, ok := hr.Header["User-Agent"]; !ok { // A34: one User-Agent over HTTP/1.1 and HTTP/2
		hr.Header["User-Agent"] = []string{DefaultUserAgent}
	}
	if host := hr.Header.Get("Host"); host != "" { // a custom Host header names the virtual host
		hr.Host = host
		hr.Header.Del("Host")
	}
	resp, err := c.client.Do(hr)
	if err != nil {
		f, detail := classify(ctx, failedAt(err, req.URL), c.opts.timeout(), false)
		return Answer{Failure: f, Detail: detail}, SentHeader(hr, len(req.Body), "")
	}
	defer resp.Body.Close()
	ans := Answer{
		Status: resp.StatusCode,
		Reason: reasonPhrase(resp),
		Proto:  resp.Proto,
		Header: resp.Header,
	}
	limit := c.opts.maxBodyBytes()
	ans.Body, err = readBody(resp.Body, limit, resp.ContentLength)
	switch {
	case err != nil:
		f, detail := classify(ctx, err, c.opts.timeout(), true)
		ans.Failure, ans.Detail = f, "reading the body: "+detail
	case int64(len(ans.Body)) > limit:
		ans.Body = ans.Body[:limit]
		ans.Failure = FailureTooLarge
		ans.Detail = fmt.Sprintf("response body is over %d bytes", limit)
	}
	if ans.Failure == FailureNone && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		// R17: an answer that was complete only once the time-out had
		// passed is one Marketo gave up on. net/http can hand it over:
		// at the deadline the server sees the client go, and an answer
		// it writes then (an empty 200 from a handler that returns) may
		// still be read.
		return Answer{Failure: FailureTimeout, Detail: fmt.Sprintf("no complete answer within %s", c.opts.timeout())},
			SentHeader(hr, len(req.Body), resp.Proto)
	}
	return ans, SentHeader(hr, len(req.Body), resp.Proto)
}

// oneAttempt keeps net/http from sending hr twice (A10). net/http resends a
// request it deems replayable (GET and its kind, or one with an
// Idempotency-Key) once when a reused connection turns out dead. A request
// whose body cannot be had again is never resent: so GetBody goes (redirects
// under the A11 knob need it), and a GET or DELETE without body gets an empty
// one, which net/http probes, finds empty and does not send. An empty POST,
// PUT or PATCH would go out chunked that way; it takes a connection of its
// own instead, which is never resent.
func (c *Caller) oneAttempt(hr *http.Request) {
	if !c.opts.FollowRedirects {
		hr.GetBody = nil
	}
	if hr.Body != nil && hr.Body != http.NoBody {
		return
	}
	if hr.Method == http.MethodGet || hr.Method == http.MethodDelete {
		hr.Body = io.NopCloser(strings.NewReader(""))
		hr.ContentLength = 0
		return
	}
	hr.Close = true
}

// typedPath is the path of a rendered URL exactly as written, or "" when
// net/http's own escaping gives the same (or the path is empty or would read
// as an authority).
func typedPath(raw string) string {
	_, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return ""
	}
	i := strings.IndexAny(rest, "/?#")
	if i < 0 || rest[i] != '/' {
		return ""
	}
	p := rest[i:]
	if j := strings.IndexAny(p, "?#"); j >= 0 {
		p = p[:j]
	}
	if strings.HasPrefix(p, "//") {
		return ""
	}
	return p
}

// defaultBodyBuffer is the buffer readBody starts with when the answer does
// not declare its length: most webhook answers fit, and are read with one
// allocation instead of the several that growing from bytes.MinRead takes.
const defaultBodyBuffer = 2 << 10

// readBody reads body to its end, but no more than limit+1 bytes, so that an
// answer over the cap shows as one byte too long (A12). size is the
// Content-Length, or -1 when unknown. As with io.Copy, the end of the body is
// not an error.
func readBody(body io.Reader, limit, size int64) ([]byte, error) {
	r := io.LimitReader(body, limit+1)
	n := int64(defaultBodyBuffer)
	if size >= 0 {
		// One byte of room beyond the declared length, so the read that
		// meets the end does not grow the buffer.
		n = min(size, limit) + 1
	}
	b := make([]byte, 0, n)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		m, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+m]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// reasonPhrase is the reason phrase of the status line as received (A17):
// net/http keeps "503 Backend Down" in Status, and "599" when the line has none.
func reasonPhrase(resp *http.Response) string {
	var code [20]byte // the code's digits on the stack: no string per call
	if s, ok := strings.CutPrefix(resp.Status, string(strconv.AppendInt(code[:0], int64(resp.StatusCode), 10))); ok {
		return strings.TrimPrefix(s, " ")
	}
	return ""
}

// batchOutcome is R2: Marketo records 1000 and sends nothing.
func batchOutcome(w *Webhook, lead Lead) *Outcome {
	out := &Outcome{
		Webhook:   w.Name,
		Campaign:  Batch,
		Code:      CodeBatch,
		ErrorType: ErrorTypeBatch,
		Changes:   []Change{},
		Skipped:   []Skip{},
		Lead:      lead.Clone(),
	}
	skipAll(out, w, "not applied: batch campaign, nothing sent", "R2")
	out.Activity = activity(out, false)
	return out
}
