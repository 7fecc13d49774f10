package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/hookcert/hookcert/examples/vendorapi/endpoint"
)

const certifyCanary = "canary-3be1c0de"

// vendor serves the example vendor in mode on loopback and counts requests.
func vendor(t *testing.T, mode endpoint.Mode, opts ...endpoint.Option) (url string, calls *atomic.Int64) {
	t.Helper()
	calls = &atomic.Int64{}
	h := endpoint.New(mode, opts...)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + endpoint.PersonPath + "?source=marketo&campaign={{campaign.name}}", calls
}

func certifyArgs(url, out string, extra ...string) []string {
	return append([]string{"certify", "--webhook", exampleHook, "--url", url, "--out", out, "--rate", "1000",
		"--hostile", "8", "--load", "40", "--token", "my.Enrich API Key=" + certifyCanary, "--token", "campaign.name=Test"}, extra...)
}

func TestCertifyExitCodes(t *testing.T) {
	good, _ := vendor(t, endpoint.Conformant)
	bad, _ := vendor(t, "empty-body")
	leads := filepath.Join(t.TempDir(), "leads.csv")
	os.WriteFile(leads, []byte("Email Address,Number of Employees\nada@example.com,many\n"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout+stderr
	}{
		{"certified is 0", certifyArgs(good, t.TempDir()), exitOK, "certified against profile 1.0"},
		{"R20 an empty body is not certified: 1", certifyArgs(bad, t.TempDir()), exitFailed, "not certified"},
		{"refused is not certified: 1, with why", certifyArgs("http://127.0.0.1:1/x", t.TempDir()), exitFailed, "refused"},
		{"bad --concurrency is 2", certifyArgs(good, t.TempDir(), "--concurrency", "0"), exitBadInput, "-concurrency"},
		{"bad --rate is 2", certifyArgs(good, t.TempDir(), "--rate", "fast"), exitBadInput, "-rate"},
		{"bad --budget is 2", certifyArgs(good, t.TempDir(), "--budget", "0s"), exitBadInput, "-budget"},
		{"R26 bad leads file names file:line:column", certifyArgs(good, t.TempDir(), "--leads", leads), exitBadInput, "leads.csv:2:17"},
		{"no --webhook is 2", []string{"certify"}, exitBadInput, "--webhook"},
		{"a missing --features folder is 2", certifyArgs(good, t.TempDir(), "--features", "no/such/dir"), exitBadInput, "--features"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.args...)
			if code != tc.code || !strings.Contains(stdout+stderr, tc.want) {
				t.Fatalf("exit %d, want %d with %q\nstdout:\n%s\nstderr:\n%s", code, tc.code, tc.want, stdout, stderr)
			}
			if strings.Contains(stdout+stderr, certifyCanary) {
				t.Errorf("the output holds the API key:\n%s%s", stdout, stderr)
			}
		})
	}
}

func TestCertifyDryRunSendsNothing(t *testing.T) {
	url, calls := vendor(t, endpoint.Conformant)
	out := filepath.Join(t.TempDir(), "reports")
	code, stdout, stderr := runCLI(t, certifyArgs(url, out, "--dry-run")...)
	if code != exitOK || !strings.Contains(stdout, "nothing sent") || !strings.Contains(stdout, "the only host contacted") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if calls.Load() != 0 {
		t.Errorf("--dry-run sent %d requests", calls.Load())
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("--dry-run made the report folder: %v", err)
	}
}

func TestCertifyOwnFeatures(t *testing.T) {
	url, _ := vendor(t, "plus-500")
	dir := t.TempDir()
	// A vendor's own check, in the form certify prints a counterexample.
	own := `Feature: our own
  @check:plus-address @R18
  Scenario: a + in the address
    Given the sample leads:
      """yaml
      - Email Address: "ada+x@example.com"
      """
    When each sample lead is sent to the endpoint
    Then every answer has a 2xx status
`
	os.WriteFile(filepath.Join(dir, "own.feature"), []byte(own), 0o644)
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, certifyArgs(url, out, "--features", dir)...)
	if code != exitFailed || !strings.Contains(stdout, "FAIL    plus-address") {
		t.Fatalf("exit %d, want 1 with the own check failed\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	var v struct {
		Checks []struct{ ID, Verdict string }
	}
	data, err := os.ReadFile(filepath.Join(out, "verdict.json"))
	if err != nil || json.Unmarshal(data, &v) != nil || len(v.Checks) != 12 {
		t.Fatalf("verdict.json: %v, %d checks, want the profile's 11 and the own one", err, len(v.Checks))
	}
}

// TestCertifyInterrupt sends SIGINT, then SIGTERM, to the built binary
// during a certification of a slow endpoint: the run stops, the reports
// say interrupted, no temporary file is left, and the exit is 130 / 143.
func TestCertifyInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildHookcert(t)
	url, _ := vendor(t, "slow", endpoint.WithDelay(300*time.Millisecond))
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, exitInterrupted}, {syscall.SIGTERM, exitTerminated}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			out := t.TempDir()
			cmd := exec.Command(bin, certifyArgs(url, out, "--load", "400", "--concurrency", "2")[0:]...)
			stdout := &lockedBuffer{}
			cmd.Stdout = stdout
			errPipe, _ := cmd.StderrPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			stderr := &lockedBuffer{}
			started := make(chan struct{})
			copied := make(chan struct{})
			go func() {
				defer close(copied)
				once := sync.Once{}
				sc := bufio.NewScanner(errPipe)
				for sc.Scan() {
					stderr.Write(append(sc.Bytes(), '\n'))
					if strings.Contains(sc.Text(), "latency") { // the load phase is next
						once.Do(func() { close(started) })
					}
				}
				io.Copy(io.Discard, errPipe)
			}()
			select {
			case <-started:
			case <-time.After(60 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("no progress within 60 s:\n%s", stderr.String())
			}
			cmd.Process.Signal(tc.sig)
			<-copied
			cmd.Wait()
			if code := cmd.ProcessState.ExitCode(); code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout.String(), stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted by") {
				t.Errorf("no line says it was interrupted:\n%s", stderr.String())
			}
			var v struct{ Interrupted, Certified bool }
			data, err := os.ReadFile(filepath.Join(out, "verdict.json"))
			if err != nil || json.Unmarshal(data, &v) != nil || !v.Interrupted || v.Certified {
				t.Errorf("verdict.json: %v %+v, want interrupted and not certified", err, v)
			}
			entries, _ := os.ReadDir(out)
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp") {
					t.Errorf("temporary file left: %s", e.Name())
				}
			}
		})
	}
}
