package interop_test

import (
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/tlstrust"
	"github.com/hookcert/hookcert/tlstrust/testca"
)

func newCA(t *testing.T) *testca.Files {
	t.Helper()
	ca, err := testca.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return ca
}

// TestInteropHTTP2 calls Node.js's node:http2 over TLS with a test CA:
// through the model with tlstrust (the code behind --ca), and through the
// hookcert binary with --ca.
func TestInteropHTTP2(t *testing.T) {
	ca := newCA(t)
	base := "https://127.0.0.1:" + startServer(t, "node", "testdata/server.js", ca.Cert, ca.Key)["h2"]
	tr, err := tlstrust.Transport([]string{ca.CA})
	if err != nil {
		t.Fatal(err)
	}
	tr.ForceAttemptHTTP2 = true
	c := newCaller(&http.Client{Transport: tr})
	for _, tc := range []struct {
		name  string
		path  string
		check func(o *marketo.Outcome) bool
	}{
		{"A17 HTTP/2 has no reason phrase: the standard one", "/company", func(o *marketo.Outcome) bool {
			return o.Proto == "HTTP/2.0" && o.Code == 201 && o.ErrorType == "Created" && o.Lead["company"] == "New Co"
		}},
		{"A17 HTTP/2 drops a custom phrase", "/reason", func(o *marketo.Outcome) bool {
			return o.Proto == "HTTP/2.0" && o.Code == 429 && o.ErrorType == "Too Many Requests"
		}},
		{"A36 HTTP/2 socket reset mid-body", "/reset", func(o *marketo.Outcome) bool {
			return o.Failure == marketo.FailureReset && o.ErrorType == marketo.ErrorTypeReset && o.Status == 200
		}},
		{"A36 HTTP/2 socket destroyed mid-body", "/short", func(o *marketo.Outcome) bool {
			return o.Failure == marketo.FailureTruncated && o.ErrorType == marketo.ErrorTypeTruncated && o.Status == 200
		}},
		{"A36 HTTP/2 stream reset mid-body", "/stream-reset", func(o *marketo.Outcome) bool {
			return o.Failure == marketo.FailureReset && o.ErrorType == marketo.ErrorTypeReset && o.Status == 200
		}},
	} {
		t.Run("node "+tc.name, func(t *testing.T) {
			if o := callURL(t, c, base+tc.path); !tc.check(o) {
				t.Error(want(false, o))
			}
		})
	}

	t.Run("A13 hookcert call --ca", func(t *testing.T) {
		bin := buildHookcert(t)
		dir := t.TempDir()
		hookFile, leadFile := filepath.Join(dir, "hook.yaml"), filepath.Join(dir, "lead.yaml")
		os.WriteFile(hookFile, []byte("name: Interop\nurl: "+base+"/company\nmethod: POST\ntokenEncoding: json\nresponseType: json\n"+
			"template: '{\"email\": {{lead.Email Address}}}'\nmappings:\n  company.name: company\n"), 0o600)
		os.WriteFile(leadFile, []byte("Email Address: ada@example.com\n"), 0o600)
		args := []string{"call", "--webhook", hookFile, "--lead", leadFile, "--json", "--url", base + "/company"}

		out := runHookcert(t, bin, args...)
		if out.Failure != marketo.FailureTLS || !strings.Contains(out.Detail, "--ca") {
			t.Errorf("A13 without --ca: failure %q detail %q, want tls naming --ca", out.Failure, out.Detail)
		}
		out = runHookcert(t, bin, append(args, "--ca", ca.CA)...)
		if out.Proto != "HTTP/2.0" || out.Code != 201 || out.ErrorType != "Created" || out.Lead["company"] != "New Co" {
			t.Errorf("A13 --ca over HTTP/2: %s", want(false, out))
		}
	})
}

// buildHookcert builds the CLI into a temporary folder.
func buildHookcert(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "hookcert")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/hookcert/hookcert/cmd/hookcert")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func runHookcert(t *testing.T, bin string, args ...string) *marketo.Outcome {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), tlstrust.EnvVar+"=") // only the --ca given here
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("hookcert %v: %v\n%s", args, err, stderr.String())
	}
	var o marketo.Outcome
	if err := json.Unmarshal(stdout, &o); err != nil {
		t.Fatalf("hookcert --json: %v\n%s", err, stdout)
	}
	return &o
}
