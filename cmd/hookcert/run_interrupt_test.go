package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// slowFeature is a feature of n scenarios of about ms milliseconds each.
func slowFeature(n, ms int) string {
	var b strings.Builder
	b.WriteString("Feature: slow\n  Background:\n    Given a webhook \"W\" that sends GET to \"https://a.example/\"\n")
	fmt.Fprintf(&b, "\n  Scenario Outline: slow <n>\n    Given the service answers 503 \"Down\"\n    And the service answers after %d ms\n    When the webhook is called\n    Then the recorded code is 503\n\n    Examples:\n      | n |\n", ms)
	for i := range n {
		fmt.Fprintf(&b, "      | %d |\n", i)
	}
	return b.String()
}

// startRun starts the built binary on a slow feature in a fresh folder with
// a JUnit report and progress on stdout, and returns once a scenario has
// started (the first progress mark).
func startRun(t *testing.T, bin string, ms int) (cmd *exec.Cmd, work string, stdout, stderr *lockedBuffer, started chan struct{}) {
	t.Helper()
	work = t.TempDir()
	if err := os.WriteFile(filepath.Join(work, "slow.feature"), []byte(slowFeature(40, ms)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(bin, "run", "--transport", "wire", "--concurrency", "2", "--format", "progress", "--format", "junit:out.xml", "slow.feature")
	cmd.Dir = work
	stdout, stderr = &lockedBuffer{}, &lockedBuffer{}
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	started = make(chan struct{})
	go func() {
		buf := make([]byte, 4096)
		first := true
		for {
			n, err := out.Read(buf)
			stdout.Write(buf[:n])
			if n > 0 && first {
				first = false
				close(started)
			}
			if err != nil {
				return
			}
		}
	}()
	select {
	case <-started:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("no progress within 60 s; stderr:\n%s", stderr.String())
	}
	return cmd, work, stdout, stderr, started
}

// tempFiles lists the report temporary files left in dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	left, err := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	if err != nil {
		t.Fatal(err)
	}
	return left
}

// TestRunInterrupt: SIGINT or SIGTERM during `hookcert run` starts no new
// scenario, lets those in flight end, writes the JUnit report with the
// rest skipped (no failure), prints one line saying so and exits 130 or
// 143. Before, every remaining scenario ran and failed with "context
// canceled" (exit 1), and SIGTERM left an empty .out.xml.tmp-* behind.
func TestRunInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildHookcert(t)
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		code int
	}{
		{"SIGINT", syscall.SIGINT, exitInterrupted},
		{"SIGTERM", syscall.SIGTERM, exitTerminated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd, work, stdout, stderr, _ := startRun(t, bin, 150)
			cmd.Process.Signal(tc.sig)
			cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Errorf("exit %d, want %d\nstderr:\n%s", code, tc.code, stderr.String())
			}
			if n := strings.Count(stderr.String(), "interrupted by "+tc.name); n != 1 {
				t.Errorf("%d lines say it was interrupted by %s, want 1:\n%s", n, tc.name, stderr.String())
			}
			report, err := os.ReadFile(filepath.Join(work, "out.xml"))
			if err != nil {
				t.Fatalf("no report after the interrupt: %v\nstderr:\n%s", err, stderr.String())
			}
			if !strings.Contains(string(report), `failures="0"`) || strings.Contains(string(report), "context canceled") {
				t.Errorf("the interrupt shows as failures in the report:\n%s", report)
			}
			if !strings.Contains(string(report), `type="skipped"`) {
				t.Errorf("no skipped scenario in the report of an interrupted run:\n%s", report)
			}
			if left := tempFiles(t, work); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
			_ = stdout
		})
	}
}

// TestRunSecondSignalLeavesNoTemp: a second signal exits at once with the
// signal's code and removes the report's temporary file; no report is put
// into place.
func TestRunSecondSignalLeavesNoTemp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildHookcert(t)
	cmd, work, _, stderr, _ := startRun(t, bin, 3000)
	if left := tempFiles(t, work); len(left) != 1 {
		t.Fatalf("temporary files while the run is in progress: %v, want one", left)
	}
	cmd.Process.Signal(syscall.SIGINT)
	cmd.Process.Signal(syscall.SIGTERM)
	cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != exitTerminated {
		t.Errorf("exit %d, want %d\nstderr:\n%s", code, exitTerminated, stderr.String())
	}
	if !strings.Contains(stderr.String(), "second signal (SIGTERM): exiting now") {
		t.Errorf("stderr does not say it exits on the second signal:\n%s", stderr.String())
	}
	if left := tempFiles(t, work); len(left) > 0 {
		t.Errorf("temporary files left after the second signal: %v", left)
	}
	if _, err := os.Stat(filepath.Join(work, "out.xml")); err == nil {
		t.Errorf("a report was put into place after the second signal")
	}
}
