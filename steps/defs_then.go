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
	"time"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

func thenDefs() []Def {
	return []Def{
		// The call.
		{
			Area: "The call", Keyword: When,
			EN: "the webhook is called", DE: "der Webhook aufgerufen wird",
			Doc:       "Runs the Call Webhook step once for the lead, on each face of the run's transport (mock, wire or both; under both the two outcomes must agree).",
			ExampleEN: "When the webhook is called", ExampleDE: "Wenn der Webhook aufgerufen wird",
			run: func(ctx context.Context, w *world, _ *args) error {
				if w.nLeads > 0 {
					return errors.New(`the scenario has many leads; use: When the webhook is called for each lead`)
				}
				return w.run(ctx)
			},
		},
		{
			Area: "The call", Keyword: When,
			EN: "the webhook is called for each lead", DE: "der Webhook für jeden Lead aufgerufen wird",
			Doc:       "Runs the step for every lead of \"Given <n> leads\" at once, through one caller per face, as one flow step does (R3, R4, A1).",
			ExampleEN: "When the webhook is called for each lead", ExampleDE: "Wenn der Webhook für jeden Lead aufgerufen wird",
			run: func(ctx context.Context, w *world, _ *args) error {
				if w.nLeads == 0 {
					w.nLeads = 1
				}
				return w.run(ctx)
			},
		},

		// The lead afterwards.
		{
			Area: "The lead afterwards", Keyword: Then,
			EN: "the field {string} is {string}", DE: "hat das Feld {string} den Wert {string}", DEAlt: "das Feld {string} ist {string}",
			Doc:       "The field's value after the call, compared as a value of the field's type (\"42\" equals 42.0 in a Float field); \"\" means no value.",
			ExampleEN: `Then the field "Lead Score" is "42"`, ExampleDE: `Dann hat das Feld "Lead Score" den Wert "42"`,
			run: func(_ context.Context, w *world, a *args) error {
				f, err := w.field(a.str(0))
				if err != nil {
					return err
				}
				return w.eachOutcome(func(c call) error {
					got, has := c.out.Lead[f.SOAPName]
					return w.sameValue(f, got, has, a.str(1))
				})
			},
		},
		{
			Area: "The lead afterwards", Keyword: Then,
			EN: "the field {string} is unchanged", DE: "ist das Feld {string} unverändert", DEAlt: "das Feld {string} ist unverändert",
			Doc:       "The field keeps the value it had before the call.",
			ExampleEN: `Then the field "Lead Score" is unchanged`, ExampleDE: `Dann ist das Feld "Lead Score" unverändert`,
			run: func(_ context.Context, w *world, a *args) error {
				f, err := w.field(a.str(0))
				if err != nil {
					return err
				}
				return w.eachOutcome(func(c call) error {
					before, had := c.lead[f.SOAPName]
					after, has := c.out.Lead[f.SOAPName]
					if had != has || !reflect.DeepEqual(before, after) {
						return fmt.Errorf("field %s: got %s, want it unchanged (%s)", f.SOAPName, show(after, has), show(before, had))
					}
					return nil
				})
			},
		},
		{
			Area: "The lead afterwards", Keyword: Then,
			EN: "no lead field changed", DE: "hat sich kein Lead-Feld geändert", DEAlt: "kein Lead-Feld hat sich geändert",
			Doc:       "No field was written: the outcome lists no change and the lead is as before (R18).",
			ExampleEN: "Then no lead field changed", ExampleDE: "Dann hat sich kein Lead-Feld geändert",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.eachOutcome(func(c call) error {
					if len(c.out.Changes) > 0 {
						return fmt.Errorf("got %d changes %s, want none", len(c.out.Changes), jsonText(c.out.Changes))
					}
					if !sameLead(c.lead, c.out.Lead) {
						return fmt.Errorf("the lead changed: got %s, want %s", jsonText(c.out.Lead), jsonText(c.lead))
					}
					return nil
				})
			},
		},
		{
			Area: "The lead afterwards", Keyword: Then, Arg: Table,
			EN: "the changes are:", DE: "sind die Änderungen:", DEAlt: "die Änderungen sind:",
			Doc:       "The outcome lists exactly these changes, in mapping order (A19, A24). Header row `| field | old | new |` (German `| Feld | alt | neu |`); field by SOAP API name; \"\" for no value.",
			ExampleEN: "Then the changes are:", ExampleDE: "Dann sind die Änderungen:",
			ExampleArg: "| field     | old | new |\n| leadScore | 10  | 42  |",
			run: func(_ context.Context, w *world, a *args) error {
				rows, err := tableRows(a.table, []string{"field", "Feld"}, []string{"old", "alt"}, []string{"new", "neu"})
				if err != nil {
					return err
				}
				return w.eachOutcome(func(c call) error {
					if len(c.out.Changes) != len(rows) {
						return fmt.Errorf("got %d changes %s, want %d", len(c.out.Changes), jsonText(c.out.Changes), len(rows))
					}
					for i, r := range rows {
						ch := c.out.Changes[i]
						f, err := w.field(r[0])
						if err != nil {
							return err
						}
						if !strings.EqualFold(ch.Field, f.SOAPName) {
							return fmt.Errorf("change %d: got field %s, want %s", i+1, ch.Field, f.SOAPName)
						}
						if err := w.sameValue(f, ch.Old, ch.Old != nil, r[1]); err != nil {
							return fmt.Errorf("change %d, old value: %w", i+1, err)
						}
						if err := w.sameValue(f, ch.New, ch.New != nil, r[2]); err != nil {
							return fmt.Errorf("change %d, new value: %w", i+1, err)
						}
					}
					return nil
				})
			},
		},
		{
			Area: "The lead afterwards", Keyword: Then,
			EN: "the mapping {string} was skipped under {rule}", DE: "wurde die Zuordnung {string} nach {rule} übersprungen", DEAlt: "die Zuordnung {string} wurde nach {rule} übersprungen",
			Doc:       "The mapping with this Response Attribute was not applied, for a reason of this rule (A19-A22, R25).",
			ExampleEN: `Then the mapping "score" was skipped under R25`, ExampleDE: `Dann wurde die Zuordnung "score" nach R25 übersprungen`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachOutcome(func(c call) error {
					for _, s := range c.out.Skipped {
						if s.Attribute == a.str(0) {
							if s.Rule != a.str(1) {
								return fmt.Errorf("mapping %q was skipped under %s (%s), want %s", s.Attribute, s.Rule, s.Reason, a.str(1))
							}
							return nil
						}
					}
					return fmt.Errorf("mapping %q was not skipped; skipped: %s; changes: %s", a.str(0), jsonText(c.out.Skipped), jsonText(c.out.Changes))
				})
			},
		},
		{
			Area: "The lead afterwards", Keyword: Then,
			EN: "no mapping was skipped", DE: "wurde keine Zuordnung übersprungen", DEAlt: "keine Zuordnung wurde übersprungen",
			Doc:       "Every mapping was applied.",
			ExampleEN: "Then no mapping was skipped", ExampleDE: "Dann wurde keine Zuordnung übersprungen",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.eachOutcome(func(c call) error {
					if len(c.out.Skipped) > 0 {
						return fmt.Errorf("got skipped mappings %s, want none", jsonText(c.out.Skipped))
					}
					return nil
				})
			},
		},

		// What Marketo records.
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the recorded code is {int}", DE: "ist der erfasste Code {int}", DEAlt: "der erfasste Code ist {int}",
			Doc:       "The response code Marketo records: the HTTP status, 1000 (batch) or 1001 (empty body) (R19, R20, A15); 0 when there was no status.",
			ExampleEN: "Then the recorded code is 1001", ExampleDE: "Dann ist der erfasste Code 1001",
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachOutcome(func(c call) error {
					if c.out.Code != a.num(0) {
						return fmt.Errorf("recorded code: got %d, want %d (status %d, Error Type %q, failure %q)", c.out.Code, a.num(0), c.out.Status, c.out.ErrorType, c.out.Failure)
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "no HTTP status was recorded", DE: "wurde kein HTTP-Status erfasst", DEAlt: "kein HTTP-Status wurde erfasst",
			Doc:       "There was no HTTP answer to record: code and status are empty (A17).",
			ExampleEN: "Then no HTTP status was recorded", ExampleDE: "Dann wurde kein HTTP-Status erfasst",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.eachOutcome(func(c call) error {
					if c.out.Code != 0 || c.out.Status != 0 {
						return fmt.Errorf("got code %d and status %d, want none", c.out.Code, c.out.Status)
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the Error Type is {string}", DE: "ist der Fehlertyp {string}", DEAlt: "der Fehlertyp ist {string}",
			Doc:       "The Error Type the Webhook is Called trigger exposes: the reason phrase as received (R21, A17).",
			ExampleEN: `Then the Error Type is "Backend Down"`, ExampleDE: `Dann ist der Fehlertyp "Backend Down"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachOutcome(func(c call) error {
					if c.out.ErrorType != a.str(0) {
						return fmt.Errorf("the Error Type: got %q, want %q", c.out.ErrorType, a.str(0))
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the Error Type mentions {string}", DE: "nennt der Fehlertyp {string}", DEAlt: "der Fehlertyp nennt {string}",
			Doc:       "The Error Type contains this text, ignoring case (for Marketo's own descriptions, A17).",
			ExampleEN: `Then the Error Type mentions "refused"`, ExampleDE: `Dann nennt der Fehlertyp "refused"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachOutcome(func(c call) error {
					if !strings.Contains(strings.ToLower(c.out.ErrorType), strings.ToLower(a.str(0))) {
						return fmt.Errorf("the Error Type: got %q, want it to mention %q", c.out.ErrorType, a.str(0))
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the failure is {string}", DE: "ist die Fehlerart {string}", DEAlt: "die Fehlerart ist {string}",
			Doc:       "What made the answer unusable: timeout, refused, reset, tls, transport, too-large, unparseable; \"\" for none.",
			ExampleEN: `Then the failure is "timeout"`, ExampleDE: `Dann ist die Fehlerart "timeout"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachOutcome(func(c call) error {
					if string(c.out.Failure) != a.str(0) {
						return fmt.Errorf("failure: got %q (%s), want %q", c.out.Failure, c.out.Detail, a.str(0))
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the Response is {string}", DE: "ist die Antwort {string}", DEAlt: "die Antwort ist {string}",
			Doc:       "The Response the trigger exposes: the literal payload received (R21).",
			ExampleEN: `Then the Response is "{\"error\": \"down\"}"`, ExampleDE: `Dann ist die Antwort "{\"error\": \"down\"}"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.response(a.str(0))
			},
		},
		{
			Area: "What Marketo records", Keyword: Then, Arg: DocString,
			EN: "the Response is:", DE: "ist die Antwort:", DEAlt: "die Antwort ist:",
			Doc:       "As above, the docstring byte for byte.",
			ExampleEN: "Then the Response is:", ExampleDE: "Dann ist die Antwort:",
			ExampleArg: `{"error": "down"}`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.response(a.doc.Content)
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the Response is empty", DE: "ist die Antwort leer", DEAlt: "die Antwort ist leer",
			Doc:       "The Response is the empty payload.",
			ExampleEN: "Then the Response is empty", ExampleDE: "Dann ist die Antwort leer",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.response("")
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "a Call Webhook activity was recorded", DE: "wurde eine Aktivität Webhook aufrufen erfasst", DEAlt: "eine Aktivität Webhook aufrufen wurde erfasst",
			Doc:       "The lead got a Call Webhook activity (type 110) with the outcome's code, and the Webhook is Called trigger fired (A18).",
			ExampleEN: "Then a Call Webhook activity was recorded", ExampleDE: "Dann wurde eine Aktivität Webhook aufrufen erfasst",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.eachOutcome(func(c call) error {
					act := c.out.Activity
					if act.TypeID != marketo.ActivityCallWebhook {
						return fmt.Errorf("activity type: got %d, want %d", act.TypeID, marketo.ActivityCallWebhook)
					}
					if act.Code != c.out.Code || act.ErrorType != c.out.ErrorType || act.Response != c.out.Response {
						return fmt.Errorf("the activity %s does not record the outcome (code %d, Error Type %q)", jsonText(act), c.out.Code, c.out.ErrorType)
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the activity records that no request was sent", DE: "vermerkt die Aktivität, dass keine Anfrage gesendet wurde", DEAlt: "die Aktivität vermerkt, dass keine Anfrage gesendet wurde",
			Doc:       "The activity was recorded without a request (A18, R2).",
			ExampleEN: "Then the activity records that no request was sent", ExampleDE: "Dann vermerkt die Aktivität, dass keine Anfrage gesendet wurde",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.eachOutcome(func(c call) error {
					if c.out.Activity.RequestSent {
						return errors.New("the activity records a request sent, want none")
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then, Arg: Table,
			EN: "the Webhook is Called trigger fires with:", DE: "feuert der Trigger Webhook wird aufgerufen mit:", DEAlt: "der Trigger Webhook wird aufgerufen feuert mit:",
			Doc:       "The Webhook is Called trigger fires with these constraints (R21, A18). Rows `| Response | … |`, `| Error Type | … |`, `| code | … |` (German `Antwort`, `Fehlertyp`, `Code`); header row `| attribute | value |` (German `| Attribut | Wert |`).",
			ExampleEN: "Then the Webhook is Called trigger fires with:", ExampleDE: "Dann feuert der Trigger Webhook wird aufgerufen mit:",
			ExampleArg: "| attribute  | value        |\n| Error Type | Backend Down |\n| Response   |              |",
			run:        triggerFires,
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the definition is rejected under {rule}", DE: "wird die Definition nach {rule} abgelehnt", DEAlt: "die Definition wird nach {rule} abgelehnt",
			Doc:       "The call was refused before sending: the definition (or its rendering) breaks this rule. Nothing was sent and nothing recorded.",
			ExampleEN: "Then the definition is rejected under A2", ExampleDE: "Dann wird die Definition nach A2 abgelehnt",
			run: func(_ context.Context, w *world, a *args) error {
				return w.each(func(c call) error {
					if _, err := problem(c, a.str(0)); err != nil {
						return err
					}
					return nil
				})
			},
		},
		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the problem under {rule} names {string}", DE: "nennt das Problem nach {rule} {string}", DEAlt: "das Problem nach {rule} nennt {string}",
			Doc:       "The rejection under this rule names this text (a position, a header, a value) in its field or message.",
			ExampleEN: `Then the problem under A3 names "column 12"`, ExampleDE: `Dann nennt das Problem nach A3 "column 12"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.each(func(c call) error {
					p, err := problem(c, a.str(0))
					if err != nil {
						return err
					}
					if !strings.Contains(p.Field+": "+p.Message, a.str(1)) {
						return fmt.Errorf("the problem %q does not name %q", p.Error(), a.str(1))
					}
					return nil
				})
			},
		},

		{
			Area: "What Marketo records", Keyword: Then,
			EN: "the webhook file {string} is rejected under {rule}", DE: "wird die Webhook-Datei {string} nach {rule} abgelehnt", DEAlt: "die Webhook-Datei {string} wird nach {rule} abgelehnt",
			Doc:       "Loading this webhook file fails with a problem under this rule (the file's line and key are in the message). Relative paths as for \"the webhook from\".",
			ExampleEN: `Then the webhook file "testdata/bad-encoding.yaml" is rejected under R8`,
			ExampleDE: `Dann wird die Webhook-Datei "testdata/bad-encoding.yaml" nach R8 abgelehnt`,
			run: func(_ context.Context, w *world, a *args) error {
				name, data, err := w.readFile(a.str(0))
				if err != nil {
					return err
				}
				_, err = hookfile.ParseWebhook(name, data)
				if err == nil {
					return fmt.Errorf("the webhook file %s was accepted, want a rejection under %s", name, a.str(1))
				}
				var es hookfile.Errors
				if errors.As(err, &es) {
					for _, e := range es {
						if e.Rule == a.str(1) {
							return nil
						}
					}
				}
				return fmt.Errorf("the webhook file was rejected, but not under %s:\n%v", a.str(1), err)
			},
		},

		// The request that was sent.
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "no request was sent", DE: "wurde keine Anfrage gesendet", DEAlt: "keine Anfrage wurde gesendet",
			Doc:       "The service received nothing (R2, A2, A5).",
			ExampleEN: "Then no request was sent", ExampleDE: "Dann wurde keine Anfrage gesendet",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.eachFace(func(fr *faceRun) error {
					if len(fr.requests) > 0 {
						return fmt.Errorf("the service received %d requests, want none (first: %s %s)", len(fr.requests), fr.requests[0].Method, fr.requests[0].URL)
					}
					return nil
				})
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the number of requests sent is {int}", DE: "ist die Anzahl gesendeter Anfragen {int}", DEAlt: "die Anzahl gesendeter Anfragen ist {int}",
			Doc:       "The service received this many requests in all (R3, A10).",
			ExampleEN: "Then the number of requests sent is 1", ExampleDE: "Dann ist die Anzahl gesendeter Anfragen 1",
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachFace(func(fr *faceRun) error {
					if len(fr.requests) != a.num(0) {
						return fmt.Errorf("requests received: got %d, want %d", len(fr.requests), a.num(0))
					}
					return nil
				})
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request method is {string}", DE: "ist die Methode der Anfrage {string}", DEAlt: "die Methode der Anfrage ist {string}",
			Doc:       "The HTTP method of every request received (R6).",
			ExampleEN: `Then the request method is "POST"`, ExampleDE: `Dann ist die Methode der Anfrage "POST"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachRequest(func(r request) error {
					if r.Method != a.str(0) {
						return fmt.Errorf("method: got %q, want %q", r.Method, a.str(0))
					}
					return nil
				})
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request URL is {string}", DE: "ist die URL der Anfrage {string}", DEAlt: "die URL der Anfrage ist {string}",
			Doc:       "The URL as the service was addressed, scheme and host included, characters exactly as sent (R5, A7).",
			ExampleEN: `Then the request URL is "https://enrich.vendor.example/v1/score?email=ada%40example.com"`,
			ExampleDE: `Dann ist die URL der Anfrage "https://enrich.vendor.example/v1/score?email=ada%40example.com"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachRequest(func(r request) error {
					if r.URL != a.str(0) {
						return fmt.Errorf("URL: got %q, want %q", r.URL, a.str(0))
					}
					return nil
				})
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request header {string} is {string}", DE: "ist der Header {string} der Anfrage {string}", DEAlt: "der Header {string} der Anfrage ist {string}",
			Doc:       "A header of the request (R10, A4); several values are joined with \", \".",
			ExampleEN: `Then the request header "Content-Type" is "application/json"`,
			ExampleDE: `Dann ist der Header "Content-Type" der Anfrage "application/json"`,
			run: func(_ context.Context, w *world, a *args) error {
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
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request has no header {string}", DE: "hat die Anfrage keinen Header {string}", DEAlt: "die Anfrage hat keinen Header {string}",
			Doc:       "The request carries no such header (A4 knob).",
			ExampleEN: `Then the request has no header "Content-Type"`, ExampleDE: `Dann hat die Anfrage keinen Header "Content-Type"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachRequest(func(r request) error {
					if vals := r.Header.Values(a.str(0)); len(vals) > 0 {
						return fmt.Errorf("header %s: got %q, want none", a.str(0), strings.Join(vals, ", "))
					}
					return nil
				})
			},
		},
		{
			Area: "The request that was sent", Keyword: Then, Arg: DocString,
			EN: "the request body is:", DE: "ist der Inhalt der Anfrage:", DEAlt: "der Inhalt der Anfrage ist:",
			Doc:       "The body, byte for byte (R7, R14-R16).",
			ExampleEN: "Then the request body is:", ExampleDE: "Dann ist der Inhalt der Anfrage:",
			ExampleArg: `{"email": "ada@example.com"}`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.body(a.doc.Content)
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request body is {string}", DE: "ist der Inhalt der Anfrage {string}", DEAlt: "der Inhalt der Anfrage ist {string}",
			Doc:       "As above, on one line.",
			ExampleEN: `Then the request body is "email=ada%40example.com"`, ExampleDE: `Dann ist der Inhalt der Anfrage "email=ada%40example.com"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.body(a.str(0))
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request body is the escaped text {escaped}", DE: "ist der Inhalt der Anfrage der maskierte Text {escaped}", DEAlt: "der Inhalt der Anfrage ist der maskierte Text {escaped}",
			Doc:       "As above, with Go's escapes decoded: for control characters a feature file cannot show (A3).",
			ExampleEN: `Then the request body is the escaped text "a\bb\fc\rd"`, ExampleDE: `Dann ist der Inhalt der Anfrage der maskierte Text "a\bb\fc\rd"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.body(a.str(0))
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request body is empty", DE: "ist der Inhalt der Anfrage leer", DEAlt: "der Inhalt der Anfrage ist leer",
			Doc:       "The request has no body (a GET, R7).",
			ExampleEN: "Then the request body is empty", ExampleDE: "Dann ist der Inhalt der Anfrage leer",
			run: func(_ context.Context, w *world, _ *args) error {
				return w.body("")
			},
		},
		{
			Area: "The request that was sent", Keyword: Then, Arg: DocString,
			EN: "the request body is JSON:", DE: "ist der Inhalt der Anfrage das JSON:", DEAlt: "der Inhalt der Anfrage ist das JSON:",
			Doc:       "The body is valid JSON equal to the docstring's JSON: white space and key order do not count, numbers compare by value (R14).",
			ExampleEN: "Then the request body is JSON:", ExampleDE: "Dann ist der Inhalt der Anfrage das JSON:",
			ExampleArg: `{"email": "ada@example.com", "score": 10}`,
			run: func(_ context.Context, w *world, a *args) error {
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
			},
		},
		{
			Area: "The request that was sent", Keyword: Then,
			EN: "the request form value {string} is {string}", DE: "ist der Formularwert {string} der Anfrage {string}", DEAlt: "der Formularwert {string} der Anfrage ist {string}",
			Doc:       "The body decodes as application/x-www-form-urlencoded and the key has this value (R15).",
			ExampleEN: `Then the request form value "email" is "ada+1@example.com"`, ExampleDE: `Dann ist der Formularwert "email" der Anfrage "ada+1@example.com"`,
			run: func(_ context.Context, w *world, a *args) error {
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
			},
		},

		// Many leads.
		{
			Area: "Many leads", Keyword: Then,
			EN: "each lead was sent exactly one request", DE: "bekam jeder Lead genau eine Anfrage", DEAlt: "jeder Lead bekam genau eine Anfrage",
			Doc:       "Every lead's Email Address appears in exactly one request received (URL or body), and there were as many requests as leads (R3).",
			ExampleEN: "Then each lead was sent exactly one request", ExampleDE: "Dann bekam jeder Lead genau eine Anfrage",
			run: oneRequestPerLead,
		},
		{
			Area: "Many leads", Keyword: Then,
			EN: "at most {int} calls were in flight at once", DE: "liefen höchstens {int} Aufrufe gleichzeitig", DEAlt: "höchstens {int} Aufrufe liefen gleichzeitig",
			Doc:       "The most requests under way at one moment, per face (A1).",
			ExampleEN: "Then at most 20 calls were in flight at once", ExampleDE: "Dann liefen höchstens 20 Aufrufe gleichzeitig",
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachFace(func(fr *faceRun) error {
					if fr.maxInFlight > a.num(0) {
						return fmt.Errorf("got %d calls in flight at once, want at most %d", fr.maxInFlight, a.num(0))
					}
					return nil
				})
			},
		},
		{
			Area: "Many leads", Keyword: Then,
			EN: "at least {int} calls were in flight at once", DE: "liefen mindestens {int} Aufrufe gleichzeitig", DEAlt: "mindestens {int} Aufrufe liefen gleichzeitig",
			Doc:       "At some moment this many requests were under way together, per face (A1: calls beyond the limit queue, the limit is used).",
			ExampleEN: "Then at least 20 calls were in flight at once", ExampleDE: "Dann liefen mindestens 20 Aufrufe gleichzeitig",
			run: func(_ context.Context, w *world, a *args) error {
				return w.eachFace(func(fr *faceRun) error {
					if fr.maxInFlight < a.num(0) {
						return fmt.Errorf("got at most %d calls in flight at once, want at least %d", fr.maxInFlight, a.num(0))
					}
					return nil
				})
			},
		},
		{
			Area: "Many leads", Keyword: Then,
			EN: "every call took at least {int} ms", DE: "dauerte jeder Aufruf mindestens {int} ms", DEAlt: "jeder Aufruf dauerte mindestens {int} ms",
			Doc:       "Each call lasted at least this long: the flow waits for the answer (R4).",
			ExampleEN: "Then every call took at least 50 ms", ExampleDE: "Dann dauerte jeder Aufruf mindestens 50 ms",
			run: func(_ context.Context, w *world, a *args) error {
				min := time.Duration(a.num(0)) * time.Millisecond
				return w.each(func(c call) error {
					if c.took < min {
						return fmt.Errorf("the call took %s, want at least %s", c.took, min)
					}
					return nil
				})
			},
		},
		{
			Area: "Many leads", Keyword: Then,
			EN: "the calls took at least {int} ms in all", DE: "dauerten die Aufrufe zusammen mindestens {int} ms", DEAlt: "die Aufrufe dauerten zusammen mindestens {int} ms",
			Doc:       "From the first call's start to the last call's end took at least this long, per face (R4, A1: queued calls wait their turn).",
			ExampleEN: "Then the calls took at least 100 ms in all", ExampleDE: "Dann dauerten die Aufrufe zusammen mindestens 100 ms",
			run: func(_ context.Context, w *world, a *args) error {
				min := time.Duration(a.num(0)) * time.Millisecond
				return w.eachFace(func(fr *faceRun) error {
					if fr.total < min {
						return fmt.Errorf("the calls took %s in all, want at least %s", fr.total, min)
					}
					return nil
				})
			},
		},
	}
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

func (w *world) response(want string) error {
	return w.eachOutcome(func(c call) error {
		if c.out.Response != want {
			return fmt.Errorf("the Response:\n got  %q\n want %q", shorten(c.out.Response), shorten(want))
		}
		return nil
	})
}

// sameValue compares a field's value with the text of a step, as values of
// the field's type; "" means no value (or the empty text).
func (w *world) sameValue(f marketo.Field, got any, has bool, want string) error {
	if want == "" {
		if !has || got == nil || got == "" {
			return nil
		}
		return fmt.Errorf("field %s: got %s, want no value", f.SOAPName, show(got, has))
	}
	if !has {
		return fmt.Errorf("field %s: got no value, want %q", f.SOAPName, want)
	}
	if v, err := w.cat.ParseValue(f, want); err == nil {
		// The value must also have the field type's canonical Go type
		// (marketo.Lead): the string "42" in a Score field is not 42.
		if reflect.TypeOf(v) == reflect.TypeOf(got) &&
			(reflect.DeepEqual(v, got) || marketo.FormatValue(v) == marketo.FormatValue(got)) {
			return nil
		}
		if reflect.TypeOf(v) != reflect.TypeOf(got) {
			return fmt.Errorf("field %s: got %s, want %q as %T (a %s field's type)", f.SOAPName, show(got, has), want, v, f.Type)
		}
	} else if marketo.FormatValue(got) == want {
		return nil
	}
	return fmt.Errorf("field %s: got %s, want %q", f.SOAPName, show(got, has), want)
}

func show(v any, has bool) string {
	if !has {
		return "no value"
	}
	return fmt.Sprintf("%q (%T)", marketo.FormatValue(v), v)
}

// sameLead compares two leads, an absent field equal to a nil one.
func sameLead(a, b marketo.Lead) bool {
	for k, v := range a {
		if !reflect.DeepEqual(v, b[k]) {
			return false
		}
	}
	for k, v := range b {
		if _, ok := a[k]; !ok && v != nil {
			return false
		}
	}
	return true
}

// problem finds the Problem of a rejected call under rule.
func problem(c call, rule string) (marketo.Problem, error) {
	if c.err == nil {
		return marketo.Problem{}, fmt.Errorf("the definition was accepted (code %d), want a rejection under %s", c.out.Code, rule)
	}
	var ps marketo.Problems
	if !errors.As(c.err, &ps) {
		return marketo.Problem{}, fmt.Errorf("the call failed with %v, want a rejection under %s", c.err, rule)
	}
	for _, p := range ps {
		if p.Rule == rule {
			return p, nil
		}
	}
	return marketo.Problem{}, fmt.Errorf("rejected, but not under %s: %v", rule, c.err)
}

func triggerFires(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"attribute", "Attribut"}, []string{"value", "Wert"})
	if err != nil {
		return err
	}
	return w.eachOutcome(func(c call) error {
		act := c.out.Activity
		if act.TypeID != marketo.ActivityCallWebhook {
			return fmt.Errorf("no Call Webhook activity was recorded (type %d), so the trigger did not fire", act.TypeID)
		}
		for _, r := range rows {
			switch {
			case oneOf(r[0], []string{"Response", "Antwort"}):
				if act.Response != r[1] {
					return fmt.Errorf("the Response: got %q, want %q", shorten(act.Response), r[1])
				}
			case oneOf(r[0], []string{"Error Type", "Fehlertyp"}):
				if act.ErrorType != r[1] {
					return fmt.Errorf("the Error Type: got %q, want %q", act.ErrorType, r[1])
				}
			case oneOf(r[0], []string{"code", "Code", "Antwortcode"}):
				if fmt.Sprint(act.Code) != strings.TrimSpace(r[1]) {
					return fmt.Errorf("code: got %d, want %s", act.Code, r[1])
				}
			default:
				return fmt.Errorf("unknown trigger attribute %q; use Response, Error Type or code (Antwort, Fehlertyp, Code)", r[0])
			}
		}
		return nil
	})
}

func oneRequestPerLead(_ context.Context, w *world, _ *args) error {
	f, err := w.field("Email Address")
	if err != nil {
		return err
	}
	return w.eachFace(func(fr *faceRun) error {
		if len(fr.requests) != len(fr.calls) {
			return fmt.Errorf("got %d requests for %d leads", len(fr.requests), len(fr.calls))
		}
		for i, c := range fr.calls {
			email, _ := c.lead[f.SOAPName].(string)
			forms := []string{email, url.QueryEscape(email), url.PathEscape(email)}
			n := 0
			for _, r := range fr.requests {
				if slices.ContainsFunc(forms, func(s string) bool {
					return strings.Contains(r.URL, s) || strings.Contains(string(r.Body), s)
				}) {
					n++
				}
			}
			if n != 1 {
				return fmt.Errorf("lead %d (%s): got %d requests naming it, want exactly 1 (use {{lead.Email Address}} in the URL or template)", i+1, email, n)
			}
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

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func shorten(s string) string {
	if len(s) > 200 {
		return s[:200] + fmt.Sprintf("… (%d bytes)", len(s))
	}
	return s
}
