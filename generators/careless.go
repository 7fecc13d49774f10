package generators

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// CarelessAnswer is one answer of a careless service: it writes Body with
// its Content-Length whatever Status says, a 204 and a 304 included, and
// keeps the connection alive.
type CarelessAnswer struct {
	Status int
	Body   string
}

// CarelessAnswers generates 2 to 6 such answers, bodiless statuses with
// bodies among them.
func CarelessAnswers() *rapid.Generator[[]CarelessAnswer] {
	return rapid.SliceOfN(rapid.Custom(func(t *rapid.T) CarelessAnswer {
		a := CarelessAnswer{Status: rapid.SampledFrom([]int{200, 201, 204, 204, 304, 404, 503}).Draw(t, "status")}
		switch rapid.IntRange(0, 3).Draw(t, "body") {
		case 0:
		case 1:
			a.Body = "not json"
		default:
			a.Body = fmt.Sprintf(`{"company": {"name": "Co %d"}}`, rapid.IntRange(0, 99).Draw(t, "name"))
		}
		return a
	}), 2, 6)
}

// ReuseCareless is Reuse against a careless service on a raw loopback
// socket (A15): several goroutines call the same sequence of answers on
// one Caller, each answer on a path of its own, and every call has the
// outcome a fresh Caller gets for that path. A body after a 204 or 304
// header must not become the answer to a later call on the connection.
func ReuseCareless(t *rapid.T) {
	answers := CarelessAnswers().Draw(t, "answers")
	srv, err := startCareless(answers)
	if err != nil {
		t.Fatalf("careless service: %v", err)
	}
	defer srv.close()
	cat := marketo.StandardCatalog()
	opts := marketo.Options{Timeout: AnswerTimeout}
	want := make([]*marketo.Outcome, len(answers))
	for i := range answers {
		fresh := marketo.NewCaller(&http.Client{}, cat, opts)
		want[i] = carelessCall(t, fresh, srv.url(i))
		fresh.CloseIdleConnections()
	}
	shared := marketo.NewCaller(&http.Client{}, cat, opts)
	defer shared.CloseIdleConnections()
	var mu sync.Mutex
	var bad []string
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range answers {
				if d := outcomeDiff(carelessCall(t, shared, srv.url(i)), want[i]); d != "" {
					mu.Lock()
					bad = append(bad, fmt.Sprintf("goroutine %d, answer %d (%d): %s", g, i, answers[i].Status, d))
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if len(bad) > 0 {
		t.Fatalf("%d calls on one Caller differ from a fresh Caller's (A15): %s", len(bad), strings.Join(bad[:min(3, len(bad))], "; "))
	}
}

func carelessCall(t *rapid.T, c *marketo.Caller, url string) *marketo.Outcome {
	w := &marketo.Webhook{Name: "careless", URL: url, Method: marketo.MethodPost, Template: `{"a": 1}`,
		Encoding: marketo.EncodingJSON, ResponseType: marketo.ResponseJSON,
		Mappings: []marketo.Mapping{{Attribute: "company.name", Field: "company"}}}
	out, err := c.Call(context.Background(), w, marketo.Lead{"company": "Old Co"}, marketo.Flow{})
	if err != nil {
		t.Fatalf("Call: %v", err)
	}
	return out
}

// carelessServer serves CarelessAnswers on 127.0.0.1: the answer to
// /a/<i> is answers[i].
type carelessServer struct {
	ln      net.Listener
	answers []CarelessAnswer
	mu      sync.Mutex
	conns   []net.Conn
	wg      sync.WaitGroup
}

func startCareless(answers []CarelessAnswer) (*carelessServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &carelessServer{ln: ln, answers: answers}
	s.wg.Go(s.accept)
	return s, nil
}

func (s *carelessServer) url(i int) string { return fmt.Sprintf("http://%s/a/%d", s.ln.Addr(), i) }

func (s *carelessServer) accept() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		s.conns = append(s.conns, c)
		s.mu.Unlock()
		s.wg.Go(func() { s.serve(c) })
	}
}

func (s *carelessServer) serve(c net.Conn) {
	defer c.Close()
	br := bufio.NewReader(c)
	for range 1000 { // bounded: a check sends a few dozen requests
		c.SetDeadline(time.Now().Add(AnswerTimeout))
		req, err := http.ReadRequest(br)
		if err != nil {
			return
		}
		io.Copy(io.Discard, req.Body)
		var i int
		if _, err := fmt.Sscanf(req.URL.Path, "/a/%d", &i); err != nil || i < 0 || i >= len(s.answers) {
			return
		}
		a := s.answers[i]
		fmt.Fprintf(c, "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
			a.Status, http.StatusText(a.Status), len(a.Body), a.Body)
	}
}

// close stops the listener, ends every connection and waits for them.
func (s *carelessServer) close() {
	s.ln.Close()
	s.mu.Lock()
	for _, c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.wg.Wait()
}
