package steps

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/hookcert/hookcert/harness"
)

// answerDefs are the steps that script the vendor service's answer and its faults.
func answerDefs() []Def {
	return inArea("Scripted answer", []Def{
		{
			Keyword: Given, EN: "the service answers {int} {string}", DE: "der Dienst antwortet {int} {string}",
			Doc:       "The service answers with this status code and reason phrase and an empty body. An empty phrase (\"\") sends the standard phrase of the code, none for a non-standard code.",
			ExampleEN: `Given the service answers 503 "Backend Down"`, ExampleDE: `Angenommen der Dienst antwortet 503 "Backend Down"`,
			run: givenServiceAnswers,
		},
		{
			Keyword: Given, Arg: DocString, EN: "the service answers {int} {string} with body:", DE: "der Dienst antwortet {int} {string} mit dem Inhalt:",
			Doc:       "As above, with the docstring as the body, byte for byte.",
			ExampleEN: `Given the service answers 200 "OK" with body:`, ExampleDE: `Angenommen der Dienst antwortet 200 "OK" mit dem Inhalt:`,
			ExampleArg: `{"score": 42}`,
			run:        givenServiceAnswersBodyBlock,
		},
		{
			Keyword: Given, EN: "the service answers {int} {string} with base64 body {string}", DE: "der Dienst antwortet {int} {string} mit dem Base64-Inhalt {string}",
			Doc:       "As above, with any bytes as the body, given in standard base64.",
			ExampleEN: `Given the service answers 200 "OK" with base64 body "77u/eyJzY29yZSI6IDQyfQ=="`,
			ExampleDE: `Angenommen der Dienst antwortet 200 "OK" mit dem Base64-Inhalt "77u/eyJzY29yZSI6IDQyfQ=="`,
			run:       givenServiceAnswersBase64Body,
		},
		{
			Keyword: Given, EN: "the service answers {int} {string} with a body of {int} bytes", DE: "der Dienst antwortet {int} {string} mit einem Inhalt von {int} Bytes",
			Doc:       "As above, with a JSON body of exactly that many bytes (`{\"pad\":\"xxx…\"}`, at least 10), for the size cap (A12).",
			ExampleEN: `Given the service answers 200 "OK" with a body of 1048577 bytes`,
			ExampleDE: `Angenommen der Dienst antwortet 200 "OK" mit einem Inhalt von 1048577 Bytes`,
			run:       givenServiceAnswersBodyBytes,
		},
		{
			Keyword: Given, EN: "the service answers {int} {string} with the body from {string}", DE: "der Dienst antwortet {int} {string} mit dem Inhalt aus {string}",
			Doc:       "As above, with the bytes of this file as the body. A relative path is looked up next to the feature file, then in the working directory.",
			ExampleEN: `Given the service answers 200 "OK" with the body from "testdata/sample.json"`,
			ExampleDE: `Angenommen der Dienst antwortet 200 "OK" mit dem Inhalt aus "testdata/sample.json"`,
			run:       givenServiceAnswersBodyFrom,
		},
		{
			Keyword: Given, Arg: Table, EN: "the service answers in turn:", DE: "der Dienst antwortet der Reihe nach:",
			Doc:       "One answer per call, in order: the first call gets the first row, \"When the webhook is called again\" the next (the retry Adobe recommends after a failure); the last row repeats. Header row `| code | reason | body |` (German `| Code | Grund | Inhalt |`); headers, delay and faults of the other steps apply to every row.",
			ExampleEN: "Given the service answers in turn:", ExampleDE: "Angenommen der Dienst antwortet der Reihe nach:",
			ExampleArg: "| code | reason       | body          |\n| 503  | Backend Down |               |\n| 200  | OK           | {\"score\": 42} |",
			run:        givenServiceAnswersInTurn,
		},
		{
			Keyword: Given, EN: "the answer has the header {string} {string}", DE: "die Antwort hat den Header {string} {string}",
			Doc:       "Adds a header to the answer.",
			ExampleEN: `Given the answer has the header "Location" "https://enrich.vendor.example/v2/score"`,
			ExampleDE: `Angenommen die Antwort hat den Header "Location" "https://enrich.vendor.example/v2/score"`,
			run:       givenAnswerHasHeader,
		},
		{
			Keyword: Given, EN: "the service answers after {int} ms", DE: "der Dienst antwortet nach {int} ms",
			Doc:       "The service waits this long before it answers (R4, R17).",
			ExampleEN: "Given the service answers after 50 ms", ExampleDE: "Angenommen der Dienst antwortet nach 50 ms",
			run: givenServiceAnswersAfterMs,
		},
		{
			Keyword: Given, EN: "the service holds its answers until {int} requests are in", DE: "der Dienst hält seine Antworten zurück, bis {int} Anfragen da sind",
			Doc:       "No answer goes out (and no delay starts) before this many requests have arrived: they are then in flight together, whatever the machine's load (A1). Fewer requests wait until the time-out.",
			ExampleEN: "Given the service holds its answers until 20 requests are in", ExampleDE: "Angenommen der Dienst hält seine Antworten zurück, bis 20 Anfragen da sind",
			run: givenServiceHoldsAnswersUntilRequests,
		},
		{
			Keyword: Given, EN: "the status line has no reason phrase", DE: "die Statuszeile hat keinen Grundtext",
			Doc:       "The status line ends after the code (`HTTP/1.1 503 `): no reason phrase at all, where an empty phrase (\"\") in the answer steps sends the standard one (A17).",
			ExampleEN: "Given the status line has no reason phrase", ExampleDE: "Angenommen die Statuszeile hat keinen Grundtext",
			run: givenStatusLineHasNoReasonPhrase,
		},
		{
			Keyword: Given, EN: "the service redirects with {int} to {string}", DE: "der Dienst leitet mit {int} nach {string} um",
			Doc:       "Every request to another URL gets this 3xx code with that Location and no body; a request to that URL (scheme and host included) gets the scripted answer (A11).",
			ExampleEN: `Given the service redirects with 302 to "https://enrich.vendor.example/v2/score"`,
			ExampleDE: `Angenommen der Dienst leitet mit 302 nach "https://enrich.vendor.example/v2/score" um`,
			run:       givenServiceRedirects,
		},
		{
			Keyword: Given, EN: "the service speaks HTTP/2", DE: "der Dienst spricht HTTP/2",
			Doc:       "The service answers an https request over HTTP/2, which has no reason phrase (A13, A17). Faults are still played over HTTP/1.1, and plain http has no HTTP/2.",
			ExampleEN: "Given the service speaks HTTP/2", ExampleDE: "Angenommen der Dienst spricht HTTP/2",
			run: givenServiceSpeaksHTTP2,
		},
		faultDef("the service never answers", "der Dienst antwortet nie", harness.FaultHang,
			"The service accepts the request and never answers: the call times out (R17). Set a short time-out."),
		faultDef("the service refuses the connection", "der Dienst verweigert die Verbindung", harness.FaultRefused,
			"The connection is refused (A17)."),
		faultDef("the service resets the connection", "der Dienst setzt die Verbindung zurück", harness.FaultReset,
			"The connection is reset before an answer (A17)."),
		faultDef("the service presents an untrusted certificate", "der Dienst zeigt ein nicht vertrauenswürdiges Zertifikat", harness.FaultTLS,
			"The TLS handshake fails: the certificate is not trusted (A13)."),
		faultDef("the service cuts the body short", "der Dienst bricht den Inhalt ab", harness.FaultTruncated,
			"The answer's body stops short of its Content-Length."),
		faultDef("the service answers with a garbled status line", "der Dienst antwortet mit einer verstümmelten Statuszeile", harness.FaultGarbage,
			"The answer starts with a malformed status line."),
		{
			Keyword: Given, EN: "the service resets {int}% of connections (seed {int})", DE: "der Dienst setzt {int}% der Verbindungen zurück (Seed {int})",
			Doc:       "Seeded chaos: this share of the requests is reset before the answer (A36), the rest answered as scripted. Which ones is decided by the seed and each request itself, not by arrival order, so one seed replays the same run exactly, on both faces and at any concurrency.",
			ExampleEN: "Given the service resets 30% of connections (seed 42)", ExampleDE: "Angenommen der Dienst setzt 30% der Verbindungen zurück (Seed 42)",
			run: givenServiceChaos,
		},
		faultDef("the service resets the connection in the body", "der Dienst setzt die Verbindung im Inhalt zurück", harness.FaultResetBody,
			"The head and half the body arrive, then a TCP RST: a reset (A36), nothing is mapped."),
		faultDef("the service breaks the chunked encoding", "der Dienst bricht die Chunked-Kodierung", harness.FaultChunked,
			"The body is sent chunked with a chunk size that is not hex: a transport failure (A36)."),
		faultDef("the service drips the body a byte at a time", "der Dienst tröpfelt den Inhalt Byte für Byte", harness.FaultDrip,
			"The head arrives at once, then a byte of the body every 50 ms: with a time-out shorter than the body takes, the call times out (R17)."),
		faultDef("the TLS handshake fails", "der TLS-Handshake schlägt fehl", harness.FaultHandshake,
			"The service answers the TLS ClientHello in plain HTTP (https to an http port): no request arrives, a transport failure (A36). Plain http is answered as scripted."),
		faultDef("the service sends the body gzip-compressed unasked", "der Dienst sendet den Inhalt ungefragt gzip-komprimiert", harness.FaultGzip,
			"The scripted body goes out gzip-compressed with Content-Encoding: gzip, which nobody asked for: unparseable (A33)."),
		faultDef("the service redirects every request to itself", "der Dienst leitet jede Anfrage auf sich selbst um", harness.FaultRedirectLoop,
			"Every request gets a 302 to its own URL: without FollowRedirects the 302 is recorded, with it the call fails after net/http's 10 redirects (A11)."),
		faultDef("the service sends over 1 MiB of headers", "der Dienst sendet über 1 MiB an Headern", harness.FaultHugeHeader,
			"The scripted answer with more than 1 MiB of headers: a transport failure, nothing is mapped (A37)."),
		faultDef("the service sends a body of 100 MiB", "der Dienst sendet einen Inhalt von 100 MiB", harness.FaultHugeBody,
			"A body of 100 MiB, streamed: too large (A12), read no further than the cap."),
	})
}

// givenServiceAnswers runs the step "the service answers {int} {string}".
func givenServiceAnswers(_ context.Context, w *world, a *args) error {
	return w.answer(a.num(0), a.str(1), nil)
}

// givenServiceAnswersBodyBlock runs the step "the service answers {int} {string} with body:".
func givenServiceAnswersBodyBlock(_ context.Context, w *world, a *args) error {
	return w.answer(a.num(0), a.str(1), []byte(a.doc.Content))
}

// givenServiceAnswersBase64Body runs the step "the service answers {int} {string} with base64 body {string}".
func givenServiceAnswersBase64Body(_ context.Context, w *world, a *args) error {
	body, err := base64.StdEncoding.DecodeString(a.str(2))
	if err != nil {
		return fmt.Errorf("the base64 body: %w", err)
	}
	return w.answer(a.num(0), a.str(1), body)
}

// givenServiceAnswersBodyBytes runs the step "the service answers {int} {string} with a body of {int} bytes".
func givenServiceAnswersBodyBytes(_ context.Context, w *world, a *args) error {
	n := a.num(2)
	const frame = len(`{"pad":""}`)
	if n < frame || n > 64<<20 {
		return fmt.Errorf("a body of %d bytes: give %d to %d", n, frame, 64<<20)
	}
	return w.answer(a.num(0), a.str(1), []byte(`{"pad":"`+strings.Repeat("x", n-frame)+`"}`))
}

// givenServiceAnswersBodyFrom runs the step "the service answers {int} {string} with the body from {string}".
func givenServiceAnswersBodyFrom(_ context.Context, w *world, a *args) error {
	_, body, err := w.readFile(a.str(2))
	if err != nil {
		return err
	}
	return w.answer(a.num(0), a.str(1), body)
}

// givenServiceAnswersInTurn runs the step "the service answers in turn:".
func givenServiceAnswersInTurn(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"code", "Code"}, []string{"reason", "Grund"}, []string{"body", "Inhalt"})
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return errors.New("the table has no answers; give one row per call below the header")
	}
	var codes []int
	for i, r := range rows {
		code, err := strconv.Atoi(strings.TrimSpace(r[0]))
		if err != nil || code < 100 || code > 999 {
			return fmt.Errorf("row %d: the code %q is not a three-digit HTTP status", i+1, r[0])
		}
		codes = append(codes, code)
	}
	w.turnRows = make([]turn, len(rows))
	for i, r := range rows {
		w.turnRows[i] = turn{code: codes[i], reason: r[1], body: []byte(r[2])}
	}
	return nil
}

// givenAnswerHasHeader runs the step "the answer has the header {string} {string}".
func givenAnswerHasHeader(_ context.Context, w *world, a *args) error {
	if w.script.Header == nil {
		w.script.Header = http.Header{}
	}
	w.script.Header.Add(a.str(0), a.str(1))
	return nil
}

// givenServiceAnswersAfterMs runs the step "the service answers after {int} ms".
func givenServiceAnswersAfterMs(_ context.Context, w *world, a *args) error {
	if a.num(0) < 0 {
		return fmt.Errorf("a delay of %d ms: give zero or more", a.num(0))
	}
	w.script.Delay = time.Duration(a.num(0)) * time.Millisecond
	return nil
}

// givenServiceHoldsAnswersUntilRequests runs the step "the service holds its answers until {int} requests are in".
func givenServiceHoldsAnswersUntilRequests(_ context.Context, w *world, a *args) error {
	if a.num(0) < 1 {
		return fmt.Errorf("hold until %d requests: give 1 or more", a.num(0))
	}
	w.script.Gather = a.num(0)
	return nil
}

// givenServiceChaos runs the step "the service resets {int}% of connections (seed {int})".
func givenServiceChaos(_ context.Context, w *world, a *args) error {
	if a.num(0) < 0 || a.num(0) > 100 {
		return fmt.Errorf("reset %d%% of connections: give 0 to 100", a.num(0))
	}
	w.script.Chaos = harness.Chaos{Percent: a.num(0), Seed: int64(a.num(1))}
	return nil
}

// givenStatusLineHasNoReasonPhrase runs the step "the status line has no reason phrase".
func givenStatusLineHasNoReasonPhrase(_ context.Context, w *world, _ *args) error {
	w.script.NoReason = true
	return nil
}

// givenServiceRedirects runs the step "the service redirects with {int} to {string}".
func givenServiceRedirects(_ context.Context, w *world, a *args) error {
	if a.num(0) < 300 || a.num(0) > 399 {
		return fmt.Errorf("redirect with %d: give a 3xx code", a.num(0))
	}
	w.script.RedirectCode, w.script.RedirectTo = a.num(0), a.str(1)
	return nil
}

// givenServiceSpeaksHTTP2 runs the step "the service speaks HTTP/2".
func givenServiceSpeaksHTTP2(_ context.Context, w *world, _ *args) error {
	w.script.HTTP2 = true
	return nil
}

func faultDef(en, de string, f harness.Fault, doc string) Def {
	return Def{
		Area: "Scripted answer", Keyword: Given, EN: en, DE: de, Doc: doc,
		ExampleEN: "Given " + en, ExampleDE: "Angenommen " + de,
		run: func(_ context.Context, w *world, _ *args) error {
			w.script.Fault = f
			return nil
		},
	}
}

// answer sets the scripted status, phrase and body, keeping delay, headers and fault.
func (w *world) answer(code int, reason string, body []byte) error {
	if code < 100 || code > 999 {
		return fmt.Errorf("status %d: an HTTP status line carries a three-digit code", code)
	}
	w.script.Status, w.script.Reason, w.script.Body = code, reason, body
	return nil
}
