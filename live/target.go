package live

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// Defaults and bounds of a Config. They are gentle on purpose: a vendor's
// production endpoint is on the other end.
const (
	DefaultRequests    = 200 // total requests a certification may send
	MaxRequests        = 100_000
	DefaultRate        = 20.0 // requests started per second at most
	MaxRate            = 100_000.0
	DefaultConcurrency = marketo.DefaultMaxConcurrent // Marketo's 20 connections (A1)
	MaxConcurrency     = 100
)

// Config says what to call and how gently.
type Config struct {
	// Webhook is the definition under test. Its URL names the target unless
	// URL is set.
	Webhook *marketo.Webhook
	// Catalog knows the definition's fields; nil means the standard fields.
	Catalog *marketo.Catalog
	// URL, when set, replaces the definition's URL (tokens allowed).
	URL string
	// Flow is the flow step's environment: tokens such as my.* (R12). A
	// batch campaign is refused: Marketo would send nothing (R2).
	Flow marketo.Flow
	// Options are the model's knobs; Options.Timeout is the time-out (R17).
	Options marketo.Options
	// Roots are the certificate authorities trusted; nil means the system's.
	Roots *x509.CertPool
	// Requests is the total request budget: 0 means DefaultRequests.
	Requests int
	// Rate is the most requests started per second on average: 0 means
	// DefaultRate. Bursts are at most Concurrency requests and at most one
	// second's worth of the rate.
	Rate float64
	// Concurrency is the most calls in flight: 0 means DefaultConcurrency.
	Concurrency int
}

// Target is one live endpoint, called through the oracle within the budget.
// It is safe for concurrent use.
type Target struct {
	hook   *marketo.Webhook
	cat    *marketo.Catalog
	flow   marketo.Flow
	opts   marketo.Options
	caller *marketo.Caller
	comp   *marketo.Compiled // hook, checked and parsed once for every lead
	budget *budget
	addr   string // host:port, the only address ever dialled
	conc   int

	mu      sync.Mutex
	refused []string // addresses the guard kept the client from
	tls     *TLSInfo
	took    []time.Duration // the latency of every answer, once each
}

// TLSInfo describes the target's certificate and connection (A13).
type TLSInfo struct {
	Version  string    // e.g. "TLS 1.3"
	ALPN     string    // the negotiated protocol, "h2" or "http/1.1" or ""
	Subject  string    // the leaf certificate's subject
	Issuer   string    // and its issuer
	DNSNames []string  // the names it is valid for
	NotAfter time.Time // its expiry
}

// Open checks cfg and returns its Target. Every error is bad input and names
// the setting.
func Open(cfg Config) (*Target, error) {
	if cfg.Webhook == nil {
		return nil, errors.New("live: no webhook definition")
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	hook := *cfg.Webhook
	if cfg.URL != "" {
		hook.URL = cfg.URL
	}
	cat := cfg.Catalog
	if cat == nil {
		cat = marketo.StandardCatalog()
	}
	kind, err := marketo.ParseCampaignKind(string(cfg.Flow.Campaign))
	if err != nil {
		return nil, fmt.Errorf("live: %w", err)
	}
	if kind == marketo.Batch {
		return nil, errors.New("live: a batch campaign sends nothing to certify (R2); use a trigger campaign")
	}
	if ps := hook.Validate(cat); len(ps) > 0 {
		return nil, fmt.Errorf("live: webhook %q: %w", hook.Name, ps)
	}
	addr, err := targetAddr(&hook, cat, cfg.Flow, cfg.Options)
	if err != nil {
		return nil, err
	}
	t := &Target{hook: &hook, cat: cat, flow: cfg.Flow, opts: cfg.Options, addr: addr,
		conc: orDefault(cfg.Concurrency, DefaultConcurrency)}
	rate := orDefaultRate(cfg.Rate)
	// Bursts as wide as the calls in flight (what Marketo itself opens at
	// once, A1), but never more than one second's worth of the rate.
	t.budget = newBudget(orDefault(cfg.Requests, DefaultRequests), rate, min(t.conc, int(rate)))
	t.opts.MaxConcurrent = t.conc
	t.caller = marketo.NewCaller(&http.Client{Transport: t.transport(cfg.Roots)}, cat, t.opts)
	if t.comp, err = marketo.Compile(t.hook, t.caller.Catalog()); err != nil {
		return nil, fmt.Errorf("live: %w", err)
	}
	return t, nil
}

func (cfg Config) check() error {
	switch {
	case cfg.Requests < 0 || cfg.Requests > MaxRequests:
		return fmt.Errorf("live: requests %d: give 1 to %d (0 means %d)", cfg.Requests, MaxRequests, DefaultRequests)
	case cfg.Rate < 0 || cfg.Rate > MaxRate:
		return fmt.Errorf("live: rate %g: give more than 0 and at most %g requests per second", cfg.Rate, MaxRate)
	case cfg.Concurrency < 0 || cfg.Concurrency > MaxConcurrency:
		return fmt.Errorf("live: concurrency %d: give 1 to %d (0 means %d, Marketo's own, A1)", cfg.Concurrency, MaxConcurrency, DefaultConcurrency)
	}
	return nil
}

func orDefault(n, def int) int {
	if n == 0 {
		return def
	}
	return n
}

func orDefaultRate(r float64) float64 {
	if r == 0 {
		return DefaultRate
	}
	return r
}

// targetAddr renders the URL (tokens may name the host) and returns the
// host:port it names, the one address the Target may dial.
func targetAddr(w *marketo.Webhook, cat *marketo.Catalog, flow marketo.Flow, opts marketo.Options) (string, error) {
	req, err := marketo.Render(w, cat, marketo.Lead{}, flow, opts)
	if err != nil {
		return "", fmt.Errorf("live: rendering the URL: %w", err)
	}
	u, err := url.Parse(req.URL)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("live: URL %q names no host", req.URL)
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[strings.ToLower(u.Scheme)]
	}
	return net.JoinHostPort(strings.ToLower(u.Hostname()), port), nil
}

// transport dials only the target, trusts roots, speaks HTTP/1.1 and HTTP/2
// (A13), asks for no compression and takes no proxy from the environment: a
// proxy would be a second host.
func (t *Target) transport(roots *x509.CertPool) *http.Transport {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if !strings.EqualFold(addr, t.addr) {
				t.mu.Lock()
				t.refused = append(t.refused, addr)
				t.mu.Unlock()
				return nil, &net.OpError{Op: "dial", Net: network, Err: fmt.Errorf("%s is not the target %s: certification contacts only the target host", addr, t.addr)}
			}
			return d.DialContext(ctx, network, addr)
		},
		TLSClientConfig: &tls.Config{
			RootCAs:          roots,
			MinVersion:       tls.VersionTLS12,
			VerifyConnection: t.noteTLS,
		},
		ForceAttemptHTTP2:   true,
		DisableCompression:  true,
		MaxIdleConnsPerHost: t.conc,
		TLSHandshakeTimeout: 10 * time.Second,
	}
}

// noteTLS records the connection's certificate; verification itself is the
// standard one, which runs before it.
func (t *Target) noteTLS(cs tls.ConnectionState) error {
	info := &TLSInfo{Version: tls.VersionName(cs.Version), ALPN: cs.NegotiatedProtocol}
	if len(cs.PeerCertificates) > 0 {
		leaf := cs.PeerCertificates[0]
		info.Subject, info.Issuer = leaf.Subject.String(), leaf.Issuer.String()
		info.DNSNames, info.NotAfter = leaf.DNSNames, leaf.NotAfter
	}
	t.mu.Lock()
	t.tls = info
	t.mu.Unlock()
	return nil
}

// CloseIdleConnections closes the connections to the target kept idle for
// later calls; a call after it dials again.
func (t *Target) CloseIdleConnections() { t.caller.CloseIdleConnections() }

// Addr is the host:port under test.
func (t *Target) Addr() string { return t.addr }

// Webhook is the definition as called (with Config.URL applied).
func (t *Target) Webhook() *marketo.Webhook { return t.hook }

// Catalog is the definition's fields.
func (t *Target) Catalog() *marketo.Catalog { return t.cat }

// Concurrency is the most calls in flight.
func (t *Target) Concurrency() int { return t.conc }

// Sent reports the requests reserved so far and the budget.
func (t *Target) Sent() (used, total int) { return t.budget.counts() }

// Refused lists the addresses other than the target that the client tried
// to reach (a redirect under the follow knob, say) and was kept from.
func (t *Target) Refused() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), t.refused...)
}

// Latencies returns the latency of every call that got an outcome, in the
// order they ended.
func (t *Target) Latencies() []time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]time.Duration(nil), t.took...)
}

// TLS describes the last TLS connection, or nil when there was none.
func (t *Target) TLS() *TLSInfo {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.tls
}
