package generators

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"unicode/utf8"

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
	if e.Sent && c.Answer.Fault == harness.FaultRedirectLoop && c.Options.FollowRedirects {
		want = redirectLimit // A11 knob: net/http's policy, the first request and 9 more before it stops
	}
	// A time-out may strike before a hung service has read the request (a
	// short time-out over a fresh TLS connection): then none arrived.
	hang := (c.Answer.Fault == harness.FaultHang || c.Answer.Fault == harness.FaultDrip) && len(r.requests) == 0
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

// recordedProblem compares what the outcome records with what the spec
// says: the code (R19, R20, A15, A17), the failure (A12, A16, A17, A26),
// the Error Type (R21, A17: the reason phrase, or the fixed description of
// Marketo's own code or of the failure's kind) and the Response (R21: the
// literal body; A12: the first MaxBodyBytes bytes of an over-size one;
// A26: the bytes that arrived before a body broke off). It returns "" when
// all agree.
func recordedProblem(c *Case, e *Expectation, o *marketo.Outcome) string {
	switch {
	case o.Code != e.Code:
		return fmt.Sprintf("recorded code %d (failure %q), want %d (failure %q) (R19, R20, A15, A17)", o.Code, o.Failure, e.Code, e.Failure)
	case o.Failure != e.Failure:
		return fmt.Sprintf("failure %q with code %d, want %q (A12, A16, A17)", o.Failure, o.Code, e.Failure)
	case o.ErrorType != e.ErrorType:
		return fmt.Sprintf("Error Type is %q, want %q (R21, A17)", o.ErrorType, e.ErrorType)
	}
	switch {
	case c.Answer.Fault == harness.FaultHugeBody:
		if len(o.Response) != int(c.maxBody()) || !strings.HasPrefix(o.Response, `{"pad":"xxx`) {
			return fmt.Sprintf("100 MiB body: Response of %d bytes, want the first %d bytes of the body (A12, R21)", len(o.Response), c.maxBody())
		}
	case e.Failure == marketo.FailureTooLarge:
		if want := string(e.Body[:c.maxBody()]); o.Response != want {
			return fmt.Sprintf("over-size body: Response of %d bytes, want the first %d bytes of the body (A12, R21)", len(o.Response), len(want))
		}
	case cutShort(c.Answer.Fault):
		if !strings.HasPrefix(string(c.Answer.Body), o.Response) {
			return fmt.Sprintf("body cut short: Response %q is not the start of the body sent (A26, R21)", clip(o.Response))
		}
	case o.Response != string(e.Body):
		return fmt.Sprintf("Response is %q, want the literal body %q (R21)", clip(o.Response), clip(string(e.Body)))
	}
	return ""
}

// writesProblem compares the outcome's writes with the expectation: the
// lead after the call, each change listed in order with its field, old and
// new value and attribute (A19, A24), and every other mapping listed as
// skipped, in order, also when the answer was not usable (A19, A20). It returns "" when all agree.
func writesProblem(c *Case, e *Expectation, o *marketo.Outcome) string {
	if !reflect.DeepEqual(o.Lead, e.Lead) {
		return "the lead after the call differs from the mappings' values (R18, A19-A22):" + diffLeads(o.Lead, e.Lead)
	}
	if len(o.Changes) != len(e.Applied) {
		return fmt.Sprintf("%d changes listed, want %d (A19, A24)", len(o.Changes), len(e.Applied))
	}
	for i, a := range e.Applied {
		ch := o.Changes[i]
		if ch.Field != a.Field || ch.Attribute != a.Attribute || !reflect.DeepEqual(ch.New, a.Value) || !reflect.DeepEqual(ch.Old, a.Old) {
			return fmt.Sprintf("change %d is %s <- %q: %s -> %s, want %s <- %q: %s -> %s (A19, A24)",
				i, ch.Field, ch.Attribute, show(ch.Old), show(ch.New), a.Field, a.Attribute, show(a.Old), show(a.Value))
		}
	}
	applied := map[int]bool{}
	for _, a := range e.Applied {
		applied[a.Mapping] = true
	}
	// Every mapping not applied is listed as skipped, whatever the answer:
	// a non-2xx, an empty or unparseable body and a failure too (A19).
	var want []marketo.Mapping
	for i, m := range c.Webhook().Mappings {
		if !applied[i] {
			want = append(want, m)
		}
	}
	if len(o.Skipped) != len(want) {
		return fmt.Sprintf("%d mappings listed as skipped, want %d (A19: each skip has a reason)", len(o.Skipped), len(want))
	}
	for i, m := range want {
		if sk := o.Skipped[i]; sk.Attribute != m.Attribute || sk.Field != m.Field || sk.Rule == "" {
			return fmt.Sprintf("skip %d is %q -> %s (rule %q), want %q -> %s with a rule (A19)", i, sk.Attribute, sk.Field, sk.Rule, m.Attribute, m.Field)
		}
	}
	return ""
}

func checkInvariant1(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, NonSuccessAnswer).Draw(t, "case")
	e := c.Expect(s.catalog)
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		s.checkUnchanged(t, &c, &e, r, "R18, R20, A12, A16")
		if msg := recordedProblem(&c, &e, r.out); msg != "" {
			s.fail(t, &c, &e, "%s face: %s", r.face, msg)
		}
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
		if r.out.Code != marketo.CodeBatch || r.out.ErrorType != e.ErrorType {
			s.fail(t, &c, &e, "%s face: a batch campaign recorded code %d, Error Type %q, want %d, %q (R2, A17)", r.face, r.out.Code, r.out.ErrorType, marketo.CodeBatch, e.ErrorType)
		}
		s.checkUnchanged(t, &c, &e, r, "R2")
	}
}

func checkInvariant3(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, SuccessAnswer).Draw(t, "case")
	e := c.Expect(s.catalog)
	if len(e.Disagreements) > 0 {
		s.fail(t, &c, &e, "the generator contradicts itself:\n  %s", strings.Join(e.Disagreements, "\n  "))
	}
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		if msg := recordedProblem(&c, &e, r.out); msg != "" {
			s.fail(t, &c, &e, "%s face: %s", r.face, msg)
		}
		if msg := writesProblem(&c, &e, r.out); msg != "" {
			s.fail(t, &c, &e, "%s face: after a %d: %s", r.face, c.Answer.Status, msg)
		}
	}
}

func checkInvariant4(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, AnyAnswer).Draw(t, "case")
	e := c.Expect(s.catalog)
	for _, r := range s.call(t.Context(), &c) {
		s.checkCommon(t, &c, &e, r)
		if msg := recordedProblem(&c, &e, r.out); msg != "" {
			s.fail(t, &c, &e, "%s face: %s", r.face, msg)
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
		got := r.requests[0]
		body := string(got.Body)
		if r.out.Request == nil || r.out.Request.Body != body {
			s.fail(t, &c, &e, "%s face: the outcome's request body differs from what the service received", r.face)
		}
		tp := c.Hook.Template
		switch tp.Encoding {
		case marketo.EncodingJSON:
			if !utf8.ValidString(body) {
				s.fail(t, &c, &e, "%s face: the JSON body is not UTF-8 (R14: invalid UTF-8 in a value becomes U+FFFD): %q", r.face, clip(body))
			}
			dec := decodeJSON(body)
			if dec == nil || !json.Valid([]byte(body)) {
				s.fail(t, &c, &e, "%s face: the JSON template rendered invalid JSON (R14): %s", r.face, clip(body))
			}
			if want := any(tp.ExpectedJSON(c.Lead)); !reflect.DeepEqual(dec, want) {
				s.fail(t, &c, &e, "%s face: the JSON body decodes to %s, want %s (R14, A6, R13)", r.face, show(dec), show(want))
			}
		case marketo.EncodingForm:
			dec, err := url.ParseQuery(body)
			if err != nil {
				s.fail(t, &c, &e, "%s face: the Form/Url body does not decode (R15): %v", r.face, err)
			}
			if want := tp.ExpectedForm(c.Lead); !reflect.DeepEqual(dec, want) {
				s.fail(t, &c, &e, "%s face: the Form/Url body decodes to %v, want %v (R15, A6, R13)", r.face, dec, want)
			}
			if want := tp.FormText(c.Lead); body != want {
				s.fail(t, &c, &e, "%s face: the Form/Url body is %q, want %q (R15: space '+', '+' %%2B, '&' %%26)", r.face, clip(body), clip(want))
			}
		}
		// A7: URL token values are query-encoded, the characters typed stay
		// as typed (R5); header token values go in raw (R10).
		wantURL := expandTokens(s.catalog, c.Hook.Webhook.URL, c.Lead, url.QueryEscape)
		if r.out.Request.URL != wantURL || got.URL != wantURL {
			s.fail(t, &c, &e, "%s face: the request went to %q (outcome: %q), want %q (A7, R5)", r.face, got.URL, r.out.Request.URL, wantURL)
		}
		for _, h := range c.Hook.Webhook.Headers {
			var want []string
			for _, o := range c.Hook.Webhook.Headers {
				if http.CanonicalHeaderKey(o.Name) == http.CanonicalHeaderKey(h.Name) {
					want = append(want, expandTokens(s.catalog, o.Value, c.Lead, func(v string) string { return v }))
				}
			}
			if vals := got.Header.Values(h.Name); !reflect.DeepEqual(vals, want) {
				s.fail(t, &c, &e, "%s face: header %s arrived as %q, want %q (R10, A7: token values raw)", r.face, h.Name, vals, want)
			}
		}
	}
}

// expandTokens is text with the {{lead.<field>}} tokens of cat's fields
// (no defaults) and {{campaign.name}} of the cases' context replaced by
// their values, each encoded by enc.
func expandTokens(cat *marketo.Catalog, text string, lead marketo.Lead, enc func(string) string) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	for _, f := range cat.Fields() {
		text = strings.ReplaceAll(text, "{{lead."+f.Name+"}}", enc(marketo.FormatValue(lead[f.SOAPName])))
	}
	return strings.ReplaceAll(text, "{{campaign.name}}", enc("Spring Promo"))
}

// RenderCase generates cases for the rendering invariant (R14, R15, A7): a
// POST, PUT, PATCH or DELETE with a JSON or Form/Url template of bare
// tokens, a URL and headers with tokens, a lead from [RenderLead] over the
// fields they name, and a plain 200 answer.
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
		var fields []marketo.Field
		for _, sl := range tp.Slots {
			fields = append(fields, sl.Field)
		}
		for _, f := range cat.Fields() {
			if strings.Contains(w.URL, "{{lead."+f.Name+"}}") {
				fields = append(fields, f)
			}
		}
		for _, h := range w.Headers {
			for _, f := range cat.Fields() {
				if strings.Contains(h.Value, "{{lead."+f.Name+"}}") {
					fields = append(fields, f)
				}
			}
		}
		lead := RenderLead(fields).Draw(t, "lead")
		for _, sl := range tp.Slots {
			// A default applies to a missing or empty value (R13, A30): give
			// it that often, so numeric defaults render as numbers (A30).
			if sl.HasDefault && rapid.Bool().Draw(t, "use default") {
				delete(lead, sl.Field.SOAPName)
			}
		}
		return Case{
			Hook: Hook{Webhook: w, Template: tp}, Lead: lead, Campaign: marketo.Trigger,
			Options: marketo.Options{Timeout: AnswerTimeout, MaxBodyBytes: SmallBodyCap},
			Answer:  script(200, "OK", nil, []byte("{}")), Body: BodyDoc,
		}
	})
}

// RenderLead generates a lead for the rendering invariant: each of fields
// holds a value seven times in eight (else it is absent, so defaults
// apply, R13). Textual fields hold hostile text most of the time (quotes,
// backslashes, `& + % =`, control characters, invalid UTF-8), sometimes a
// value of the type or the empty text; the other fields a value of their type.
func RenderLead(fields []marketo.Field) *rapid.Generator[marketo.Lead] {
	if len(fields) == 0 {
		// A Custom generator must draw something (rapid panics otherwise).
		return rapid.Map(rapid.Bool(), func(bool) marketo.Lead { return marketo.Lead{} })
	}
	return rapid.Custom(func(t *rapid.T) marketo.Lead {
		lead := marketo.Lead{}
		for _, f := range fields {
			if _, done := lead[f.SOAPName]; done || rapid.IntRange(0, 7).Draw(t, "absent "+f.SOAPName) == 7 {
				continue
			}
			g := FieldValue(f.Type)
			if !numericOrBool(f.Type) {
				g = rapid.OneOf(
					rapid.Map(HostileString(1, 6), func(s string) any { return s }),
					rapid.Map(HostileString(1, 6), func(s string) any { return s }),
					FieldValue(f.Type),
					rapid.Just[any](""),
				)
			}
			lead[f.SOAPName] = g.Draw(t, f.SOAPName)
		}
		return lead
	})
}

// redirectLimit is the requests a redirect loop costs under the
// FollowRedirects knob (A11): net/http stops after 10 redirects.
const redirectLimit = 10
