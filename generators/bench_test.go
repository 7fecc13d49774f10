package generators_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/internal/cputime"
	"github.com/hookcert/hookcert/marketo"
	"github.com/jarcoal/httpmock"
	"pgregory.net/rapid"
)

// benchmarkThroughput compares, in one run, the full-model property (draw a
// case, compute the expectation, call the reference Caller over the face,
// check) with a bare rapid loop that draws the same case and makes the
// round trip the model makes (fairRoundTrip). It reports both rates, their
// ratio in wall time (ratio) and in the process's CPU time (cpu-ratio, a
// checks-per-CPU-second ratio). Each b.N iteration is one rapid.Check of
// each side (RAPID_CHECKS checks, 100 by default); run with -benchtime to
// get several.
func benchmarkThroughput(b *testing.B, tr harness.Transport, bare func(b *testing.B) (func(*rapid.T), func())) {
	p, _ := generators.PropertyByName("Invariant3SuccessWritesExactlyTheMappings")
	s, err := p.Open(generators.Target{Transport: tr})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	check, done := bare(b)
	defer done()
	bareChecks := 0
	counted := func(t *rapid.T) { bareChecks++; check(t) }
	var full, plain, fullCPU, plainCPU time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0, c0 := time.Now(), cputime.Process()
		rapid.Check(b, s.Check)
		t1, c1 := time.Now(), cputime.Process()
		rapid.Check(b, counted)
		full, plain = full+t1.Sub(t0), plain+time.Since(t1)
		fullCPU, plainCPU = fullCPU+c1-c0, plainCPU+cputime.Process()-c1
	}
	fullRate := float64(s.Checks()) / full.Seconds()
	bareRate := float64(bareChecks) / plain.Seconds()
	b.ReportMetric(fullRate, "checks/s")
	b.ReportMetric(bareRate, "bare-checks/s")
	b.ReportMetric(fullRate/bareRate, "ratio")
	b.ReportMetric((float64(s.Checks())/fullCPU.Seconds())/(float64(bareChecks)/plainCPU.Seconds()), "cpu-ratio")
}

// bareCase draws what the property draws for one check, from the catalog
// built once, as the property's session builds it.
func bareCase(t *rapid.T, cat *marketo.Catalog) generators.Case {
	return generators.CaseOf(cat, generators.SuccessAnswer).Draw(t, "case")
}

// BenchmarkThroughputMock: full model over httpmock against a bare rapid
// loop with one httpmock round trip per check (target ratio >= 0.5).
func BenchmarkThroughputMock(b *testing.B) {
	benchmarkThroughput(b, harness.TransportMock, func(b *testing.B) (func(*rapid.T), func()) {
		cat := marketo.StandardCatalog()
		mt := httpmock.NewMockTransport()
		client := &http.Client{Transport: mt}
		var body []byte
		mt.RegisterNoResponder(func(*http.Request) (*http.Response, error) {
			return httpmock.NewBytesResponse(200, body), nil
		})
		return func(t *rapid.T) {
			c := bareCase(t, cat)
			body = c.Answer.Body
			fairRoundTrip(t, client, nil, c)
		}, func() {}
	})
}

// BenchmarkThroughputWire: full model over the loopback wire against a bare
// rapid loop with one round trip to the same wire face (target >= 0.7).
func BenchmarkThroughputWire(b *testing.B) {
	benchmarkThroughput(b, harness.TransportWire, func(b *testing.B) (func(*rapid.T), func()) {
		cat := marketo.StandardCatalog()
		svc := harness.NewService(harness.Script{Status: 200})
		face, err := harness.NewWire(svc)
		if err != nil {
			b.Fatal(err)
		}
		return func(t *rapid.T) {
			c := bareCase(t, cat)
			svc.SetScript(c.Answer)
			fairRoundTrip(t, face.Client(), svc, c)
		}, func() { face.Close() }
	})
}

// fairRoundTrip is the bare side's one round trip, like for like with the
// model's: none where the model sends nothing (a batch campaign, R2); the
// scheme of the case's URL (https costs a handshake that http does not);
// the service's record cleared first, as harness.CallFace clears it (svc,
// nil on the mock); a context that can end, as R17's time-out makes the
// model's.
func fairRoundTrip(t *rapid.T, client *http.Client, svc *harness.Service, c generators.Case) {
	if c.Campaign == marketo.Batch {
		return
	}
	if svc != nil {
		svc.Reset()
	}
	url := "https://enrich.vendor.example/hook"
	if strings.HasPrefix(c.Webhook().URL, "http://") {
		url = "http://enrich.vendor.example/hook"
	}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, url, bytes.NewReader([]byte("{}")))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}
