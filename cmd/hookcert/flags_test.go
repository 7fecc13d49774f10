package main

import (
	"errors"
	"io"
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
