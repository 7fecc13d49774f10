package certify_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hookcert/hookcert/certify"
	"github.com/hookcert/hookcert/examples/vendorapi/endpoint"
	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
	"github.com/hookcert/hookcert/suite"
	"github.com/hookcert/hookcert/tlstrust"
	"github.com/hookcert/hookcert/tlstrust/testca"
)

const definition = "../examples/enrich/webhook.yaml"

// canary is a secret planted in the run: it must appear in no output.
const canary = "canary-9d2f71be"

// config certifies the bundled example definition at base (the vendor's
// address), fast: tests lift the rate limit the defaults keep.
func config(t *testing.T, base string) certify.Config {
	t.Helper()
	def, err := hookfile.LoadWebhook(definition)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(definition)
	return certify.Config{
		Webhook: def.Webhook, Catalog: def.Catalog, DefinitionFile: definition, Definition: data,
		URL:     base + endpoint.PersonPath + "?source=marketo&campaign={{campaign.name}}",
		Flow:    marketo.Flow{Tokens: map[string]string{"my.Enrich API Key": canary, "campaign.name": "Certify"}},
		Options: marketo.Options{Timeout: 5 * time.Second},
		Rate:    1000, Hostile: 12, Load: 60, Seed: 1, Version: "test",
		Masker: secrets.New(canary),
	}
}

func certifyAt(t *testing.T, cfg certify.Config) *certify.Verdict {
	t.Helper()
	p, err := certify.Prepare(cfg)
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.Run(context.Background(), &suite.Log{})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func verdicts(v *certify.Verdict) map[string]live.Verdict {
	m := map[string]live.Verdict{}
	for _, c := range v.Checks {
		m[c.ID] = c.Verdict
	}
	return m
}

// TestEveryModeFailsExactlyItsChecks certifies the example vendor in every
// mode over real loopback sockets, plain and over TLS with a test CA, and
// checks the verdict of every check of the profile. Plain HTTP warns the
// TLS check (A13); TLS with the trusted CA passes it. The load-latency check
// compares latencies and is left out of the table: on a loaded machine it
// may warn in any mode, which is what a warning is for.
func TestEveryModeFailsExactlyItsChecks(t *testing.T) {
	const P, F, W = live.Pass, live.Fail, live.Warn
	const budget, slowDelay = 2 * time.Second, 2100 * time.Millisecond
	all := func(over map[string]live.Verdict) map[string]live.Verdict {
		m := map[string]live.Verdict{"answers": P, "content-type": P, "mappings": P, "repeat": P, "latency": P,
			"load": P, "hostile": P, "redirect": P, "tls": W, "size": P}
		for k, v := range over {
			m[k] = v
		}
		return m
	}
	unusable := map[string]live.Verdict{"answers": F, "mappings": F, "load": F, "hostile": F}
	with := func(a, b map[string]live.Verdict) map[string]live.Verdict {
		m := map[string]live.Verdict{}
		for k, v := range a {
			m[k] = v
		}
		for k, v := range b {
			m[k] = v
		}
		return m
	}
	tests := []struct {
		mode      endpoint.Mode
		want      map[string]live.Verdict
		certified bool
	}{
		{endpoint.Conformant, all(nil), true},
		{"empty-body", all(unusable), false},
		{"text-ok", all(with(unusable, map[string]live.Verdict{"content-type": W})), false},
		{"redirect", all(with(unusable, map[string]live.Verdict{"redirect": F})), false},
		{"slow", all(map[string]live.Verdict{"latency": F}), false},
		{"plus-500", all(map[string]live.Verdict{"hostile": F}), false},
		{"wrong-content-type", all(map[string]live.Verdict{"content-type": W}), true},
		{"no-content", all(unusable), false},
		{"xml-for-json", all(unusable), false}, // it declares JSON: the body is what is wrong
		{"string-for-integer", all(map[string]live.Verdict{"mappings": F}), false},
		{"flaky-503", all(map[string]live.Verdict{"repeat": W, "load": F, "hostile": F}), false},
	}
	ca, err := testca.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	roots, err := tlstrust.Pool([]string{ca.CA})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		for _, overTLS := range []bool{false, true} {
			name := string(tc.mode) + map[bool]string{false: "/plain", true: "/tls"}[overTLS]
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				// slow answers after more than the p95 budget, so its latency
				// check fails whatever the machine's load; the other modes
				// answer in milliseconds, far inside the budget.
				srv := httptest.NewUnstartedServer(endpoint.New(tc.mode, endpoint.WithDelay(slowDelay)))
				want := tc.want
				if overTLS {
					srv.TLS = &tls.Config{Certificates: []tls.Certificate{ca.Leaf}}
					srv.StartTLS()
					want = with(tc.want, map[string]live.Verdict{"tls": P}) // A13: a valid certificate
				} else {
					srv.Start()
				}
				defer srv.Close()
				cfg := config(t, srv.URL)
				cfg.Roots, cfg.Budget = roots, budget
				checkVerdicts(t, certifyAt(t, cfg), want, tc.certified)
			})
		}
	}
}

// checkVerdicts compares every check's verdict with want (load-latency
// aside, see above) and the overall verdict with certified.
func checkVerdicts(t *testing.T, v *certify.Verdict, want map[string]live.Verdict, certified bool) {
	t.Helper()
	got := verdicts(v)
	for id, w := range want {
		if got[id] != w {
			t.Errorf("check %s: got %s, want %s", id, got[id], w)
		}
	}
	if _, ok := got["load-latency"]; !ok || len(got) != len(want)+1 {
		t.Errorf("checks run: got %v, want the profile's %d", got, len(want)+1)
	}
	if v.Certified != certified {
		t.Errorf("certified: got %v, want %v (%s)", v.Certified, certified, v.Summary())
	}
	if t.Failed() {
		for _, c := range v.Checks {
			t.Logf("%s %s: %s", c.ID, c.Verdict, c.Reason)
		}
	}
}

// TestCertifiesOverTLSWithATestCA: the conformant vendor behind TLS with a
// CA passed as --ca passes every check, TLS included (A13).
func TestCertifiesOverTLSWithATestCA(t *testing.T) {
	ca, err := testca.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(endpoint.New(endpoint.Conformant))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{ca.Leaf}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the untrusted run's handshake errors
	srv.EnableHTTP2 = true
	srv.StartTLS()
	defer srv.Close()
	roots, err := tlstrust.Pool([]string{ca.CA})
	if err != nil {
		t.Fatal(err)
	}
	cfg := config(t, srv.URL)
	cfg.Roots = roots
	v := certifyAt(t, cfg)
	if got := verdicts(v); got["tls"] != live.Pass || !v.Certified {
		t.Fatalf("got %v (%s), want certified with tls passed", got, v.Summary())
	}
	var tlsEvidence string
	for _, c := range v.Checks {
		if c.ID == "tls" {
			for _, e := range c.Evidence {
				tlsEvidence += e.Text + "\n"
			}
		}
	}
	if !strings.Contains(tlsEvidence, "HTTP/2.0") || !strings.Contains(tlsEvidence, "TLS 1.3") {
		t.Errorf("tls evidence %q should name HTTP/2 and TLS 1.3", tlsEvidence)
	}

	// Without the CA the certificate is not trusted: not certified, and
	// the reason says how to trust a test CA (A13).
	cfg.Roots = nil
	v = certifyAt(t, cfg)
	got := verdicts(v)
	if got["answers"] != live.Fail || got["tls"] != live.Fail || v.Certified {
		t.Fatalf("untrusted: got %v, want answers and tls failed", got)
	}
	// An endpoint nobody can reach gets no more requests after the samples.
	if got["load"] != live.Skipped || got["hostile"] != live.Skipped || v.Requests.Sent > 2*len(cfg.Leads)+certify.DefaultSamples*2 {
		t.Errorf("untrusted: got %v after %d requests, want the later phases skipped", got, v.Requests.Sent)
	}
	for _, c := range v.Checks {
		if c.ID == "answers" && !strings.Contains(c.Reason, "--ca") {
			t.Errorf("the answers check should say how to trust a test CA: %s", c.Reason)
		}
	}
}

// TestReportsAreWrittenAndHoldNoSecret plants a canary as the API key (a
// header that carries credentials, and a my.* token) and in the URL's user
// info, and searches every byte certify writes.
func TestReportsAreWrittenAndHoldNoSecret(t *testing.T) {
	var seen atomic.Value
	vendor := endpoint.New("plus-500") // a failure, so evidence holds a request
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen.CompareAndSwap(nil, r.Header.Get("X-Api-Key"))
		vendor.ServeHTTP(w, r)
	}))
	defer srv.Close()
	out := t.TempDir()
	cfg := config(t, strings.Replace(srv.URL, "http://", "http://user:"+canary+"@", 1))
	cfg.Out = out
	var progress bytes.Buffer
	cfg.Progress = &progress
	p, err := certify.Prepare(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var plan bytes.Buffer
	if err := p.Plan().Write(&plan); err != nil {
		t.Fatal(err)
	}
	runLog := &suite.Log{}
	v, err := p.Run(context.Background(), runLog)
	if err != nil {
		t.Fatal(err)
	}
	if seen.Load() != canary {
		t.Fatalf("the endpoint got X-Api-Key %q, want the canary: the test would prove nothing", seen)
	}
	if v.Certified {
		t.Fatal("plus-500 was certified")
	}
	files := []string{certify.VerdictFile, certify.JUnitFile, certify.CucumberFile, certify.HTMLFile, certify.BadgeFile}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatalf("report %s: %v", f, err)
		}
		if bytes.Contains(data, []byte(canary)) {
			t.Errorf("%s holds the canary", f)
		}
	}
	for name, text := range map[string]string{"progress": progress.String(), "plan": plan.String(), "log": runLog.String()} {
		if strings.Contains(text, canary) {
			t.Errorf("%s holds the canary:\n%s", name, text)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != len(files) {
		t.Errorf("out holds %d entries, want the %d reports (no temporary files)", len(entries), len(files))
	}
}
