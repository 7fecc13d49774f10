package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// TestCallRecordReplays: a call of a loopback service recorded with
// --record runs green as a scenario on both faces, and the credentials of
// the run (the API key token, rendered into X-Api-Key, and a session cookie
// of the answer) appear nowhere in the file.
func TestCallRecordReplays(t *testing.T) {
	const apiKey, session = "s3cr3t-key-123", "sess-98765-abc"
	answer, err := os.ReadFile("../../examples/enrich/answer.json")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Set-Cookie", "session="+session)
			w.Write(answer)
		case "/down":
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`{"error":"busy, key ` + r.Header.Get("X-Api-Key") + `"}`))
		case "/hang":
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
	}))
	defer srv.Close()
	defer close(release)
	tests := []struct {
		name, path, want string
		args             []string
	}{
		{"R18 200 writes the mappings", "/ok", "the changes are:", nil},
		{"R18 503 changes nothing", "/down", "was skipped under R18", nil},
		{"R17 time-out", "/hang", `the failure is "timeout"`, []string{"--timeout", "300ms"}},
	}
	dir := t.TempDir()
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, "recorded", string(rune('a'+i))+".feature")
			args := append([]string{"call", "--webhook", exampleHook, "--lead", exampleLead, "--url", srv.URL + tc.path,
				"--token", "my.Enrich API Key=" + apiKey, "--record", file}, tc.args...)
			code, _, errOut := runCLI(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, errOut)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			if strings.Contains(text, apiKey) || strings.Contains(text, session) {
				t.Errorf("the recorded feature shows a credential:\n%s", text)
			}
			if !strings.Contains(text, tc.want) {
				t.Errorf("the recorded feature lacks %q:\n%s", tc.want, text)
			}
			res := suite.Run(t, suite.Config{Steps: steps.New(), Paths: []string{file}, Transport: harness.TransportBoth})
			if res.Status != suite.StatusPassed || res.Scenarios != 1 {
				t.Errorf("the recorded scenario: status %d, %d scenarios; want it to pass on both faces\n%s", res.Status, res.Scenarios, text)
			}
			if code, _, errOut := runCLI(t, args...); code != exitBadInput || !strings.Contains(errOut, "exists") {
				t.Errorf("recording over an existing file: exit %d, want %d naming it\n%s", code, exitBadInput, errOut)
			}
		})
	}
}
