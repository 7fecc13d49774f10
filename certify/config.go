package certify

import (
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"time"

	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// Defaults and bounds of a certification, chosen to be gentle on a
// production endpoint and to finish in seconds on a healthy one.
const (
	DefaultRequests    = 300
	DefaultRate        = 50.0 // requests per second
	DefaultConcurrency = live.DefaultConcurrency
	DefaultHostile     = 30
	MaxHostile         = 1000
	DefaultLoad        = 100
	MaxLoad            = 10_000
	DefaultSamples     = 5 // sample leads built when no leads file is given
	MaxBudget          = 30 * time.Second
)

// Config is one certification.
type Config struct {
	// Webhook is the definition under test, Catalog its fields.
	Webhook *marketo.Webhook
	Catalog *marketo.Catalog
	// DefinitionFile and Definition are the definition's file name and
	// bytes, for the verdict's sha256.
	DefinitionFile string
	Definition     []byte
	// URL, when set, replaces the definition's URL (the live endpoint).
	URL string
	// Leads are the sample leads; nil builds DefaultSamples from the fields
	// the definition sends.
	Leads []marketo.Lead
	// Flow holds the context tokens (my.*, campaign.*).
	Flow marketo.Flow
	// Options are the model's knobs; Options.Timeout is the time-out (R17).
	Options marketo.Options
	// Roots are the trusted certificate authorities; nil means the system's.
	Roots *x509.CertPool
	// Budget is the p95 latency allowed; 0 means live.DefaultLatencyBudget.
	Budget time.Duration
	// Requests, Rate and Concurrency bound what is sent; 0 means default.
	Requests    int
	Rate        float64
	Concurrency int
	// Hostile is the number of hostile leads (0: none, which leaves the
	// hostile check skipped and the endpoint not certified); Seed draws them.
	Hostile int
	Seed    int64
	// Load is the number of requests of the load phase (0: none).
	Load int
	// Features, if set, adds the vendor's own checks to the profile: paths
	// of .feature files and folders in the operating system's files.
	Features []string
	// Out is the folder the reports go to; empty writes none.
	Out string
	// Masker masks credentials in every output; nil shows them (--show-secrets).
	Masker *secrets.Masker
	// Version is hookcert's version, for the verdict.
	Version string
	// Progress receives the progress: a line per phase, or one line
	// rewritten in place when Terminal is set. Nil means none.
	Progress io.Writer
	Terminal bool
	// Files, if set, holds the features instead of the operating system
	// (tests).
	Files fs.FS
}

// check reports the first setting out of its range, naming it as its flag.
func (c *Config) check() error {
	switch {
	case c.Webhook == nil:
		return errors.New("certify: no webhook definition (--webhook)")
	case c.Budget < 0 || c.Budget > MaxBudget:
		return fmt.Errorf("--budget %v: give a positive duration of at most %v (0 means %v)", c.Budget, MaxBudget, live.DefaultLatencyBudget)
	case c.Hostile < 0 || c.Hostile > MaxHostile:
		return fmt.Errorf("--hostile %d: give 0 to %d", c.Hostile, MaxHostile)
	case c.Load < 0 || c.Load > MaxLoad:
		return fmt.Errorf("--load %d: give 0 to %d", c.Load, MaxLoad)
	case c.Requests < 0 || c.Requests > live.MaxRequests:
		return fmt.Errorf("--requests %d: give 1 to %d", c.Requests, live.MaxRequests)
	case c.Rate < 0 || c.Rate > live.MaxRate:
		return fmt.Errorf("--rate %g: give more than 0 and at most %g", c.Rate, live.MaxRate)
	case c.Concurrency < 0 || c.Concurrency > live.MaxConcurrency:
		return fmt.Errorf("--concurrency %d: give 1 to %d", c.Concurrency, live.MaxConcurrency)
	case len(c.Leads) > 0 && len(c.Leads) > c.requests():
		return fmt.Errorf("%d sample leads but a budget of %d requests: raise --requests or give fewer leads", len(c.Leads), c.requests())
	}
	return nil
}

func (c *Config) requests() int {
	if c.Requests > 0 {
		return c.Requests
	}
	return DefaultRequests
}

func (c *Config) rate() float64 {
	if c.Rate > 0 {
		return c.Rate
	}
	return DefaultRate
}

func (c *Config) concurrency() int {
	if c.Concurrency > 0 {
		return c.Concurrency
	}
	return DefaultConcurrency
}

func (c *Config) budget() time.Duration {
	if c.Budget > 0 {
		return c.Budget
	}
	return live.DefaultLatencyBudget
}
