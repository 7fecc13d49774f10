package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// fuzz runs `hookcert fuzz args...` in process.
func fuzz(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runFuzz(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// scenario is the Gherkin part of a failure report.
func scenario(out string) string {
	if i := strings.Index(out, "Scenario:"); i >= 0 {
		return out[i:]
	}
	return ""
}

func TestFuzzBadInputExits2(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"unknown property", []string{"--property", "Nope"}},
		{"unknown transport", []string{"--transport", "pigeon"}},
		{"unknown mutant", []string{"--mutant", "nope"}},
		{"missing failfile", []string{"--replay", "no/such.fail"}},
		{"negative checks", []string{"--checks", "-1"}},
		{"unknown flag", []string{"--nope"}},
		{"stray argument", []string{"extra"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, stderr := fuzz(t, tc.args...); code != exitBadInput {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitBadInput, stderr)
			}
		})
	}
}

func TestFuzzPassingPropertyExits0(t *testing.T) {
	code, stdout, stderr := fuzz(t, "--checks", "25", "--property", "Invariant2BatchNeverCalls", "--failfiles", t.TempDir())
	if code != exitOK {
		t.Fatalf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !regexp.MustCompile(`Invariant2BatchNeverCalls +25 checks .* checks/s 0 failures`).MatchString(stderr) {
		t.Errorf("no progress line with 25 checks, checks/s and 0 failures in:\n%s", stderr)
	}
}

func TestFuzzEnvSetsFlags(t *testing.T) {
	t.Setenv("HOOKCERT_PROPERTY", "Nope")
	if code, _, _ := fuzz(t); code != exitBadInput {
		t.Errorf("HOOKCERT_PROPERTY=Nope: exit %d, want %d", code, exitBadInput)
	}
}

// TestFuzzMutantFailsAndReplays: against a mutant the run fails with a
// Gherkin counterexample, a seed and a failfile in --failfiles; the
// failfile and the seed replay the same counterexample; the failfile
// passes against the reference model.
func TestFuzzMutantFailsAndReplays(t *testing.T) {
	dir := t.TempDir()
	prop := "Invariant1NonSuccessNeverMutates"
	code, out, stderr := fuzz(t, "--checks", "2000", "--mutant", "follow-redirects", "--property", prop, "--failfiles", dir)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitFailed, out, stderr)
	}
	sc := scenario(out)
	if !strings.Contains(sc, "When the webhook is called") {
		t.Fatalf("no Gherkin counterexample in:\n%s", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, prop, "*.fail"))
	if len(files) != 1 || !strings.Contains(out, "--replay "+files[0]) {
		t.Fatalf("failfiles %v, want one, named in the report:\n%s", files, out)
	}
	if _, err := os.Stat("testdata"); err == nil {
		t.Errorf("the run left ./testdata behind; failfiles belong in --failfiles")
	}
	seed := regexp.MustCompile(`--seed (\d+)`).FindStringSubmatch(out)
	if seed == nil {
		t.Fatalf("no seed in the report:\n%s", out)
	}

	code, again, _ := fuzz(t, "--mutant", "follow-redirects", "--replay", files[0])
	if code != exitFailed || scenario(again) != sc {
		t.Errorf("replay from the failfile: exit %d, counterexample:\n%s\nwant exit 1 and:\n%s", code, scenario(again), sc)
	}
	code, again, _ = fuzz(t, "--checks", "2000", "--mutant", "follow-redirects", "--property", prop, "--seed", seed[1], "--failfiles", t.TempDir())
	if code != exitFailed || scenario(again) != sc {
		t.Errorf("replay from seed %s: exit %d, counterexample:\n%s\nwant exit 1 and:\n%s", seed[1], code, scenario(again), sc)
	}
	if code, out, _ := fuzz(t, "--replay", files[0]); code != exitOK {
		t.Errorf("the failfile against the reference model: exit %d, want 0\n%s", code, out)
	}
}
