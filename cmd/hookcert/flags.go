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

	"github.com/hookcert/hookcert/secrets"
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
//
// Flags may stand anywhere among the paths ("run features/ --transport
// mock"): parseFlags moves them before the first path (flagsFirst), and
// everything after "--" stays a path. Each variable still in effect (its
// flag not given on the command line) is noted on the flag set's output,
// "hookcert: using HOOKCERT_TIMEOUT=5s", so a leftover variable never
// changes a run silently; values of secret-looking flags are masked.
func parseFlags(fs *flag.FlagSet, args []string) error {
	args, given := flagsFirst(fs, args)
	var envErr error
	var used []string
	fs.VisitAll(func(f *flag.Flag) {
		if f.Usage != "" && !strings.Contains(f.Usage, "(env ") {
			f.Usage += fmt.Sprintf(" (env %s)", envName(f.Name))
		}
		if v, ok := os.LookupEnv(envName(f.Name)); ok && envErr == nil {
			if err := fs.Set(f.Name, v); err != nil {
				envErr = &envError{Var: envName(f.Name), Value: v, Flag: f.Name, Err: acceptedHint(f, err)}
			} else if !given[f.Name] {
				used = append(used, envName(f.Name)+"="+envNoteValue(f.Name, v))
			}
		}
	})
	if envErr != nil {
		fmt.Fprintf(fs.Output(), "%s: %v\n", fs.Name(), envErr)
		return envErr
	}
	for _, u := range used {
		fmt.Fprintf(fs.Output(), "hookcert: using %s\n", u)
	}
	return fs.Parse(args)
}

// envNoteValue is the value of a variable as the note shows it: masked
// when the flag carries credentials (a token, a header) or the value holds
// a URL's user info.
func envNoteValue(flagName, v string) string {
	if secrets.SecretName(flagName) || strings.Contains(flagName, "header") {
		return secrets.Mask
	}
	return secrets.New().Text(v)
}

// flagsFirst returns args with every flag (and the value of a flag that
// takes one) before the paths, in their order, and the names of the flags
// given. A lone "-" is a path; "--" ends the flags, and what follows it
// stays a path even if it starts with "-".
func flagsFirst(fs *flag.FlagSet, args []string) ([]string, map[string]bool) {
	var flags, paths []string
	given := map[string]bool{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			paths = append(paths, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			paths = append(paths, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		given[name] = true
		f := fs.Lookup(name)
		if f == nil || hasValue || isBoolFlag(f) || i+1 == len(args) {
			continue // an unknown flag is the flag set's to report
		}
		i++
		flags = append(flags, args[i])
	}
	if len(paths) == 0 {
		return flags, given
	}
	return append(append(flags, "--"), paths...), given
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// acceptedHint adds what a bool flag accepts to the flag package's bare
// "parse error"; the other flags' errors say it themselves.
func acceptedHint(f *flag.Flag, err error) error {
	if isBoolFlag(f) && !strings.Contains(err.Error(), "want") {
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
