package main

import (
	"bytes"
	"crypto/tls"
	"encoding/base64"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/tlstrust"
	"github.com/hookcert/hookcert/tlstrust/testca"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// outcomeSchema compiles docs/outcome.schema.json.
func outcomeSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	c.AssertContent()
	sch, err := c.Compile("../../docs/outcome.schema.json")
	if err != nil {
		t.Fatalf("docs/outcome.schema.json: %v", err)
	}
	return sch
}

func validateOutcome(t *testing.T, sch *jsonschema.Schema, stdout string) map[string]any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
	if err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, stdout)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("R21 --json output does not match docs/outcome.schema.json: %v\n%s", err, stdout)
	}
	m, _ := v.(map[string]any)
	return m
}

// TestCallJSONSchema validates real `call --json` outputs, one per shape of
// outcome, against the schema docs/outcome-json.md documents.
func TestCallJSONSchema(t *testing.T) {
	sch := outcomeSchema(t)
	dir := t.TempDir()
	latin := filepath.Join(dir, "latin.json")
	os.WriteFile(latin, []byte("{\"person\":{\"company\":{\"name\":\"M\xfcller\"}}}"), 0o600)
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	refused := "http://" + closed.Addr().String() + "/v2/person"
	closed.Close()
	// issue 11: every key is always there, "" or {} when empty, so a
	// consumer never tells absence from emptiness.
	allKeys := []string{"proto", "header", "failure", "detail"}
	tests := []struct {
		name string
		args []string
		keys []string // keys that must be there
		not  []string // keys that must not
	}{
		{"R18 200 mock", []string{"--answer-status", "200", "--answer-body", exampleBody}, allKeys, []string{"responseBase64"}},
		{"R18 200 wire", []string{"--answer-status", "200", "--answer-body", exampleBody, "--transport", "wire"}, allKeys, nil},
		{"R2 batch", []string{"--answer-status", "200", "--campaign", "batch"}, allKeys, nil},
		{"A36 refused", []string{"--url", refused}, allKeys, nil},
		{"R21 not UTF-8", []string{"--answer-status", "503", "--answer-reason", "\xdcberlastet", "--answer-body", "@" + latin, "--transport", "wire"},
			append([]string{"responseBase64", "errorTypeBase64"}, allKeys...), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"call", "--webhook", exampleHook, "--lead", exampleLead, "--json"}, tc.args...)
			code, stdout, stderr := runCLI(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
			}
			m := validateOutcome(t, sch, stdout)
			for _, k := range tc.keys {
				if _, ok := m[k]; !ok {
					t.Errorf("key %q missing", k)
				}
			}
			for _, k := range tc.not {
				if _, ok := m[k]; ok {
					t.Errorf("key %q present, want it absent here", k)
				}
			}
		})
	}
}

func TestCallJSONBase64(t *testing.T) {
	// R21: the literal payload and the reason phrase survive --json as bytes.
	body := []byte("{\"person\":{\"company\":{\"name\":\"M\xfcller\"}}}")
	file := filepath.Join(t.TempDir(), "latin.json")
	os.WriteFile(file, body, 0o600)
	for _, transport := range []string{"mock", "wire"} {
		t.Run("R21 "+transport, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead, "--json",
				"--answer-status", "503", "--answer-reason", "\xdcberlastet", "--answer-body", "@"+file, "--transport", transport)
			if code != exitOK {
				t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
			}
			var o struct {
				ResponseBase64, ErrorTypeBase64 string
			}
			if err := json.Unmarshal([]byte(stdout), &o); err != nil {
				t.Fatal(err)
			}
			resp, _ := base64.StdEncoding.DecodeString(o.ResponseBase64)
			et, _ := base64.StdEncoding.DecodeString(o.ErrorTypeBase64)
			if !bytes.Equal(resp, body) || string(et) != "\xdcberlastet" {
				t.Errorf("responseBase64 %q errorTypeBase64 %q, want the bytes %q and %q", resp, et, body, "\xdcberlastet")
			}
		})
	}
}

// tlsServer is an HTTP/1.1 TLS server on loopback with a leaf of a fresh
// test CA; it returns its URL and the CA file.
func tlsServer(t *testing.T) (string, string) {
	t.Helper()
	ca, err := testca.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"person":{"title":"CTO"}}`)
	}))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{ca.Leaf}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the untrusting client's handshake failure is the point
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv.URL, ca.CA
}

func TestCallCA(t *testing.T) {
	url, caFile := tlsServer(t)
	base := []string{"call", "--webhook", exampleHook, "--lead", exampleLead, "--json", "--url", url + "/v2/person"}

	code, stdout, stderr := runCLI(t, base...)
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	var o struct{ Failure, Detail string }
	json.Unmarshal([]byte(stdout), &o)
	if o.Failure != string(marketo.FailureTLS) || !strings.Contains(o.Detail, "certificate") || !strings.Contains(o.Detail, "--ca") {
		t.Errorf("A13 untrusted CA: failure %q detail %q, want tls naming the certificate problem and --ca", o.Failure, o.Detail)
	}

	code, stdout, stderr = runCLI(t, append(base, "--ca", caFile)...)
	if code != exitOK || !strings.Contains(stdout, `"code": 200`) {
		t.Errorf("A13 --ca: exit %d, want code 200; stderr %s\n%s", code, stderr, stdout)
	}

	t.Setenv(tlstrust.EnvVar, string(os.PathListSeparator)+caFile)
	code, stdout, stderr = runCLI(t, base...)
	if code != exitOK || !strings.Contains(stdout, `"code": 200`) {
		t.Errorf("A13 %s: exit %d, want code 200; stderr %s\n%s", tlstrust.EnvVar, code, stderr, stdout)
	}
}

func TestCallCABadFile(t *testing.T) {
	dir := t.TempDir()
	notPEM := filepath.Join(dir, "not.pem")
	os.WriteFile(notPEM, []byte("hello"), 0o600)
	for _, tc := range []struct{ name, file, want string }{
		{"A13 missing file", filepath.Join(dir, "absent.pem"), "absent.pem"},
		{"A13 no certificate", notPEM, "not.pem: no PEM CERTIFICATE block"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead, "--url", "https://127.0.0.1:1/", "--ca", tc.file)
			if code != exitBadInput || !strings.Contains(stderr, "--ca") || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d stderr %q, want 2 naming --ca and %q", code, stderr, tc.want)
			}
		})
	}
}
