package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/suite"
)

// TestBadFlagValues: every bad flag value exits 2 and prints the flag, the
// value and what is accepted. Before, --timeout 0 and -1s meant 30 s and
// --answer-status 0200 was octal 128.
func TestBadFlagValues(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"R17 zero timeout", []string{"call", "--timeout", "0"}, []string{"-timeout", `"0"`, "positive duration"}},
		{"R17 negative timeout", []string{"call", "--timeout", "-1s"}, []string{"-timeout", `"-1s"`, "positive duration"}},
		{"status in hex", []string{"call", "--answer-status", "0x20"}, []string{"-answer-status", `"0x20"`, "decimal number from 0 to 999"}},
		{"status of four digits", []string{"call", "--answer-status", "1000"}, []string{"-answer-status", "from 0 to 999"}},
		{"concurrency 0", []string{"run", "--concurrency", "0"}, []string{"-concurrency", `"0"`, "from 1 to 256"}},
		{"concurrency over its range", []string{"run", "--concurrency", "257"}, []string{"-concurrency", `"257"`, "from 1 to 256"}},
		{"concurrency 1e9", []string{"run", "--concurrency", "1e9"}, []string{"-concurrency", `"1e9"`, "from 1 to 256"}},
		{"concurrency 2^32", []string{"run", "--concurrency", "4294967296"}, []string{"-concurrency", "from 1 to 256"}},
		{"concurrency 100000", []string{"run", "--concurrency", "100000"}, []string{"-concurrency", "from 1 to 256"}},
		{"shard over its range", []string{"run", "--shard", "1/10001"}, []string{"--shard", "N <= 10000"}},
		{"checks over their range", []string{"fuzz", "--checks", "1000000001"}, []string{"-checks", "from 0 to 1000000000"}},
		{"concurrency octal-looking is decimal, but not a word", []string{"run", "--concurrency", "many"}, []string{"-concurrency", `"many"`}},
		{"negative checks", []string{"fuzz", "--checks", "-1"}, []string{"-checks", `"-1"`, "from 0 to 1000000000"}},
		{"seed in hex", []string{"fuzz", "--seed", "0x10"}, []string{"-seed", `"0x10"`, "decimal"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != exitBadInput {
				t.Errorf("exit %d, want %d", code, exitBadInput)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%.600s", w, stderr)
				}
			}
		})
	}
}

// TestAnswerStatusIsDecimal: --answer-status 0200 is 200, as a user means
// it, not octal 128.
func TestAnswerStatusIsDecimal(t *testing.T) {
	code, stdout, stderr := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead, "--answer-status", "0200", "--answer-body", exampleBody, "--json")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if o := decodeOutcome(t, stdout); o.Status != 200 {
		t.Errorf("status %d, want 200", o.Status)
	}
}

// TestBadEnvironmentValues: a bad HOOKCERT_* value prints the variable,
// the value and what is accepted, exit 2; before, HOOKCERT_TIMEOUT=forever
// printed nothing.
func TestBadEnvironmentValues(t *testing.T) {
	for _, tc := range []struct {
		name, cmd, env, value string
		want                  string
	}{
		{"R17 timeout forever", "call", "HOOKCERT_TIMEOUT", "forever", "positive duration"},
		{"bool json", "call", "HOOKCERT_JSON", "yes please", "want true or false"},
		{"checks", "fuzz", "HOOKCERT_CHECKS", "lots", "decimal number from 0 to 1000000000"},
		{"concurrency", "run", "HOOKCERT_CONCURRENCY", "-3", "from 1 to 256"},
		{"concurrency over its range", "run", "HOOKCERT_CONCURRENCY", "1000", "from 1 to 256"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(tc.env, tc.value)
			code, _, stderr := runCLI(t, tc.cmd)
			if code != exitBadInput {
				t.Errorf("exit %d, want %d", code, exitBadInput)
			}
			for _, w := range []string{"hookcert " + tc.cmd + ": ", tc.env + `="` + tc.value + `"`, tc.want} {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if n := strings.Count(stderr, tc.env); n != 1 {
				t.Errorf("the variable is named %d times, want once:\n%s", n, stderr)
			}
		})
	}
}

// TestInputFilesAreCapped: an endless input (/dev/zero) as a definition, a
// lead, an answer body or a feature ends quickly in exit 2 naming the file
// and the cap; before, each read until memory ran out.
func TestInputFilesAreCapped(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	big := filepath.Join(t.TempDir(), "big.feature")
	if err := os.WriteFile(big, []byte(strings.Repeat("#", suite.MaxFeatureFile+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"webhook file", []string{"call", "--webhook", "/dev/zero", "--lead", exampleLead, "--answer-status", "200"}, "webhook file /dev/zero: larger than the cap of 1 MiB"},
		{"lead file", []string{"call", "--webhook", exampleHook, "--lead", "/dev/zero", "--answer-status", "200"}, "lead file /dev/zero: larger than the cap of 1 MiB"},
		{"answer body", []string{"call", "--webhook", exampleHook, "--lead", exampleLead, "--answer-status", "200", "--answer-body", "@/dev/zero"}, "answer body file /dev/zero: larger than the cap of 16 MiB"},
		{"feature file", []string{"run", "/dev/zero"}, "feature file /dev/zero: larger than the cap of 16 MiB"},
		{"feature in a folder", []string{"run", filepath.Dir(big)}, "feature file " + big + ": larger than the cap of 16 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != exitBadInput || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, want %d with %q; stderr:\n%.600s", code, exitBadInput, tc.want, stderr)
			}
		})
	}
}

// TestFeatureByteOrderMarkIsAccepted: a feature file that starts with a
// UTF-8 byte order mark runs as without it (the runner's loader strips
// it); before, it did not parse and the message hid the mark.
func TestFeatureByteOrderMarkIsAccepted(t *testing.T) {
	f := writeFeature(t, t.TempDir(), "bom.feature", "\xef\xbb\xbf"+passingFeature)
	code, _, stderr := runCLI(t, "run", f)
	if code != exitOK {
		t.Errorf("exit %d, want %d; stderr:\n%.600s", code, exitOK, stderr)
	}
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestStdoutWriteErrorExits2: `hookcert steps > /dev/full` reports the
// write error and exits 2; before, it was ignored.
func TestStdoutWriteErrorExits2(t *testing.T) {
	for _, args := range [][]string{{"steps"}, {"version"}, {"call", "--webhook", exampleHook, "--lead", exampleLead, "--answer-status", "200"}} {
		var errOut strings.Builder
		code := runMain(context.Background(), args, failingWriter{}, &errOut)
		if code != exitBadInput || !strings.Contains(errOut.String(), "writing standard output failed: no space left on device") {
			t.Errorf("%v: exit %d, want %d with the write error; stderr:\n%s", args, code, exitBadInput, errOut.String())
		}
	}
}
