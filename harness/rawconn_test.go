package harness

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/internal/cputime"
)

// rawCalls is how many requests each keep-alive case sends, one after the
// other.
const rawCalls = 4

// keepAliveCases: which answers the wire face writes by hand and then keeps
// the connection for (A38), and which close it: on a kept one the four
// requests share one connection, on a closed one each takes its own.
var keepAliveCases = []struct {
	name   string
	script Script
	close  bool // the request asks to close
	status int  // the code each call gets, 0 for none
	broken bool // each call fails, before its answer or in its body
	conns  int64
}{
	{name: "A38 a standard answer keeps its connection (baseline)", script: Script{Status: 200, Body: []byte("ok")}, status: 200, conns: 1},
	{name: "A38 a custom reason phrase keeps its connection", script: Script{Status: 503, Reason: "Backend Down", Body: []byte("down")}, status: 503, conns: 1},
	{name: "A38 a non-standard code keeps its connection", script: Script{Status: 299, Reason: "Sort Of OK", Body: []byte("{}")}, status: 299, conns: 1},
	{name: "A38 an unknown code without reason keeps its connection", script: Script{Status: 799}, status: 799, conns: 1},
	{name: "A38 no reason phrase keeps its connection", script: Script{Status: 200, NoReason: true, Body: []byte("x")}, status: 200, conns: 1},
	{name: "A38 a request that asks to close closes", script: Script{Status: 503, Reason: "Backend Down"}, close: true, status: 503, conns: rawCalls},
	{name: "A38 a scripted Connection close closes", script: Script{Status: 503, Reason: "Backend Down", Header: http.Header{"Connection": {"close"}}}, status: 503, conns: rawCalls},
	{name: "A38 A15 a 204 with Content-Type is not reused by the model", script: Script{Status: 204, Header: http.Header{"Content-Type": {"application/json"}}}, status: 204, conns: rawCalls},
	{name: "A38 A26 a truncated body closes", broken: true, script: Script{Status: 200, Body: []byte("0123456789"), Fault: FaultTruncated}, status: 200, conns: rawCalls},
	{name: "A38 A36 a broken chunked body closes", broken: true, script: Script{Status: 200, Body: []byte("0123456789"), Fault: FaultChunked}, status: 200, conns: rawCalls},
	{name: "A38 A36 a reset in the body closes", broken: true, script: Script{Status: 200, Body: []byte("0123456789"), Fault: FaultResetBody}, status: 200, conns: rawCalls},
	{name: "A38 A36 a reset closes", broken: true, script: Script{Status: 200, Fault: FaultReset}, conns: rawCalls},
	{name: "A38 A36 a garbage status line closes", broken: true, script: Script{Status: 200, Fault: FaultGarbage}, conns: rawCalls},
	{name: "A38 R19 an interim 102 closes", broken: true, script: Script{Status: 102}, conns: rawCalls},
	{name: "A38 R19 a code of four digits closes", broken: true, script: Script{Status: 1000, Reason: "Marketo"}, conns: rawCalls},
	{name: "A38 R17 a hang closes", broken: true, script: Script{Status: 200, Fault: FaultHang}, conns: rawCalls},
}

// TestWireRawKeepAlive: A38: a raw answer that is complete and well framed
// keeps its connection for the next request, counted by the connections the
// face's listeners accepted; faults that break framing, interim and
// unparseable codes, and a close asked by either side still close. Every
// request still arrives once and gets its answer.
func TestWireRawKeepAlive(t *testing.T) {
	for _, scheme := range []string{"http", "https"} {
		for _, tc := range keepAliveCases {
			t.Run(scheme+" "+tc.name, func(t *testing.T) {
				svc := NewService(tc.script)
				f := openWire(t, svc)
				for i := range rawCalls {
					code, err := rawCall(t, f.Client(), scheme+"://enrich.vendor.example/hook", tc.script, tc.close)
					if (err != nil) != tc.broken || code != tc.status {
						t.Fatalf("call %d: got %d, %v; want %d (failure: %v)", i, code, err, tc.status, tc.broken)
					}
				}
				if n := len(svc.Requests()); n != rawCalls {
					t.Errorf("got %d requests received, want %d", n, rawCalls)
				}
				if got := f.connections(); got != tc.conns {
					t.Errorf("got %d connections accepted for %d calls, want %d", got, rawCalls, tc.conns)
				}
			})
		}
	}
}

// TestWireRawKeepAliveMixed: A38: answers written by net/http and by hand
// take turns on one connection, and a fault after them still breaks only
// its own call: it is not sent again on a new connection (A10).
func TestWireRawKeepAliveMixed(t *testing.T) {
	svc := NewService(Script{})
	f := openWire(t, svc)
	url := "https://enrich.vendor.example/hook"
	for i, sc := range []Script{
		{Status: 200, Body: []byte("ok")},
		{Status: 503, Reason: "Backend Down"},
		{Status: 200, Body: []byte("ok")},
		{Status: 599, Reason: "Network Connect Timeout Error", Body: []byte("x")},
		{Status: 200, Body: []byte("0123456789"), Fault: FaultTruncated},
	} {
		svc.SetScript(sc)
		code, err := rawCall(t, f.Client(), url, sc, false)
		if wantErr := sc.Fault != FaultNone; (err != nil) != wantErr || code != sc.Status {
			t.Fatalf("call %d: got %d, %v; want %d (failure: %v)", i, code, err, sc.Status, wantErr)
		}
	}
	if n := len(svc.Requests()); n != 5 {
		t.Errorf("got %d requests received, want 5", n)
	}
	if got := f.connections(); got != 1 {
		t.Errorf("got %d connections accepted, want 1", got)
	}
}

// rawCall makes one GET (idempotent: net/http would resend it on a broken
// reused connection if the face let it) and reads the whole body; it gives
// up after 10 s, or 200 ms for a script that hangs.
func rawCall(t *testing.T, c *http.Client, url string, sc Script, close bool) (int, error) {
	t.Helper()
	limit := 10 * time.Second
	if sc.Fault == FaultHang {
		limit = 200 * time.Millisecond
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	req.Close = close
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, err
}

// BenchmarkWireRawAnswers: A38: answers the wire face writes by hand (a
// custom reason phrase) against their standard twin that net/http writes,
// in turns of 10 each on one face through its client; reports the wall and
// CPU ratios raw/standard (the baseline is measured in the same run) and
// the connections the listeners accepted per raw answer (standard answers
// keep theirs, so every connection but the first is one a raw answer
// closed).
func BenchmarkWireRawAnswers(b *testing.B) {
	for _, scheme := range []string{"http", "https"} {
		b.Run(scheme, func(b *testing.B) {
			body := []byte(`{"error":"down","retry":false}`)
			std := Script{Status: 503, Body: body}
			raw := Script{Status: 503, Reason: "Backend Down", Body: body}
			svc := NewService(std)
			face, err := NewWire(svc)
			if err != nil {
				b.Fatal(err)
			}
			defer face.Close()
			f := face.(*wireFace)
			url := scheme + "://enrich.vendor.example/hook"
			const each = 10
			var wall, cpu [2]time.Duration
			turns := 0
			for b.Loop() {
				for i, sc := range []Script{std, raw} {
					svc.SetScript(sc)
					t0, c0 := time.Now(), cputime.Process()
					for range each {
						if code, err := benchCall(f.Client(), url); err != nil || code != 503 {
							b.Fatalf("got %d, %v; want 503", code, err)
						}
					}
					wall[i] += time.Since(t0)
					cpu[i] += cputime.Process() - c0
				}
				svc.Reset() // keep the record small
				turns++
			}
			b.ReportMetric(float64(wall[1])/float64(wall[0]), "x-raw-wall")
			b.ReportMetric(float64(cpu[1])/float64(cpu[0]), "cpu-x-raw")
			b.ReportMetric(float64(f.connections()-1)/float64(turns*each), "conns/raw")
		})
	}
}

func benchCall(c *http.Client, url string) (int, error) {
	resp, err := c.Post(url, "application/json", strings.NewReader(`{"email":"a@b.example"}`))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, err
}

// TestWireRawKeepAliveClose: A38: a connection kept after a raw answer is
// the server's again: Close ends it (the peer reads EOF), it does not stay
// open with the face gone.
func TestWireRawKeepAliveClose(t *testing.T) {
	f := openWire(t, NewService(Script{Status: 503, Reason: "Backend Down", Body: []byte("down")}))
	c, err := net.Dial("tcp", f.plain.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	br := bufio.NewReader(c)
	for i := range 2 { // the second request proves the connection was kept
		if _, err := io.WriteString(c, "GET /hook HTTP/1.1\r\nHost: enrich.vendor.example\r\n\r\n"); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("answer %d: %v", i, err)
		}
		body, err := io.ReadAll(resp.Body)
		if err != nil || resp.Status != "503 Backend Down" || string(body) != "down" || resp.Close {
			t.Fatalf("answer %d: got %q, %q, close %v, %v; want 503 Backend Down, down, kept", i, resp.Status, body, resp.Close, err)
		}
	}
	f.Close()
	c.SetReadDeadline(time.Now().Add(10 * time.Second)) // bounded: a kept connection would time out
	if n, err := br.ReadByte(); err != io.EOF {
		t.Errorf("after Close: got %v, %v; want EOF", n, err)
	}
}
