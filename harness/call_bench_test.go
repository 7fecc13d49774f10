package harness

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
	"github.com/jarcoal/httpmock"
)

// BenchmarkCallFaceMock measures what the harness costs per call on the
// mock face: CallFace for one lead (the script set, the record, the face's
// checks and answer, the FaceRun) against the reference Caller called
// directly over a bare httpmock transport that answers the same script as
// httpmock's own responders do, measured in the same run and alternating
// with it. ratio is calls/s through CallFace over calls/s of the bare
// loop: 1 would be a harness that costs nothing.
func BenchmarkCallFaceMock(b *testing.B) {
	body := []byte(`{"company": "New Co", "pad": "` + strings.Repeat("x", 1000) + `"}`)
	sc := Script{Status: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: body}
	hook := &marketo.Webhook{Name: "Enrich", URL: "https://enrich.vendor.example/v1/score", Method: marketo.MethodPost,
		Template: `{"email": {{lead.Email Address}}}`, Encoding: marketo.EncodingJSON, ResponseType: marketo.ResponseJSON,
		Mappings: []marketo.Mapping{{Attribute: "company", Field: "company"}}}
	lead := marketo.Lead{"email": "lead@example.com", "company": "Old Co"}
	cat := marketo.StandardCatalog()
	c := Call{Script: sc, Webhook: hook, Leads: []marketo.Lead{lead}, Flow: marketo.Flow{Campaign: marketo.Trigger}, Catalog: cat}

	svc := NewService(Script{})
	face := NewMock(svc)
	defer face.Close()
	mt := httpmock.NewMockTransport()
	mt.RegisterNoResponder(func(*http.Request) (*http.Response, error) {
		resp := httpmock.NewBytesResponse(sc.Status, sc.Body)
		resp.Status = strconv.Itoa(sc.Status) + " " + http.StatusText(sc.Status)
		resp.Header = sc.Header.Clone()
		return resp, nil
	})
	bare := marketo.NewCaller(&http.Client{Transport: mt}, cat, marketo.Options{})
	ctx, cancel := context.WithCancel(context.Background()) // one that can end, as R17's time-out makes it
	defer cancel()

	var harnessT, bareT time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		fr := CallFace(ctx, face, svc, c)
		t1 := time.Now()
		out, err := bare.Call(ctx, hook, lead.Clone(), c.Flow)
		bareT += time.Since(t1)
		harnessT += t1.Sub(t0)
		if lc := fr.Calls[0]; lc.Err != nil || lc.Outcome.Code != 200 || err != nil || out.Code != 200 || len(fr.Requests) != 1 {
			b.Fatalf("harness %+v, bare %+v %v: want both 200 and one request recorded", lc, out, err)
		}
	}
	b.ReportMetric(bareT.Seconds()/harnessT.Seconds(), "ratio")
}
