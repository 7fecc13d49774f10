package marketo_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/internal/cputime"
	"github.com/hookcert/hookcert/marketo"
	"github.com/jarcoal/httpmock"
)

// benchHook is the typical webhook of the issue: a JSON template with five
// tokens and five mappings.
func benchHook() *marketo.Webhook {
	return &marketo.Webhook{
		Name:   "Enrich",
		URL:    "https://enrich.vendor.example/v1/person",
		Method: marketo.MethodPost,
		Template: `{"email": {{lead.Email Address}}, "first": {{lead.First Name}}, "last": {{lead.Last Name}},
 "company": {{lead.Company Name}}, "employees": {{lead.Number of Employees}}}`,
		Encoding:     marketo.EncodingJSON,
		ResponseType: marketo.ResponseJSON,
		Mappings: []marketo.Mapping{
			{Attribute: "person.company.name", Field: "company"},
			{Attribute: "person.company.industry", Field: "industry"},
			{Attribute: "person.company.employees", Field: "numberOfEmployees"},
			{Attribute: "person.title", Field: "title"},
			{Attribute: "person.location.city", Field: "city"},
		},
	}
}

// benchBody is a JSON answer of exactly 1 KiB.
func benchBody() []byte {
	head := `{"person":{"title":"CTO","location":{"city":"London","country":"UK"},` +
		`"company":{"name":"Analytical Engines","industry":"Computing","employees":1843},"notes":"`
	tail := `"}}`
	return []byte(head + strings.Repeat("x", 1024-len(head)-len(tail)) + tail)
}

func benchTransport(body []byte) *httpmock.MockTransport {
	mt := httpmock.NewMockTransport()
	mt.RegisterNoResponder(func(req *http.Request) (*http.Response, error) {
		if req.Body != nil {
			io.Copy(io.Discard, req.Body)
		}
		resp := httpmock.NewBytesResponse(200, body)
		resp.Status = "200 OK"
		return resp, nil
	})
	return mt
}

func benchLead() marketo.Lead {
	return marketo.Lead{"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace",
		"company": "AE", "numberOfEmployees": int64(12)}
}

// modelCall is one full call of the model.
func modelCall(b *testing.B, c *marketo.Caller, w *marketo.Webhook, lead marketo.Lead, flow marketo.Flow) {
	out, err := c.Call(context.Background(), w, lead, flow)
	if err != nil || len(out.Changes) != 5 {
		b.Fatalf("Call = %v, %v; want 5 changes", out, err)
	}
}

// baselineCall is the floor the model is measured against: one bare httpmock
// round trip and json.Unmarshal of the same answer into map[string]any.
func baselineCall(b *testing.B, client *http.Client) {
	baselineCallCtx(b, client, context.Background())
}

// baselineCallCtx is baselineCall with the request's context given. A
// context that can end (as R17's time-out needs) makes httpmock run the
// responder in goroutines of its own, which a bare round trip does not pay.
func baselineCallCtx(b *testing.B, client *http.Client, ctx context.Context) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://enrich.vendor.example/v1/person", strings.NewReader(`{"email":"ada@example.com"}`))
	resp, err := client.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkCall is the full model call over httpmock.
func BenchmarkCall(b *testing.B) {
	c := marketo.NewCaller(&http.Client{Transport: benchTransport(benchBody())}, marketo.StandardCatalog(), marketo.Options{})
	w, lead, flow := benchHook(), benchLead(), marketo.Flow{Now: time.Now()}
	b.ReportAllocs()
	for b.Loop() {
		modelCall(b, c, w, lead, flow)
	}
}

// BenchmarkCallBaseline is the baseline alone.
func BenchmarkCallBaseline(b *testing.B) {
	client := &http.Client{Transport: benchTransport(benchBody())}
	b.ReportAllocs()
	for b.Loop() {
		baselineCall(b, client)
	}
}

// BenchmarkCallRatio interleaves blocks of the model and of its baselines
// in one loop and reports how many baselines one model call costs, in wall
// time (x-) and in CPU time of the process (cpu-x-): a single call of a
// definition (Call: checked and parsed each time) and a campaign's many
// leads (CallCompiled: the definition compiled once), each against the bare
// round trip (baseline) and against the same round trip with a 30 s deadline
// on the request (baseline-deadline), which R17 makes the like-for-like
// floor: httpmock runs a responder whose request can end in goroutines of its
// own.
//
// The floor's own cost is reported as x-deadline-over-baseline (and cpu-):
// baseline-deadline / baseline. The model cannot send without a deadline
// (R17), so a single call costs at least that many baselines plus its own
// work: x-baseline = x-baseline-deadline * x-deadline-over-baseline. With
// the floor at 1.3 or above, a single call at 1.3 baselines would have to do
// its checking, parsing, rendering and judging in less time than the
// baseline's json.Unmarshal saves it.
func BenchmarkCallRatio(b *testing.B) {
	mt := benchTransport(benchBody())
	c := marketo.NewCaller(&http.Client{Transport: mt}, marketo.StandardCatalog(), marketo.Options{})
	client := &http.Client{Transport: mt}
	w, lead, flow := benchHook(), benchLead(), marketo.Flow{Now: time.Now()}
	cw, err := marketo.Compile(w, c.Catalog())
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	sides := []benchSide{
		{name: "baseline", run: func() { baselineCall(b, client) }},
		{name: "baseline-deadline", run: func() { baselineCallCtx(b, client, ctx) }},
		{name: "model", run: func() { modelCall(b, c, w, lead, flow) }},
		{name: "compiled", run: func() {
			out, err := c.CallCompiled(context.Background(), cw, lead, flow)
			if err != nil || len(out.Changes) != 5 {
				b.Fatalf("CallCompiled = %v, %v; want 5 changes", out, err)
			}
		}},
	}
	runSides(b, sides)
	base, deadline, model, compiled := sides[0], sides[1], sides[2], sides[3]
	for _, r := range []struct {
		name     string
		num, den benchSide
	}{
		{"baseline", model, base}, {"baseline-deadline", model, deadline},
		{"baseline-compiled", compiled, base}, {"baseline-deadline-compiled", compiled, deadline},
	} {
		b.ReportMetric(float64(r.num.wall)/float64(r.den.wall), "x-"+r.name)
		b.ReportMetric(float64(r.num.cpu)/float64(r.den.cpu), "cpu-x-"+r.name)
	}
	b.ReportMetric(float64(deadline.wall)/float64(base.wall), "x-deadline-over-baseline")
	b.ReportMetric(float64(deadline.cpu)/float64(base.cpu), "cpu-x-deadline-over-baseline")
	calls := float64(sides[0].calls)
	b.ReportMetric(float64(model.wall.Nanoseconds())/calls, "model-ns/call")
	b.ReportMetric(float64(compiled.wall.Nanoseconds())/calls, "compiled-ns/call")
	b.ReportMetric(float64(base.wall.Nanoseconds())/calls, "baseline-ns/call")
}

// benchSide is one side of a ratio: what it runs and what it took.
type benchSide struct {
	name      string
	run       func()
	wall, cpu time.Duration
	calls     int
}

// runSides runs blocks of each side in turn until b.N calls of each:
// blocks, not single calls, alternate, so that each side pays for the
// garbage collection its own allocations cause; every side is measured in
// wall time and in the process's CPU time (user and system).
func runSides(b *testing.B, sides []benchSide) {
	const block = 50
	b.ResetTimer()
	for n := 0; n < b.N; n += block {
		for i := range sides {
			t0, c0 := time.Now(), cputime.Process()
			for range block {
				sides[i].run()
			}
			sides[i].wall += time.Since(t0)
			sides[i].cpu += cputime.Process() - c0
			sides[i].calls += block
		}
	}
}

// BenchmarkCallCompiled is the model call of a compiled definition, as for
// each lead of a campaign.
func BenchmarkCallCompiled(b *testing.B) {
	c := marketo.NewCaller(&http.Client{Transport: benchTransport(benchBody())}, marketo.StandardCatalog(), marketo.Options{})
	cw, err := marketo.Compile(benchHook(), c.Catalog())
	if err != nil {
		b.Fatal(err)
	}
	lead, flow := benchLead(), marketo.Flow{Now: time.Now()}
	b.ReportAllocs()
	for b.Loop() {
		out, err := c.CallCompiled(context.Background(), cw, lead, flow)
		if err != nil || len(out.Changes) != 5 {
			b.Fatalf("CallCompiled = %v, %v; want 5 changes", out, err)
		}
	}
}
