package marketo_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// bodilessServer is a raw TCP server on loopback that keeps connections
// alive and answers a request whose path holds "/nocontent" with a 204 (or
// whatever status the path names after "/status/") that carries a body and a
// Content-Length, as a careless service does; every other request gets a 201
// JSON answer. It stops when the test ends.
func bodilessServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var open []net.Conn
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range open {
			c.Close() // idle keep-alive connections end with the test
		}
		mu.Unlock()
		wg.Wait()
	})
	conns := make(chan net.Conn, 64)
	wg.Go(func() {
		defer close(conns)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			open = append(open, c)
			mu.Unlock()
			conns <- c
		}
	})
	wg.Go(func() {
		var inner sync.WaitGroup
		for c := range conns {
			inner.Go(func() { serveBodiless(c) })
		}
		inner.Wait()
	})
	return "http://" + ln.Addr().String()
}

func serveBodiless(c net.Conn) {
	defer c.Close()
	br := bufio.NewReader(c)
	for range 10_000 { // bounded: no client sends more on one connection
		c.SetDeadline(time.Now().Add(10 * time.Second))
		req, err := http.ReadRequest(br)
		if err != nil {
			return
		}
		io.Copy(io.Discard, req.Body)
		status := ""
		if _, code, ok := strings.Cut(req.URL.Path, "/status/"); ok {
			status = code
		}
		if status != "" {
			fmt.Fprintf(c, "HTTP/1.1 %s Whatever\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", status, len(enrichBody), enrichBody)
			continue
		}
		fmt.Fprintf(c, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(enrichBody), enrichBody)
	}
}

// TestCallBodilessAnswerDoesNotPoisonReuse is A15 on a kept-alive
// connection: a 204 or 304 that carries a body must not change the outcome
// of a later call on the same Caller (the bytes after the header would
// otherwise be read as the next answer). 8 goroutines x 100 rounds of a
// bodiless answer and then a normal one, on one Caller.
func TestCallBodilessAnswerDoesNotPoisonReuse(t *testing.T) {
	for _, status := range []int{204, 304} {
		t.Run(fmt.Sprintf("A15 %d with a body, then 201", status), func(t *testing.T) {
			if bad := bodilessRounds(t, status, 8, 100); len(bad) > 0 {
				t.Errorf("%d of 1600 calls went wrong after a %d with a body; first: %s", len(bad), status, strings.Join(bad[:min(3, len(bad))], "; "))
			}
		})
	}
}

// TestCallBodilessAnswerLogsNothing: net/http prints "Unsolicited response
// received on idle HTTP channel" on stderr (through the log package) when
// bytes follow a bodiless answer on a pooled connection. The rounds run in
// a child process, so that its stderr can be read without touching the
// log package's output here.
func TestCallBodilessAnswerLogsNothing(t *testing.T) {
	if os.Getenv("HOOKCERT_TEST_BODILESS_CHILD") == "1" {
		bodilessRounds(t, 204, 2, 20)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCallBodilessAnswerLogsNothing$", "-test.count=1")
	cmd.Env = append(os.Environ(), "HOOKCERT_TEST_BODILESS_CHILD=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("child: %v\n%s", err, stderr.String())
	}
	if strings.Contains(stderr.String(), "Unsolicited response") {
		t.Errorf("A15 net/http complained on stderr:\n%s", stderr.String())
	}
}

// bodilessRounds runs rounds of a bodiless answer with a body, then a normal
// one, in goroutines on one Caller, and describes each call that went wrong.
func bodilessRounds(t *testing.T, status, goroutines, rounds int) []string {
	base := bodilessServer(t)
	c := marketo.NewCaller(&http.Client{}, marketo.StandardCatalog(), marketo.Options{Timeout: 10 * time.Second})
	defer c.CloseIdleConnections()
	bodiless, normal := enrichHook(), enrichHook()
	bodiless.URL = fmt.Sprintf("%s/status/%d", base, status)
	normal.URL = base + "/v1/person"
	var mu sync.Mutex
	var bad []string
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for round := range rounds {
				first := call(t, c, bodiless, marketo.Flow{})
				second := call(t, c, normal, marketo.Flow{})
				mu.Lock()
				if first.Status != status || first.Failure != marketo.FailureNone || first.Response != "" {
					bad = append(bad, fmt.Sprintf("g%d r%d %d: status %d failure %q %s", g, round, status, first.Status, first.Failure, first.Detail))
				}
				if second.Code != 201 || second.Failure != marketo.FailureNone || !(len(second.Changes) > 0) {
					bad = append(bad, fmt.Sprintf("g%d r%d 201: code %d failure %q %s", g, round, second.Code, second.Failure, second.Detail))
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return bad
}
