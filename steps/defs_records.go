package steps

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

// recordsDefs are the steps that check what Marketo records: code, Error Type, Response, activity, problems.
func recordsDefs() []Def {
	return inArea("What Marketo records", []Def{
		{
			Keyword: Then, EN: "the recorded code is {int}", DE: "ist der erfasste Code {int}", DEAlt: "der erfasste Code ist {int}",
			Doc:       "The response code Marketo records: the HTTP status, 1000 (batch) or 1001 (empty body) (R19, R20, A15); 0 when there was no status.",
			ExampleEN: "Then the recorded code is 1001", ExampleDE: "Dann ist der erfasste Code 1001",
			run: thenRecordedCodeIs,
		},
		{
			Keyword: Then, EN: "no HTTP status was recorded", DE: "wurde kein HTTP-Status erfasst", DEAlt: "kein HTTP-Status wurde erfasst",
			Doc:       "There was no HTTP answer to record: code and status are empty (A17).",
			ExampleEN: "Then no HTTP status was recorded", ExampleDE: "Dann wurde kein HTTP-Status erfasst",
			run: thenNoHTTPStatusRecorded,
		},
		{
			Keyword: Then, EN: "the Error Type is {string}", DE: "ist der Fehlertyp {string}", DEAlt: "der Fehlertyp ist {string}",
			Doc:       "The Error Type the Webhook is Called trigger exposes: the reason phrase as received (R21, A17).",
			ExampleEN: `Then the Error Type is "Backend Down"`, ExampleDE: `Dann ist der Fehlertyp "Backend Down"`,
			run: thenErrorTypeIs,
		},
		{
			Keyword: Then, EN: "the Error Type mentions {string}", DE: "nennt der Fehlertyp {string}", DEAlt: "der Fehlertyp nennt {string}",
			Doc:       "The Error Type contains this text, ignoring case (for Marketo's own descriptions, A17).",
			ExampleEN: `Then the Error Type mentions "refused"`, ExampleDE: `Dann nennt der Fehlertyp "refused"`,
			run: thenErrorTypeMentions,
		},
		{
			Keyword: Then, EN: "the failure is {string}", DE: "ist die Fehlerart {string}", DEAlt: "die Fehlerart ist {string}",
			Doc:       "What made the answer unusable: timeout, refused, reset, tls, transport, too-large, unparseable; \"\" for none.",
			ExampleEN: `Then the failure is "timeout"`, ExampleDE: `Dann ist die Fehlerart "timeout"`,
			run: thenFailureIs,
		},
		{
			Keyword: Then, EN: "the Response is {string}", DE: "ist die Antwort {string}", DEAlt: "die Antwort ist {string}",
			Doc:       "The Response the trigger exposes: the literal payload received (R21).",
			ExampleEN: `Then the Response is "{\"error\": \"down\"}"`, ExampleDE: `Dann ist die Antwort "{\"error\": \"down\"}"`,
			run: thenResponseIs,
		},
		{
			Keyword: Then, Arg: DocString, EN: "the Response is:", DE: "ist die Antwort:", DEAlt: "die Antwort ist:",
			Doc:       "As above, the docstring byte for byte.",
			ExampleEN: "Then the Response is:", ExampleDE: "Dann ist die Antwort:",
			ExampleArg: `{"error": "down"}`,
			run:        thenResponseIsBlock,
		},
		{
			Keyword: Then, EN: "the Response is empty", DE: "ist die Antwort leer", DEAlt: "die Antwort ist leer",
			Doc:       "The Response is the empty payload.",
			ExampleEN: "Then the Response is empty", ExampleDE: "Dann ist die Antwort leer",
			run: thenResponseEmpty,
		},
		{
			Keyword: Then, EN: "the Response is the escaped text {escaped}", DE: "ist die Antwort der maskierte Text {escaped}", DEAlt: "die Antwort ist der maskierte Text {escaped}",
			Doc:       "As above, with Go's escapes decoded: for line breaks and control characters a feature file cannot show on one line (R21).",
			ExampleEN: `Then the Response is the escaped text "\n"`, ExampleDE: `Dann ist die Antwort der maskierte Text "\n"`,
			run: thenResponseIs,
		},
		{
			Keyword: Then, EN: "the Response contains {string}", DE: "enthält die Antwort {string}", DEAlt: "die Antwort enthält {string}",
			Doc:       "The Response holds this text somewhere, case included (R21).",
			ExampleEN: `Then the Response contains "down"`, ExampleDE: `Dann enthält die Antwort "down"`,
			run: thenResponseContains,
		},
		{
			Keyword: Then, EN: "the recorded HTTP status is {int}", DE: "ist der erfasste HTTP-Status {int}", DEAlt: "der erfasste HTTP-Status ist {int}",
			Doc:       "The HTTP status received, whatever code Marketo records for it (a 200 with an empty body is status 200, code 1001: R19, R20, A15).",
			ExampleEN: "Then the recorded HTTP status is 200", ExampleDE: "Dann ist der erfasste HTTP-Status 200",
			run: thenRecordedHTTPStatusIs,
		},
		{
			Keyword: Then, EN: "the Error Type is empty", DE: "ist der Fehlertyp leer", DEAlt: "der Fehlertyp ist leer",
			Doc:       "The Error Type is the empty text: an answer without a reason phrase (HTTP/2, A17), or none recorded.",
			ExampleEN: "Then the Error Type is empty", ExampleDE: "Dann ist der Fehlertyp leer",
			run: thenErrorTypeIsEmpty,
		},
	})
}

// recordsActivityDefs are the steps that check the activity, the problems
// of a rejected definition and webhook files.
func recordsActivityDefs() []Def {
	return inArea("What Marketo records", []Def{
		{
			Keyword: Then, EN: "a Call Webhook activity was recorded", DE: "wurde eine Aktivität Webhook aufrufen erfasst", DEAlt: "eine Aktivität Webhook aufrufen wurde erfasst",
			Doc:       "The lead got a Call Webhook activity (type 110) with the outcome's code, and the Webhook is Called trigger fired (A18).",
			ExampleEN: "Then a Call Webhook activity was recorded", ExampleDE: "Dann wurde eine Aktivität Webhook aufrufen erfasst",
			run: thenCallWebhookActivityRecorded,
		},
		{
			Keyword: Then, EN: "the activity records that no request was sent", DE: "vermerkt die Aktivität, dass keine Anfrage gesendet wurde", DEAlt: "die Aktivität vermerkt, dass keine Anfrage gesendet wurde",
			Doc:       "The activity was recorded without a request (A18, R2).",
			ExampleEN: "Then the activity records that no request was sent", ExampleDE: "Dann vermerkt die Aktivität, dass keine Anfrage gesendet wurde",
			run: thenActivityRecordsThatNoRequestSent,
		},
		{
			Keyword: Then, Arg: Table, EN: "the Webhook is Called trigger fires with:", DE: "feuert der Trigger Webhook wird aufgerufen mit:", DEAlt: "der Trigger Webhook wird aufgerufen feuert mit:",
			Doc:       "The Webhook is Called trigger fires with these constraints (R21, A18). Rows `| Response | … |`, `| Error Type | … |`, `| code | … |` (German `Antwort`, `Fehlertyp`, `Code`); header row `| attribute | value |` (German `| Attribut | Wert |`).",
			ExampleEN: "Then the Webhook is Called trigger fires with:", ExampleDE: "Dann feuert der Trigger Webhook wird aufgerufen mit:",
			ExampleArg: "| attribute  | value        |\n| Error Type | Backend Down |\n| Response   |              |",
			run:        thenTriggerFires,
		},
		{
			Keyword: Then, EN: "the definition is rejected under {rule}", DE: "wird die Definition nach {rule} abgelehnt", DEAlt: "die Definition wird nach {rule} abgelehnt",
			Doc:       "The call was refused before sending: the definition (or its rendering) breaks this rule. Nothing was sent and nothing recorded.",
			ExampleEN: "Then the definition is rejected under A2", ExampleDE: "Dann wird die Definition nach A2 abgelehnt",
			run: thenDefinitionRejectedUnder, checksRejection: true,
		},
		{
			Keyword: Then, EN: "the problem under {rule} names {string}", DE: "nennt das Problem nach {rule} {string}", DEAlt: "das Problem nach {rule} nennt {string}",
			Doc:       "The rejection under this rule names this text (a position, a header, a value) in its field or message.",
			ExampleEN: `Then the problem under A3 names "column 12"`, ExampleDE: `Dann nennt das Problem nach A3 "column 12"`,
			run: thenProblemUnderNames, checksRejection: true,
		},
		{
			Keyword: Then, EN: "the webhook file {string} is accepted", DE: "wird die Webhook-Datei {string} angenommen", DEAlt: "die Webhook-Datei {string} wird angenommen",
			Doc:       "Loading this webhook file succeeds: it parses and its definition is valid (R5-R11); the error lists every problem with its line. Relative paths as for \"the webhook from\".",
			ExampleEN: `Then the webhook file "testdata/enrich.yaml" is accepted`,
			ExampleDE: `Dann wird die Webhook-Datei "testdata/enrich.yaml" angenommen`,
			run:       thenWebhookFileAccepted,
		},
		{
			Keyword: Then, EN: "the webhook file {string} is rejected under {rule}", DE: "wird die Webhook-Datei {string} nach {rule} abgelehnt", DEAlt: "die Webhook-Datei {string} wird nach {rule} abgelehnt",
			Doc:       "Loading this webhook file fails with a problem under this rule (the file's line and key are in the message). Relative paths as for \"the webhook from\".",
			ExampleEN: `Then the webhook file "testdata/bad-encoding.yaml" is rejected under R8`,
			ExampleDE: `Dann wird die Webhook-Datei "testdata/bad-encoding.yaml" nach R8 abgelehnt`,
			run:       thenWebhookFileRejectedUnder,
		},
	})
}

// thenResponseContains runs the step "the Response contains {string}".
func thenResponseContains(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		if !strings.Contains(c.out.Response, a.str(0)) {
			return fmt.Errorf("the Response %q does not contain %q", shorten(c.out.Response), a.str(0))
		}
		return nil
	})
}

// thenRecordedHTTPStatusIs runs the step "the recorded HTTP status is {int}".
func thenRecordedHTTPStatusIs(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		if c.out.Status != a.num(0) {
			return fmt.Errorf("HTTP status: got %d, want %d (code %d, failure %q)", c.out.Status, a.num(0), c.out.Code, c.out.Failure)
		}
		return nil
	})
}

// thenErrorTypeIsEmpty runs the step "the Error Type is empty".
func thenErrorTypeIsEmpty(_ context.Context, w *world, _ *args) error {
	return w.eachOutcome(func(c call) error {
		if c.out.ErrorType != "" {
			return fmt.Errorf("the Error Type: got %q, want it empty", c.out.ErrorType)
		}
		return nil
	})
}

// thenWebhookFileAccepted runs the step "the webhook file {string} is accepted".
func thenWebhookFileAccepted(_ context.Context, w *world, a *args) error {
	name, data, err := w.readFile(a.str(0))
	if err != nil {
		return err
	}
	if _, err := hookfile.ParseWebhook(name, data); err != nil {
		return fmt.Errorf("the webhook file %s was rejected, want it accepted:\n%w", name, err)
	}
	return nil
}

// thenRecordedCodeIs runs the step "the recorded code is {int}".
func thenRecordedCodeIs(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		if c.out.Code != a.num(0) {
			return fmt.Errorf("recorded code: got %d, want %d (status %d, Error Type %q, failure %q)", c.out.Code, a.num(0), c.out.Status, c.out.ErrorType, c.out.Failure)
		}
		return nil
	})
}

// thenNoHTTPStatusRecorded runs the step "no HTTP status was recorded".
func thenNoHTTPStatusRecorded(_ context.Context, w *world, _ *args) error {
	return w.eachOutcome(func(c call) error {
		if c.out.Code != 0 || c.out.Status != 0 {
			return fmt.Errorf("got code %d and status %d, want none", c.out.Code, c.out.Status)
		}
		return nil
	})
}

// thenErrorTypeIs runs the step "the Error Type is {string}".
func thenErrorTypeIs(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		if c.out.ErrorType != a.str(0) {
			return fmt.Errorf("the Error Type: got %q, want %q", c.out.ErrorType, a.str(0))
		}
		return nil
	})
}

// thenErrorTypeMentions runs the step "the Error Type mentions {string}".
func thenErrorTypeMentions(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		if !strings.Contains(strings.ToLower(c.out.ErrorType), strings.ToLower(a.str(0))) {
			return fmt.Errorf("the Error Type: got %q, want it to mention %q", c.out.ErrorType, a.str(0))
		}
		return nil
	})
}

// thenFailureIs runs the step "the failure is {string}".
func thenFailureIs(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		if string(c.out.Failure) != a.str(0) {
			return fmt.Errorf("failure: got %q (%s), want %q", c.out.Failure, c.out.Detail, a.str(0))
		}
		return nil
	})
}

// thenResponseIs runs the step "the Response is {string}".
func thenResponseIs(_ context.Context, w *world, a *args) error {
	return w.response(a.str(0))
}

// thenResponseIsBlock runs the step "the Response is:".
func thenResponseIsBlock(_ context.Context, w *world, a *args) error {
	return w.response(a.doc.Content)
}

// thenResponseEmpty runs the step "the Response is empty".
func thenResponseEmpty(_ context.Context, w *world, _ *args) error {
	return w.response("")
}

// thenCallWebhookActivityRecorded runs the step "a Call Webhook activity was recorded".
func thenCallWebhookActivityRecorded(_ context.Context, w *world, _ *args) error {
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
}

// thenActivityRecordsThatNoRequestSent runs the step "the activity records that no request was sent".
func thenActivityRecordsThatNoRequestSent(_ context.Context, w *world, _ *args) error {
	return w.eachOutcome(func(c call) error {
		if c.out.Activity.RequestSent {
			return errors.New("the activity records a request sent, want none")
		}
		return nil
	})
}

// thenDefinitionRejectedUnder runs the step "the definition is rejected under {rule}".
func thenDefinitionRejectedUnder(_ context.Context, w *world, a *args) error {
	return w.each(func(c call) error {
		if _, err := problem(c, a.str(0)); err != nil {
			return err
		}
		return nil
	})
}

// thenProblemUnderNames runs the step "the problem under {rule} names {string}".
func thenProblemUnderNames(_ context.Context, w *world, a *args) error {
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
}

// thenWebhookFileRejectedUnder runs the step "the webhook file {string} is rejected under {rule}".
func thenWebhookFileRejectedUnder(_ context.Context, w *world, a *args) error {
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
}

func (w *world) response(want string) error {
	return w.eachOutcome(func(c call) error {
		if c.out.Response != want {
			return fmt.Errorf("the Response:\n got  %q\n want %q", shorten(c.out.Response), shorten(want))
		}
		return nil
	})
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

// thenTriggerFires runs the step that checks the attributes the Webhook is Called trigger exposes.
func thenTriggerFires(_ context.Context, w *world, a *args) error {
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

func shorten(s string) string {
	if len(s) > 200 {
		return s[:200] + fmt.Sprintf("… (%d bytes)", len(s))
	}
	return s
}
