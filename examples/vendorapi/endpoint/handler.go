package endpoint

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// DefaultDelay is how long Slow waits before it answers: past a typical
// certification budget, far inside Marketo's 30 s (R17).
const DefaultDelay = 3 * time.Second

// Paths the endpoint serves. PersonPath is the example definition's path;
// MovedPath is where Redirect points, and answers like Conformant.
const (
	PersonPath = "/v2/person"
	MovedPath  = "/v3/person"
)

// maxRequestBytes bounds the request body the endpoint reads.
const maxRequestBytes = 64 << 10

// Option configures the endpoint.
type Option func(*handler)

// WithDelay sets how long Slow waits; zero or less keeps DefaultDelay.
func WithDelay(d time.Duration) Option {
	return func(h *handler) {
		if d > 0 {
			h.delay = d
		}
	}
}

// WithAPIKey makes the endpoint answer 401 to a request whose X-Api-Key
// header is not key. Without it any key, or none, is accepted.
func WithAPIKey(key string) Option { return func(h *handler) { h.apiKey = key } }

// handler is one endpoint. Its request counter (for Flaky) is its own: two
// handlers never share state.
type handler struct {
	mode     Mode
	delay    time.Duration
	apiKey   string
	requests atomic.Uint64
}

// New returns the example vendor's enrichment endpoint in mode. It serves
// POST PersonPath (and MovedPath) with a JSON PersonRequest body, answers 404
// elsewhere, 405 to other methods, 400 to a body that is not JSON. It is safe
// for concurrent use. An unknown mode is programmer misuse and panics
// (ParseMode checks user input).
func New(mode Mode, opts ...Option) http.Handler {
	if _, err := ParseMode(string(mode)); err != nil {
		panic("endpoint.New: " + err.Error())
	}
	h := &handler{mode: mode, delay: DefaultDelay}
	for _, o := range opts {
		o(h)
	}
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != PersonPath && r.URL.Path != MovedPath {
		writeError(w, http.StatusNotFound, "no such path: "+r.URL.Path)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "use POST")
		return
	}
	if h.apiKey != "" && r.Header.Get("X-Api-Key") != h.apiKey {
		writeError(w, http.StatusUnauthorized, "missing or wrong X-Api-Key")
		return
	}
	var req PersonRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxRequestBytes))
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "the body is not a JSON person request: "+err.Error())
		return
	}
	n := h.requests.Add(1)
	if r.URL.Path == MovedPath {
		writeJSON(w, "application/json", Enrich(req))
		return
	}
	h.answer(w, r.Context(), req, n)
}

// answer writes the mode's answer to the n-th well-formed request.
func (h *handler) answer(w http.ResponseWriter, ctx context.Context, req PersonRequest, n uint64) {
	switch h.mode {
	case EmptyBody:
		w.WriteHeader(http.StatusOK)
	case TextOK:
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok"))
	case Redirect:
		w.Header().Set("Location", MovedPath)
		w.WriteHeader(http.StatusFound)
	case Slow:
		select {
		case <-time.After(h.delay):
			writeJSON(w, "application/json", Enrich(req))
		case <-ctx.Done(): // the caller gave up; nobody reads an answer
		}
	case PlusFails:
		if strings.Contains(req.Email, "+") {
			writeError(w, http.StatusInternalServerError, "cannot parse the e-mail address")
			return
		}
		writeJSON(w, "application/json", Enrich(req))
	case WrongContentType:
		writeJSON(w, "text/html; charset=utf-8", Enrich(req))
	case NoContent:
		w.WriteHeader(http.StatusNoContent)
	case XMLForJSON:
		writeXML(w, Enrich(req))
	case StringForInteger:
		writeJSON(w, "application/json", stringEmployees(Enrich(req)))
	case Flaky:
		if n%10 == 0 {
			writeError(w, http.StatusServiceUnavailable, "overloaded, try again")
			return
		}
		writeJSON(w, "application/json", Enrich(req))
	default:
		writeJSON(w, "application/json", Enrich(req))
	}
}

// answerBody is the envelope the mappings read from: {"person": {...}}.
type answerBody struct {
	Person any `json:"person"`
}

func writeJSON(w http.ResponseWriter, contentType string, person any) {
	b, err := json.Marshal(answerBody{Person: person})
	if err != nil { // only plain structs and strings go in
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	b, _ := json.Marshal(map[string]string{"error": msg}) // a map of strings always marshals
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// xmlPerson is the answer as XML, for XMLForJSON.
type xmlPerson struct {
	XMLName  xml.Name `xml:"person"`
	Title    string   `xml:"title"`
	LinkedIn string   `xml:"linkedin"`
	Company  Company  `xml:"company"`
	Scores   []Score  `xml:"scores>score"`
}

func writeXML(w http.ResponseWriter, p Person) {
	b, err := xml.Marshal(xmlPerson{Title: p.Title, LinkedIn: p.LinkedIn, Company: p.Company, Scores: p.Scores})
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json") // the lie this mode tells
	_, _ = w.Write(append([]byte(xml.Header), b...))
}

// stringEmployees is p with the company size as a JSON string, e.g. "1843".
func stringEmployees(p Person) any {
	type company struct {
		Name      string `json:"name"`
		Industry  string `json:"industry"`
		Employees string `json:"employees"`
	}
	return struct {
		Title    string  `json:"title"`
		LinkedIn string  `json:"linkedin"`
		Company  company `json:"company"`
		Scores   []Score `json:"scores"`
	}{p.Title, p.LinkedIn, company{p.Company.Name, p.Company.Industry, strconv.Itoa(p.Company.Employees)}, p.Scores}
}
