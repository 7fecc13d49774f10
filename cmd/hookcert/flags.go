package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"
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
	Flag  string // the flag it sets, e.g. checks
	Err   error  // the flag's refusal, with what is accepted
}

func (e *envError) Error() string {
	return fmt.Sprintf("%s=%q (flag --%s): %v", e.Var, e.Value, e.Flag, e.Err)
}

func (e *envError) Unwrap() error { return e.Err }

// parseFlags applies environment variables to the flags not given on the
// command line, then parses args. Flags given on the command line win.
// Every error has been printed to the flag set's output when it returns: a
// bad flag by the flag package (the flag, the value, what is accepted), a
// bad variable here as an *envError (the variable, the value, what is
// accepted).
func parseFlags(fs *flag.FlagSet, args []string) error {
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		if f.Usage != "" && !strings.Contains(f.Usage, "(env ") {
			f.Usage += fmt.Sprintf(" (env %s)", envName(f.Name))
		}
		if v, ok := os.LookupEnv(envName(f.Name)); ok && envErr == nil {
			if err := fs.Set(f.Name, v); err != nil {
				envErr = &envError{Var: envName(f.Name), Value: v, Flag: f.Name, Err: acceptedHint(f, err)}
			}
		}
	})
	if envErr != nil {
		fmt.Fprintf(fs.Output(), "%s: %v\n", fs.Name(), envErr)
		return envErr
	}
	return fs.Parse(args)
}

// acceptedHint adds what a bool flag accepts to the flag package's bare
// "parse error"; the other flags' errors say it themselves.
func acceptedHint(f *flag.Flag, err error) error {
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() && !strings.Contains(err.Error(), "want") {
		return fmt.Errorf("%w; want true or false", err)
	}
	return err
}

// intFlag is a whole number flag read in decimal, always: "0200" is 200,
// not octal 128 as flag.Int reads it, and "0x10" is an error. Values
// outside [min, max] are errors that say the range.
type intFlag struct {
	p        *int
	min, max int
}

// newIntFlag sets *p to def and returns the flag.Value that sets it.
func newIntFlag(p *int, def, min, max int) *intFlag {
	*p = def
	return &intFlag{p: p, min: min, max: max}
}

func (f *intFlag) String() string {
	if f == nil || f.p == nil {
		return "0"
	}
	return strconv.Itoa(*f.p)
}

func (f *intFlag) Set(v string) error {
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 0)
	if err != nil || int(n) < f.min || int(n) > f.max {
		return fmt.Errorf("want a whole decimal number %s", f.rangeText())
	}
	*f.p = int(n)
	return nil
}

func (f *intFlag) rangeText() string {
	switch {
	case f.max == math.MaxInt:
		return fmt.Sprintf("of %d or more", f.min)
	case f.min == math.MinInt:
		return fmt.Sprintf("of at most %d", f.max)
	}
	return fmt.Sprintf("from %d to %d", f.min, f.max)
}

// uint64Flag is a non-negative whole number flag read in decimal.
type uint64Flag struct{ p *uint64 }

func (f uint64Flag) String() string {
	if f.p == nil {
		return "0"
	}
	return strconv.FormatUint(*f.p, 10)
}

func (f uint64Flag) Set(v string) error {
	n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 64)
	if err != nil {
		return errors.New("want a whole decimal number of 0 or more (up to 18446744073709551615)")
	}
	*f.p = n
	return nil
}

// durationFlag is a positive duration: 0 and negative values are errors,
// not a silent default.
type durationFlag struct{ p *time.Duration }

// newDurationFlag sets *p to def and returns the flag.Value that sets it.
func newDurationFlag(p *time.Duration, def time.Duration) durationFlag {
	*p = def
	return durationFlag{p: p}
}

func (f durationFlag) String() string {
	if f.p == nil {
		return "0s"
	}
	return f.p.String()
}

func (f durationFlag) Set(v string) error {
	d, err := time.ParseDuration(strings.TrimSpace(v))
	if err != nil || d <= 0 {
		return errors.New("want a positive duration with a unit, such as 500ms, 10s or 2m")
	}
	*f.p = d
	return nil
}
