package generators

import (
	"encoding/json"
	"net/url"
	"reflect"
	"strings"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// checkCommon holds for every call: the definition is valid so Call
// returns an outcome, the lead passed in is left alone, at most one request
// reaches the service (A10), and the activity mirrors the outcome (A18).
func (s *Session) checkCommon(t *rapid.T, c *Case, e *Expectation, r faceRun) {
	if r.err != nil {
		s.fail(t, c, e, "%s face: Call failed on a valid definition: %v", r.face, r.err)
	}
	if !reflect.DeepEqual(r.leadArg, c.Lead) {
		s.fail(t, c, e, "%s face: Call changed the lead it was given:%s", r.face, diffLeads(r.leadArg, c.Lead))
	}
	want := 0
	if e.Sent {
		want = 1
	}
	// A time-out may strike before a hung service has read the request (a
	// short time-out over a fresh TLS connection): then none arrived.
	hang := c.Answer.Fault == harness.FaultHang && len(r.requests) == 0
	if len(r.requests) != want && !hang {
		s.fail(t, c, e, "%s face: the service received %d requests, want %d (A10: one attempt, R2)", r.face, len(r.requests), want)
	}
	a := r.out.Activity
	if a.Code != r.out.Code || a.ErrorType != r.out.ErrorType || a.Response != r.out.Response {
		s.fail(t, c, e, "%s face: the activity records code %d, Error Type %q, and another Response than the outcome (code %d, %q) (A18)",
			r.face, a.Code, a.ErrorType, r.out.Code, r.out.ErrorType)
	}
}

// checkUnchanged fails unless the outcome leaves the lead as it was.
func (s *Session) checkUnchanged(t *rapid.T, c *Case, e *Expectation, r faceRun, rule string) {
	if len(r.out.Changes) > 0 || !reflect.DeepEqual(r.out.Lead, c.Lead) {
		s.fail(t, c, e, "%s face: code %d (failure %q) changed the lead (%s):%s", r.face, r.out.Code, r.out.Failure, rule, diffLeads(r.out.Lead, c.Lead))
	}
}

func checkInvariant1(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, NonSuccessAnswer).Draw(t, "case")
	e := c.Expect(s.catalog)
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		s.checkUnchanged(t, &c, &e, r, "R18, R20, A12, A16")
	}
}

func checkInvariant2(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, AnyAnswer).Draw(t, "case")
	c.Campaign = marketo.Batch
	e := c.Expect(s.catalog)
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		if r.out.Request != nil || r.out.Activity.RequestSent {
			s.fail(t, &c, &e, "%s face: a batch campaign sent a request (R2)", r.face)
		}
		if r.out.Code != marketo.CodeBatch {
			s.fail(t, &c, &e, "%s face: a batch campaign recorded code %d, want %d (R2)", r.face, r.out.Code, marketo.CodeBatch)
		}
		s.checkUnchanged(t, &c, &e, r, "R2")
	}
}

func checkInvariant3(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, SuccessAnswer).Draw(t, "case")
	e := c.Expect(s.catalog)
	if len(e.Disagreements) > 0 {
		s.fail(t, &c, &e, "the model's building blocks contradict the spec:\n  %s", strings.Join(e.Disagreements, "\n  "))
	}
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		if r.out.Code != e.Code || r.out.Failure != e.Failure {
			s.fail(t, &c, &e, "%s face: recorded code %d (failure %q), want %d (failure %q) (R18, A16)", r.face, r.out.Code, r.out.Failure, e.Code, e.Failure)
		}
		if !reflect.DeepEqual(r.out.Lead, e.Lead) {
			s.fail(t, &c, &e, "%s face: the lead after a %d differs from the mappings' values (R18, A19-A22):%s", r.face, c.Answer.Status, diffLeads(r.out.Lead, e.Lead))
		}
		if len(r.out.Changes) != len(e.Applied) {
			s.fail(t, &c, &e, "%s face: %d changes listed, want %d (A19, A24)", r.face, len(r.out.Changes), len(e.Applied))
		}
		for i, a := range e.Applied {
			ch := r.out.Changes[i]
			if ch.Field != a.Field || ch.Attribute != a.Attribute || !reflect.DeepEqual(ch.New, a.Value) {
				s.fail(t, &c, &e, "%s face: change %d is %s <- %q = %s, want %s <- %q = %s (A19, A24)",
					r.face, i, ch.Field, ch.Attribute, show(ch.New), a.Field, a.Attribute, show(a.Value))
			}
		}
		if got, want := len(r.out.Skipped), len(c.Webhook().Mappings)-len(e.Applied); got != want {
			s.fail(t, &c, &e, "%s face: %d mappings listed as skipped, want %d (A19: each skip has a reason)", r.face, got, want)
		}
	}
}

func checkInvariant4(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, AnyAnswer).Draw(t, "case")
	e := c.Expect(s.catalog)
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		o := r.out
		if o.Code != e.Code {
			s.fail(t, &c, &e, "%s face: recorded code %d, want %d (R19, R20, A15, A17)", r.face, o.Code, e.Code)
		}
		switch {
		case e.Failure == marketo.FailureTooLarge:
			if o.Failure != e.Failure || !strings.HasPrefix(string(e.Body), o.Response) {
				s.fail(t, &c, &e, "%s face: over-size body: failure %q and a Response that is not the start of the body, want %q (A12)", r.face, o.Failure, e.Failure)
			}
		case e.Code == 0: // a fault: no status, an Error Type that names the failure (A17)
			if o.Failure != e.Failure || o.ErrorType == "" || !strings.HasPrefix(string(c.Answer.Body), o.Response) {
				s.fail(t, &c, &e, "%s face: failure %q with Error Type %q and Response %q, want failure %q with an Error Type naming it and at most the bytes received (A17, R21)",
					r.face, o.Failure, o.ErrorType, o.Response, e.Failure)
			}
		default:
			if o.Response != string(e.Body) {
				s.fail(t, &c, &e, "%s face: Response is %q, want the literal body %q (R21)", r.face, clip(o.Response), clip(string(e.Body)))
			}
			if o.ErrorType != e.ErrorType {
				s.fail(t, &c, &e, "%s face: Error Type is %q, want %q (R21, A17)", r.face, o.ErrorType, e.ErrorType)
			}
		}
	}
}

// clip shortens a text for a failure message.
func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

func checkInvariant5(s *Session, t *rapid.T) {
	c := RenderCase(s.catalog).Draw(t, "case")
	e := c.Expect(s.catalog)
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		body := string(r.requests[0].Body)
		if r.out.Request == nil || r.out.Request.Body != body {
			s.fail(t, &c, &e, "%s face: the outcome's request body differs from what the service received", r.face)
		}
		tp := c.Hook.Template
		switch tp.Encoding {
		case marketo.EncodingJSON:
			got := decodeJSON(body)
			if got == nil || !json.Valid([]byte(body)) {
				s.fail(t, &c, &e, "%s face: the JSON template rendered invalid JSON (R14): %s", r.face, clip(body))
			}
			if want := any(tp.ExpectedJSON(c.Lead)); !reflect.DeepEqual(got, want) {
				s.fail(t, &c, &e, "%s face: the JSON body decodes to %s, want %s (R14, A6, R13)", r.face, show(got), show(want))
			}
		case marketo.EncodingForm:
			got, err := url.ParseQuery(body)
			if err != nil {
				s.fail(t, &c, &e, "%s face: the Form/Url body does not decode (R15): %v", r.face, err)
			}
			if want := tp.ExpectedForm(c.Lead); !reflect.DeepEqual(got, want) {
				s.fail(t, &c, &e, "%s face: the Form/Url body decodes to %v, want %v (R15, A6, R13)", r.face, got, want)
			}
		}
	}
}

// RenderCase generates cases for the rendering invariant (R14, R15): a
// POST, PUT, PATCH or DELETE with a JSON or Form/Url template of bare
// tokens, a lead of hostile values over every field type, and a plain 200
// answer.
func RenderCase(cat *marketo.Catalog) *rapid.Generator[Case] {
	return rapid.Custom(func(t *rapid.T) Case {
		var tp Template
		if rapid.Bool().Draw(t, "form") {
			tp = FormTemplate(cat).Draw(t, "template")
		} else {
			tp = JSONTemplate(cat).Draw(t, "template")
		}
		w := marketo.Webhook{
			Name:         "render",
			URL:          rapid.SampledFrom(hookURLs()).Draw(t, "url"),
			Method:       rapid.SampledFrom([]marketo.Method{marketo.MethodPost, marketo.MethodPut, marketo.MethodPatch, marketo.MethodDelete}).Draw(t, "method"),
			Template:     tp.Text,
			Encoding:     tp.Encoding,
			ResponseType: marketo.ResponseJSON,
			Headers:      rapid.SliceOfN(rapid.SampledFrom(safeHeaders()), 0, 2).Draw(t, "headers"),
		}
		lead := Lead(cat).Draw(t, "lead")
		return Case{
			Hook: Hook{Webhook: w, Template: tp}, Lead: lead, Campaign: marketo.Trigger,
			Options: marketo.Options{Timeout: AnswerTimeout, MaxBodyBytes: SmallBodyCap},
			Answer:  script(200, "OK", nil, []byte("{}")), Body: BodyDoc,
		}
	})
}
