package marketo_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// rawRecorder is a raw TCP server on loopback that records the header of
// each request as it arrived (Host included) and answers 200 with answer.
// It stops when the test ends.
func rawRecorder(t *testing.T, answer string) (string, func() []http.Header) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var got []http.Header
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Go(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Go(func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(10 * time.Second))
				req, err := http.ReadRequest(bufio.NewReader(c))
				if err != nil {
					return
				}
				io.Copy(io.Discard, req.Body)
				h := req.Header.Clone()
				h["Host"] = []string{req.Host}
				mu.Lock()
				got = append(got, h)
				mu.Unlock()
				io.WriteString(c, answer)
			})
		}
	})
	return ln.Addr().String(), func() []http.Header {
		mu.Lock()
		defer mu.Unlock()
		return got
	}
}

func TestCallRequestAsSent(t *testing.T) {
	// A33, A34, A35: Outcome.Request.Header is every header that went on the wire.
	addr, received := rawRecorder(t, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
	tests := []struct {
		name string
		edit func(w *marketo.Webhook)
	}{
		{"A34 POST with a body", func(w *marketo.Webhook) {}},
		{"A34 GET", func(w *marketo.Webhook) { w.Method, w.Template = marketo.MethodGet, "" }},
		{"A34 empty POST takes its own connection", func(w *marketo.Webhook) { w.Template = "" }},
		{"A35 credentials in the URL", func(w *marketo.Webhook) { w.URL = "http://ann:s3cret@" + addr + "/v1/x" }},
		{"A34 custom User-Agent and Host", func(w *marketo.Webhook) {
			w.Headers = append(w.Headers, marketo.Header{Name: "User-Agent", Value: "Marketo"}, marketo.Header{Name: "Host", Value: "vendor.example"})
		}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := enrichHook()
			w.URL = "http://" + addr + "/v1/x?a=1"
			tc.edit(w)
			c := marketo.NewCaller(&http.Client{}, marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
			out := call(t, c, w, marketo.Flow{})
			got := received()
			if len(got) != i+1 {
				t.Fatalf("%d requests arrived, want %d", len(got), i+1)
			}
			if !reflect.DeepEqual(got[i], out.Request.Header) {
				t.Errorf("Outcome.Request.Header\n  %v\nwant as on the wire\n  %v", out.Request.Header, got[i])
			}
			if _, ok := got[i]["Accept-Encoding"]; ok {
				t.Errorf("A33: Accept-Encoding %q went out, want none", got[i]["Accept-Encoding"])
			}
		})
	}
}

func TestCallRequestAsSentHTTP2(t *testing.T) {
	// A34 over HTTP/2: the same User-Agent, no Connection, Host as :authority.
	var mu sync.Mutex
	var got http.Header
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = r.Header.Clone()
		got["Host"] = []string{r.Host}
		mu.Unlock()
		io.WriteString(w, "{}")
	}))
	srv.EnableHTTP2 = true
	srv.StartTLS()
	defer srv.Close()
	c := marketo.NewCaller(srv.Client(), marketo.StandardCatalog(), marketo.Options{})
	out := call(t, c, pointAt(enrichHook(), srv.URL), marketo.Flow{})
	if out.Proto != "HTTP/2.0" {
		t.Fatalf("proto %s, want HTTP/2.0", out.Proto)
	}
	mu.Lock()
	defer mu.Unlock()
	if !reflect.DeepEqual(got, out.Request.Header) {
		t.Errorf("A34 HTTP/2: Outcome.Request.Header\n  %v\nwant as on the wire\n  %v", out.Request.Header, got)
	}
}

func TestCallGzipSentUnasked(t *testing.T) {
	// A33: no compression is asked for, so none is undone: Response holds the
	// bytes received, and the cap of A12 applies to them.
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	io.WriteString(zw, enrichBody)
	zw.Close()
	addr, _ := rawRecorder(t, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "+
		strconv.Itoa(zipped.Len())+"\r\nConnection: close\r\n\r\n"+zipped.String())
	c := marketo.NewCaller(&http.Client{}, marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
	out := call(t, c, pointAt(enrichHook(), "http://"+addr), marketo.Flow{})
	if out.Response != zipped.String() || out.Failure != marketo.FailureUnparseable || (len(out.Changes) > 0) {
		t.Errorf("A33 gzip unasked: response %q failure %q changes %v; want the gzip bytes as received, unparseable, no change",
			out.Response, out.Failure, out.Changes)
	}
}

func TestCallFailureDetailNamesTheHost(t *testing.T) {
	// A17: a failure's detail names scheme, host and port of the rendered URL
	// (R5 sets the path as typed, which made net/http print "http:/v1/x").
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	w := enrichHook()
	w.URL = "http://ann:s3cret@" + addr + "/v1/x%2Fy?a=1"
	c := marketo.NewCaller(&http.Client{}, marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
	out, err := c.Call(context.Background(), w, baseLead(), marketo.Flow{})
	if err != nil {
		t.Fatal(err)
	}
	want := "http://ann:xxxxx@" + addr + "/v1/x%2Fy?a=1"
	if out.Failure != marketo.FailureRefused || !strings.Contains(out.Detail, want) || strings.Contains(out.Detail, "s3cret") {
		t.Errorf("detail %q (failure %q), want it to name %q and hide the password", out.Detail, out.Failure, want)
	}
}

func TestWireTransportCapsHeaders(t *testing.T) {
	// A37: headers over MaxHeaderBytes are a transport failure; just under
	// the cap they are read and the answer maps.
	for _, tc := range []struct {
		name    string
		size    int
		failure marketo.Failure
	}{
		{"A37 headers just under 1 MiB are read", marketo.MaxHeaderBytes - 4096, ""},
		{"A37 headers over 1 MiB are a transport failure", marketo.MaxHeaderBytes + 1, marketo.FailureTransport},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var head strings.Builder
			head.WriteString("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
			for i := 0; head.Len() < tc.size; i++ {
				fmt.Fprintf(&head, "X-Pad-%d: %s\r\n", i, strings.Repeat("x", 1000))
			}
			addr, _ := rawRecorder(t, head.String()+"Content-Length: "+strconv.Itoa(len(enrichBody))+"\r\nConnection: close\r\n\r\n"+enrichBody)
			c := marketo.NewCaller(&http.Client{}, marketo.StandardCatalog(), marketo.Options{Timeout: 5 * time.Second})
			out := call(t, c, pointAt(enrichHook(), "http://"+addr), marketo.Flow{})
			if out.Failure != tc.failure {
				t.Errorf("failure %q (%s), want %q", out.Failure, out.Detail, tc.failure)
			}
			if tc.failure != "" && (len(out.Changes) > 0 || out.Code != 0) {
				t.Errorf("code %d, changes %v; want no code and no change", out.Code, out.Changes)
			}
		})
	}
}
