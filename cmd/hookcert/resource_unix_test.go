//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// nofileEnv, when set in the environment of the test binary, makes
// TestRunOutOfFileDescriptors the child: it lowers its own limit of open
// files to that number and runs `hookcert run` under it.
const nofileEnv = "HOOKCERT_TEST_NOFILE"

// TestRunOutOfFileDescriptors: `hookcert run --transport wire
// --concurrency 64` with at most 64 open files (ulimit -n 64, set with
// Setrlimit in a child process) is a resource error, exit 2, naming the
// limit and what to do, not failed scenarios. Before, "too many open
// files" showed up as conformance failures (exit 1).
func TestRunOutOfFileDescriptors(t *testing.T) {
	if n := os.Getenv(nofileEnv); n != "" {
		runUnderFileLimit(n)
		return
	}
	if testing.Short() {
		t.Skip("runs the suite in a child process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestRunOutOfFileDescriptors$")
	cmd.Env = append(os.Environ(), nofileEnv+"=64")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != exitBadInput {
		t.Errorf("exit %d, want %d\nstderr:\n%.3000s", code, exitBadInput, stderr.String())
	}
	for _, want := range []string{"resource error", "ran out of file descriptors", "ulimit -n", "--concurrency"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%.3000s", want, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "the suite failed") {
		t.Errorf("the resource error was reported as failed scenarios:\n%.3000s", stderr.String())
	}
}

// runUnderFileLimit is the child of TestRunOutOfFileDescriptors: it exits
// with the code of `hookcert run` under a limit of n open files.
func runUnderFileLimit(n string) {
	limit, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		os.Exit(100)
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		os.Stderr.WriteString("setrlimit: " + err.Error() + "\n")
		os.Exit(101)
	}
	code := runMain(context.Background(), []string{"run", "--transport", "wire", "--concurrency", "64", "--format", "progress"}, os.Stdout, os.Stderr)
	os.Exit(code)
}
