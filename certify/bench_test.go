package certify_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookcert/hookcert/examples/vendorapi/endpoint"
	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
)

// BenchmarkLoadPhase compares the load phase (live.Target.CallAll with 20
// calls in flight, every answer judged by the oracle) with a plain Go client
// sending the same request with the same concurrency to the same loopback
// server, in alternating blocks of one run. It reports requests per second
// of each and their ratio (the issue asks for at least 0.8): "ratio" against
// a client that reads each answer and drops it, "ratio-decoding" against one
// that also decodes the JSON it gets, as any client that uses the answer
// must (the oracle decodes it to map it).
func BenchmarkLoadPhase(b *testing.B) {
	srv := httptest.NewServer(endpoint.New(endpoint.Conformant))
	defer srv.Close()
	def, err := hookfile.LoadWebhook(definition)
	if err != nil {
		b.Fatal(err)
	}
	url := srv.URL + endpoint.PersonPath + "?source=marketo&campaign=x"
	const inFlight, block = 20, 400
	flow := marketo.Flow{Tokens: map[string]string{"my.Enrich API Key": "k"}}
	leads := live.SampleLeads(def.Webhook, def.Catalog, 5)
	req, err := marketo.Render(&marketo.Webhook{Name: "x", URL: url, Method: def.Webhook.Method, Template: def.Webhook.Template,
		Encoding: def.Webhook.Encoding, Headers: def.Webhook.Headers}, def.Catalog, leads[0], flow, marketo.Options{})
	if err != nil {
		b.Fatal(err)
	}
	plain := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: inFlight}}
	defer plain.CloseIdleConnections()
	var plainTime, decodeTime, liveTime time.Duration
	var sent int
	// One Target for as many blocks as its budget lasts, as the plain client
	// keeps its connections from block to block (a Target per block dialled
	// 20 new connections every 400 requests, which the plain side never did).
	cfg := live.Config{Webhook: def.Webhook, Catalog: def.Catalog, URL: url, Flow: flow,
		Requests: live.MaxRequests, Rate: live.MaxRate, Concurrency: inFlight}
	tg := openTarget(b, cfg)
	defer func() { tg.CloseIdleConnections() }()
	b.ResetTimer()
	for sent < b.N {
		start := time.Now()
		plainBlock(b, plain, req, inFlight, block, false)
		plainTime += time.Since(start)
		start = time.Now()
		plainBlock(b, plain, req, inFlight, block, true)
		decodeTime += time.Since(start)

		if used, total := tg.Sent(); used+block > total {
			tg.CloseIdleConnections()
			tg = openTarget(b, cfg)
		}
		blockLeads := make([]marketo.Lead, block)
		for i := range blockLeads {
			blockLeads[i] = leads[i%len(leads)]
		}
		start = time.Now()
		for _, p := range tg.CallAll(context.Background(), blockLeads, inFlight) {
			if !p.OK() {
				b.Fatalf("load phase: %+v %v", p.Outcome, p.Err)
			}
		}
		liveTime += time.Since(start)
		sent += block
	}
	b.StopTimer()
	plainRPS := float64(sent) / plainTime.Seconds()
	liveRPS := float64(sent) / liveTime.Seconds()
	b.ReportMetric(plainRPS, "plain-req/s")
	b.ReportMetric(liveRPS, "load-req/s")
	b.ReportMetric(liveRPS/plainRPS, "ratio")
	b.ReportMetric(liveRPS/(float64(sent)/decodeTime.Seconds()), "ratio-decoding")
}

func openTarget(b *testing.B, cfg live.Config) *live.Target {
	tg, err := live.Open(cfg)
	if err != nil {
		b.Fatal(err)
	}
	return tg
}

// plainBlock sends n copies of req with inFlight goroutines and reads each
// answer whole, as a plain client does; decode also decodes its JSON.
func plainBlock(b *testing.B, c *http.Client, req *marketo.Request, inFlight, n int, decode bool) {
	var wg sync.WaitGroup
	next := make(chan struct{})
	for range inFlight {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				hr, _ := http.NewRequest(req.Method, req.URL, strings.NewReader(req.Body))
				for k, v := range req.Header {
					if k != "Content-Length" && k != "Host" && k != "Connection" {
						hr.Header[k] = v
					}
				}
				resp, err := c.Do(hr)
				if err != nil {
					b.Error(err)
					continue
				}
				if decode {
					var v any
					if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
						b.Error(err)
					}
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}()
	}
	for range n {
		next <- struct{}{}
	}
	close(next)
	wg.Wait()
}
