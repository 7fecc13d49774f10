package generators_test

import (
	"bytes"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"github.com/jarcoal/httpmock"
	"pgregory.net/rapid"
)

// benchmarkThroughput compares, in one run, the full-model property (draw a
// case, compute the expectation, call the reference Caller over the face,
// check) with a bare rapid loop that draws the same case and makes one
// round trip with roundTrip. It reports both rates and their ratio.
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
	var full, plain time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		rapid.Check(b, s.Check)
		t1 := time.Now()
		rapid.Check(b, counted)
		full, plain = full+t1.Sub(t0), plain+time.Since(t1)
	}
	fullRate := float64(s.Checks()) / full.Seconds()
	bareRate := float64(bareChecks) / plain.Seconds()
	b.ReportMetric(fullRate, "checks/s")
	b.ReportMetric(bareRate, "bare-checks/s")
	b.ReportMetric(fullRate/bareRate, "ratio")
}

// bareCase draws what the property draws for one check.
func bareCase(t *rapid.T) generators.Case {
	return generators.CaseOf(marketo.StandardCatalog(), generators.SuccessAnswer).Draw(t, "case")
}

// BenchmarkThroughputMock: full model over httpmock against a bare rapid
// loop with one httpmock round trip per check (target ratio >= 0.5).
func BenchmarkThroughputMock(b *testing.B) {
	benchmarkThroughput(b, harness.TransportMock, func(b *testing.B) (func(*rapid.T), func()) {
		mt := httpmock.NewMockTransport()
		client := &http.Client{Transport: mt}
		var body []byte
		mt.RegisterNoResponder(func(*http.Request) (*http.Response, error) {
			return httpmock.NewBytesResponse(200, body), nil
		})
		return func(t *rapid.T) {
			c := bareCase(t)
			body = c.Answer.Body
			roundTrip(t, client, c)
		}, func() {}
	})
}

// BenchmarkThroughputWire: full model over the loopback wire against a bare
// rapid loop with one round trip to the same wire face (target >= 0.7).
func BenchmarkThroughputWire(b *testing.B) {
	benchmarkThroughput(b, harness.TransportWire, func(b *testing.B) (func(*rapid.T), func()) {
		svc := harness.NewService(harness.Script{Status: 200})
		face, err := harness.NewWire(svc)
		if err != nil {
			b.Fatal(err)
		}
		return func(t *rapid.T) {
			c := bareCase(t)
			svc.SetScript(c.Answer)
			roundTrip(t, face.Client(), c)
		}, func() { face.Close() }
	})
}

func roundTrip(t *rapid.T, client *http.Client, c generators.Case) {
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, "https://enrich.vendor.example/hook", bytes.NewReader([]byte("{}")))
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
