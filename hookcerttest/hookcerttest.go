// Package hookcerttest runs a folder of your own Gherkin features with
// hookcert's step vocabulary inside `go test`, each scenario a subtest:
//
//	func TestWebhooks(t *testing.T) {
//		hookcerttest.Run(t, "features", hookcerttest.Transport("both"))
//	}
//
// The features use the steps of docs/steps.md (English or German); relative
// paths in them (webhook, lead and body files) are looked up next to the
// feature file, then in the package's folder. Run is the one entry point;
// the options choose the faces, the scenarios and the model's knobs.
package hookcerttest

import (
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/suite"
)

// TB is what Run reports to: a *testing.T (each scenario then runs as a
// subtest, `go test -run 'TestWebhooks/<feature>/<scenario>'`), or any other
// implementation, which keeps the run quiet and gets one Errorf for a
// failed run.
type TB interface {
	Helper()
	Logf(format string, args ...any)
	Errorf(format string, args ...any)
}

// Option sets one choice of a Run.
type Option func(*config)

type config struct {
	cfg  suite.Config
	errs []string
}

// Transport chooses the faces every call runs on: "mock" (in process, the
// default), "wire" (a real socket on loopback) or "both" (the two must
// agree; the wire is the truth).
func Transport(name string) Option {
	return func(c *config) {
		t, err := harness.ParseTransport(name)
		if err != nil {
			c.errs = append(c.errs, "hookcerttest.Transport: "+err.Error())
			return
		}
		c.cfg.Transport = t
	}
}

// Tags runs only the scenarios the tag expression selects, in godog's
// syntax: "@R18", "~@slow", "@a && @b", "@a,@b". A selection that leaves no
// scenario fails the run, so that a typo cannot turn it green.
func Tags(expr string) Option {
	return func(c *config) { c.cfg.Tags = expr }
}

// Knob sets a knob of the model for every scenario, as `hookcert run
// --option NAME=VALUE` does: "MaxConcurrent", "2" or "WhitespaceIsEmpty",
// "on" (the knobs and their rules: docs/rules.md).
func Knob(name, value string) Option {
	return func(c *config) {
		if err := marketo.SetKnob(&c.cfg.Options, name, value); err != nil {
			c.errs = append(c.errs, "hookcerttest.Knob: "+err.Error())
		}
	}
}

// Concurrency runs this many scenarios at once (1 by default).
func Concurrency(n int) Option {
	return func(c *config) { c.cfg.Concurrency = n }
}

// Caller replaces the reference model by the caller under test, made once
// per face of each call (see harness.NewCallerFunc): for checking your own
// implementation of Marketo's caller against the same features.
func Caller(f harness.NewCallerFunc) Option {
	return func(c *config) { c.cfg.NewCaller = f }
}

// Run runs every .feature file under dir (a folder or one file, relative to
// the test's working directory: the package's folder) and reports each
// failed scenario through t; it returns what the run did. A bad option, a
// feature that does not parse or a step that is not in the catalog fails
// the run with a message that names it (and the closest catalog steps).
func Run(t TB, dir string, opts ...Option) suite.Result {
	t.Helper()
	c := &config{cfg: suite.Config{Paths: []string{dir}}}
	for _, o := range opts {
		o(c)
	}
	if len(c.errs) > 0 {
		for _, e := range c.errs {
			t.Errorf("%s", e)
		}
		return suite.Result{Status: suite.StatusBadInput}
	}
	return suite.Run(t, c.cfg)
}
