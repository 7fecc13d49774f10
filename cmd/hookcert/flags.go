package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// newFlagSet returns a flag set for a command that reports errors to stderr
// and does not exit.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("hookcert "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// envName is the environment variable that sets a flag: HOOKCERT_ and the
// flag's name in upper case with '-' as '_'.
func envName(flagName string) string {
	return "HOOKCERT_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// envError is an environment variable whose value its flag refuses. The flag
// set reports its own parse errors; this one the command prints itself.
type envError struct {
	Var   string // e.g. HOOKCERT_CHECKS
	Value string
	Err   error // the flag's refusal
}

func (e *envError) Error() string { return fmt.Sprintf("%s=%q: %v", e.Var, e.Value, e.Err) }

func (e *envError) Unwrap() error { return e.Err }

// parseFlags applies environment variables to the flags not given on the
// command line, then parses args. Flags given on the command line win. A bad
// variable is an *envError.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		if f.Usage != "" && !strings.Contains(f.Usage, "(env ") {
			f.Usage += fmt.Sprintf(" (env %s)", envName(f.Name))
		}
		if v, ok := os.LookupEnv(envName(f.Name)); ok && envErr == nil {
			if err := fs.Set(f.Name, v); err != nil {
				envErr = &envError{Var: envName(f.Name), Value: v, Err: err}
			}
		}
	})
	if envErr != nil {
		return envErr
	}
	return fs.Parse(args)
}
