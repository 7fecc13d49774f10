package steps

import (
	"io/fs"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// Env is what a run hands the step library for each scenario
// ([Library.InitScenario]).
type Env struct {
	// Transport names the faces each call runs on; empty means
	// harness.TransportMock.
	Transport harness.Transport
	// Options are the model's knobs every scenario starts from.
	Options marketo.Options
	// NewCaller makes the caller; nil means harness.DefaultCaller.
	NewCaller harness.NewCallerFunc
	// Keys is the run's TLS material for wire faces (harness.NewKeys), so
	// that scenarios resume TLS sessions rather than each making its own
	// certificates; nil: each face makes its own.
	Keys *harness.Keys
	// Files is where the features were read from, for the files steps name
	// (relative to the feature file); nil means the operating system's files.
	Files fs.FS
	// Certify, when set, is the live endpoint of a `hookcert certify` run:
	// the certification steps (defs_certify.go) call it, and each scenario
	// is one check of it. Nil in every other run, where those steps fail.
	Certify *live.Session
	// Masker, when set, learns the values of the secret tokens and headers
	// scenarios set, so that the run's outputs mask them.
	Masker *secrets.Masker
}
