package suite

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

// TestReportPipeStripsColorsAndFailsOnWriteError: what godog writes to a
// report's pipe reaches the file without ANSI colors; a write error (the
// ENOSPC of /dev/full) fails the commit naming the file.
func TestReportPipeStripsColorsAndFailsOnWriteError(t *testing.T) {
	final := filepath.Join(t.TempDir(), "pretty.txt")
	r, err := openReports([]Format{{Name: "pretty", Path: final}}, nil, nil, nil)
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
	r, err = openReports([]Format{{Name: "junit", Path: "/dev/full"}}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(strings.TrimPrefix(r.format, "junit:"), []byte("<testsuites/>"), 0o600)
	if _, err := r.commit(); !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "/dev/full") {
		t.Errorf("commit: %v, want ENOSPC naming /dev/full", err)
	}
}

// TestHTMLReport: html:FILE writes the self-contained HTML report of the
// run (package report, from godog's cucumber report), complete or absent;
// without a file it is bad input.
func TestHTMLReport(t *testing.T) {
	const feature = "Feature: f\n  @R18\n  Scenario: a 503 changes nothing\n    Given a webhook \"E\" that sends GET to \"https://e.example/x\"\n    And the service answers 503 \"Backend Down\"\n    When the webhook is called\n    Then the recorded code is 503\n"
	path := filepath.Join(t.TempDir(), "run.html")
	res := Run(&Log{}, Config{FS: fstest.MapFS{"f.feature": {Data: []byte(feature)}}, Formats: []Format{{Name: "html", Path: path}}})
	if res.Status != StatusPassed {
		t.Fatalf("status %d: %v", res.Status, res.Err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<!DOCTYPE html>", "hookcert run", "a 503 changes nothing", "R18"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the HTML report lacks %q", want)
		}
	}
	if _, err := ParseFormat("html"); err == nil || !strings.Contains(err.Error(), "html:FILE") {
		t.Errorf("html without a file: got %v, want an error naming html:FILE", err)
	}
}
