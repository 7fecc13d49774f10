package steps

import (
	"io/fs"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
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
}
