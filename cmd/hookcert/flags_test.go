package main

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestBadEnvironmentVariableIsAnEnvError: a value the flag refuses comes back
// as an *envError naming the variable, so that commands tell it from the
// flag set's own errors by type, not by text.
func TestBadEnvironmentVariableIsAnEnvError(t *testing.T) {
	t.Setenv("HOOKCERT_CHECKS", "many")
	fs := newFlagSet("test", io.Discard)
	fs.Int("checks", 1, "checks per property")
	err := parseFlags(fs, nil)
	ee, ok := errors.AsType[*envError](err)
	if !ok || ee.Var != "HOOKCERT_CHECKS" || ee.Value != "many" {
		t.Fatalf("got %#v, want an *envError for HOOKCERT_CHECKS=many", err)
	}
	if want := `HOOKCERT_CHECKS="many" (flag --checks): parse error`; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
	t.Setenv("HOOKCERT_CHECKS", "3")
	if err := parseFlags(fs, []string{"--nope"}); err == nil {
		t.Fatal("got no error for an unknown flag")
	} else if _, ok := errors.AsType[*envError](err); ok {
		t.Errorf("got %#v for an unknown flag, want the flag set's own error", err)
	}
}

// TestFlagsAnywhereAmongPaths: "run features/ --transport mock" parses the
// flag, not a path named --transport (issue 11: before, exit 2 with "stat
// --transport: no such file or directory").
func TestFlagsAnywhereAmongPaths(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		transport string
		quiet     bool
		paths     []string
	}{
		{"flag after a path", []string{"features/", "--transport", "mock"}, "mock", false, []string{"features/"}},
		{"flag between paths", []string{"a.feature", "-transport=wire", "b.feature"}, "wire", false, []string{"a.feature", "b.feature"}},
		{"bool flag takes no value", []string{"--quiet", "a.feature"}, "both", true, []string{"a.feature"}},
		{"after -- a path may start with a dash", []string{"--transport", "mock", "--", "--odd.feature", "-"}, "mock", false, []string{"--odd.feature", "-"}},
		{"lone dash is a path", []string{"-", "--quiet"}, "both", true, []string{"-"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := newFlagSet("test", io.Discard)
			transport := fs.String("transport", "both", "faces")
			quiet := fs.Bool("quiet", false, "quiet")
			if err := parseFlags(fs, tc.args); err != nil {
				t.Fatal(err)
			}
			if *transport != tc.transport || *quiet != tc.quiet || !slices.Equal(fs.Args(), tc.paths) {
				t.Errorf("transport %q quiet %v paths %q, want %q %v %q", *transport, *quiet, fs.Args(), tc.transport, tc.quiet, tc.paths)
			}
		})
	}
}

// TestEnvironmentVariablesInEffectAreNoted: a HOOKCERT_* variable that sets
// a flag is named on stderr, secrets masked; one the command line overrides
// is not (issue 11: a leftover variable silently changed a run).
func TestEnvironmentVariablesInEffectAreNoted(t *testing.T) {
	t.Setenv("HOOKCERT_TIMEOUT", "5s")
	t.Setenv("HOOKCERT_TRANSPORT", "wire")
	t.Setenv("HOOKCERT_TOKEN", "my.Key=s3cr3t-value")
	var errOut strings.Builder
	fs := newFlagSet("test", &errOut)
	fs.String("timeout", "10s", "time-out")
	fs.String("transport", "mock", "faces")
	fs.String("token", "", "a token")
	if err := parseFlags(fs, []string{"--transport", "both"}); err != nil {
		t.Fatal(err)
	}
	got := errOut.String()
	if !strings.Contains(got, "hookcert: using HOOKCERT_TIMEOUT=5s\n") {
		t.Errorf("stderr %q does not note HOOKCERT_TIMEOUT=5s", got)
	}
	if strings.Contains(got, "HOOKCERT_TRANSPORT") {
		t.Errorf("stderr %q notes HOOKCERT_TRANSPORT, which --transport overrode", got)
	}
	if !strings.Contains(got, "HOOKCERT_TOKEN=****") || strings.Contains(got, "s3cr3t") {
		t.Errorf("stderr %q: want HOOKCERT_TOKEN noted with its value masked", got)
	}
}
