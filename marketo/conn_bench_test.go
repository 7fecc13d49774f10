package marketo_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// BenchmarkWireTransportRatio measures what WireTransport's watch over each
// connection (A15) costs on a loopback keep-alive round trip: blocks of
// requests through net/http's transport and through WireTransport's copy of
// it alternate, and x-plain is how many plain round trips one watched
// round trip costs.
func BenchmarkWireTransportRatio(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, enrichBody)
	}))
	defer srv.Close()
	base := &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 4}
	plain, watched := &http.Client{Transport: base}, &http.Client{Transport: marketo.WireTransport(base)}
	defer base.CloseIdleConnections()
	defer watched.CloseIdleConnections()
	roundTrip := func(c *http.Client) {
		resp, err := c.Post(srv.URL, "application/json", strings.NewReader(`{"email":"a@b.example"}`))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	const block = 50
	var tPlain, tWatched time.Duration
	b.ResetTimer()
	for n := 0; n < b.N; n += block {
		t0 := time.Now()
		for range block {
			roundTrip(plain)
		}
		t1 := time.Now()
		for range block {
			roundTrip(watched)
		}
		tPlain += t1.Sub(t0)
		tWatched += time.Since(t1)
	}
	calls := float64((b.N + block - 1) / block * block)
	b.ReportMetric(float64(tWatched.Nanoseconds())/calls, "watched-ns/call")
	b.ReportMetric(float64(tPlain.Nanoseconds())/calls, "plain-ns/call")
	b.ReportMetric(float64(tWatched)/float64(tPlain), "x-plain")
}
