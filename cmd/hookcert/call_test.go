package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

const (
	exampleHook = "../../examples/enrich/webhook.yaml"
	exampleLead = "../../examples/enrich/lead.yaml"
	exampleBody = "@../../examples/enrich/answer.json"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = dispatch(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// jsonOutcome is the part of `call --json` the tests read.
type jsonOutcome struct {
	Code      int    `json:"code"`
	Status    int    `json:"status"`
	ErrorType string `json:"errorType"`
	Response  string `json:"response"`
	Changes   []struct {
		Field string `json:"field"`
		New   any    `json:"new"`
	} `json:"changes"`
	Skipped []struct {
		Rule string `json:"rule"`
	} `json:"skipped"`
	Request *struct {
		Method string `json:"method"`
		URL    string `json:"url"`
		Body   string `json:"body"`
	} `json:"request"`
}

func decodeOutcome(t *testing.T, stdout string) jsonOutcome {
	t.Helper()
	var o jsonOutcome
	if err := json.Unmarshal([]byte(stdout), &o); err != nil {
		t.Fatalf("--json output is not one JSON object: %v\n%s", err, stdout)
	}
	return o
}

func TestCallScripted(t *testing.T) {
	for _, transport := range []string{"mock", "wire"} {
		t.Run(transport, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead,
				"--answer-status", "200", "--answer-body", exampleBody, "--transport", transport, "--json")
			if code != exitOK {
				t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
			}
			o := decodeOutcome(t, stdout)
			if o.Code != 200 || o.ErrorType != "OK" || len(o.Changes) != 6 || len(o.Skipped) != 0 {
				t.Errorf("R18 code %d Error Type %q, %d changes, %d skipped; want 200 OK, 6 changes, none skipped",
					o.Code, o.ErrorType, len(o.Changes), len(o.Skipped))
			}
			if o.Request == nil || o.Request.Method != "POST" || !strings.HasPrefix(o.Request.URL, "https://enrich.vendor.example/") {
				t.Errorf("request = %+v, want a POST to the definition's URL", o.Request)
			}
		})
	}
}

func TestCallScriptedErrors(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		code      int
		errorType string
	}{
		{"R18 503 with a custom phrase changes nothing", []string{"--answer-status", "503", "--answer-reason", "Backend Down", "--answer-body", exampleBody}, 503, "Backend Down"},
		{"R20 empty 200 is 1001", []string{"--answer-status", "200"}, 1001, "Empty response body"},
		{"R2 batch campaign is 1000", []string{"--answer-status", "200", "--answer-body", exampleBody, "--campaign", "batch"}, 1000, ""},
		{"R1 campaign kind in any letter case", []string{"--answer-status", "200", "--answer-body", exampleBody, "--campaign", "BATCH"}, 1000, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"call", "--webhook", exampleHook, "--lead", exampleLead, "--json"}, tc.args...)
			code, stdout, stderr := runCLI(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
			}
			o := decodeOutcome(t, stdout)
			if o.Code != tc.code || len(o.Changes) != 0 {
				t.Errorf("code %d with %d changes, want %d and none", o.Code, len(o.Changes), tc.code)
			}
			if tc.errorType != "" && o.ErrorType != tc.errorType {
				t.Errorf("Error Type %q, want %q", o.ErrorType, tc.errorType)
			}
		})
	}
}

func TestCallLiveLoopback(t *testing.T) {
	answer, err := os.ReadFile("../../examples/enrich/answer.json")
	if err != nil {
		t.Fatal(err)
	}
	var gotBody []byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotBody, _ = io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(answer)
	}))
	defer srv.Close()
	code, stdout, stderr := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead,
		"--url", srv.URL+"/v2/person", "--token", "my.Enrich API Key=k")
	if code != exitOK {
		t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"Code        200", "numberOfEmployees: 12 -> 1843", "X-Api-Key: ****"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if !json.Valid(gotBody) || !bytes.Contains(gotBody, []byte(`"ada.lovelace@analytical.example"`)) {
		t.Errorf("R14 the server got %q, want the rendered JSON template", gotBody)
	}
}

func TestCallBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	getWithTemplate := write("get.yaml", "name: X\nurl: https://a.example/\nmethod: GET\ntemplate: '{}'\n")
	badEscape := write("esc.yaml", "name: X\nurl: https://a.example/\nmethod: POST\ntemplate: '\\s'\n")
	unknownKey := write("key.yaml", "name: X\nurl: https://a.example/\nmethod: GET\nverb: 1\n")
	crlf := write("crlf.yaml", "name: X\nurl: https://a.example/\nmethod: GET\nheaders:\n  X-Who: \"{{lead.First Name}}\"\n")
	crlfLead := write("crlf-lead.yaml", "First Name: \"Ada\\r\\nX-Evil: 1\"\n")
	badYAML := write("bad.yaml", "name: [x\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"A2 template on GET", []string{"--webhook", getWithTemplate, "--lead", exampleLead}, "get.yaml:4:11: template: a GET request carries no payload template (A2)"},
		{"A3 illegal escape", []string{"--webhook", badEscape, "--lead", exampleLead}, "esc.yaml:4:11: template:"},
		{"unknown key", []string{"--webhook", unknownKey, "--lead", exampleLead}, "key.yaml:4:1: verb: unknown key"},
		{"A5 CR LF in a rendered header", []string{"--webhook", crlf, "--lead", crlfLead}, "(A5)"},
		{"malformed YAML", []string{"--webhook", badYAML, "--lead", exampleLead}, "bad.yaml:1: not valid YAML"},
		{"missing lead", []string{"--webhook", exampleHook}, "--webhook and --lead are required"},
		{"no answer and no URL", []string{"--webhook", exampleHook, "--lead", exampleLead, "--answer-status", "0"}, "exactly one of"},
		{"bad status", []string{"--webhook", exampleHook, "--lead", exampleLead, "--answer-status", "42"}, "three digits"},
		{"unknown option", []string{"--webhook", exampleHook, "--lead", exampleLead, "--answer-status", "200", "--option", "Nope"}, "unknown option"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"call"}, tc.args...)
			if !strings.Contains(strings.Join(tc.args, " "), "--answer-status") {
				args = append(args, "--answer-status", "200")
			}
			code, stdout, stderr := runCLI(t, args...)
			if code != exitBadInput {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing on bad input", stdout)
			}
		})
	}
}

func TestFlagsFromEnvironment(t *testing.T) {
	t.Setenv("HOOKCERT_ANSWER_STATUS", "503")
	code, stdout, stderr := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead, "--json")
	if code != exitOK {
		t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
	}
	if o := decodeOutcome(t, stdout); o.Code != 503 {
		t.Errorf("code %d, want 503 from HOOKCERT_ANSWER_STATUS", o.Code)
	}
}

// TestCallTransport: --transport takes mock, wire and both (the two faces,
// side by side, must agree: exit 1 and the fields that differ when they do
// not); any other name is bad input that names the accepted values.
func TestCallTransport(t *testing.T) {
	args := []string{"call", "--webhook", exampleHook, "--lead", exampleLead,
		"--answer-status", "503", "--answer-reason", "Backend Down", "--answer-body", `{"error":"down"}`}
	t.Run("both agree/R18", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, append(args, "--transport", "both")...)
		if code != exitOK {
			t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
		}
		for _, want := range []string{"== mock face ==", "== wire face ==", "the faces agree"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("stdout lacks %q:\n%s", want, stdout)
			}
		}
		if n := strings.Count(stdout, "Backend Down"); n < 2 {
			t.Errorf("stdout shows the Error Type %d times, want once per face:\n%s", n, stdout)
		}
	})
	t.Run("both agree json/R18", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, append(args, "--transport", "BOTH", "--json")...)
		if code != exitOK {
			t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
		}
		var got map[string]json.RawMessage
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("--json output is not one JSON object: %v\n%s", err, stdout)
		}
		for _, face := range []string{"mock", "wire"} {
			if o := decodeOutcome(t, string(got[face])); o.Code != 503 || o.ErrorType != "Backend Down" {
				t.Errorf("%s: code %d Error Type %q, want 503 Backend Down", face, o.Code, o.ErrorType)
			}
		}
		if string(got["disagreement"]) != "[]" {
			t.Errorf("disagreement %s, want []", got["disagreement"])
		}
	})
	t.Run("both disagree/R18", func(t *testing.T) {
		var calls atomic.Int64
		liar := func(c *http.Client, cat *marketo.Catalog, o marketo.Options) marketo.WebhookCaller {
			n := calls.Add(1)
			return outcomeEdit{marketo.NewCaller(c, cat, o), func(o *marketo.Outcome) { o.Code += int(n) }}
		}
		var out, errOut bytes.Buffer
		code := callWith(context.Background(), append(args[1:], "--transport", "both"), &out, &errOut, liar)
		if code != exitFailed {
			t.Fatalf("exit %d, want 1; stderr:\n%s", code, errOut.String())
		}
		for _, w := range []io.Writer{&out, &errOut} {
			text := w.(*bytes.Buffer).String()
			if !strings.Contains(text, "the faces disagree") || !strings.Contains(text, "code: mock 50") || !strings.Contains(text, ", wire 50") {
				t.Errorf("output lacks the disagreement on the code:\n%s", text)
			}
		}
	})
	for _, bad := range []string{"bogus", "carrier-pigeon", ""} {
		t.Run("bad "+bad, func(t *testing.T) {
			code, _, stderr := runCLI(t, append(args, "--transport", bad)...)
			if code != exitBadInput {
				t.Fatalf("exit %d, want 2; stderr:\n%s", code, stderr)
			}
			if !strings.Contains(stderr, "--transport") || !strings.Contains(stderr, "mock, wire or both") || strings.Contains(stderr, "harness") {
				t.Errorf("stderr %q, want the flag and the accepted values, no internal name", stderr)
			}
		})
	}
}

// outcomeEdit is a caller that edits the reference model's outcomes.
type outcomeEdit struct {
	next marketo.WebhookCaller
	edit func(*marketo.Outcome)
}

func (c outcomeEdit) Call(ctx context.Context, w *marketo.Webhook, lead marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
	out, err := c.next.Call(ctx, w, lead, flow)
	if out != nil {
		c.edit(out)
	}
	return out, err
}

// TestCallEveryMappingOnce: every mapping of the definition appears once,
// in changes or in skipped with why (issue 11: skipped was empty when the
// answer was not usable), and a write of the value the field had is marked
// "same".
func TestCallEveryMappingOnce(t *testing.T) {
	tests := []struct {
		name, rule, reason string
		args               []string
	}{
		{"R18 503 changes nothing", "R18", "not applied: status 503", []string{"--answer-status", "503", "--answer-body", exampleBody}},
		{"R20 empty 200 is 1001", "R20", "not applied: empty response body", []string{"--answer-status", "200"}},
		{"A16 unparseable body", "A16", "not applied: the body does not parse as JSON", []string{"--answer-status", "200", "--answer-body", "{not json"}},
		{"R2 batch sends nothing", "R2", "not applied: batch campaign, nothing sent", []string{"--answer-status", "200", "--campaign", "batch"}},
		{"R18 200 applies each", "", "", []string{"--answer-status", "200", "--answer-body", exampleBody}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"call", "--webhook", exampleHook, "--lead", exampleLead, "--json"}, tc.args...)
			code, stdout, stderr := runCLI(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d; stderr:\n%s", code, stderr)
			}
			var o struct {
				Changes []marketo.Change `json:"changes"`
				Skipped []marketo.Skip   `json:"skipped"`
			}
			if err := json.Unmarshal([]byte(stdout), &o); err != nil {
				t.Fatal(err)
			}
			if n := len(o.Changes) + len(o.Skipped); n != 6 {
				t.Fatalf("%d changes + %d skipped, want each of the 6 mappings once", len(o.Changes), len(o.Skipped))
			}
			for _, s := range o.Skipped {
				if s.Rule != tc.rule || s.Reason != tc.reason {
					t.Errorf("skipped %s: %q (%s), want %q (%s)", s.Field, s.Reason, s.Rule, tc.reason, tc.rule)
				}
			}
			for _, c := range o.Changes {
				if want := c.Field == "company"; c.Same != want { // the lead's company is the answer's
					t.Errorf("change %s: same %v, want %v", c.Field, c.Same, want)
				}
			}
		})
	}
	_, text, _ := runCLI(t, "call", "--webhook", exampleHook, "--lead", exampleLead, "--answer-status", "503")
	if !strings.Contains(text, "person.title -> title: not applied: status 503 (R18)") {
		t.Errorf("the text output does not list the skipped mapping with its rule:\n%s", text)
	}
}
