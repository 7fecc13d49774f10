package marketo_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

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

// BenchmarkCallRatio interleaves the model and the baseline in one loop and
// reports how many baselines one model call costs (target: at most 2). It
// also reports the ratio against the same baseline with a 30 s deadline on
// the request (x-baseline-deadline): the part of the cost that is the
// model's own work rather than httpmock's handling of a cancellable request.
func BenchmarkCallRatio(b *testing.B) {
	mt := benchTransport(benchBody())
	c := marketo.NewCaller(&http.Client{Transport: mt}, marketo.StandardCatalog(), marketo.Options{})
	client := &http.Client{Transport: mt}
	w, lead, flow := benchHook(), benchLead(), marketo.Flow{Now: time.Now()}
	// Blocks of calls, not single calls, alternate: so each side pays for
	// the garbage collection its own allocations cause, not the other's.
	const block = 50
	var model, base, baseDeadline time.Duration
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	b.ResetTimer()
	for n := 0; n < b.N; n += block {
		t0 := time.Now()
		for range block {
			baselineCall(b, client)
		}
		t1 := time.Now()
		for range block {
			modelCall(b, c, w, lead, flow)
		}
		t2 := time.Now()
		for range block {
			baselineCallCtx(b, client, ctx)
		}
		base += t1.Sub(t0)
		model += t2.Sub(t1)
		baseDeadline += time.Since(t2)
	}
	calls := float64((b.N + block - 1) / block * block)
	b.ReportMetric(float64(model.Nanoseconds())/calls, "model-ns/call")
	b.ReportMetric(float64(base.Nanoseconds())/calls, "baseline-ns/call")
	b.ReportMetric(float64(model)/float64(base), "x-baseline")
	b.ReportMetric(float64(model)/float64(baseDeadline), "x-baseline-deadline")
}
