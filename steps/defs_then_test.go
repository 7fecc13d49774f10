package steps_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// The tests of this file check that every Then step can fail: each runs a
// small scenario whose expectation is wrong (or whose caller is a mutant)
// and wants the scenario to fail with the step's message. A step mutated to
// always pass makes its case fail.

// mutant is a caller that edits the reference model's outcomes.
type mutant struct {
	inner marketo.WebhookCaller
	edit  func(*marketo.Outcome)
}

func (m mutant) Call(ctx context.Context, w *marketo.Webhook, l marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
	out, err := m.inner.Call(ctx, w, l, flow)
	if out != nil {
		m.edit(out)
	}
	return out, err
}

func mutated(edit func(*marketo.Outcome)) harness.NewCallerFunc {
	return func(c *http.Client, cat *marketo.Catalog, o marketo.Options) marketo.WebhookCaller {
		return mutant{marketo.NewCaller(c, cat, o), edit}
	}
}

// thenCase is one scenario that must fail with want in its error.
type thenCase struct {
	name      string // the step, and the rule id it checks
	steps     string // the scenario's steps, one per line
	want      string
	caller    harness.NewCallerFunc
	transport harness.Transport
	once      string // if set, the error holds this text exactly once
}

// scenarioErrors runs one scenario and returns its status and the errors its
// scenarios ended with.
func scenarioErrors(t *testing.T, c thenCase, files fstest.MapFS) (int, []string) {
	t.Helper()
	text := "Feature: then\n  Scenario: " + c.name + "\n"
	for _, l := range strings.Split(strings.Trim(c.steps, "\n"), "\n") {
		text += "    " + strings.TrimLeft(l, "\t") + "\n"
	}
	fsys := fstest.MapFS{"case.feature": {Data: []byte(text)}}
	for k, v := range files {
		fsys[k] = v
	}
	var (
		mu   sync.Mutex
		errs []string
	)
	res := suite.Run(&suite.Log{}, suite.Config{
		Steps:     steps.New(),
		FS:        fsys,
		Transport: c.transport,
		NewCaller: c.caller,
		ExtraSteps: func(sc *godog.ScenarioContext) {
			sc.After(func(ctx context.Context, _ *godog.Scenario, err error) (context.Context, error) {
				if err != nil {
					mu.Lock()
					errs = append(errs, err.Error())
					mu.Unlock()
				}
				return ctx, nil
			})
		},
	})
	return res.Status, errs
}

const post = `Given a webhook "W" that sends POST to "https://enrich.vendor.example/v1/score?email={{lead.Email Address}}"`

const lead = `And a lead with:
	| field         | value           |
	| Email Address | ada@example.com |
	| Lead Score    | 10              |`

// scored: the service answers a score of 42 that maps into Lead Score.
const scored = post + "\n" + lead + `
And the response mappings:
	| attribute | field     |
	| score     | leadScore |
And the service answers 200 "OK" with body:
	"""
	{"score": 42}
	"""
When the webhook is called`

const templated = post + "\n" + lead + `
And the custom header "X-A" is "1"
And the payload template:
	"""
	{"a": 1}
	"""
When the webhook is called`

const down = post + "\n" + lead + `
And the service answers 503 "Backend Down"
When the webhook is called`

const badGET = `Given a webhook "W" that sends GET to "https://enrich.vendor.example/v1/score"
And the payload template:
	"""
	{"a": 1}
	"""
When the webhook is called`

// split: a header whose token renders a line break: the call is refused
// at render time, after the Given steps (A5).
const split = post + "\n" + lead + `
And the token "my.Bad" is:
	"""
	x
	X-Injected: yes
	"""
And the custom header "X-Note" is "{{my.Bad}}"
When the webhook is called`

// same: the service answers the score the lead already has.
var same = strings.Replace(scored, `{"score": 42}`, `{"score": 10}`, 1)

// retry: a 503, then on the call again a 200 with a score.
const retry = post + "\n" + lead + `
And the response mappings:
	| attribute | field     |
	| score     | leadScore |
And the service answers in turn:
	| code | reason       | body          |
	| 503  | Backend Down |               |
	| 200  | OK           | {"score": 42} |
When the webhook is called`

// typo: a mapping to a SOAP name that is one letter off.
const typo = post + `
And the response mappings:
	| attribute | field     |
	| score     | leadScroe |`

func TestThenStepsFail(t *testing.T) {
	var labels atomic.Int64
	cases := []thenCase{
		// The lead afterwards.
		{name: "field is/R18", steps: scored + "\nThen the field \"Lead Score\" is \"41\"", want: `field leadScore: got "42" (int64), want "41"`},
		{name: "field is, type/R26", steps: scored + "\nThen the field \"Lead Score\" is \"42\"", want: `want "42" as int64`,
			caller: mutated(func(o *marketo.Outcome) { o.Lead["leadScore"] = "42" })},
		{name: "field is unchanged/R18", steps: scored + "\nThen the field \"Lead Score\" is unchanged", want: `field leadScore: got "42" (int64), want it unchanged`},
		{name: "field is unchanged, rejected/A5", steps: split + "\nThen the field \"Lead Score\" is unchanged", want: "the call was rejected: "},
		{name: "no lead field changed/R18", steps: scored + "\nThen no lead field changed", want: "the lead changed"},
		{name: "lead is unchanged/R18", steps: scored + "\nThen the lead is unchanged", want: "the lead changed"},
		{name: "no lead field was written/R18", steps: scored + "\nThen no lead field was written", want: "got 1 writes"},
		{name: "no lead field was written, equal value/A19", steps: same + "\nThen no lead field was written", want: "got 1 writes"},
		{name: "no lead field was written, lead/R18", steps: scored + "\nThen no lead field was written", want: "the lead changed",
			caller: mutated(func(o *marketo.Outcome) { o.Changes = nil })},
		{name: "lead is/R18", steps: scored + "\nThen the lead is:\n\t| field | value |\n\t| Email Address | ada@example.com |\n\t| Lead Score | 41 |", want: `field leadScore: got "42" (int64), want "41"`},
		{name: "lead is, unknown field/R26", steps: scored + "\nThen the lead is:\n\t| field | value |\n\t| Lead Scroe | 42 |", want: `did you mean "Lead Score"?`},
		{name: "lead with, value type once/R26", steps: post + "\nAnd a lead with:\n\t| field | value |\n\t| Lead Score | abc |", want: `field "Lead Score" (score): `, once: `field "Lead Score"`},
		{name: "early: mapping typo fails its Given/R11", steps: typo + "\nWhen the webhook is called\nThen the recorded code is 200", want: `the definition is rejected: mappings[0].field: no lead field has the SOAP API name "leadScroe"; did you mean "leadScore"?`},
		{name: "early: display name for a SOAP name/R11", steps: strings.Replace(typo, "leadScroe", "Lead Score", 1), want: `"Lead Score" is a display name, its SOAP API name is "leadScore"`},
		{name: "early: GET with a template fails its Given/A2", steps: strings.Replace(badGET, "When the webhook is called", "", 1), want: "the definition is rejected: template: a GET request carries no payload template (A2)"},
		{name: "early: encoding typo/R8", steps: post + "\nAnd the token encoding is jsn", want: `did you mean "json"?`},
		{name: "early: knob typo/A1", steps: post + "\nAnd the option \"MaxConcurent\" is 2", want: `did you mean "MaxConcurrent"?`},
		{name: "body from a file, missing/R21", steps: post + "\nAnd the service answers 200 \"OK\" with the body from \"nope.json\"", want: "read nope.json"},
		{name: "time-out in s, bounds/R17", steps: post + "\nAnd the time-out is 0 s", want: "time-out 0 s: give 1 to 3600"},
		{name: "answers in turn, code/R19", steps: post + "\nAnd the service answers in turn:\n\t| code | reason | body |\n\t| 50 | X | |", want: `row 1: the code "50" is not a three-digit HTTP status`},
		{name: "called again, not called/R4", steps: post + "\nWhen the webhook is called again", want: "the webhook was not called yet"},
		{name: "called again, next answer/R19", steps: retry + "\nWhen the webhook is called again\nThen the recorded code is 503", want: "recorded code: got 200, want 503"},
		{name: "called twice/R4", steps: down + "\nWhen the webhook is called", want: "When the webhook is called again"},
		{name: "changes are, value/A24", steps: scored + `
Then the changes are:
	| field     | old | new |
	| leadScore | 10  | 43  |`, want: "change 1, new value"},
		{name: "changes are, old/A24", steps: scored + `
Then the changes are:
	| field     | old | new |
	| leadScore | 11  | 42  |`, want: "change 1, old value"},
		{name: "changes are, field/A24", steps: scored + `
Then the changes are:
	| field    | old | new |
	| lastName | 10  | 42  |`, want: "change 1: got field leadScore, want lastName"},
		{name: "changes are, count/A24", steps: scored + `
Then the changes are:
	| field | old | new |`, want: "got 1 changes"},
		{name: "mapping skipped, rule/A20", steps: strings.Replace(scored, "| score     |", "| nothing   |", 1) + "\nThen the mapping \"nothing\" was skipped under R25", want: "was skipped under A20"},
		{name: "mapping skipped, applied/A19", steps: scored + "\nThen the mapping \"score\" was skipped under A20", want: `mapping "score" was not skipped`},
		{name: "mapping skipped any rule, applied/A19", steps: scored + "\nThen the mapping \"score\" was skipped", want: `mapping "score" was not skipped`},
		{name: "mapping to skipped, rule/A20", steps: strings.Replace(scored, "| score     |", "| nothing   |", 1) + "\nThen the mapping \"nothing\" to \"leadScore\" was skipped under R25", want: "was skipped under A20"},
		{name: "mapping to skipped, other field/A20", steps: strings.Replace(scored, "| score     |", "| nothing   |", 1) + "\nThen the mapping \"nothing\" to \"Email Address\" was skipped under A20", want: `mapping "nothing" to email was not skipped`},
		{name: "no mapping was skipped/A20", steps: strings.Replace(scored, "| score     |", "| nothing   |", 1) + "\nThen no mapping was skipped", want: "got skipped mappings"},

		// What Marketo records.
		{name: "recorded code/R19", steps: down + "\nThen the recorded code is 200", want: "recorded code: got 503, want 200"},
		{name: "no HTTP status/A17", steps: down + "\nThen no HTTP status was recorded", want: "got code 503 and status 503, want none"},
		{name: "Error Type/R21", steps: down + "\nThen the Error Type is \"Down\"", want: `Error Type: got "Backend Down", want "Down"`},
		{name: "Error Type mentions/A17", steps: down + "\nThen the Error Type mentions \"refused\"", want: `want it to mention "refused"`},
		{name: "failure/A17", steps: down + "\nThen the failure is \"timeout\"", want: `failure: got "" (), want "timeout"`},
		{name: "Response is/R21", steps: scored + "\nThen the Response is \"{}\"", want: "Response:"},
		{name: "Response is docstring/R21", steps: scored + "\nThen the Response is:\n\t\"\"\"\n\t{\"score\": 41}\n\t\"\"\"", want: "Response:"},
		{name: "Response is empty/R21", steps: scored + "\nThen the Response is empty", want: "Response:"},
		{name: "Response escaped text/R21", steps: scored + "\nThen the Response is the escaped text \"{\\\"score\\\": 42}\\n\"", want: "Response:"},
		{name: "Response contains/R21", steps: scored + "\nThen the Response contains \"43\"", want: `does not contain "43"`},
		{name: "recorded HTTP status/R19", steps: down + "\nThen the recorded HTTP status is 200", want: "HTTP status: got 503, want 200"},
		{name: "Error Type empty/R21", steps: down + "\nThen the Error Type is empty", want: `the Error Type: got "Backend Down", want it empty`},
		{name: "webhook file accepted, rejected/R8", steps: `Then the webhook file "bad-encoding.yaml" is accepted`, want: "was rejected, want it accepted"},
		{name: "activity recorded, type/A18", steps: down + "\nThen a Call Webhook activity was recorded", want: "activity type: got 0",
			caller: mutated(func(o *marketo.Outcome) { o.Activity.TypeID = 0 })},
		{name: "activity recorded, outcome/A18", steps: down + "\nThen a Call Webhook activity was recorded", want: "does not record the outcome",
			caller: mutated(func(o *marketo.Outcome) { o.Activity.Code = 200 })},
		{name: "activity no request sent/A18", steps: down + "\nThen the activity records that no request was sent", want: "records a request sent"},
		{name: "trigger fires, Error Type/R21", steps: down + `
Then the Webhook is Called trigger fires with:
	| attribute  | value |
	| Error Type | Down  |`, want: `Error Type: got "Backend Down", want "Down"`},
		{name: "trigger fires, Response/R21", steps: down + `
Then the Webhook is Called trigger fires with:
	| attribute | value |
	| Response  | x     |`, want: `Response: got "", want "x"`},
		{name: "trigger fires, code/R21", steps: down + `
Then the Webhook is Called trigger fires with:
	| attribute | value |
	| code      | 500   |`, want: "code: got 503, want 500"},
		{name: "trigger fires, no activity/A18", steps: down + `
Then the Webhook is Called trigger fires with:
	| attribute | value |
	| code      | 503   |`, want: "so the trigger did not fire",
			caller: mutated(func(o *marketo.Outcome) { o.Activity.TypeID = 0 })},
		{name: "rejected under, rule/A2", steps: badGET + "\nThen the definition is rejected under A3", want: "rejected, but not under A3"},
		{name: "rejected under, accepted/A2", steps: down + "\nThen the definition is rejected under A2", want: "the definition was accepted (code 503)"},
		{name: "problem names/A2", steps: badGET + "\nThen the problem under A2 names \"no such text\"", want: `does not name "no such text"`},
		{name: "problem names, rule/A2", steps: badGET + "\nThen the problem under A3 names \"template\"", want: "rejected, but not under A3"},
		{name: "webhook file rejected, accepted/R8", steps: `Then the webhook file "good.yaml" is rejected under R8`, want: "was accepted, want a rejection under R8"},
		{name: "webhook file rejected, rule/R8", steps: `Then the webhook file "bad-encoding.yaml" is rejected under R6`, want: "rejected, but not under R6"},

		// The request that was sent.
		{name: "no request was sent/R2", steps: down + "\nThen no request was sent", want: "the service received 1 requests, want none"},
		{name: "number of requests/R3", steps: down + "\nThen the number of requests sent is 2", want: "requests received: got 1, want 2"},
		{name: "request method/R6", steps: down + "\nThen the request method is \"PUT\"", want: `method: got "POST", want "PUT"`},
		{name: "request URL/R5", steps: down + "\nThen the request URL is \"https://enrich.vendor.example/v1/score\"", want: `URL: got "https://enrich.vendor.example/v1/score?email=ada%40example.com"`},
		{name: "request URLs/A11", steps: down + "\nThen the request URLs are:\n\t| url |\n\t| https://enrich.vendor.example/v1/score |", want: "request URLs:"},
		{name: "request URLs, count/A11", steps: down + "\nThen the request URLs are:\n\t| url |", want: "request URLs:"},
		{name: "request query parameter/R5", steps: down + "\nThen the request query parameter \"email\" is \"bob@example.com\"", want: `query parameter email: got "ada@example.com", want "bob@example.com"`},
		{name: "request query parameter, missing/R5", steps: down + "\nThen the request query parameter \"campaign\" is \"x\"", want: "query parameter campaign: missing"},
		{name: "request body contains/R7", steps: templated + "\nThen the request body contains \"b\"", want: `does not contain "b"`},
		{name: "request JSON value/R14", steps: templated + "\nThen the request JSON value \"a\" is \"2\"", want: `JSON value a: got 1, want "2"`},
		{name: "request JSON value, missing/R14", steps: templated + "\nThen the request JSON value \"b.c\" is \"2\"", want: "JSON value b.c: missing"},
		{name: "request JSON diff keeps &/R14", steps: strings.Replace(templated, `{"a": 1}`, `{"a": "x&y"}`, 1) + "\nThen the request body is JSON:\n\t\"\"\"\n\t{\"a\": \"x\"}\n\t\"\"\"", want: `got  {"a":"x&y"}`},
		{name: "every call took at most/R4", steps: post + "\n" + lead + "\nAnd the service answers after 50 ms\nWhen the webhook is called\nThen every call took at most 1 ms", want: "want at most 1ms"},
		{name: "request header/R10", steps: templated + "\nThen the request header \"X-A\" is \"2\"", want: `header X-A: got "1", want "2"`},
		{name: "request header, missing/R10", steps: templated + "\nThen the request header \"X-B\" is \"2\"", want: "header X-B: missing"},
		{name: "request has no header/A4", steps: templated + "\nThen the request has no header \"Content-Type\"", want: `header Content-Type: got "application/json", want none`},
		{name: "request body docstring/R7", steps: templated + "\nThen the request body is:\n\t\"\"\"\n\t{\"a\":1}\n\t\"\"\"", want: "body:"},
		{name: "request body line/R7", steps: templated + "\nThen the request body is \"{\\\"a\\\":1}\"", want: "body:"},
		{name: "request body escaped/A3", steps: templated + "\nThen the request body is the escaped text \"{\\\"a\\\": 1}\\n\"", want: `body:`},
		{name: "request body empty/R7", steps: templated + "\nThen the request body is empty", want: "body:"},
		{name: "request body JSON/R14", steps: templated + "\nThen the request body is JSON:\n\t\"\"\"\n\t{\"a\": 2}\n\t\"\"\"", want: "body JSON:"},
		{name: "request body JSON, string vs number/R14", steps: templated + "\nThen the request body is JSON:\n\t\"\"\"\n\t{\"a\": \"1\"}\n\t\"\"\"", want: "body JSON:"},
		{name: "request body JSON, trailing bracket/R14", steps: strings.Replace(templated, `{"a": 1}`, `{"a": 1}]`, 1) + "\nThen the request body is JSON:\n\t\"\"\"\n\t{\"a\": 1}\n\t\"\"\"", want: "the body is not valid JSON"},
		{name: "request form value/R15", steps: post + "\n" + lead + `
And the token encoding is form
And the payload template:
	"""
	a={{lead.Email Address}}
	"""
When the webhook is called
Then the request form value "a" is "bob@example.com"`, want: `form value a: got "ada@example.com", want "bob@example.com"`},
		{name: "request form value, missing/R15", steps: templated + "\nThen the request form value \"b\" is \"1\"", want: "form value b: missing"},

		// Many leads.
		{name: "each lead one request/R3", steps: `Given a webhook "W" that sends POST to "https://enrich.vendor.example/v1/score"
And 2 leads
When the webhook is called for each lead
Then each lead was sent exactly one request`, want: "lead 1 (lead1@example.com): got 0 requests naming it"},
		{name: "at most in flight/A1", steps: post + `
And 3 leads
And the service holds its answers until 3 requests are in
When the webhook is called for each lead
Then at most 2 calls were in flight at once`, want: "got 3 calls in flight at once, want at most 2"},
		{name: "at least in flight/A1", steps: post + `
And the option "MaxConcurrent" is 1
And 2 leads
When the webhook is called for each lead
Then at least 2 calls were in flight at once`, want: "got at most 1 calls in flight at once, want at least 2"},
		{name: "every call took/R4", steps: down + "\nThen every call took at least 60000 ms", want: "want at least 1m0s"},
		{name: "calls took in all/R4", steps: down + "\nThen the calls took at least 60000 ms in all", want: "in all, want at least 1m0s"},

		// Both faces must agree; the message shows where they differ (harness.Compare).
		{name: "faces disagree/A15", steps: down + "\nThen the recorded code is 503", transport: harness.TransportBoth,
			want: "the faces disagree (the wire is the truth)",
			caller: func(c *http.Client, cat *marketo.Catalog, o marketo.Options) marketo.WebhookCaller {
				label := fmt.Sprintf("face-%d", labels.Add(1))
				return mutant{marketo.NewCaller(c, cat, o), func(o *marketo.Outcome) { o.ErrorType = label }}
			}},
	}
	files := fstest.MapFS{}
	for _, name := range []string{"bad-encoding.yaml", "enrich.yaml"} {
		data, err := os.ReadFile("../features/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = &fstest.MapFile{Data: data}
	}
	files["good.yaml"] = files["enrich.yaml"]
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			status, errs := scenarioErrors(t, c, files)
			if status != suite.StatusFailed || len(errs) != 1 {
				t.Fatalf("got status %d with errors %q, want the scenario to fail with %q", status, errs, c.want)
			}
			if !strings.Contains(errs[0], c.want) {
				t.Errorf("got error %q, want it to contain %q", errs[0], c.want)
			}
			if c.once != "" && strings.Count(errs[0], c.once) != 1 {
				t.Errorf("got error %q, want %q in it once", errs[0], c.once)
			}
			if strings.Contains(c.name, "faces disagree") {
				// One line per field that differs, mock first: here the
				// Error Type only (the faces run side by side, so either
				// may have made the first caller).
				lines := strings.Split(errs[0], "\n")
				if len(lines) != 2 || !strings.HasPrefix(strings.TrimSpace(lines[1]), `errorType: mock "face-`) ||
					!strings.Contains(lines[1], `, wire "face-`) || !strings.Contains(lines[1], "face-1") || !strings.Contains(lines[1], "face-2") {
					t.Errorf("the message does not show the one field that differs, on both faces:\n%s", errs[0])
				}
			}
		})
	}
}

// TestThenStepsPass checks the right expectations of the cases above pass,
// so that TestThenStepsFail fails for the step's reason, not the setup's.
func TestThenStepsPass(t *testing.T) {
	cases := []thenCase{
		{name: "field is/R18", steps: scored + "\nThen the field \"Lead Score\" is \"42\"\nAnd the recorded code is 200\nAnd the Response is \"{\\\"score\\\": 42}\"\nAnd the changes are:\n\t| field | old | new |\n\t| leadScore | 10 | 42 |\nAnd no mapping was skipped\nAnd a Call Webhook activity was recorded"},
		{name: "escaped/A3", steps: templated + "\nThen the request body is the escaped text \"{\\\"a\\\": 1}\""},
		{name: "request/R7", steps: templated + "\nThen the request body is JSON:\n\t\"\"\"\n\t{ \"a\" : 1.0 }\n\t\"\"\"\nAnd the request header \"X-A\" is \"1\"\nAnd the request method is \"POST\"\nAnd the number of requests sent is 1"},
		{name: "rejected/A2", steps: badGET + "\nThen the definition is rejected under A2\nAnd no request was sent"},
		{name: "down/R21", steps: down + "\nThen the Error Type is \"Backend Down\"\nAnd the Error Type mentions \"backend\"\nAnd the failure is \"\"\nAnd the field \"Lead Score\" is unchanged\nAnd no lead field changed"},
		{name: "rejected at render, nothing written/A5", steps: split + "\nThen the definition is rejected under A5\nAnd the problem under A5 names \"X-Note\"\nAnd no lead field changed\nAnd the lead is unchanged\nAnd no lead field was written\nAnd no request was sent"},
		{name: "equal value is no change/R18", steps: same + "\nThen the field \"Lead Score\" is unchanged\nAnd the lead is unchanged\nAnd no lead field changed\nAnd the lead is:\n\t| field | value |\n\t| Lead Score | 10 |"},
		{name: "early check waits for the rejection step/R11", steps: typo + "\nWhen the webhook is called\nThen the definition is rejected under R11"},
		{name: "retry/R19", steps: retry + "\nThen the recorded code is 503\nAnd the recorded HTTP status is 503\nAnd the field \"Lead Score\" is unchanged\nWhen the webhook is called again\nThen the recorded code is 200\nAnd the Error Type is \"OK\"\nAnd the Response contains \"42\"\nAnd the field \"Lead Score\" is \"42\"\nAnd the number of requests sent is 2\nAnd the request URLs are:\n\t| url |\n\t| https://enrich.vendor.example/v1/score?email=ada%40example.com |\n\t| https://enrich.vendor.example/v1/score?email=ada%40example.com |"},
		{name: "request parts/R5", steps: strings.Replace(templated, `{"a": 1}`, `{"a": 1, "p": {"e": "x&y"}}`, 1) + "\nThen the request body contains \"x&y\"\nAnd the request JSON value \"p.e\" is \"x&y\"\nAnd the request JSON value \"a\" is \"1\"\nAnd the request JSON value \"p\" is \"{\\\"e\\\":\\\"x&y\\\"}\"\nAnd the request query parameter \"email\" is \"ada@example.com\"\nAnd every call took at most 60000 ms"},
		{name: "skipped any rule/A20", steps: strings.Replace(scored, "| score     |", "| nothing   |", 1) + "\nThen the mapping \"nothing\" was skipped\nAnd the mapping \"nothing\" to \"Lead Score\" was skipped under A20\nAnd no lead field was written"},
		{name: "admin labels/R8", steps: post + "\n" + lead + "\nAnd the token encoding is Form/Url\nAnd the response type is JSON\nAnd the time-out is 30 s\nAnd the payload template:\n\t\"\"\"\n\te={{lead.Email Address}}\n\t\"\"\"\nAnd the service answers 200 \"\" with the body from \"sample.json\"\nWhen the webhook is called\nThen the request form value \"e\" is \"ada@example.com\"\nAnd the Response is the escaped text \"{\\\"score\\\": 42}\\n\"\nAnd the webhook file \"enrich.yaml\" is accepted"},
		{name: "request URLs after a redirect/A11", steps: post + "\n" + lead + "\nAnd the option \"FollowRedirects\" is on\nAnd the service redirects with 302 to \"https://enrich.vendor.example/v2/score\"\nWhen the webhook is called\nThen the request URLs are:\n\t| url |\n\t| https://enrich.vendor.example/v1/score?email=ada%40example.com |\n\t| https://enrich.vendor.example/v2/score |"},
		{name: "no reason phrase/A17", steps: post + "\nAnd the service answers 299 \"\" with base64 body \"e30=\"\nWhen the webhook is called\nThen the Error Type is empty"},
		{name: "flight/A1", steps: post + "\nAnd 3 leads\nAnd the service holds its answers until 3 requests are in\nWhen the webhook is called for each lead\nThen at most 3 calls were in flight at once\nAnd at least 3 calls were in flight at once\nAnd each lead was sent exactly one request"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			files := fstest.MapFS{"sample.json": {Data: []byte("{\"score\": 42}\n")}}
			data, err := os.ReadFile("../features/testdata/enrich.yaml")
			if err != nil {
				t.Fatal(err)
			}
			files["enrich.yaml"] = &fstest.MapFile{Data: data}
			if status, errs := scenarioErrors(t, c, files); status != suite.StatusPassed {
				t.Fatalf("got status %d with errors %q, want a pass", status, errs)
			}
		})
	}
}
