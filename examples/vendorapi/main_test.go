package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

func TestRunBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown mode", []string{"--mode", "fast"}, "--mode: unknown mode \"fast\""},
		{"certificate without key", []string{"--tls-cert", "c.pem"}, "give both --tls-cert and --tls-key"},
		{"address that is not one", []string{"--addr", "127.0.0.1:notaport"}, "--addr 127.0.0.1:notaport"},
		{"unknown flag", []string{"--colour"}, "flag provided but not defined: -colour"},
		{"bad duration", []string{"--delay", "soon"}, "invalid value \"soon\" for flag -delay"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if code := run(tc.args, &stderr); code != exitBadInput {
				t.Errorf("exit %d, want %d; stderr %s", code, exitBadInput, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr %q, want it to say %q", stderr.String(), tc.want)
			}
		})
	}
}

func TestRunEnvironment(t *testing.T) {
	t.Setenv("VENDOR_MODE", "sideways")
	var stderr bytes.Buffer
	if code := run(nil, &stderr); code != exitBadInput || !strings.Contains(stderr.String(), `"sideways"`) {
		t.Errorf("VENDOR_MODE=sideways: exit %d, stderr %q; want 2 naming the mode", code, stderr.String())
	}
}

// TestServeAndStop builds the command, serves the conformant mode on a free
// loopback port, asks it once, and stops it with SIGTERM: exit 143.
func TestServeAndStop(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	exe := filepath.Join(t.TempDir(), "vendor")
	if out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(exe, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill() // in case a check below fails first
	first, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	url := regexp.MustCompile(`http://\S+`).FindString(first)
	if url == "" {
		t.Fatalf("first line %q names no URL", first)
	}
	resp, err := http.Post(url, "application/json", strings.NewReader(`{"email": "ada@analytical.example"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"Analytical Ltd"`) {
		t.Fatalf("status %d body %s, want 200 and the company", resp.StatusCode, body)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 143 {
		t.Fatalf("after SIGTERM: %v, want exit 143", err)
	}
}
