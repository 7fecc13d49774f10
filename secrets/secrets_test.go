package secrets_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/secrets"
)

const canary = "canary-7f3a9c1e"

func TestHeaderMasksCredentials(t *testing.T) {
	m := secrets.New()
	h := http.Header{
		"Authorization": {"Bearer " + canary},
		"X-Api-Key":     {canary + "-2"},
		"Cookie":        {"sid=" + canary},
		"Content-Type":  {"application/json"},
		"X-Echo":        {"got " + canary},
	}
	got := m.Header(h)
	if got.Get("Authorization") != "Bearer ****" || got.Get("X-Api-Key") != "****" || got.Get("Cookie") != "****" {
		t.Fatalf("got %v, want credentials masked", got)
	}
	if got.Get("Content-Type") != "application/json" {
		t.Errorf("Content-Type changed: %q", got.Get("Content-Type"))
	}
	// A value learnt from a secret header is masked wherever it reappears.
	if strings.Contains(got.Get("X-Echo"), canary) || strings.Contains(m.Text("body: "+canary+"-2"), canary) {
		t.Errorf("the canary leaked: %v / %q", got, m.Text("body: "+canary))
	}
	if h.Get("Authorization") != "Bearer "+canary {
		t.Error("the header given was changed")
	}
}

func TestURLMasksUserInfoAndKeys(t *testing.T) {
	m := secrets.New()
	tests := []struct{ in, want string }{
		{"https://user:" + canary + "@api.example/v1?a=1", "https://****@api.example/v1?a=1"},
		{"https://api.example/v1?api_key=" + canary + "&q=a%26b", "https://api.example/v1?api_key=****&q=a%26b"},
		{"https://api.example/v1?accessToken=" + canary, "https://api.example/v1?accessToken=****"},
		{"https://api.example/v1?email=a+b@example.com", "https://api.example/v1?email=a+b@example.com"},
	}
	for _, tc := range tests {
		if got := m.URL(tc.in); got != tc.want {
			t.Errorf("URL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Learnt values go from error texts too.
	if got := m.Text(`Post "https://x.example/?k=1": dial ` + canary); strings.Contains(got, canary) {
		t.Errorf("Text kept the canary: %q", got)
	}
}

func TestTextMasksUserInfoInFreeText(t *testing.T) {
	got := secrets.New().Text(`Post "http://bob:hunter22@api.example:8080/x": connection refused`)
	if want := `Post "http://****@api.example:8080/x": connection refused`; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestSecretName(t *testing.T) {
	for _, n := range []string{"Authorization", "X-API-KEY", "apiKey", "my.Enrich API Key", "Set-Cookie", "client_secret", "X-Auth-Token", "password"} {
		if !secrets.SecretName(n) {
			t.Errorf("%q should be secret", n)
		}
	}
	for _, n := range []string{"Content-Type", "Accept", "email", "X-Request-Id", "campaign.name"} {
		if secrets.SecretName(n) {
			t.Errorf("%q should not be secret", n)
		}
	}
}

func TestNilMaskerShowsSecrets(t *testing.T) {
	var m *secrets.Masker // --show-secrets
	if got := m.URL("https://u:" + canary + "@a.example"); !strings.Contains(got, canary) {
		t.Fatalf("a nil Masker masked %q", got)
	}
}

func TestWriterMasksASecretSplitBetweenWrites(t *testing.T) {
	var out strings.Builder
	w := secrets.NewWriter(&out, secrets.New(canary))
	w.Write([]byte("line one " + canary[:5]))
	w.Write([]byte(canary[5:] + " end\nlast " + canary))
	if strings.Contains(out.String(), "last") {
		t.Fatalf("the unfinished line was written before Close: %q", out.String())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "line one **** end\nlast ****"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
