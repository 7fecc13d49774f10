package suite

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReportPipeStripsColorsAndFailsOnWriteError: what godog writes to a
// report's pipe reaches the file without ANSI colors; a write error (the
// ENOSPC of /dev/full) fails the commit naming the file.
func TestReportPipeStripsColorsAndFailsOnWriteError(t *testing.T) {
	final := filepath.Join(t.TempDir(), "pretty.txt")
	r, err := openReports([]Format{{Name: "pretty", Path: final}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(strings.TrimPrefix(r.format, "pretty:"), []byte("\x1b[32mpassed\x1b[0m\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := r.commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(final); string(b) != "passed\n" {
		t.Errorf("report reads %q, want the text without colors", b)
	}

	if fi, err := os.Stat("/dev/full"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/full device")
	}
	r, err = openReports([]Format{{Name: "junit", Path: "/dev/full"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(strings.TrimPrefix(r.format, "junit:"), []byte("<testsuites/>"), 0o600)
	if _, err := r.commit(); !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "/dev/full") {
		t.Errorf("commit: %v, want ENOSPC naming /dev/full", err)
	}
}
