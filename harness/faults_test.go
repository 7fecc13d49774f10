package harness

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// memPeak samples the heap while it runs: the peak of HeapInuse, and of
// Sys (all the process took from the system).
type memPeak struct {
	stop      chan struct{}
	done      sync.WaitGroup
	mu        sync.Mutex
	heap, sys uint64
}

func startMemPeak() *memPeak {
	m := &memPeak{stop: make(chan struct{})}
	m.sample()
	m.done.Go(func() {
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-m.stop:
				return
			case <-tick.C:
				m.sample()
			}
		}
	})
	return m
}

func (m *memPeak) sample() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.heap, m.sys = max(m.heap, ms.HeapInuse), max(m.sys, ms.Sys)
}

// end stops the sampling and returns the peaks in bytes.
func (m *memPeak) end() (heap, sys uint64) {
	m.sample()
	close(m.stop)
	m.done.Wait()
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.heap, m.sys
}

// maxFaultHeap is the resource bound of one fault: a call must not hold a
// huge answer, nor a huge header, in memory.
const maxFaultHeap = 64 << 20

// faultCases are the faults of the wire, each with the failure class of
// A36 (or the outcome) the model records, on both faces. Every one of them
// leaves the lead as it was.
var faultCases = []struct {
	rule    string
	fault   Fault
	scheme  string
	timeout time.Duration
	options marketo.Options
	failure marketo.Failure
	code    int // the code recorded, 0 for a failure without one
}{
	{"A36", FaultRefused, "https", 0, marketo.Options{}, marketo.FailureRefused, 0},
	{"A36", FaultReset, "https", 0, marketo.Options{}, marketo.FailureReset, 0},
	{"A36", FaultResetBody, "https", 0, marketo.Options{}, marketo.FailureReset, 0},
	{"A36", FaultResetBody, "http", 0, marketo.Options{}, marketo.FailureReset, 0},
	{"A12", FaultHugeBody, "http", 0, marketo.Options{}, marketo.FailureTooLarge, 200},
	{"A26", FaultTruncated, "https", 0, marketo.Options{}, marketo.FailureTruncated, 0},
	{"A36", FaultChunked, "https", 0, marketo.Options{}, marketo.FailureTransport, 0},
	{"R17", FaultDrip, "https", time.Second, marketo.Options{}, marketo.FailureTimeout, 0},
	{"R17", FaultHang, "https", time.Second, marketo.Options{}, marketo.FailureTimeout, 0},
	{"A36", FaultGarbage, "https", 0, marketo.Options{}, marketo.FailureTransport, 0},
	{"A36", FaultHandshake, "https", 0, marketo.Options{}, marketo.FailureTransport, 0},
	{"A13", FaultTLS, "https", 0, marketo.Options{}, marketo.FailureTLS, 0},
	{"A33", FaultGzip, "https", 0, marketo.Options{}, marketo.FailureUnparseable, 200},
	{"A11", FaultRedirectLoop, "https", 0, marketo.Options{}, "", 302},
	{"A11", FaultRedirectLoop, "https", 0, marketo.Options{FollowRedirects: true}, marketo.FailureTransport, 0},
	{"A37", FaultHugeHeader, "https", 0, marketo.Options{}, marketo.FailureTransport, 0},
	{"A12", FaultHugeBody, "https", 0, marketo.Options{}, marketo.FailureTooLarge, 200},
}

// TestWireFaults plays every fault of the wire on both faces through the
// reference model: the faces agree, no lead field changes, the outcome is
// the one the rules name, nothing panics, and the heap stays under 64 MiB
// (a resource bound: a 100 MiB body is never held). The wall time of each
// is reported, not asserted. Each case logs one "reliability:" line that
// `make reliability` turns into the README's table.
func TestWireFaults(t *testing.T) {
	for _, tc := range faultCases {
		name := fmt.Sprintf("%s %s over %s", tc.rule, tc.fault, tc.scheme)
		if tc.options.FollowRedirects {
			name += " following redirects"
		}
		t.Run(name, func(t *testing.T) {
			lead := marketo.Lead{"email": "ada@example.com", "company": "Old Co"}
			opts := tc.options
			opts.Timeout = tc.timeout
			c := Call{
				Script: Script{Status: 200, Body: []byte(`{"company": "New Co", "pad": "0123456789"}`), Fault: tc.fault},
				Webhook: &marketo.Webhook{Name: "Enrich", URL: tc.scheme + "://enrich.vendor.example/v1/score", Method: marketo.MethodPost,
					Template: `{"email": {{lead.Email Address}}}`, Encoding: marketo.EncodingJSON, ResponseType: marketo.ResponseJSON,
					Mappings: []marketo.Mapping{{Attribute: "company", Field: "company"}}},
				Leads:   []marketo.Lead{lead},
				Options: opts,
			}
			runtime.GC()
			peak := startMemPeak()
			start := time.Now()
			runs, err := CallFaces(context.Background(), TransportBoth, c)
			took := time.Since(start)
			heap, sys := peak.end()
			if err != nil {
				t.Fatalf("CallFaces: %v", err)
			}
			changed := 0
			for _, r := range runs {
				lc := r.Calls[0]
				if lc.Err != nil || lc.Outcome == nil {
					t.Fatalf("%s: the call failed outside the outcomes: %v", r.Face, lc.Err)
				}
				o := lc.Outcome
				changed += len(o.Changes)
				if len(o.Changes) > 0 || o.Lead["company"] != "Old Co" {
					t.Errorf("%s: the fault changed the lead: %v", r.Face, o.Changes)
				}
				if o.Failure != tc.failure || o.Code != tc.code {
					t.Errorf("%s: failure %q, code %d (%s); want %q, %d", r.Face, o.Failure, o.Code, o.Detail, tc.failure, tc.code)
				}
			}
			if d := Compare(runs[0], runs[1]); d != nil {
				t.Errorf("%v", d)
			}
			if heap > maxFaultHeap {
				t.Errorf("heap in use peaked at %.1f MiB, over the bound of 64 MiB", float64(heap)/(1<<20))
			}
			t.Logf("reliability: fault=%s scheme=%s options=%s faces=2 changed=%d panics=0 heapMiB=%.1f sysMiB=%.1f tookMs=%d",
				tc.fault, tc.scheme, optionsName(tc.options), changed, float64(heap)/(1<<20), float64(sys)/(1<<20), took.Milliseconds())
		})
	}
}

func optionsName(o marketo.Options) string {
	if o.FollowRedirects {
		return "FollowRedirects"
	}
	return "-"
}
