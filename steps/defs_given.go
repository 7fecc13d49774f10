package steps

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	_ "time/tzdata" // IANA zones for "the account time zone is" on any machine (A9)

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

// definitions is the vocabulary, in catalog order: the Given steps here, the
// When and Then steps in defs_then.go.
func definitions() []Def {
	return append(givenDefs(), thenDefs()...)
}

func givenDefs() []Def {
	return []Def{
		// Lead and fields.
		{
			Area: "Lead and fields", Keyword: Given, Arg: Table,
			EN: "a lead with:", DE: "ein Lead mit:",
			Doc:       "The lead the webhook is called for. Header row `| field | value |`; a field is a display name or a SOAP API name; each value is checked against the field's type (R26).",
			ExampleEN: "Given a lead with:", ExampleDE: "Angenommen ein Lead mit:",
			ExampleArg: "| field         | value             |\n| Email Address | ada@example.com   |\n| Lead Score    | 10                |",
			run:        leadTable,
		},
		{
			Area: "Lead and fields", Keyword: Given,
			EN: "the lead from {string}", DE: "der Lead aus {string}",
			Doc:       "The lead from a YAML lead file (field: value). A relative path is looked up next to the feature file, then in the working directory.",
			ExampleEN: `Given the lead from "testdata/lead.yaml"`, ExampleDE: `Angenommen der Lead aus "testdata/lead.yaml"`,
			run: func(_ context.Context, w *world, a *args) error {
				name, data, err := w.readFile(a.str(0))
				if err != nil {
					return err
				}
				lead, err := hookfile.ParseLead(name, data, w.cat)
				if err != nil {
					return err
				}
				for k, v := range lead {
					w.lead[k] = v
				}
				return nil
			},
		},
		{
			Area: "Lead and fields", Keyword: Given,
			EN: "a custom field {string} with API name {string} of type {word}", DE: "ein eigenes Feld {string} mit API-Namen {string} vom Typ {word}",
			Doc:       "Declares a custom lead field. Types: string, text, integer, float, currency, boolean, date, datetime, email, url, phone, score, percent (R26).",
			ExampleEN: `Given a custom field "Enrichment Score" with API name "enrichmentScore" of type integer`,
			ExampleDE: `Angenommen ein eigenes Feld "Enrichment Score" mit API-Namen "enrichmentScore" vom Typ integer`,
			run: func(_ context.Context, w *world, a *args) error {
				f := marketo.Field{Name: a.str(0), SOAPName: a.str(1), Type: marketo.FieldType(strings.ToLower(a.str(2)))}
				if err := w.cat.Add(f); err != nil {
					return err
				}
				w.custom = append(w.custom, f)
				return nil
			},
		},
		{
			Area: "Lead and fields", Keyword: Given,
			EN: "{int} leads", DE: "{int} Leads",
			Doc:       "Many leads for one flow step (R3, A1): copies of the lead so far, lead i with Email Address `lead<i>@example.com`. Use with \"When the webhook is called for each lead\"; every Then step then checks every call.",
			ExampleEN: "Given 25 leads", ExampleDE: "Angenommen 25 Leads",
			run: func(_ context.Context, w *world, a *args) error {
				if a.num(0) < 1 || a.num(0) > 10000 {
					return fmt.Errorf("%d leads: give 1 to 10000", a.num(0))
				}
				w.nLeads = a.num(0)
				return nil
			},
		},

		// Webhook definition.
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "a webhook {string} that sends {word} to {string}", DE: "ein Webhook {string}, der {word} an {string} sendet",
			Doc:       "Starts a definition: name, Request Type (R6) and URL (R5, tokens allowed). Defaults: token encoding json, response type json, no template, headers or mappings.",
			ExampleEN: `Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"`,
			ExampleDE: `Angenommen ein Webhook "Enrich", der POST an "https://enrich.vendor.example/v1/score" sendet`,
			run: func(_ context.Context, w *world, a *args) error {
				h := w.webhook()
				h.Name, h.Method, h.URL = a.str(0), marketo.Method(strings.ToUpper(a.str(1))), a.str(2)
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the webhook from {string}", DE: "der Webhook aus {string}",
			Doc:       "The definition (and its custom fields) from a YAML webhook file. Relative paths as for lead files. Steps after it may change the definition.",
			ExampleEN: `Given the webhook from "testdata/enrich.yaml"`, ExampleDE: `Angenommen der Webhook aus "testdata/enrich.yaml"`,
			run: func(_ context.Context, w *world, a *args) error {
				name, data, err := w.readFile(a.str(0))
				if err != nil {
					return err
				}
				def, err := hookfile.ParseWebhook(name, data)
				if err != nil {
					return err
				}
				for _, f := range w.custom {
					if err := def.Catalog.Add(f); err != nil {
						return fmt.Errorf("custom field declared before the webhook file: %w", err)
					}
				}
				w.cat = def.Catalog
				w.hook, w.hasHook = *def.Webhook, true
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the token encoding is {encoding}", DE: "die Token-Kodierung ist {encoding}",
			Doc:       "Request Token Encoding (R8): none, json or form.",
			ExampleEN: "Given the token encoding is form", ExampleDE: "Angenommen die Token-Kodierung ist form",
			run: func(_ context.Context, w *world, a *args) error {
				w.webhook().Encoding = marketo.Encoding(a.str(0))
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the response type is {restype}", DE: "der Antworttyp ist {restype}",
			Doc:       "Response Type (R9): json or xml.",
			ExampleEN: "Given the response type is xml", ExampleDE: "Angenommen der Antworttyp ist xml",
			run: func(_ context.Context, w *world, a *args) error {
				w.webhook().ResponseType = marketo.ResponseType(a.str(0))
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given, Arg: DocString,
			EN: "the payload template:", DE: "die Payload-Vorlage:",
			Doc:       "The Payload Template (R7), exactly as typed into Marketo's editor: escapes such as `\\n` are the editor's (A3).",
			ExampleEN: "Given the payload template:", ExampleDE: "Angenommen die Payload-Vorlage:",
			ExampleArg: `{"email": {{lead.Email Address}}}`,
			run: func(_ context.Context, w *world, a *args) error {
				w.webhook().Template = a.doc.Content
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the custom header {string} is {string}", DE: "der eigene Header {string} ist {string}",
			Doc:       "Adds a custom header (R10); tokens allowed in the value.",
			ExampleEN: `Given the custom header "X-Api-Key" is "{{my.Api Key}}"`, ExampleDE: `Angenommen der eigene Header "X-Api-Key" ist "{{my.Api Key}}"`,
			run: func(_ context.Context, w *world, a *args) error {
				h := w.webhook()
				h.Headers = append(h.Headers, marketo.Header{Name: a.str(0), Value: a.str(1)})
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given, Arg: Table,
			EN: "the response mappings:", DE: "die Antwort-Zuordnungen:",
			Doc:       "Response mappings (R11), header row `| attribute | field |` (German `| Attribut | Feld |`): the Response Attribute path and the field's SOAP API name.",
			ExampleEN: "Given the response mappings:", ExampleDE: "Angenommen die Antwort-Zuordnungen:",
			ExampleArg: "| attribute      | field      |\n| score          | leadScore  |\n| orders[0].date | dateOfBirth |",
			run: func(_ context.Context, w *world, a *args) error {
				rows, err := tableRows(a.table, []string{"attribute", "Attribut"}, []string{"field", "Feld"})
				if err != nil {
					return err
				}
				h := w.webhook()
				for _, r := range rows {
					h.Mappings = append(h.Mappings, marketo.Mapping{Attribute: r[0], Field: r[1]})
				}
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the step runs in a {campaign} campaign", DE: "der Schritt läuft in einer {campaign}-Kampagne",
			Doc:       "The kind of smart campaign the Call Webhook step sits in (R1, R2); trigger by default.",
			ExampleEN: "Given the step runs in a batch campaign", ExampleDE: "Angenommen der Schritt läuft in einer Batch-Kampagne",
			run: func(_ context.Context, w *world, a *args) error {
				w.flow.Campaign = marketo.CampaignKind(a.str(0))
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the time-out is {int} ms", DE: "die Zeitüberschreitung ist {int} ms",
			Doc:       "How long Marketo waits for the answer (R17: 30 s; scenarios use a short one).",
			ExampleEN: "Given the time-out is 50 ms", ExampleDE: "Angenommen die Zeitüberschreitung ist 50 ms",
			run: func(_ context.Context, w *world, a *args) error {
				if a.num(0) <= 0 {
					return fmt.Errorf("time-out %d ms: give a positive number", a.num(0))
				}
				w.opts.Timeout = time.Duration(a.num(0)) * time.Millisecond
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the option {string} is on", DE: "die Option {string} ist an",
			Doc:       "Switches on a knob of the model (a marketo.Options field): " + knobList(marketo.KnobBool) + ".",
			ExampleEN: `Given the option "WhitespaceIsEmpty" is on`, ExampleDE: `Angenommen die Option "WhitespaceIsEmpty" ist an`,
			run: func(_ context.Context, w *world, a *args) error {
				return marketo.SwitchOn(&w.opts, a.str(0))
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the option {string} is {int}", DE: "die Option {string} ist {int}",
			Doc:       "Sets a numeric knob: " + knobList(marketo.KnobInt) + ".",
			ExampleEN: `Given the option "MaxBodyBytes" is 64`, ExampleDE: `Angenommen die Option "MaxBodyBytes" ist 64`,
			run: func(_ context.Context, w *world, a *args) error {
				return marketo.SetNumber(&w.opts, a.str(0), a.num(1))
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the token {string} is {string}", DE: "das Token {string} ist {string}",
			Doc:       "A token the flow step's context provides (R12), named without braces: `my.Region`, `trigger.Web Page`, `campaign.name`, `company.Company Name`.",
			ExampleEN: `Given the token "my.Region" is "EMEA"`, ExampleDE: `Angenommen das Token "my.Region" ist "EMEA"`,
			run: func(_ context.Context, w *world, a *args) error {
				if w.flow.Tokens == nil {
					w.flow.Tokens = map[string]string{}
				}
				w.flow.Tokens[a.str(0)] = a.str(1)
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given, Arg: DocString,
			EN: "the token {string} is:", DE: "das Token {string} ist:",
			Doc:       "As above, the value from a docstring: for values with line breaks (A5).",
			ExampleEN: `Given the token "my.Note" is:`, ExampleDE: `Angenommen das Token "my.Note" ist:`,
			ExampleArg: "first line\nX-Injected: yes",
			run: func(_ context.Context, w *world, a *args) error {
				if w.flow.Tokens == nil {
					w.flow.Tokens = map[string]string{}
				}
				w.flow.Tokens[a.str(0)] = a.doc.Content
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the token {string} is the escaped text {escaped}", DE: "das Token {string} ist der maskierte Text {escaped}",
			Doc:       "As above, the value with Go's escapes decoded: for control characters a feature file cannot show (A31).",
			ExampleEN: `Given the token "my.Bell" is the escaped text "ring\x07"`, ExampleDE: `Angenommen das Token "my.Bell" ist der maskierte Text "ring\x07"`,
			run: func(_ context.Context, w *world, a *args) error {
				if w.flow.Tokens == nil {
					w.flow.Tokens = map[string]string{}
				}
				w.flow.Tokens[a.str(0)] = a.str(1)
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the clock reads {string}", DE: "die Uhr zeigt {string}",
			Doc:       "The moment of the call, RFC 3339, for {{system.*}} tokens (A9). Default 2013-08-08T16:36:13Z.",
			ExampleEN: `Given the clock reads "2013-08-08T23:36:13Z"`, ExampleDE: `Angenommen die Uhr zeigt "2013-08-08T23:36:13Z"`,
			run: func(_ context.Context, w *world, a *args) error {
				t, err := time.Parse(time.RFC3339, a.str(0))
				if err != nil {
					return fmt.Errorf("the clock: %w", err)
				}
				w.flow.Now = t
				return nil
			},
		},
		{
			Area: "Webhook definition", Keyword: Given,
			EN: "the account time zone is {string}", DE: "die Zeitzone des Kontos ist {string}",
			Doc:       "The account time zone (IANA name) for {{system.*}} tokens (A9); UTC by default.",
			ExampleEN: `Given the account time zone is "America/Los_Angeles"`, ExampleDE: `Angenommen die Zeitzone des Kontos ist "America/Los_Angeles"`,
			run: func(_ context.Context, w *world, a *args) error {
				loc, err := time.LoadLocation(a.str(0))
				if err != nil {
					return fmt.Errorf("the account time zone: %w", err)
				}
				w.flow.Location = loc
				return nil
			},
		},

		// Scripted answer.
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the service answers {int} {string}", DE: "der Dienst antwortet {int} {string}",
			Doc:       "The service answers with this status code and reason phrase and an empty body. An empty phrase (\"\") sends the standard phrase of the code, none for a non-standard code.",
			ExampleEN: `Given the service answers 503 "Backend Down"`, ExampleDE: `Angenommen der Dienst antwortet 503 "Backend Down"`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.answer(a.num(0), a.str(1), nil)
			},
		},
		{
			Area: "Scripted answer", Keyword: Given, Arg: DocString,
			EN: "the service answers {int} {string} with body:", DE: "der Dienst antwortet {int} {string} mit dem Inhalt:",
			Doc:       "As above, with the docstring as the body, byte for byte.",
			ExampleEN: `Given the service answers 200 "OK" with body:`, ExampleDE: `Angenommen der Dienst antwortet 200 "OK" mit dem Inhalt:`,
			ExampleArg: `{"score": 42}`,
			run: func(_ context.Context, w *world, a *args) error {
				return w.answer(a.num(0), a.str(1), []byte(a.doc.Content))
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the service answers {int} {string} with base64 body {string}", DE: "der Dienst antwortet {int} {string} mit dem Base64-Inhalt {string}",
			Doc:       "As above, with any bytes as the body, given in standard base64.",
			ExampleEN: `Given the service answers 200 "OK" with base64 body "77u/eyJzY29yZSI6IDQyfQ=="`,
			ExampleDE: `Angenommen der Dienst antwortet 200 "OK" mit dem Base64-Inhalt "77u/eyJzY29yZSI6IDQyfQ=="`,
			run: func(_ context.Context, w *world, a *args) error {
				body, err := base64.StdEncoding.DecodeString(a.str(2))
				if err != nil {
					return fmt.Errorf("the base64 body: %w", err)
				}
				return w.answer(a.num(0), a.str(1), body)
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the service answers {int} {string} with a body of {int} bytes", DE: "der Dienst antwortet {int} {string} mit einem Inhalt von {int} Bytes",
			Doc:       "As above, with a JSON body of exactly that many bytes (`{\"pad\":\"xxx…\"}`, at least 10), for the size cap (A12).",
			ExampleEN: `Given the service answers 200 "OK" with a body of 1048577 bytes`,
			ExampleDE: `Angenommen der Dienst antwortet 200 "OK" mit einem Inhalt von 1048577 Bytes`,
			run: func(_ context.Context, w *world, a *args) error {
				n := a.num(2)
				const frame = len(`{"pad":""}`)
				if n < frame || n > 64<<20 {
					return fmt.Errorf("a body of %d bytes: give %d to %d", n, frame, 64<<20)
				}
				return w.answer(a.num(0), a.str(1), []byte(`{"pad":"`+strings.Repeat("x", n-frame)+`"}`))
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the answer has the header {string} {string}", DE: "die Antwort hat den Header {string} {string}",
			Doc:       "Adds a header to the answer.",
			ExampleEN: `Given the answer has the header "Location" "https://enrich.vendor.example/v2/score"`,
			ExampleDE: `Angenommen die Antwort hat den Header "Location" "https://enrich.vendor.example/v2/score"`,
			run: func(_ context.Context, w *world, a *args) error {
				if w.script.Header == nil {
					w.script.Header = http.Header{}
				}
				w.script.Header.Add(a.str(0), a.str(1))
				return nil
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the service answers after {int} ms", DE: "der Dienst antwortet nach {int} ms",
			Doc:       "The service waits this long before it answers (R4, R17).",
			ExampleEN: "Given the service answers after 50 ms", ExampleDE: "Angenommen der Dienst antwortet nach 50 ms",
			run: func(_ context.Context, w *world, a *args) error {
				if a.num(0) < 0 {
					return fmt.Errorf("a delay of %d ms: give zero or more", a.num(0))
				}
				w.script.Delay = time.Duration(a.num(0)) * time.Millisecond
				return nil
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the service holds its answers until {int} requests are in", DE: "der Dienst hält seine Antworten zurück, bis {int} Anfragen da sind",
			Doc:       "No answer goes out (and no delay starts) before this many requests have arrived: they are then in flight together, whatever the machine's load (A1). Fewer requests wait until the time-out.",
			ExampleEN: "Given the service holds its answers until 20 requests are in", ExampleDE: "Angenommen der Dienst hält seine Antworten zurück, bis 20 Anfragen da sind",
			run: func(_ context.Context, w *world, a *args) error {
				if a.num(0) < 1 {
					return fmt.Errorf("hold until %d requests: give 1 or more", a.num(0))
				}
				w.script.Gather = a.num(0)
				return nil
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the status line has no reason phrase", DE: "die Statuszeile hat keinen Grundtext",
			Doc:       "The status line ends after the code (`HTTP/1.1 503 `): no reason phrase at all, where an empty phrase (\"\") in the answer steps sends the standard one (A17).",
			ExampleEN: "Given the status line has no reason phrase", ExampleDE: "Angenommen die Statuszeile hat keinen Grundtext",
			run: func(_ context.Context, w *world, _ *args) error {
				w.script.NoReason = true
				return nil
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the service redirects with {int} to {string}", DE: "der Dienst leitet mit {int} nach {string} um",
			Doc:       "Every request to another URL gets this 3xx code with that Location and no body; a request to that URL (scheme and host included) gets the scripted answer (A11).",
			ExampleEN: `Given the service redirects with 302 to "https://enrich.vendor.example/v2/score"`,
			ExampleDE: `Angenommen der Dienst leitet mit 302 nach "https://enrich.vendor.example/v2/score" um`,
			run: func(_ context.Context, w *world, a *args) error {
				if a.num(0) < 300 || a.num(0) > 399 {
					return fmt.Errorf("redirect with %d: give a 3xx code", a.num(0))
				}
				w.script.RedirectCode, w.script.RedirectTo = a.num(0), a.str(1)
				return nil
			},
		},
		{
			Area: "Scripted answer", Keyword: Given,
			EN: "the service speaks HTTP/2", DE: "der Dienst spricht HTTP/2",
			Doc:       "The service answers an https request over HTTP/2, which has no reason phrase (A13, A17). Faults are still played over HTTP/1.1, and plain http has no HTTP/2.",
			ExampleEN: "Given the service speaks HTTP/2", ExampleDE: "Angenommen der Dienst spricht HTTP/2",
			run: func(_ context.Context, w *world, _ *args) error {
				w.script.HTTP2 = true
				return nil
			},
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
	}
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

func leadTable(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"field", "Feld"}, []string{"value", "Wert"})
	if err != nil {
		return err
	}
	var errs []error
	for _, r := range rows {
		f, err := w.field(r[0])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if r[1] == "" {
			delete(w.lead, f.SOAPName)
			continue
		}
		v, err := w.cat.ParseValue(f, r[1])
		if err != nil {
			errs = append(errs, fmt.Errorf("field %q: %w", r[0], err))
			continue
		}
		w.lead[f.SOAPName] = v
	}
	return errors.Join(errs...)
}

// knobList lists the knobs of one kind with their rules, for the catalog:
// "MaxConcurrent (A1), MaxBodyBytes (A12)".
func knobList(kind marketo.KnobKind) string {
	var parts []string
	for _, k := range marketo.Knobs() {
		if k.Kind == kind {
			parts = append(parts, k.Name+" ("+k.Rule+")")
		}
	}
	return strings.Join(parts, ", ")
}
