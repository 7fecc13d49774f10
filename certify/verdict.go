package certify

import (
	"fmt"
	"time"

	"github.com/hookcert/hookcert/live"
)

// Verdict is the outcome of one certification: what was certified, against
// which profile, and each check with its evidence. It is written as
// verdict.json; every other report is built from it.
type Verdict struct {
	// Profile is the certification profile's version (features.ProfileVersion).
	Profile string `json:"profile"`
	// Certified is true when no check failed or was skipped, and the run
	// was not interrupted. Warnings do not stop certification.
	Certified bool `json:"certified"`
	// Interrupted says a signal ended the run early: the verdict is partial.
	Interrupted bool `json:"interrupted"`
	// Hookcert is the version of hookcert that certified.
	Hookcert string `json:"hookcertVersion"`
	// Time is when the certification started.
	Time time.Time `json:"time"`
	// Target is the endpoint, credentials masked.
	Target Target `json:"target"`
	// Definition names the webhook definition and its sha256.
	Definition Definition `json:"definition"`
	// Requests are what was sent, against the budget.
	Requests Requests `json:"requests"`
	// Latency summarises every answer's latency (milliseconds).
	Latency Latency `json:"latency"`
	// Counts are the checks by verdict.
	Counts map[live.Verdict]int `json:"counts"`
	// Checks are the checks, in profile order.
	Checks []live.Result `json:"checks"`
	// Refused lists hosts other than the target that a call tried to reach
	// and was kept from (a redirect elsewhere, say).
	Refused []string `json:"refused"`
	// Elapsed is the wall time of the certification.
	Elapsed time.Duration `json:"elapsedNs"`
}

// Target is the endpoint under test.
type Target struct {
	Host string `json:"host"` // host:port
	URL  string `json:"url"`  // the definition's URL as called, masked
}

// Definition is the webhook definition certified.
type Definition struct {
	Name   string `json:"name"`
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

// Requests counts what was sent.
type Requests struct {
	Sent        int     `json:"sent"`
	Budget      int     `json:"budget"`
	Rate        float64 `json:"ratePerSecond"`
	Concurrency int     `json:"concurrency"`
}

// Latency is a latency summary in milliseconds, for people and dashboards.
type Latency struct {
	N     int     `json:"n"`
	P50Ms float64 `json:"p50Ms"`
	P95Ms float64 `json:"p95Ms"`
	P99Ms float64 `json:"p99Ms"`
	MaxMs float64 `json:"maxMs"`
}

func latencyOf(s live.Stats) Latency {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return Latency{N: s.N, P50Ms: ms(s.P50), P95Ms: ms(s.P95), P99Ms: ms(s.P99), MaxMs: ms(s.Max)}
}

// tally counts the checks and decides the verdict.
func (v *Verdict) tally() {
	v.Counts = map[live.Verdict]int{live.Pass: 0, live.Fail: 0, live.Warn: 0, live.Skipped: 0}
	for _, c := range v.Checks {
		v.Counts[c.Verdict]++
	}
	v.Certified = len(v.Checks) > 0 && !v.Interrupted && v.Counts[live.Fail] == 0 && v.Counts[live.Skipped] == 0
}

// Word is the verdict in words: "certified" or "not certified".
func (v *Verdict) Word() string {
	if v.Certified {
		return "certified"
	}
	return "not certified"
}

// Summary is the verdict in one sentence.
func (v *Verdict) Summary() string {
	s := fmt.Sprintf("%d checks: %d passed, %d failed, %d warnings, %d skipped; %d requests sent of %d",
		len(v.Checks), v.Counts[live.Pass], v.Counts[live.Fail], v.Counts[live.Warn], v.Counts[live.Skipped],
		v.Requests.Sent, v.Requests.Budget)
	if v.Interrupted {
		s += "; interrupted: the verdict is partial"
	}
	return s
}
