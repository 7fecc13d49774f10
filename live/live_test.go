package live_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
)

// enrich is a definition like the bundled example's: the e-mail goes out in
// JSON, the company comes back.
func enrich(url string) *marketo.Webhook {
	return &marketo.Webhook{
		Name: "Enrich", URL: url, Method: marketo.MethodPost,
		Template: `{"email": {{lead.Email Address}}}`, Encoding: marketo.EncodingJSON,
		ResponseType: marketo.ResponseJSON,
		Mappings:     []marketo.Mapping{{Attribute: "company", Field: "company"}},
	}
}

// vendor answers {"company": "Acme"}, or 500 when the e-mail holds want.
func vendor(t *testing.T, breakOn string, calls *atomic.Int64) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		var in struct{ Email string }
		b, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(b, &in)
		if breakOn != "" && strings.Contains(in.Email, breakOn) {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"company": "Acme"}`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func open(t *testing.T, cfg live.Config) *live.Target {
	t.Helper()
	tg, err := live.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestCallMapsThroughTheOracle(t *testing.T) {
	var calls atomic.Int64
	srv := vendor(t, "", &calls)
	tg := open(t, live.Config{Webhook: enrich(srv.URL + "/v1")})
	p := tg.Call(context.Background(), marketo.Lead{"email": "ada@example.com"})
	if !p.OK() || p.Outcome.Lead["company"] != "Acme" {
		t.Fatalf("R18: got %+v, want a 2xx that writes company Acme", p.Outcome)
	}
	if used, total := tg.Sent(); used != 1 || total != live.DefaultRequests {
		t.Errorf("budget: got %d of %d, want 1 of %d", used, total, live.DefaultRequests)
	}
}

func TestBudgetStopsSending(t *testing.T) {
	var calls atomic.Int64
	srv := vendor(t, "", &calls)
	tg := open(t, live.Config{Webhook: enrich(srv.URL), Requests: 5, Rate: 1000})
	leads := make([]marketo.Lead, 12)
	for i := range leads {
		leads[i] = marketo.Lead{"email": "a@example.com"}
	}
	probes := tg.CallAll(context.Background(), leads, 4)
	spent := 0
	for _, p := range probes {
		if errors.Is(p.Err, live.ErrBudgetSpent) {
			spent++
		}
	}
	if got := calls.Load(); got != 5 || spent != 7 {
		t.Fatalf("got %d requests and %d refused by the budget, want 5 and 7", got, spent)
	}
}

func TestRateSpacesRequests(t *testing.T) {
	var calls atomic.Int64
	srv := vendor(t, "", &calls)
	tg := open(t, live.Config{Webhook: enrich(srv.URL), Rate: 50, Concurrency: 1}) // one every 20 ms, no burst
	start := time.Now()
	tg.CallAll(context.Background(), make([]marketo.Lead, 6), 6)
	// Five gaps of 20 ms at least: a lower bound, which a busy machine
	// cannot break, unlike an upper one.
	if el := time.Since(start); el < 100*time.Millisecond {
		t.Fatalf("6 requests at 50/s took %v, want at least 100ms", el)
	}
}

func TestOnlyTheTargetIsContacted(t *testing.T) {
	var other atomic.Int64
	second := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { other.Add(1) }))
	defer second.Close()
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, second.URL+"/elsewhere", http.StatusTemporaryRedirect)
	}))
	defer redirect.Close()
	// Even under the follow knob (A11), the guard keeps the client home.
	tg := open(t, live.Config{Webhook: enrich(redirect.URL), Options: marketo.Options{FollowRedirects: true}})
	p := tg.Call(context.Background(), marketo.Lead{"email": "a@example.com"})
	if other.Load() != 0 {
		t.Fatalf("the second listener got %d requests, want none", other.Load())
	}
	if p.Outcome == nil || p.Outcome.Failure == marketo.FailureNone {
		t.Fatalf("got %+v, want a transport failure", p.Outcome)
	}
	if r := tg.Refused(); len(r) != 1 || r[0] != strings.TrimPrefix(second.URL, "http://") {
		t.Fatalf("refused %v, want the second listener", r)
	}
}

func TestOpenRejectsBadInput(t *testing.T) {
	hook := enrich("https://enrich.vendor.example/v1")
	tests := []struct {
		name string
		cfg  live.Config
		want string
	}{
		{"R2 batch campaign", live.Config{Webhook: hook, Flow: marketo.Flow{Campaign: marketo.Batch}}, "batch"},
		{"A1 concurrency over the bound", live.Config{Webhook: hook, Concurrency: 1000}, "concurrency"},
		{"negative budget", live.Config{Webhook: hook, Requests: -1}, "requests"},
		{"R6 bad method", live.Config{Webhook: &marketo.Webhook{Name: "x", URL: "https://a.example", Method: "BREW"}}, "R6"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := live.Open(tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error naming %q", err, tc.want)
			}
		})
	}
}

func TestShrinkFindsTheSmallestBreakingLead(t *testing.T) {
	var calls atomic.Int64
	srv := vendor(t, "+", &calls)
	tg := open(t, live.Config{Webhook: enrich(srv.URL), Rate: 1000})
	failing := marketo.Lead{"email": "o'brien+tag@example.com", "firstName": "Ünïcode 😀", "company": "Old"}
	plain := marketo.Lead{"email": "ada@example.com"}
	fails := func(p live.Probe) bool { return p.Outcome != nil && p.Outcome.Code == 500 }
	got, probe, tries := tg.Shrink(context.Background(), failing, plain, fails, 200)
	// R26: the shrunk lead is still one Marketo can hold: a valid address.
	email, _ := got["email"].(string)
	if _, err := tg.Catalog().ParseValue(mustField(t, tg.Catalog(), "email"), email); err != nil || len(got) != 1 {
		t.Fatalf("got %v (%v), want only a valid email", got, err)
	}
	if !strings.Contains(email, "+") || len(email) > len("+@e.c") {
		t.Fatalf("got email %q, want a short address that keeps the +", email)
	}
	if probe.Outcome == nil || probe.Outcome.Code != 500 || tries == 0 || int64(tries) != calls.Load() {
		t.Fatalf("probe %+v after %d tries (%d requests), want the 500 of the last failing try", probe.Outcome, tries, calls.Load())
	}
}

func TestShrinkStaysWithinItsTries(t *testing.T) {
	var calls atomic.Int64
	srv := vendor(t, "+", &calls)
	tg := open(t, live.Config{Webhook: enrich(srv.URL), Rate: 1000})
	fails := func(p live.Probe) bool { return p.Outcome != nil && p.Outcome.Code == 500 }
	tg.Shrink(context.Background(), marketo.Lead{"email": strings.Repeat("x", 200) + "+@example.com"}, marketo.Lead{}, fails, 7)
	if calls.Load() != 7 {
		t.Fatalf("sent %d, want the 7 tries allowed", calls.Load())
	}
}

func TestSummarize(t *testing.T) {
	var s []time.Duration
	for i := 1; i <= 100; i++ {
		s = append(s, time.Duration(i)*time.Millisecond)
	}
	got := live.Summarize(s)
	want := live.Stats{N: 100, P50: 50 * time.Millisecond, P95: 95 * time.Millisecond, P99: 99 * time.Millisecond, Max: 100 * time.Millisecond}
	if got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	if (live.Summarize(nil) != live.Stats{}) {
		t.Fatal("no samples: want the zero Stats")
	}
}

func TestFlowTimeIsAdobesArithmetic(t *testing.T) {
	// R4: 50 ms per call for 100,000 leads is about 1.4 hours.
	got := live.FlowTime(50*time.Millisecond, 100_000)
	if got != 5000*time.Second {
		t.Fatalf("R4: got %v, want 1h23m20s", got)
	}
}

func mustField(t *testing.T, cat *marketo.Catalog, soap string) marketo.Field {
	t.Helper()
	f, ok := cat.BySOAP(soap)
	if !ok {
		t.Fatalf("no field %s", soap)
	}
	return f
}
