package live_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// session certifies enrich (with an Integer mapping too) against handler.
func session(t *testing.T, handler http.HandlerFunc) *live.Session {
	t.Helper()
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	hook := enrich(srv.URL + "/v1?api_key=canary-secret-1")
	hook.Mappings = append(hook.Mappings, marketo.Mapping{Attribute: "size", Field: "numberOfEmployees"})
	tg := open(t, live.Config{Webhook: hook, Rate: 1000})
	return &live.Session{Target: tg, Leads: live.SampleLeads(hook, tg.Catalog(), 3), Hostile: 8, Seed: 7,
		Masker: secrets.New()}
}

func answer(status int, ct, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.WriteHeader(status)
		io.WriteString(w, body)
	}
}

const goodBody = `{"company": "Acme", "size": 42}`

func TestExpectations(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		expect  func(c *live.Check) error
		want    string // "" passes; else in the error
	}{
		{"R18 a 2xx passes", answer(200, "application/json", goodBody), (*live.Check).Expect2xx, ""},
		{"R18 a 503 fails", answer(503, "application/json", goodBody), (*live.Check).Expect2xx, "3 of 3 answers are not 2xx"},
		{"R20 an empty 200 fails", answer(200, "application/json", ""), (*live.Check).ExpectNonEmpty, "1001"},
		{"A16 text ok fails to parse", answer(200, "text/plain", "ok"), (*live.Check).ExpectParses, "do not parse as JSON"},
		{"A16 wrong Content-Type", answer(200, "text/html", goodBody), (*live.Check).ExpectContentType, "Content-Type other than JSON"},
		{"A11 a redirect fails", answer(302, "", ""), (*live.Check).ExpectNoRedirect, "redirects"},
		{"R25 a string into an Integer field", answer(200, "application/json", `{"company": "Acme", "size": "42"}`), (*live.Check).ExpectMappingsFill, "size -> numberOfEmployees"},
		{"A20 a mapping that never resolves", answer(200, "application/json", `{"company": "Acme"}`), (*live.Check).ExpectMappingsFill, "never resolves"},
		{"R22-R26 every mapping fills", answer(200, "application/json", goodBody), (*live.Check).ExpectMappingsFill, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := session(t, tc.handler)
			c := s.Check("x", tc.name, nil)
			if err := c.SendSamples(context.Background(), nil); err != nil {
				t.Fatal(err)
			}
			err := tc.expect(c)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("got %v, want a pass", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
		})
	}
}

func TestLatencyBudgetAndFlowTime(t *testing.T) {
	s := session(t, func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(30 * time.Millisecond)
		answer(200, "application/json", goodBody)(w, r)
	})
	s.LatencyBudget = 10 * time.Millisecond
	c := s.Check("latency", "latency", []string{"@R4", "@R17"})
	if err := c.SendSamples(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	err := c.ExpectLatencyWithin()
	if err == nil || !strings.Contains(err.Error(), "over the budget of 10ms") {
		t.Fatalf("R4: got %v, want the budget exceeded", err)
	}
	c.Finish(err, false, false)
	r := c.Result()
	if r.Verdict != live.Fail || len(r.Rules) != 2 {
		t.Fatalf("got %+v, want a fail naming R4 and R17", r)
	}
	found := false
	for _, e := range r.Evidence {
		found = found || (e.Label == "flow time (R4)" && strings.Contains(e.Text, "100,000 leads take about"))
	}
	if !found {
		t.Fatalf("no R4 arithmetic in %+v", r.Evidence)
	}
}

func TestHostileFailureIsShrunkToAPastableScenario(t *testing.T) {
	s := session(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if strings.Contains(string(b), "+") {
			answer(500, "text/plain", "boom")(w, r)
			return
		}
		answer(200, "application/json", goodBody)(w, r)
	})
	c := s.Check("hostile", "hostile", nil)
	if err := c.SendHostile(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := c.ExpectHostileOK(context.Background())
	if err == nil {
		t.Skip("seed 7 drew no lead with a + (the generator changed): pick another seed")
	}
	c.Finish(err, false, false)
	var scenario string
	for _, e := range c.Result().Evidence {
		if e.Label == "smallest breaking lead" {
			scenario = e.Text
		}
		if strings.Contains(e.Text, "canary-secret-1") {
			t.Errorf("evidence %q leaks the api_key", e.Label)
		}
	}
	// The scenario's leads parse back as the one lead that still fails.
	doc := scenario[strings.Index(scenario, "\"\"\"yaml\n")+8 : strings.LastIndex(scenario, "    \"\"\"")]
	doc = strings.ReplaceAll(doc, "\n    ", "\n")[4:]
	leads, perr := hookfile.ParseLeadsYAML("scenario", []byte(doc), s.Target.Catalog())
	if perr != nil || len(leads) != 1 {
		t.Fatalf("the scenario's leads do not parse (%v):\n%s", perr, scenario)
	}
	p := s.Target.Call(context.Background(), leads[0])
	if p.Outcome == nil || p.Outcome.Code != 500 {
		t.Fatalf("the shrunk lead %v does not break the endpoint: %+v", leads[0], p.Outcome)
	}
	if e, _ := leads[0]["email"].(string); len(e) > len("ada+marketo@example.com") {
		t.Errorf("shrunk e-mail %q is longer than the generator's shortest + address", e)
	}
}

func TestSkipError(t *testing.T) {
	s := session(t, answer(200, "application/json", goodBody))
	s.Hostile = 0
	var skip *live.SkipError
	if err := s.Check("h", "h", nil).SendHostile(context.Background()); !errors.As(err, &skip) {
		t.Fatalf("got %v, want a SkipError", err)
	}
}
