package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
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
	if !regexp.MustCompile(prop + ` +\d+ checks .* checks/s [1-9]\d* failures`).MatchString(stderr) {
		t.Errorf("no progress line counting the failures in:\n%s", stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "Test"+prop, "*.fail"))
	if len(files) != 1 || !strings.Contains(out, "--replay "+files[0]) {
		t.Fatalf("failfiles %v, want one, named in the report:\n%s", files, out)
	}
	if _, err := os.Stat(filepath.Join("testdata", "rapid")); err == nil { // testdata/fuzz holds the seed corpora
		t.Errorf("the run left ./testdata/rapid behind; failfiles belong in --failfiles")
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

// TestFuzzReplayLeavesTheFailfile: a failfile replayed from where go test
// keeps them (testdata/rapid/Test<Property>/) stays there, failing or not:
// only a failfile the run wrote moves to --failfiles.
func TestFuzzReplayLeavesTheFailfile(t *testing.T) {
	dir := t.TempDir()
	prop := "Invariant1NonSuccessNeverMutates"
	code, out, stderr := fuzz(t, "--checks", "2000", "--mutant", "follow-redirects", "--property", prop, "--failfiles", dir)
	files, _ := filepath.Glob(filepath.Join(dir, "Test"+prop, "*.fail"))
	if code != exitFailed || len(files) != 1 {
		t.Fatalf("exit %d, failfiles %v, want 1 and one failfile\n%s\n%s", code, files, out, stderr)
	}
	kept := filepath.Join("testdata", "rapid", "Test"+prop, filepath.Base(files[0]))
	if err := os.MkdirAll(filepath.Dir(kept), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(filepath.Join("testdata", "rapid")) }) // not testdata/fuzz: the seed corpora
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(kept, data, 0o644); err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	code, out, _ = fuzz(t, "--mutant", "follow-redirects", "--replay", kept, "--failfiles", other)
	if code != exitFailed {
		t.Errorf("replay: exit %d, want %d\n%s", code, exitFailed, out)
	}
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("the replayed failfile moved: %v", err)
	}
	if moved, _ := filepath.Glob(filepath.Join(other, "*", "*.fail")); len(moved) != 0 {
		t.Errorf("replaying wrote or moved failfiles into --failfiles: %v", moved)
	}
}

// TestConfigureRapidKeepsTheEnvironment: without --seed, --checks or
// --replay, the settings rapid took from RAPID_SEED, RAPID_CHECKS and
// RAPID_FAILFILE (its flags' values) stay; with them, they win, and are
// restored afterwards.
func TestConfigureRapidKeepsTheEnvironment(t *testing.T) {
	restoreFirst, err := configureRapid(0, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	restoreFirst()
	lookup := func(name string) string { return flag.CommandLine.Lookup(name).Value.String() }
	saved := map[string]string{}
	for name, v := range map[string]string{"rapid.seed": "12345", "rapid.checks": "7", "rapid.failfile": "x/y.fail"} {
		saved[name] = lookup(name)
		_ = flag.CommandLine.Set(name, v) // as RAPID_SEED, RAPID_CHECKS, RAPID_FAILFILE would
	}
	t.Cleanup(func() {
		for name, v := range saved {
			_ = flag.CommandLine.Set(name, v)
		}
	})
	restore, err := configureRapid(0, 0, "")
	if err != nil {
		t.Fatal(err)
	}
	if lookup("rapid.seed") != "12345" || lookup("rapid.checks") != "7" || lookup("rapid.failfile") != "x/y.fail" {
		t.Errorf("no flags given: seed %s, checks %s, failfile %s; want the environment's 12345, 7, x/y.fail",
			lookup("rapid.seed"), lookup("rapid.checks"), lookup("rapid.failfile"))
	}
	restore()
	restore, err = configureRapid(3, 99, "")
	if err != nil {
		t.Fatal(err)
	}
	if lookup("rapid.seed") != "99" || lookup("rapid.checks") != "3" {
		t.Errorf("--seed 99 --checks 3: seed %s, checks %s", lookup("rapid.seed"), lookup("rapid.checks"))
	}
	restore()
	if lookup("rapid.seed") != "12345" || lookup("rapid.checks") != "7" {
		t.Errorf("after the run: seed %s, checks %s, want 12345, 7 restored", lookup("rapid.seed"), lookup("rapid.checks"))
	}
}

// TestFuzzGCSetsAndRestores: hookcert fuzz runs with GOGC=400 unless the
// environment sets GOGC, and puts the previous setting back afterwards.
func TestFuzzGCSetsAndRestores(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  string // "" leaves GOGC unset
		want int
	}{
		{"GOGC unset: fuzz runs at 400", "", fuzzGCPercent},
		{"GOGC set: the environment's setting stays", "150", 150},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("GOGC", tc.env)
			} else if v, ok := os.LookupEnv("GOGC"); ok {
				t.Setenv("GOGC", v) // restored after the test
				os.Unsetenv("GOGC")
			}
			before := debug.SetGCPercent(150)
			defer debug.SetGCPercent(before)
			restore := fuzzGC()
			during := debug.SetGCPercent(-1) // reads the setting (and sets it off)
			debug.SetGCPercent(during)
			restore()
			after := debug.SetGCPercent(150)
			if during != tc.want || after != 150 {
				t.Errorf("GC percent while fuzzing %d, after %d; want %d, then 150 back", during, after, tc.want)
			}
		})
	}
}
