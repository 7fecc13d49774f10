package endpoint_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookcert/hookcert/examples/vendorapi/endpoint"
	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

// example is the bundled definition and lead, pointed at a test server.
type example struct {
	def  *hookfile.Definition
	lead marketo.Lead
}

func loadExample(t *testing.T) example {
	t.Helper()
	def, err := hookfile.LoadWebhook("../../enrich/webhook.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lead, err := hookfile.LoadLead("../../enrich/lead.yaml", def.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	return example{def: def, lead: lead}
}

// call sends the example's request for lead to srv through the oracle.
func (ex example) call(t *testing.T, srv *httptest.Server, lead marketo.Lead, timeout time.Duration) *marketo.Outcome {
	t.Helper()
	w := *ex.def.Webhook
	w.URL = srv.URL + endpoint.PersonPath + "?source=marketo&campaign={{campaign.name}}"
	c := marketo.NewCaller(srv.Client(), ex.def.Catalog, marketo.Options{Timeout: timeout})
	flow := marketo.Flow{Tokens: map[string]string{"my.Enrich API Key": "demo-key", "campaign.name": "Signup"}}
	out, err := c.Call(context.Background(), &w, lead, flow)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// start serves h on loopback, plain or over TLS, until the test ends.
func start(t *testing.T, h http.Handler, tls bool) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	if tls {
		srv = httptest.NewTLSServer(h)
	} else {
		srv = httptest.NewServer(h)
	}
	t.Cleanup(srv.Close)
	return srv
}

func withEmail(lead marketo.Lead, email string) marketo.Lead {
	l := lead.Clone()
	l["email"] = email
	return l
}

var mappedFields = []string{"company", "industry", "numberOfEmployees", "title", "enrichmentScore", "linkedinProfile"}

// wantAllMapped fails unless out is a 200 that wrote every mapped field.
func wantAllMapped(t *testing.T, out *marketo.Outcome) {
	t.Helper()
	if out.Code != 200 || out.Failure != marketo.FailureNone {
		t.Fatalf("code %d failure %q (%s), want 200 and no failure", out.Code, out.Failure, out.Detail)
	}
	if len(out.Skipped) != 0 {
		t.Fatalf("skipped %+v, want none", out.Skipped)
	}
	got := map[string]bool{}
	for _, c := range out.Changes {
		got[c.Field] = true
	}
	for _, f := range mappedFields {
		if !got[f] {
			t.Errorf("field %s not written; changes %+v", f, out.Changes)
		}
	}
}

func TestModes(t *testing.T) {
	ex := loadExample(t)
	const budget = 2 * time.Second
	tests := []struct {
		name  string
		mode  endpoint.Mode
		email string // "" keeps the example lead's
		check func(t *testing.T, out *marketo.Outcome)
	}{
		{"R18 R22-R26 conformant maps every field", endpoint.Conformant, "", wantAllMapped},
		{"R18 conformant maps every field for a plus address", endpoint.Conformant, "ada+news@analytical.example", wantAllMapped},
		{"R20 empty-body records 1001", endpoint.EmptyBody, "", wantCode(marketo.CodeEmptyBody, marketo.FailureNone)},
		{"A16 text-ok is unparseable", endpoint.TextOK, "", wantCode(200, marketo.FailureUnparseable)},
		{"A11 redirect is a non-2xx answer", endpoint.Redirect, "", wantCode(302, marketo.FailureNone)},
		{"R17 slow times out", endpoint.Slow, "", wantCode(0, marketo.FailureTimeout)},
		{"R18 plus-500 answers 500 to a plus address", endpoint.PlusFails, "ada+news@analytical.example", wantCode(500, marketo.FailureNone)},
		{"R18 plus-500 maps a plain address", endpoint.PlusFails, "", wantAllMapped},
		{"A16 wrong-content-type maps but declares text/html", endpoint.WrongContentType, "", wantHTMLDeclared},
		{"R20 no-content records 1001", endpoint.NoContent, "", wantCode(marketo.CodeEmptyBody, marketo.FailureNone)},
		{"R9 A16 xml-for-json is unparseable", endpoint.XMLForJSON, "", wantCode(200, marketo.FailureUnparseable)},
		{"R25 string-for-integer skips the Integer field", endpoint.StringForInteger, "", wantEmployeesSkipped},
	}
	for _, tls := range []bool{false, true} {
		for _, tc := range tests {
			name := tc.name + map[bool]string{false: " plain", true: " tls"}[tls]
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				// The slow mode waits 10 budgets: the oracle gives up first.
				srv := start(t, endpoint.New(tc.mode, endpoint.WithDelay(10*budget)), tls)
				lead := ex.lead
				if tc.email != "" {
					lead = withEmail(lead, tc.email)
				}
				timeout := time.Duration(0) // R17: Marketo's 30 s
				if tc.mode == endpoint.Slow {
					timeout = budget
				}
				tc.check(t, ex.call(t, srv, lead, timeout))
			})
		}
	}
}

func wantCode(code int, f marketo.Failure) func(*testing.T, *marketo.Outcome) {
	return func(t *testing.T, out *marketo.Outcome) {
		t.Helper()
		if out.Code != code || out.Failure != f {
			t.Fatalf("code %d failure %q (%s), want %d %q", out.Code, out.Failure, out.Detail, code, f)
		}
		if len(out.Changes) > 0 {
			t.Fatalf("changes %+v, want none", out.Changes)
		}
	}
}

func wantHTMLDeclared(t *testing.T, out *marketo.Outcome) {
	wantAllMapped(t, out) // the oracle maps it: the certification's A16 check is what catches it
	if ct := out.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("Content-Type %q, want text/html", ct)
	}
}

func wantEmployeesSkipped(t *testing.T, out *marketo.Outcome) {
	if out.Code != 200 || len(out.Changes) != len(mappedFields)-1 {
		t.Fatalf("code %d, changes %+v: want 200 and %d changes", out.Code, out.Changes, len(mappedFields)-1)
	}
	if len(out.Skipped) != 1 || out.Skipped[0].Field != "numberOfEmployees" || out.Skipped[0].Rule != "R25" {
		t.Fatalf("skipped %+v, want numberOfEmployees by R25", out.Skipped)
	}
}

func TestFlakyEveryTenth(t *testing.T) {
	ex := loadExample(t)
	for _, tls := range []bool{false, true} {
		srv := start(t, endpoint.New(endpoint.Flaky), tls)
		var failed []int
		for i := 1; i <= 30; i++ {
			out := ex.call(t, srv, ex.lead, 10*time.Second)
			switch out.Code {
			case 503:
				failed = append(failed, i)
			case 200:
			default:
				t.Fatalf("call %d: code %d, want 200 or 503", i, out.Code)
			}
		}
		if len(failed) != 3 || failed[0] != 10 || failed[1] != 20 || failed[2] != 30 {
			t.Fatalf("R18 tls=%v: 503 on calls %v, want 10, 20, 30", tls, failed)
		}
	}
}

// TestConformantConcurrent is A1: Marketo keeps 20 calls in flight; every one
// of them is mapped, and the answers agree lead by lead.
func TestConformantConcurrent(t *testing.T) {
	ex := loadExample(t)
	srv := start(t, endpoint.New(endpoint.Conformant), true)
	const n = 20
	outs := make([]*marketo.Outcome, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			email := "ada@analytical.example"
			if i%2 == 1 {
				email = "grace@navy.example"
			}
			w := *ex.def.Webhook
			w.URL = srv.URL + endpoint.PersonPath
			c := marketo.NewCaller(srv.Client(), ex.def.Catalog, marketo.Options{})
			out, err := c.Call(context.Background(), &w, withEmail(ex.lead, email), marketo.Flow{})
			if err != nil {
				t.Error(err)
				return
			}
			outs[i] = out
		})
	}
	wg.Wait()
	for i, out := range outs {
		if out == nil {
			t.Fatalf("call %d: no outcome", i)
		}
		wantAllMapped(t, out)
		if out.Response != outs[i%2].Response {
			t.Errorf("A1 call %d answered %s, want %s as call %d", i, out.Response, outs[i%2].Response, i%2)
		}
	}
}

// TestEnrichHostileValues: whatever the lead holds, the conformant answer
// fits every field (R26, A22).
func TestEnrichHostileValues(t *testing.T) {
	ex := loadExample(t)
	srv := start(t, endpoint.New(endpoint.Conformant), false)
	long := strings.Repeat("ü", 240)
	for _, email := range []string{"", "no-at-sign", "o'brien&co+x@" + long + ".example", "\u202eevil@\u05d0\u05d1.example", "🙂@🙂.example", "a\r\nb@c.example"} {
		lead := withEmail(ex.lead, email)
		lead["firstName"] = "\"Ada\"\r\n"
		lead["lastName"] = long
		wantAllMapped(t, ex.call(t, srv, lead, 10*time.Second))
	}
}

func TestParseMode(t *testing.T) {
	for _, m := range endpoint.Modes() {
		got, err := endpoint.ParseMode(strings.ToUpper(string(m)))
		if err != nil || got != m {
			t.Errorf("ParseMode(%q) = %q, %v", m, got, err)
		}
	}
	if _, err := endpoint.ParseMode("fast"); err == nil || !strings.Contains(err.Error(), "flaky-503") {
		t.Errorf("ParseMode(fast) error %v, want one listing the modes", err)
	}
}

func TestRequestErrors(t *testing.T) {
	srv := start(t, endpoint.New(endpoint.Conformant, endpoint.WithAPIKey("k")), false)
	for _, tc := range []struct {
		method, path, key, body string
		want                    int
	}{
		{"POST", endpoint.PersonPath, "k", `{"email":"a@b.example"}`, 200},
		{"POST", endpoint.PersonPath, "wrong", `{}`, 401},
		{"GET", endpoint.PersonPath, "k", ``, 405},
		{"POST", "/elsewhere", "k", `{}`, 404},
		{"POST", endpoint.PersonPath, "k", `not json`, 400},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
		req.Header.Set("X-Api-Key", tc.key)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s %s key %q body %q: status %d, want %d", tc.method, tc.path, tc.key, tc.body, resp.StatusCode, tc.want)
		}
	}
}
