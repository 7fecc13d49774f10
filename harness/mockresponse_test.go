package harness

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// bodyTrace is what a caller can observe of a response body: the bytes,
// the error that ended the reading, whether it came with the last bytes,
// and what Close and a Read after it return. The size of each Read is not
// part of it: a buffered reader may return fewer bytes than asked for.
type bodyTrace struct {
	noBody        bool
	data          []byte
	end           error
	endWithData   bool
	closeErr      error
	afterCloseErr error
}

func traceBody(body io.ReadCloser) bodyTrace {
	tr := bodyTrace{noBody: body == http.NoBody}
	buf := make([]byte, 7)
	for range 1 << 20 { // bounded: a body of the tests is far shorter
		n, err := body.Read(buf)
		tr.data = append(tr.data, buf[:n]...)
		if err != nil {
			tr.end, tr.endWithData = err, n > 0
			break
		}
	}
	tr.closeErr = body.Close()
	_, tr.afterCloseErr = body.Read(buf)
	return tr
}

// responseDiff compares a direct response with the parsed one, field by
// field, bodies by their traces; "" when they are the same.
func responseDiff(direct, parsed *http.Response) string {
	type head struct {
		Status                 string
		StatusCode             int
		Proto                  string
		ProtoMajor, ProtoMinor int
		Header                 http.Header
		ContentLength          int64
		TransferEncoding       []string
		Close, Uncompressed    bool
		Trailer                http.Header
		Request                *http.Request
		TLS                    any
	}
	headOf := func(r *http.Response) head {
		return head{r.Status, r.StatusCode, r.Proto, r.ProtoMajor, r.ProtoMinor, r.Header, r.ContentLength,
			r.TransferEncoding, r.Close, r.Uncompressed, r.Trailer, r.Request, r.TLS}
	}
	if d, p := headOf(direct), headOf(parsed); !reflect.DeepEqual(d, p) {
		return fmt.Sprintf("head: got direct %+v, want parsed %+v", d, p)
	}
	d, p := traceBody(direct.Body), traceBody(parsed.Body)
	if d.noBody != p.noBody || !bytes.Equal(d.data, p.data) || !errors.Is(d.end, p.end) || d.endWithData != p.endWithData ||
		!errors.Is(d.closeErr, p.closeErr) || !errors.Is(d.afterCloseErr, p.afterCloseErr) {
		return fmt.Sprintf("body: got direct %+v, want parsed %+v", d, p)
	}
	return ""
}

// fatalT is what agreeOn needs of a *testing.T or a *rapid.T.
type fatalT interface {
	Helper()
	Fatalf(format string, args ...any)
}

// exchangeRequest is the request a caller sends, and the method and URL
// the mock face plans the answer for (as respond derives them).
func exchangeRequest(t fatalT, method, url string, close bool) (*http.Request, string, string) {
	req, err := http.NewRequest(method, url, strings.NewReader("lead"))
	if err != nil {
		t.Fatalf("NewRequest(%q, %q): %v", method, url, err)
	}
	req.Close = close
	m := method
	if m == "" {
		m = http.MethodGet
	}
	return req, m, req.URL.Scheme + "://" + req.URL.Host + req.URL.RequestURI()
}

// agreeOn plans sc for one request and, where the answer is direct,
// compares the response built directly with the one parsed from the bytes
// the wire writes, both as served. It reports whether sc was direct.
func agreeOn(t fatalT, sc Script, method, url string, close bool) bool {
	t.Helper()
	req, m, target := exchangeRequest(t, method, url, close)
	a := plan(sc, m, target)
	if !a.direct() {
		return false
	}
	parsed, err := readAnswer(plan(sc, m, target).bytes(), req)
	if err != nil {
		t.Fatalf("%+v %s %s: the direct answer does not parse: %v", sc, m, url, err)
	}
	direct := directResponse(a, req)
	asServed(direct, a, req)
	asServed(parsed, a, req)
	if d := responseDiff(direct, parsed); d != "" {
		t.Fatalf("%+v %s %s close=%v: %s", sc, m, url, close, d)
	}
	return true
}

// harnessScripts are the scripts the harness's own tests play.
func harnessScripts() []Script {
	var out []Script
	for _, tc := range answerCases {
		out = append(out, tc.script)
	}
	for _, f := range append(Faults(), FaultNone) {
		out = append(out, Script{Status: 200, Body: []byte("01234567"), Fault: f})
	}
	out = append(out,
		Script{Status: 404, Reason: "Gone Fishing", Body: []byte("x")},
		Script{Status: 599, Body: []byte("x")},
		Script{Status: 201, Reason: "Made", Body: []byte("ok")},
		Script{Status: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: []byte(`{"score":42}`)},
		Script{Status: 200, Body: bytes.Repeat([]byte("0123456789"), 1000)}, // beyond the reader's 4 KiB buffer
		Script{Status: 200, Header: http.Header{"Pragma": {"no-cache"}}, Body: []byte("p")},
		Script{Status: 200, Header: http.Header{"Connection": {"close"}}, Body: []byte("c")},
		Script{Status: 200, Header: http.Header{"Trailer": {"X-T"}}, Body: []byte("t")},
		Script{Status: 200, Header: http.Header{"X-Space": {" padded "}, "X-Empty": {}, "X-Line": {"a\r\nb"}}, Body: []byte("s")},
		Script{Status: 302, RedirectTo: "https://elsewhere.example/", Body: []byte("r")},
	)
	n := len(out)
	for _, sc := range out[:n] {
		sc.HTTP2 = true
		out = append(out, sc)
	}
	return out
}

var exchangeMethods = []string{"", http.MethodGet, http.MethodPost, http.MethodHead, http.MethodPut, http.MethodDelete}

// TestDirectResponseAgrees: the response the mock face builds for an
// ordinary answer is the one net/http's reader makes of the bytes the
// wire writes (A17: the faces agree on status line, headers and body),
// over every script the harness tests play and scripts rapid draws.
func TestDirectResponseAgrees(t *testing.T) {
	t.Run("A17 the harness's scripts", func(t *testing.T) {
		direct := 0
		for _, sc := range harnessScripts() {
			for _, m := range exchangeMethods {
				for _, url := range []string{vendorURL, "http://enrich.vendor.example:8080/v1/enrich?x=1"} {
					for _, close := range []bool{false, true} {
						if agreeOn(t, sc, m, url, close) {
							direct++
						}
					}
				}
			}
		}
		if direct == 0 {
			t.Fatalf("got no direct answer among the harness's scripts, want some")
		}
	})
	t.Run("A17 an ordinary answer is built directly", func(t *testing.T) {
		for _, sc := range []Script{
			{Status: 200, Header: http.Header{"Content-Type": {"application/json"}}, Body: []byte(`{"ok":true}`)},
			{Status: 503, Body: []byte("down")},
			{Status: 404, Reason: "Gone Fishing", HTTP2: true},
			{Status: 204, HTTP2: true},
		} {
			if !agreeOn(t, sc, http.MethodPost, vendorURL, false) {
				t.Errorf("%+v: got the written-and-parsed path, want the direct one", sc)
			}
		}
	})
	t.Run("A17 drawn scripts", func(t *testing.T) {
		direct, all := 0, 0
		rapid.Check(t, func(rt *rapid.T) {
			sc, method, url, close := drawExchange(rt)
			all++
			if agreeOn(rt, sc, method, url, close) {
				direct++
			}
		})
		if direct == 0 || direct == all {
			t.Fatalf("got %d direct answers of %d drawn, want some of both paths", direct, all)
		}
	})
}

// drawExchange draws a script and a request to play it for, from values
// that touch every branch of plan and of net/http's reader.
func drawExchange(t *rapid.T) (Script, string, string, bool) {
	str := func(label string, sampled ...string) string {
		return rapid.OneOf(rapid.SampledFrom(sampled), rapid.String()).Draw(t, label)
	}
	sc := Script{
		Status: rapid.OneOf(rapid.SampledFrom([]int{0, 100, 101, 102, 199, 200, 201, 204, 206, 299, 301, 302, 304,
			400, 404, 418, 499, 500, 503, 599, 600, 799, 999, 1000}), rapid.IntRange(0, 1100)).Draw(t, "status"),
		Reason:   str("reason", "", "OK", "Backend Down", " lead", "trail ", "a\r\nb", "Service Unavailable"),
		NoReason: rapid.Bool().Draw(t, "noReason"),
		HTTP2:    rapid.Bool().Draw(t, "http2"),
		Fault:    rapid.SampledFrom(append(Faults(), FaultNone, FaultNone, FaultNone)).Draw(t, "fault"),
	}
	if sc.Fault == FaultHugeHeader || sc.Fault == FaultHugeBody {
		sc.Fault = FaultNone // never direct, and slow to build a hundred times
	}
	keys := rapid.SliceOfN(rapid.SampledFrom([]string{"Content-Type", "content-type", "X-Multi", "x-vendor", "Pragma",
		"Connection", "Trailer", "Content-Length", "Transfer-Encoding", "Cache-Control", "Set-Cookie", "Bad Key", "",
		"X_Under", "Content-Encoding", "Location", "Keep-Alive", "x-ünicode"}), 0, 4).Draw(t, "keys")
	if len(keys) > 0 {
		sc.Header = http.Header{}
	}
	for i, k := range keys {
		sc.Header[k] = rapid.SliceOfN(rapid.Custom(func(t *rapid.T) string {
			return str(fmt.Sprint("value", i), "", "a", " padded ", "no-cache", "close", "a\r\nX-Evil: 1", "tab\there",
				"\x00", "ü", "gzip", "chunked", "5", "keep-alive", "text/plain; charset=utf-8")
		}), 0, 3).Draw(t, fmt.Sprint("values", i))
	}
	switch rapid.IntRange(0, 3).Draw(t, "bodySize") {
	case 0:
	case 1, 2:
		sc.Body = rapid.SliceOfN(rapid.Byte(), 1, 64).Draw(t, "body")
	case 3:
		sc.Body = bytes.Repeat([]byte("0123456789abcdef"), rapid.IntRange(200, 600).Draw(t, "blocks"))
	}
	url := rapid.SampledFrom([]string{vendorURL, "http://enrich.vendor.example/v1"}).Draw(t, "url")
	if rapid.IntRange(0, 4).Draw(t, "redirect") == 0 {
		sc.RedirectTo = rapid.SampledFrom([]string{url, "https://elsewhere.example/"}).Draw(t, "redirectTo")
	}
	return sc, rapid.SampledFrom(exchangeMethods).Draw(t, "method"), url, rapid.Bool().Draw(t, "close")
}

// TestHeadWithinCounts: the mock face's check of A37 (headers beyond
// marketo.MaxHeaderBytes) counts the head without writing it, and decides
// as the written head's length does, at its very length and around it.
func TestHeadWithinCounts(t *testing.T) {
	check := func(t fatalT, sc Script, method, url string, close bool) {
		_, m, target := exchangeRequest(t, method, url, close)
		a := plan(sc, m, target)
		size := len(a.head())
		for _, limit := range []int{0, size - 1, size, size + 1, 1 << 30} {
			if got, want := a.headWithin(limit), size <= limit; got != want {
				t.Fatalf("%+v: headWithin(%d) got %v, want %v (the head has %d bytes)", sc, limit, got, want, size)
			}
		}
	}
	t.Run("A37 the harness's scripts", func(t *testing.T) {
		for _, sc := range harnessScripts() {
			for _, m := range exchangeMethods {
				check(t, sc, m, vendorURL, false)
			}
		}
	})
	t.Run("A37 drawn scripts", func(t *testing.T) {
		rapid.Check(t, func(rt *rapid.T) {
			sc, method, url, close := drawExchange(rt)
			check(rt, sc, method, url, close)
		})
	})
}
