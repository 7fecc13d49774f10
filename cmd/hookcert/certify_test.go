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
		t.Run(signalName(tc.sig), func(t *testing.T) {
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
			var v struct {
				Interrupted, Certified bool
				Counts                 map[string]int
			}
			data, err := os.ReadFile(filepath.Join(out, "verdict.json"))
			if err != nil || json.Unmarshal(data, &v) != nil || !v.Interrupted || v.Certified || v.Counts["skipped"] == 0 {
				t.Errorf("verdict.json: %v %+v, want interrupted, not certified, the checks not run skipped", err, v)
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

// TestCallMasksEverySecret plants a canary as the API key token (sent in
// X-Api-Key), as the URL's password and in an echoing answer (body, a
// header, an error), and searches every byte `hookcert call` prints, text
// and JSON, for it.
func TestCallMasksEverySecret(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Api-Key")
		w.Header().Set("X-Echo", key)
		w.Header().Set("Set-Cookie", "session="+key)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"person": {"company": {"name": "`+key+`"}}}`)
	}))
	defer srv.Close()
	url := strings.Replace(srv.URL, "http://", "http://user:"+certifyCanary+"-pw@", 1) + "/v2/person"
	for _, extra := range [][]string{nil, {"--json"}} {
		args := append([]string{"call", "--webhook", exampleHook, "--lead", exampleLead, "--url", url,
			"--token", "my.Enrich API Key=" + certifyCanary}, extra...)
		code, stdout, stderr := runCLI(t, args...)
		if code != exitOK {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		if strings.Contains(stdout+stderr, certifyCanary) {
			t.Errorf("call %v leaks the canary:\n%s%s", extra, stdout, stderr)
		}
		if !strings.Contains(stdout, "****") {
			t.Errorf("call %v masks nothing visibly:\n%s", extra, stdout)
		}
	}
	// --show-secrets shows them, for local debugging.
	_, stdout, _ := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead, "--url", url,
		"--token", "my.Enrich API Key="+certifyCanary, "--show-secrets")
	if !strings.Contains(stdout, certifyCanary) {
		t.Errorf("--show-secrets masked the key:\n%s", stdout)
	}
}

// TestRunMasksSecretTokens: a scenario that sets a secret token, sends it
// in a header and fails on that header prints the value nowhere: not on
// stdout, not in the JUnit or cucumber report.
func TestRunMasksSecretTokens(t *testing.T) {
	dir := t.TempDir()
	feature := `Feature: secrets
  Scenario: a failing check on a secret header
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1"
    And the custom header "X-Api-Key" is "{{my.Enrich API Key}}"
    And the token "my.Enrich API Key" is "` + certifyCanary + `"
    And the service answers 200 "OK" with body:
      """
      {"ok": true}
      """
    When the webhook is called
    Then the request header "X-Api-Key" is "wrong"
`
	path := filepath.Join(dir, "s.feature")
	os.WriteFile(path, []byte(feature), 0o644)
	junit, cucumber := filepath.Join(dir, "j.xml"), filepath.Join(dir, "c.json")
	code, stdout, stderr := runCLI(t, "run", "--transport", "mock", "--format", "pretty",
		"--format", "junit:"+junit, "--format", "cucumber:"+cucumber, path)
	if code != exitFailed {
		t.Fatalf("exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	for name, text := range map[string]string{"stdout": stdout, "stderr": stderr} {
		if strings.Contains(text, certifyCanary) {
			t.Errorf("%s holds the canary:\n%s", name, text)
		}
	}
	for _, f := range []string{junit, cucumber} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), certifyCanary) {
			t.Errorf("%s holds the canary", filepath.Base(f))
		}
	}
}

// TestDefinitionMarksTokensSecret: a token with an ordinary name that the
// definition lists under secretTokens is masked too, in call and certify.
func TestDefinitionMarksTokensSecret(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"region": "`+r.Header.Get("X-Region")+`"}`)
	}))
	defer srv.Close()
	hook := filepath.Join(t.TempDir(), "w.yaml")
	os.WriteFile(hook, []byte("name: Regional\nurl: "+srv.URL+"/r\nmethod: POST\ntokenEncoding: json\nresponseType: json\n"+
		"headers:\n  X-Region: \"{{my.Region}}\"\ntemplate: '{\"email\": {{lead.Email Address}}}'\nmappings:\n  region: city\nsecretTokens: [my.Region]\n"), 0o644)
	code, stdout, stderr := runCLI(t, "call", "--webhook", hook, "--lead", exampleLead, "--url", srv.URL+"/r", "--token", "my.Region="+certifyCanary)
	if code != exitOK || strings.Contains(stdout+stderr, certifyCanary) {
		t.Errorf("call: exit %d, output holds the marked token:\n%s%s", code, stdout, stderr)
	}
	out := t.TempDir()
	code, stdout, stderr = runCLI(t, "certify", "--webhook", hook, "--out", out, "--rate", "1000", "--hostile", "4", "--load", "20",
		"--token", "my.Region="+certifyCanary)
	if code != exitOK && code != exitFailed {
		t.Fatalf("certify: exit %d\n%s%s", code, stdout, stderr)
	}
	if strings.Contains(stdout+stderr, certifyCanary) {
		t.Errorf("certify output holds the marked token:\n%s%s", stdout, stderr)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(out, e.Name()))
		if strings.Contains(string(data), certifyCanary) {
			t.Errorf("%s holds the marked token", e.Name())
		}
	}
}

// TestRunMasksTokensTheWebhookFileMarks: in `hookcert run`, a token with an
// ordinary name is masked when the webhook file the scenario loads lists it
// under secretTokens, set before or after the file.
func TestRunMasksTokensTheWebhookFileMarks(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "w.yaml"), []byte("name: Regional\nurl: https://enrich.vendor.example/r\nmethod: POST\n"+
		"headers:\n  X-Region: \"{{my.Region}}\"\nsecretTokens: [my.Region]\n"), 0o644)
	for _, order := range []string{"before", "after"} {
		token := `    And the token "my.Region" is "` + certifyCanary + `"` + "\n"
		file := `    Given the webhook from "w.yaml"` + "\n"
		steps := file + token
		if order == "before" {
			steps = strings.Replace(token, "    And", "    Given", 1) + strings.Replace(file, "    Given", "    And", 1)
		}
		feature := "Feature: marked\n  Scenario: a failing check on a marked token\n" + steps +
			"    And the service answers 200 \"OK\"\n    When the webhook is called\n    Then the request header \"X-Region\" is \"wrong\"\n"
		path := filepath.Join(dir, order+".feature")
		os.WriteFile(path, []byte(feature), 0o644)
		code, stdout, stderr := runCLI(t, "run", "--transport", "mock", "--format", "pretty", path)
		if code != exitFailed {
			t.Fatalf("%s: exit %d, want 1\n%s%s", order, code, stdout, stderr)
		}
		if strings.Contains(stdout+stderr, certifyCanary) {
			t.Errorf("token set %s the file: the output holds it:\n%s%s", order, stdout, stderr)
		}
	}
}
