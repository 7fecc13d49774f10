package steps

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strings"

	"github.com/hookcert/hookcert/marketo"
)

// requestDefs are the steps that check the request the service received.
func requestDefs() []Def {
	return inArea("The request that was sent", []Def{
		{
			Keyword: Then, EN: "no request was sent", DE: "wurde keine Anfrage gesendet", DEAlt: "keine Anfrage wurde gesendet",
			Doc:       "The service received nothing (R2, A2, A5).",
			ExampleEN: "Then no request was sent", ExampleDE: "Dann wurde keine Anfrage gesendet",
			run: thenNoRequestSent,
		},
		{
			Keyword: Then, EN: "the number of requests sent is {int}", DE: "ist die Anzahl gesendeter Anfragen {int}", DEAlt: "die Anzahl gesendeter Anfragen ist {int}",
			Doc:       "The service received this many requests in all (R3, A10).",
			ExampleEN: "Then the number of requests sent is 1", ExampleDE: "Dann ist die Anzahl gesendeter Anfragen 1",
			run: thenNumberRequestsSent,
		},
		{
			Keyword: Then, EN: "the request method is {string}", DE: "ist die Methode der Anfrage {string}", DEAlt: "die Methode der Anfrage ist {string}",
			Doc:       "The HTTP method of every request received (R6).",
			ExampleEN: `Then the request method is "POST"`, ExampleDE: `Dann ist die Methode der Anfrage "POST"`,
			run: thenRequestMethod,
		},
		{
			Keyword: Then, EN: "the request URL is {string}", DE: "ist die URL der Anfrage {string}", DEAlt: "die URL der Anfrage ist {string}",
			Doc:       "The URL as the service was addressed, scheme and host included, characters exactly as sent (R5, A7).",
			ExampleEN: `Then the request URL is "https://enrich.vendor.example/v1/score?email=ada%40example.com"`,
			ExampleDE: `Dann ist die URL der Anfrage "https://enrich.vendor.example/v1/score?email=ada%40example.com"`,
			run:       thenRequestURL,
		},
		{
			Keyword: Then, Arg: Table, EN: "the request URLs are:", DE: "sind die URLs der Anfragen:", DEAlt: "die URLs der Anfragen sind:",
			Doc:       "The URL of every request the service received, in order, one row each: a redirect followed under the knob FollowRedirects (A11) is a request of its own, and so is each call (\"called again\"). Header row `| url |` (German `| URL |`).",
			ExampleEN: "Then the request URLs are:", ExampleDE: "Dann sind die URLs der Anfragen:",
			ExampleArg: "| url                                     |\n| https://enrich.vendor.example/v1/score |\n| https://enrich.vendor.example/v2/score |",
			run:        thenRequestURLsAre,
		},
		{
			Keyword: Then, EN: "the request query parameter {string} is {string}", DE: "ist der Query-Parameter {string} der Anfrage {string}", DEAlt: "der Query-Parameter {string} der Anfrage ist {string}",
			Doc:       "The URL's query has this parameter with this value, percent-decoded (R5, R15); several values are joined with \", \".",
			ExampleEN: `Then the request query parameter "campaign" is "Enrich New Leads"`,
			ExampleDE: `Dann ist der Query-Parameter "campaign" der Anfrage "Enrich New Leads"`,
			run:       thenRequestQueryParameter,
		},
		{
			Keyword: Then, EN: "the request header {string} is {string}", DE: "ist der Header {string} der Anfrage {string}", DEAlt: "der Header {string} der Anfrage ist {string}",
			Doc:       "A header of the request (R10, A4); several values are joined with \", \".",
			ExampleEN: `Then the request header "Content-Type" is "application/json"`,
			ExampleDE: `Dann ist der Header "Content-Type" der Anfrage "application/json"`,
			run:       thenRequestHeader,
		},
		{
			Keyword: Then, EN: "the request has no header {string}", DE: "hat die Anfrage keinen Header {string}", DEAlt: "die Anfrage hat keinen Header {string}",
			Doc:       "The request carries no such header (A4 knob).",
			ExampleEN: `Then the request has no header "Content-Type"`, ExampleDE: `Dann hat die Anfrage keinen Header "Content-Type"`,
			run: thenRequestHasNoHeader,
		},
		{
			Keyword: Then, Arg: DocString, EN: "the request body is:", DE: "ist der Inhalt der Anfrage:", DEAlt: "der Inhalt der Anfrage ist:",
			Doc:       "The body, byte for byte (R7, R14-R16).",
			ExampleEN: "Then the request body is:", ExampleDE: "Dann ist der Inhalt der Anfrage:",
			ExampleArg: `{"email": "ada@example.com"}`,
			run:        thenRequestBodyBlock,
		},
		{
			Keyword: Then, EN: "the request body is {string}", DE: "ist der Inhalt der Anfrage {string}", DEAlt: "der Inhalt der Anfrage ist {string}",
			Doc:       "As above, on one line.",
			ExampleEN: `Then the request body is "email=ada%40example.com"`, ExampleDE: `Dann ist der Inhalt der Anfrage "email=ada%40example.com"`,
			run: thenRequestBody,
		},
		{
			Keyword: Then, EN: "the request body is the escaped text {escaped}", DE: "ist der Inhalt der Anfrage der maskierte Text {escaped}", DEAlt: "der Inhalt der Anfrage ist der maskierte Text {escaped}",
			Doc:       "As above, with Go's escapes decoded: for control characters a feature file cannot show (A3).",
			ExampleEN: `Then the request body is the escaped text "a\bb\fc\rd"`, ExampleDE: `Dann ist der Inhalt der Anfrage der maskierte Text "a\bb\fc\rd"`,
			run: thenRequestBodyEscapedText,
		},
		{
			Keyword: Then, EN: "the request body is empty", DE: "ist der Inhalt der Anfrage leer", DEAlt: "der Inhalt der Anfrage ist leer",
			Doc:       "The request has no body (a GET, R7).",
			ExampleEN: "Then the request body is empty", ExampleDE: "Dann ist der Inhalt der Anfrage leer",
			run: thenRequestBodyEmpty,
		},
		{
			Keyword: Then, Arg: DocString, EN: "the request body is JSON:", DE: "ist der Inhalt der Anfrage das JSON:", DEAlt: "der Inhalt der Anfrage ist das JSON:",
			Doc:       "The body is valid JSON equal to the docstring's JSON: white space and key order do not count, numbers compare by value (R14).",
			ExampleEN: "Then the request body is JSON:", ExampleDE: "Dann ist der Inhalt der Anfrage das JSON:",
			ExampleArg: `{"email": "ada@example.com", "score": 10}`,
			run:        thenRequestBodyJSONBlock,
		},
		{
			Keyword: Then, EN: "the request body contains {string}", DE: "enthält der Inhalt der Anfrage {string}", DEAlt: "der Inhalt der Anfrage enthält {string}",
			Doc:       "The body holds this text somewhere, byte for byte (R7, R14-R16).",
			ExampleEN: `Then the request body contains "ada@example.com"`, ExampleDE: `Dann enthält der Inhalt der Anfrage "ada@example.com"`,
			run: thenRequestBodyContains,
		},
		{
			Keyword: Then, EN: "the request JSON value {string} is {string}", DE: "ist der JSON-Wert {string} der Anfrage {string}", DEAlt: "der JSON-Wert {string} der Anfrage ist {string}",
			Doc:       "The body is JSON and the value at this path (as a Response Attribute is written: `person.email`, `orders[0].id`, R22) is this text; a number, boolean, null, object or list compares as its compact JSON (`42`, `true`, `null`) (R14).",
			ExampleEN: `Then the request JSON value "person.email" is "ada@example.com"`,
			ExampleDE: `Dann ist der JSON-Wert "person.email" der Anfrage "ada@example.com"`,
			run:       thenRequestJSONValue,
		},
		{
			Keyword: Then, EN: "the request form value {string} is {string}", DE: "ist der Formularwert {string} der Anfrage {string}", DEAlt: "der Formularwert {string} der Anfrage ist {string}",
			Doc:       "The body decodes as application/x-www-form-urlencoded and the key has this value (R15).",
			ExampleEN: `Then the request form value "email" is "ada+1@example.com"`, ExampleDE: `Dann ist der Formularwert "email" der Anfrage "ada+1@example.com"`,
			run: thenRequestFormValue,
		},
	})
}

// thenNoRequestSent runs the step "no request was sent".
func thenNoRequestSent(_ context.Context, w *world, _ *args) error {
	return w.eachFace(func(fr *faceRun) error {
		if len(fr.requests) > 0 {
			return fmt.Errorf("the service received %d requests, want none (first: %s %s)", len(fr.requests), fr.requests[0].Method, fr.requests[0].URL)
		}
		return nil
	})
}

// thenNumberRequestsSent runs the step "the number of requests sent is {int}".
func thenNumberRequestsSent(_ context.Context, w *world, a *args) error {
	return w.eachFace(func(fr *faceRun) error {
		if len(fr.requests) != a.num(0) {
			return fmt.Errorf("requests received: got %d, want %d", len(fr.requests), a.num(0))
		}
		return nil
	})
}

// thenRequestMethod runs the step "the request method is {string}".
func thenRequestMethod(_ context.Context, w *world, a *args) error {
	return w.eachRequest(func(r request) error {
		if r.Method != a.str(0) {
			return fmt.Errorf("method: got %q, want %q", r.Method, a.str(0))
		}
		return nil
	})
}

// thenRequestURL runs the step "the request URL is {string}".
func thenRequestURL(_ context.Context, w *world, a *args) error {
	return w.eachRequest(func(r request) error {
		if r.URL != a.str(0) {
			return fmt.Errorf("URL: got %q, want %q", r.URL, a.str(0))
		}
		return nil
	})
}

// thenRequestHeader runs the step "the request header {string} is {string}".
func thenRequestHeader(_ context.Context, w *world, a *args) error {
	return w.eachRequest(func(r request) error {
		vals := r.Header.Values(a.str(0))
		if len(vals) == 0 {
			return fmt.Errorf("header %s: missing, want %q", a.str(0), a.str(1))
		}
		if got := strings.Join(vals, ", "); got != a.str(1) {
			return fmt.Errorf("header %s: got %q, want %q", a.str(0), got, a.str(1))
		}
		return nil
	})
}

// thenRequestHasNoHeader runs the step "the request has no header {string}".
func thenRequestHasNoHeader(_ context.Context, w *world, a *args) error {
	return w.eachRequest(func(r request) error {
		if vals := r.Header.Values(a.str(0)); len(vals) > 0 {
			return fmt.Errorf("header %s: got %q, want none", a.str(0), strings.Join(vals, ", "))
		}
		return nil
	})
}

// thenRequestBodyBlock runs the step "the request body is:".
func thenRequestBodyBlock(_ context.Context, w *world, a *args) error {
	return w.body(a.doc.Content)
}

// thenRequestBody runs the step "the request body is {string}".
func thenRequestBody(_ context.Context, w *world, a *args) error {
	return w.body(a.str(0))
}

// thenRequestBodyEscapedText runs the step "the request body is the escaped text {escaped}".
func thenRequestBodyEscapedText(_ context.Context, w *world, a *args) error {
	return w.body(a.str(0))
}

// thenRequestBodyEmpty runs the step "the request body is empty".
func thenRequestBodyEmpty(_ context.Context, w *world, _ *args) error {
	return w.body("")
}

// thenRequestBodyJSONBlock runs the step "the request body is JSON:".
func thenRequestBodyJSONBlock(_ context.Context, w *world, a *args) error {
	want, err := decodeJSON([]byte(a.doc.Content))
	if err != nil {
		return fmt.Errorf("the expected JSON does not parse: %w", err)
	}
	return w.eachRequest(func(r request) error {
		got, err := decodeJSON(r.Body)
		if err != nil {
			return fmt.Errorf("the body is not valid JSON (%v):\n%s", err, r.Body)
		}
		if !reflect.DeepEqual(got, want) {
			return fmt.Errorf("body JSON:\n got  %s\n want %s", jsonText(got), jsonText(want))
		}
		return nil
	})
}

// thenRequestFormValue runs the step "the request form value {string} is {string}".
func thenRequestFormValue(_ context.Context, w *world, a *args) error {
	return w.eachRequest(func(r request) error {
		vals, err := url.ParseQuery(string(r.Body))
		if err != nil {
			return fmt.Errorf("the body %q does not decode as a form: %w", r.Body, err)
		}
		if !vals.Has(a.str(0)) {
			return fmt.Errorf("form value %s: missing in %q", a.str(0), r.Body)
		}
		if got := vals.Get(a.str(0)); got != a.str(1) {
			return fmt.Errorf("form value %s: got %q, want %q", a.str(0), got, a.str(1))
		}
		return nil
	})
}

// thenRequestURLsAre runs the step "the request URLs are:".
func thenRequestURLsAre(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"url", "URL"})
	if err != nil {
		return err
	}
	return w.eachFace(func(fr *faceRun) error {
		got := make([]string, len(fr.requests))
		for i, r := range fr.requests {
			got[i] = r.URL
		}
		want := make([]string, len(rows))
		for i, r := range rows {
			want[i] = strings.TrimSpace(r[0])
		}
		if !slices.Equal(got, want) {
			return fmt.Errorf("request URLs:\n got  %q\n want %q", got, want)
		}
		return nil
	})
}

// thenRequestQueryParameter runs the step "the request query parameter {string} is {string}".
func thenRequestQueryParameter(_ context.Context, w *world, a *args) error {
	return w.eachRequest(func(r request) error {
		u, err := url.Parse(r.URL)
		if err != nil {
			return fmt.Errorf("the URL %q does not parse: %w", r.URL, err)
		}
		vals, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			return fmt.Errorf("the query of %q does not decode: %w", r.URL, err)
		}
		if !vals.Has(a.str(0)) {
			return fmt.Errorf("query parameter %s: missing in %q", a.str(0), r.URL)
		}
		if got := strings.Join(vals[a.str(0)], ", "); got != a.str(1) {
			return fmt.Errorf("query parameter %s: got %q, want %q", a.str(0), got, a.str(1))
		}
		return nil
	})
}

// thenRequestBodyContains runs the step "the request body contains {string}".
func thenRequestBodyContains(_ context.Context, w *world, a *args) error {
	return w.eachRequest(func(r request) error {
		if !strings.Contains(string(r.Body), a.str(0)) {
			return fmt.Errorf("the body %q does not contain %q", r.Body, a.str(0))
		}
		return nil
	})
}

// thenRequestJSONValue runs the step "the request JSON value {string} is {string}".
func thenRequestJSONValue(_ context.Context, w *world, a *args) error {
	path, err := marketo.ParsePath(a.str(0))
	if err != nil {
		return fmt.Errorf("the JSON path %q: %w", a.str(0), err)
	}
	return w.eachRequest(func(r request) error {
		doc, err := marketo.ParseJSONBody(r.Body)
		if err != nil {
			return fmt.Errorf("the body is not JSON (%v):\n%s", err, r.Body)
		}
		v, ok := marketo.Resolve(doc, path)
		if !ok {
			return fmt.Errorf("JSON value %s: missing in %s", a.str(0), r.Body)
		}
		got, isText := v.(string)
		if !isText {
			got = jsonText(v)
		}
		if got != a.str(1) {
			return fmt.Errorf("JSON value %s: got %s, want %q", a.str(0), jsonText(v), a.str(1))
		}
		return nil
	})
}

// request is one request a face's service received.
type request struct {
	Method, URL string
	Header      http.Header
	Body        []byte
}

// eachRequest runs check on every request every face received; it fails when
// a face received none.
func (w *world) eachRequest(check func(r request) error) error {
	return w.eachFace(func(fr *faceRun) error {
		if len(fr.requests) == 0 {
			return errors.New("the service received no request")
		}
		for i, rec := range fr.requests {
			r := request{Method: rec.Method, URL: rec.URL, Header: rec.Header, Body: rec.Body}
			if err := check(r); err != nil {
				if len(fr.requests) > 1 {
					return fmt.Errorf("request %d: %w", i+1, err)
				}
				return err
			}
		}
		return nil
	})
}

func (w *world) body(want string) error {
	return w.eachRequest(func(r request) error {
		if string(r.Body) != want {
			return fmt.Errorf("body:\n got  %q\n want %q", r.Body, want)
		}
		return nil
	})
}

// decodeJSON decodes a JSON document with numbers made canonical, so that
// 1, 1.0 and 1e0 compare equal.
func decodeJSON(data []byte) (any, error) {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	// More is false on a stray ']' or '}', so ask for the end itself.
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("text after the JSON value")
	}
	return canonNumbers(v), nil
}

// jsonNumber is a JSON number in canonical form, distinct from a JSON string.
type jsonNumber string

func canonNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		if r, ok := new(big.Rat).SetString(string(x)); ok {
			return jsonNumber(r.RatString())
		}
		return jsonNumber(x)
	case map[string]any:
		for k, e := range x {
			x[k] = canonNumbers(e)
		}
	case []any:
		for i, e := range x {
			x[i] = canonNumbers(e)
		}
	}
	return v
}

// jsonText is v as compact JSON for a message, with & < > as written (not
// \u0026...): the text should read as the request that was sent.
func jsonText(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
