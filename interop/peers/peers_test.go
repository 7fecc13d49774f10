package peers_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/internal/cputime"
	"github.com/hookcert/hookcert/marketo"
)

// Load: connections at once, turns each peer takes, and how long a turn and
// the warm-up before the turns last.
const (
	conns  = 8
	turns  = 3 // with three peers, each goes first once
	turn   = time.Second
	warmUp = 3 * time.Second
)

// answerBody is the answer every peer gives: 200 OK, application/json,
// about 1 KiB.
const (
	pad64      = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	answerBody = `{"person":{"title":"CTO","company":{"name":"Analytical Engines","employees":1843}},"notes":"` +
		pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + pad64 + `"}`
)

// peer is one server under load and the client that reaches it.
type peer struct {
	name   string
	client *http.Client
	url    string
	// otherCPU is the CPU time used so far by processes of the peer other
	// than this one (WireMock's JVM), nil when the peer runs in process.
	otherCPU func() time.Duration
	close    func()

	requests  int
	wall, cpu time.Duration
	latencies []time.Duration
}

// BenchmarkPeers: A13-A17 as served: the wire face, WireMock and a plain
// net/http server answer the same bytes to the same client over loopback;
// each takes turns of load from 8 connections at once after a warm-up.
func BenchmarkPeers(b *testing.B) {
	jar := os.Getenv("HOOKCERT_WIREMOCK_JAR")
	if jar == "" {
		if os.Getenv("CI") == "true" {
			b.Fatal("HOOKCERT_WIREMOCK_JAR is not set; make bench-peers installs WireMock and sets it")
		}
		b.Skip("SKIPPED: HOOKCERT_WIREMOCK_JAR is not set; run make bench-peers, which installs WireMock (npm wiremock 3.13.2)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // the whole run is bounded
	defer cancel()
	peers := []*peer{wirePeer(b), plainPeer(b), wiremockPeer(ctx, b, jar)}
	defer func() {
		for _, p := range peers {
			p.close()
		}
	}()
	for _, p := range peers {
		load(ctx, b, p, warmUp, false)
	}
	for b.Loop() {
		for t := range turns {
			// Each turn starts with another peer, and every load starts on
			// a quiet machine: no garbage of the last peer's turn left to
			// collect in this process, no JVM still compiling or collecting
			// after its own turn (either would be billed to the next peer).
			for i := range peers {
				p := peers[(t+i)%len(peers)]
				settle(ctx, peers)
				load(ctx, b, p, turn, true)
			}
		}
	}
	fmt.Printf("\nload average (1, 5, 15 min): %s\n", loadAverage())
	fmt.Printf("%-10s %12s %10s %10s %14s\n", "peer", "requests/s", "p50", "p99", "CPU/request")
	for _, p := range peers {
		fmt.Printf("%-10s %12.0f %10v %10v %14v\n", p.name, p.rate(), p.quantile(0.50), p.quantile(0.99), p.cpuPerRequest())
	}
	wire, plain, wm := peers[0], peers[1], peers[2]
	fmt.Printf("wire face vs WireMock: %.2fx requests/s; wire face vs plain net/http: %.2fx CPU per request, %.2fx requests/s\n\n",
		wire.rate()/wm.rate(), float64(wire.cpuPerRequest())/float64(plain.cpuPerRequest()), wire.rate()/plain.rate())
	b.ReportMetric(wire.rate()/wm.rate(), "x-wiremock-req/s")
	b.ReportMetric(float64(wire.cpuPerRequest())/float64(plain.cpuPerRequest()), "x-plain-cpu/req")
	b.ReportMetric(wire.rate()/plain.rate(), "x-plain-req/s")
}

func (p *peer) rate() float64 { return float64(p.requests) / p.wall.Seconds() }

func (p *peer) cpuPerRequest() time.Duration {
	if p.requests == 0 {
		return 0
	}
	return (p.cpu / time.Duration(p.requests)).Round(100 * time.Nanosecond)
}

func (p *peer) quantile(q float64) time.Duration {
	if len(p.latencies) == 0 {
		return 0
	}
	slices.Sort(p.latencies)
	return p.latencies[int(q*float64(len(p.latencies)-1))].Round(time.Microsecond)
}

// load sends requests to p from conns goroutines for d; if counted, it adds
// the requests, the time, the CPU (this process's and the peer's other
// processes') and each request's latency to p.
func load(ctx context.Context, b *testing.B, p *peer, d time.Duration, counted bool) {
	var (
		mu   sync.Mutex
		lats []time.Duration
		errs []error
		wg   sync.WaitGroup
	)
	start, cpu0, other0 := time.Now(), cputime.Process(), p.other()
	end := start.Add(d)
	for range conns {
		wg.Go(func() {
			var mine []time.Duration
			for time.Now().Before(end) && ctx.Err() == nil {
				t0 := time.Now()
				if err := exchange(ctx, p.client, p.url); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lats = append(lats, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		b.Fatalf("%s: %v", p.name, err)
	}
	if counted {
		p.wall += time.Since(start)
		p.cpu += cputime.Process() - cpu0 + p.other() - other0
		p.requests += len(lats)
		p.latencies = append(p.latencies, lats...)
	}
}

// loadAverage is the machine's load average from /proc/loadavg, or "?":
// the figures of a shared machine are read beside it.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], ", ")
	}
	return "?"
}

// settle collects this process's garbage, then waits until the peers'
// other processes (WireMock's JVM) have used no CPU for 100 ms, at most 2 s.
func settle(ctx context.Context, peers []*peer) {
	runtime.GC()
	others := func() time.Duration {
		var d time.Duration
		for _, p := range peers {
			d += p.other()
		}
		return d
	}
	deadline := time.Now().Add(2 * time.Second)
	for last := others(); time.Now().Before(deadline) && ctx.Err() == nil; {
		time.Sleep(100 * time.Millisecond)
		now := others()
		if now == last {
			return
		}
		last = now
	}
}

func (p *peer) other() time.Duration {
	if p.otherCPU == nil {
		return 0
	}
	return p.otherCPU()
}

// exchange makes one webhook-like request and checks the answer is the one
// every peer gives.
func exchange(ctx context.Context, c *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"email":"ada@example.com"}`))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 || string(body) != answerBody || resp.Header.Get("Content-Type") != "application/json" {
		return fmt.Errorf("got %s, %q, %d bytes; want 200, application/json, the 1 KiB answer", resp.Status, resp.Header.Get("Content-Type"), len(body))
	}
	return nil
}

// client is the load's client for a peer at addr: the model's wire
// set-up (marketo.WireTransport), as the wire face's own client has it,
// with a connection per loader kept alive.
func client(addr string) *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second}
	return &http.Client{Transport: marketo.WireTransport(&http.Transport{
		DialContext:         func(ctx context.Context, _, _ string) (net.Conn, error) { return d.DialContext(ctx, "tcp", addr) },
		MaxIdleConnsPerHost: conns,
		MaxConnsPerHost:     conns,
	})}
}

// wirePeer is the wire face over plain HTTP, through its own client.
func wirePeer(b *testing.B) *peer {
	svc := harness.NewService(harness.Script{Status: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: []byte(answerBody)})
	face, err := harness.NewWire(svc)
	if err != nil {
		b.Fatal(err)
	}
	stop := make(chan struct{})
	go func() { // the face records every request: keep the record short
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				svc.Reset()
			case <-stop:
				return
			}
		}
	}()
	return &peer{name: "wire face", client: face.Client(), url: "http://enrich.vendor.example/hook",
		close: func() { close(stop); face.Close() }}
}

// plainPeer is a plain net/http server writing the same bytes: no Date,
// the one Content-Type, a Content-Length.
func plainPeer(b *testing.B) *peer {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	srv := &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		h := w.Header()
		h["Date"] = nil
		h["Content-Type"] = []string{"application/json"}
		h["Content-Length"] = []string{strconv.Itoa(len(answerBody))}
		w.WriteHeader(200)
		_, _ = io.WriteString(w, answerBody)
	})}
	go srv.Serve(ln)
	return &peer{name: "net/http", client: client(ln.Addr().String()), url: "http://" + ln.Addr().String() + "/hook",
		close: func() { srv.Close() }}
}
