package generators_test

import (
	"bytes"
	"io"
	"net/http"
	"reflect"
	"strconv"
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

// benchSide is one side of a throughput benchmark: a rapid property and a
// clean-up.
type benchSide struct {
	check func(*rapid.T)
	done  func()
}

// sideTime is what one side of a benchmark ran: its checks, wall and CPU time.
type sideTime struct {
	checks    int
	wall, cpu time.Duration
}

// run runs check once under rapid.Check and adds its wall and CPU time.
func (st *sideTime) run(b *testing.B, check func(*rapid.T)) {
	t0, c0 := time.Now(), cputime.Process()
	rapid.Check(b, func(t *rapid.T) { st.checks++; check(t) })
	st.wall, st.cpu = st.wall+time.Since(t0), st.cpu+cputime.Process()-c0
}

func (st sideTime) rate() float64    { return float64(st.checks) / st.wall.Seconds() }
func (st sideTime) cpuRate() float64 { return float64(st.checks) / st.cpu.Seconds() }

// benchmarkThroughput compares, in one run, the full property
// Invariant3SuccessWritesExactlyTheMappings (a Session: draw a case,
// compute the expectation, call the reference Caller over the face through
// harness.CallFace, check the outcome) with two loops of plain rapid that
// draw the same case and compute the same expectation:
//
//   - bare (ratio, cpu-ratio): no model, one round trip like the model's
//     (fairRoundTrip) whose answer is checked against the expectation as far
//     as a round trip shows it (the code and the body);
//   - model (harness-ratio, cpu-harness-ratio): the reference Caller called
//     directly on the same transport, its outcome checked for the code,
//     Response, Error Type, lead and changes; what the full side pays beyond
//     it is the Session and the harness (the face's script and record,
//     CallFace, the property's checks).
//
// Both loops are fair in both directions: the same draws (CaseOf with the
// property's shape, from one catalog), the same expectation (Case.Expect),
// checks of what each has of an outcome, and no work the property does not
// do. (Until issue 12 the bare loop drew the case only: it computed no
// expectation and checked nothing, less than the property does.) The ratio
// to the bare loop is bounded by the model's own work (rendering the
// request, reading and parsing the answer, judging it): a harness that
// cost nothing would reach model-checks/s over bare-checks/s, no more.
//
// Each b.N iteration is one rapid.Check of each side (RAPID_CHECKS checks,
// 100 by default); run with -benchtime to get several. The cpu- metrics
// are ratios of checks per CPU second of the process.
func benchmarkThroughput(b *testing.B, tr harness.Transport, bare, model func(b *testing.B) benchSide) {
	p, _ := generators.PropertyByName("Invariant3SuccessWritesExactlyTheMappings")
	s, err := p.Open(generators.Target{Transport: tr})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	plain, direct := bare(b), model(b)
	defer plain.done()
	defer direct.done()
	var full, bareT, modelT sideTime
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		full.run(b, s.Check)
		bareT.run(b, plain.check)
		modelT.run(b, direct.check)
	}
	b.ReportMetric(full.rate(), "checks/s")
	b.ReportMetric(bareT.rate(), "bare-checks/s")
	b.ReportMetric(modelT.rate(), "model-checks/s")
	b.ReportMetric(full.rate()/bareT.rate(), "ratio")
	b.ReportMetric(full.cpuRate()/bareT.cpuRate(), "cpu-ratio")
	b.ReportMetric(full.rate()/modelT.rate(), "harness-ratio")
	b.ReportMetric(full.cpuRate()/modelT.cpuRate(), "cpu-harness-ratio")
}

// benchCase draws what the property draws for one check, from the catalog
// built once as the property's session builds it, and computes the
// expectation as the property does.
func benchCase(t *rapid.T, cat *marketo.Catalog) (generators.Case, generators.Expectation) {
	c := generators.CaseOf(cat, generators.SuccessAnswer).Draw(t, "case")
	return c, c.Expect(cat)
}

// mockAnswer is a raw httpmock transport that plays *sc as the harness's
// mock face does at its simplest: the status line, header and body, with no
// script, record or faults.
func mockAnswer(sc *harness.Script) *httpmock.MockTransport {
	mt := httpmock.NewMockTransport()
	mt.RegisterNoResponder(func(req *http.Request) (*http.Response, error) {
		resp := httpmock.NewBytesResponse(sc.Status, sc.Body)
		reason := sc.Reason
		if reason == "" {
			reason = http.StatusText(sc.Status)
		}
		resp.Status = strconv.Itoa(sc.Status) + " " + reason
		resp.Header = sc.Header.Clone()
		if resp.Header == nil {
			resp.Header = http.Header{}
		}
		return resp, nil
	})
	return mt
}

// BenchmarkThroughputMock: the full property over the mock face against
// plain rapid loops over a raw httpmock transport (target ratio >= 0.8).
func BenchmarkThroughputMock(b *testing.B) {
	cat := marketo.StandardCatalog()
	var sc harness.Script
	client := &http.Client{Transport: mockAnswer(&sc)}
	benchmarkThroughput(b, harness.TransportMock, func(b *testing.B) benchSide {
		return benchSide{check: func(t *rapid.T) {
			c, e := benchCase(t, cat)
			sc = c.Answer
			checkRoundTrip(t, &e, fairRoundTrip(t, client, nil, c))
		}, done: func() {}}
	}, func(b *testing.B) benchSide {
		return benchSide{check: func(t *rapid.T) {
			c, e := benchCase(t, cat)
			sc = c.Answer
			checkModel(t, &c, &e, client, cat)
		}, done: func() {}}
	})
}

// BenchmarkThroughputWire: the full property over the loopback wire face
// against plain rapid loops over the same wire face (target ratio >= 1.0).
func BenchmarkThroughputWire(b *testing.B) {
	cat := marketo.StandardCatalog()
	side := func(check func(t *rapid.T, c generators.Case, e generators.Expectation, svc *harness.Service, client *http.Client)) func(b *testing.B) benchSide {
		return func(b *testing.B) benchSide {
			svc := harness.NewService(harness.Script{Status: 200})
			face, err := harness.NewWire(svc)
			if err != nil {
				b.Fatal(err)
			}
			return benchSide{check: func(t *rapid.T) {
				c, e := benchCase(t, cat)
				svc.SetScript(c.Answer)
				check(t, c, e, svc, face.Client())
			}, done: func() { face.Close() }}
		}
	}
	benchmarkThroughput(b, harness.TransportWire,
		side(func(t *rapid.T, c generators.Case, e generators.Expectation, svc *harness.Service, client *http.Client) {
			checkRoundTrip(t, &e, fairRoundTrip(t, client, svc, c))
			if n := len(svc.Requests()); n != 1 {
				t.Fatalf("the service received %d requests, want 1 (A10)", n)
			}
		}),
		side(func(t *rapid.T, c generators.Case, e generators.Expectation, svc *harness.Service, client *http.Client) {
			svc.Reset()
			checkModel(t, &c, &e, client, cat)
			if n := len(svc.Requests()); n != 1 {
				t.Fatalf("the service received %d requests, want 1 (A10)", n)
			}
		}))
}

// roundTrip is what the bare side's round trip shows: the status and body.
type roundTrip struct {
	status int
	body   []byte
}

// fairRoundTrip is the bare side's one round trip, like for like with the
// model's: none where the model sends nothing (a batch campaign, R2); the
// scheme of the case's URL (https costs a handshake that http does not);
// the service's record cleared first, as harness.CallFace clears it (svc,
// nil on the mock); a context that can end, as R17's time-out makes the
// model's. The body is read whole, as the model reads it.
func fairRoundTrip(t *rapid.T, client *http.Client, svc *harness.Service, c generators.Case) roundTrip {
	if c.Campaign == marketo.Batch {
		return roundTrip{}
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
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return roundTrip{status: resp.StatusCode, body: body}
}

// checkRoundTrip checks the bare side's answer against the expectation as
// far as a round trip shows it: the code (R19) and the body (R21).
func checkRoundTrip(t *rapid.T, e *generators.Expectation, rt roundTrip) {
	if rt.status != e.Code {
		t.Fatalf("status %d, want %d (R19)", rt.status, e.Code)
	}
	if !bytes.Equal(rt.body, e.Body) {
		t.Fatalf("body of %d bytes, want the %d sent (R21)", len(rt.body), len(e.Body))
	}
}

// checkModel calls the reference Caller directly over client and checks
// its outcome as the property does: the code, failure, Error Type,
// Response, the lead after the call and each change (R18, R19, R21, A19).
func checkModel(t *rapid.T, c *generators.Case, e *generators.Expectation, client *http.Client, cat *marketo.Catalog) {
	out, err := marketo.NewCaller(client, cat, c.Options).Call(t.Context(), c.Webhook(), c.Lead.Clone(), c.Context())
	switch {
	case err != nil:
		t.Fatalf("Call failed on a valid definition: %v", err)
	case out.Code != e.Code || out.Failure != e.Failure || out.ErrorType != e.ErrorType:
		t.Fatalf("code %d, failure %q, Error Type %q; want %d, %q, %q", out.Code, out.Failure, out.ErrorType, e.Code, e.Failure, e.ErrorType)
	case out.Response != string(e.Body[:min(int64(len(e.Body)), c.Options.MaxBodyBytes)]):
		t.Fatalf("Response of %d bytes, want the %d sent, cut at %d (R21, A12)", len(out.Response), len(e.Body), c.Options.MaxBodyBytes)
	case !reflect.DeepEqual(out.Lead, e.Lead) || len(out.Changes) != len(e.Applied):
		t.Fatalf("lead %v with %d changes, want %v with %d (R18, A19)", out.Lead, len(out.Changes), e.Lead, len(e.Applied))
	}
	for i, a := range e.Applied {
		if ch := out.Changes[i]; ch.Field != a.Field || !reflect.DeepEqual(ch.New, a.Value) || !reflect.DeepEqual(ch.Old, a.Old) {
			t.Fatalf("change %d is %s: %v -> %v, want %s: %v -> %v (A19)", i, ch.Field, ch.Old, ch.New, a.Field, a.Old, a.Value)
		}
	}
}
