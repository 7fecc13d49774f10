package marketo

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/hookcert/hookcert/internal/jsonfast"
)

// Judge decides what Marketo does with an answer to w's request for lead: the
// recorded code and Error Type (R19-R21, A14-A17), the fields written and the
// mappings skipped (R18, R22-R26, A19-A24), the activity (A18). It does not
// change lead; Outcome.Lead is a new lead with the changes applied (A24).
// Request is left nil for the caller to fill. Judge assumes w is valid
// (Webhook.Validate). A nil cat means StandardCatalog.
func Judge(w *Webhook, cat *Catalog, lead Lead, ans Answer, opts Options) *Outcome {
	return judge(w, cat, lead, ans, opts, nil)
}

// judge is Judge. A non-nil seen is what validating w worked out, so that
// Call does not look up fields and parse attributes twice.
func judge(w *Webhook, cat *Catalog, lead Lead, ans Answer, opts Options, seen *checkedWebhook) *Outcome {
	if cat == nil {
		cat = StandardCatalog()
	}
	if bodiless(ans.Status) && ans.Failure == FailureNone {
		// A15: HTTP gives these answers no body; a transport that hands one
		// over anyway (httpmock) must not make the model map it. The wire is the truth.
		ans.Body = nil
	}
	out := &Outcome{
		Webhook:  w.Name,
		Campaign: Trigger,
		Status:   ans.Status,
		Reason:   ans.Reason,
		Proto:    ans.Proto,
		Header:   ans.Header,
		Failure:  ans.Failure,
		Detail:   ans.Detail,
		Response: string(ans.Body), // R21: the literal payload
		Changes:  make([]Change, 0, len(w.Mappings)),
		Skipped:  []Skip{},
		Lead:     lead.cloneWithRoom(newFields(w, lead, seen)),
	}
	defer func() { out.Activity = activity(out, !ans.unsent) }()

	if isTransportFailure(ans.Failure) { // A17: no status is recorded
		out.Code = 0
		out.ErrorType = failureErrorType(ans.Failure)
		if ans.Failure == FailureTimeout {
			skipAll(out, w, "not applied: no answer within the time-out", "R17")
		} else {
			skipAll(out, w, "not applied: no answer ("+string(ans.Failure)+")", "A17")
		}
		return out
	}
	out.Code = ans.Status
	out.ErrorType = errorType(ans)
	if ans.Failure == FailureTooLarge { // A12: never mapped
		skipAll(out, w, "not applied: the body is over the size cap", "A12")
		return out
	}
	if isEmpty(ans.Body, opts) && (Is2xx(ans.Status) || opts.EmptyBodyAlways1001) { // R20, A14, A15
		out.Code = CodeEmptyBody
		out.ErrorType = ErrorTypeEmptyBody
		skipAll(out, w, "not applied: empty response body", "R20")
		return out
	}
	if !Is2xx(ans.Status) || isEmpty(ans.Body, opts) { // R18
		skipAll(out, w, fmt.Sprintf("not applied: status %d", ans.Status), "R18")
		return out
	}
	if w.ResponseType == "" { // no Response Type: nothing is parsed or mapped (R9)
		skipAll(out, w, "not applied: the webhook has no Response Type", "R9")
		return out
	}
	doc, unsure, err := parseAnswer(w.ResponseType, ans, out.Response, seen)
	if err != nil { // A16, A32
		out.Failure = FailureUnparseable
		out.Detail = err.Error()
		skipAll(out, w, "not applied: the body does not parse as "+strings.ToUpper(string(w.ResponseType)), "A16")
		return out
	}
	applyMappings(out, w, cat, doc, mappingRun{opts: opts, seen: seen, unsure: unsure})
	return out
}

// newFields is about how many fields w's mappings would add to lead: a
// hint for the size of the lead after the call, not a count to rely on.
func newFields(w *Webhook, lead Lead, seen *checkedWebhook) int {
	n := 0
	for i, m := range w.Mappings {
		name := m.Field
		if seen != nil && seen.mappings[i].fieldOK {
			name = seen.mappings[i].field.SOAPName
		}
		if _, ok := lead[name]; !ok {
			n++
		}
	}
	return n
}

// skipAll records every mapping of w as skipped for one reason: the answer
// was not usable, so none was applied, and each mapping still appears once,
// in Changes or in Skipped (A19).
func skipAll(out *Outcome, w *Webhook, reason, rule string) {
	for _, m := range w.Mappings {
		out.Skipped = append(out.Skipped, Skip{Attribute: m.Attribute, Field: m.Field, Reason: reason, Rule: rule})
	}
}

// errorType is the Error Type of an HTTP answer (R21, A17): the reason phrase
// as received; the standard phrase where the transport carries none (HTTP/2).
func errorType(ans Answer) string {
	if ans.Reason == "" && !strings.HasPrefix(ans.Proto, "HTTP/1") {
		return http.StatusText(ans.Status)
	}
	return ans.Reason
}

// isEmpty is A14: zero bytes, or only white space under the knob.
func isEmpty(body []byte, opts Options) bool {
	if len(body) == 0 {
		return true
	}
	return opts.WhitespaceIsEmpty && len(bytes.Trim(body, " \t\r\n")) == 0 // JSON's white space, not Unicode's
}

// bodiless reports whether HTTP forbids a body on an answer with this status
// (RFC 9110, as net/http enforces it: 1xx, 204 No Content, 304 Not Modified).
func bodiless(status int) bool {
	return status >= 100 && status <= 199 || status == 204 || status == 304
}

// parseAnswer parses the answer's body in its charset (A32); text is the
// same body as a string, which the JSON tree shares rather than copying.
// unsure says the body is not valid UTF-8 and declares no charset. A
// compiled seen limits the JSON tree to what the mappings read.
func parseAnswer(rt ResponseType, ans Answer, text string, seen *checkedWebhook) (doc any, unsure bool, err error) {
	at, err := decodeAnswer(ans.Header, ans.Body)
	if err != nil {
		return nil, false, err
	}
	if at.transcoded {
		text = string(at.body)
	}
	if rt == ResponseXML {
		charset := xmlCharsetReader
		if at.transcoded {
			charset = keepAsDeclared
		}
		doc, err = parseXML(at.body, charset)
		return doc, at.unsure, err
	}
	want := jsonfast.WholeDocument()
	if seen != nil && seen.compiled {
		want = seen.want
	}
	doc, err = parseJSONWanted(at.body, text, want)
	return doc, at.unsure, err
}

// mappingRun is what applyMappings needs besides the document.
type mappingRun struct {
	opts   Options
	seen   *checkedWebhook // nil: look fields up again
	unsure bool            // the answer is not valid UTF-8 and declares no charset (A32)
}

// applyMappings applies each mapping on its own (A19): one that fails is
// skipped with its reason; a later mapping to the same field wins.
func applyMappings(out *Outcome, w *Webhook, cat *Catalog, doc any, mp mappingRun) {
	for i, m := range w.Mappings {
		skip := func(reason, rule string) {
			out.Skipped = append(out.Skipped, Skip{Attribute: m.Attribute, Field: m.Field, Reason: reason, Rule: rule})
		}
		var cm checkedMapping
		if mp.seen != nil {
			cm = mp.seen.mappings[i]
		} else {
			cm = checkMapping(cat, m)
		}
		f := cm.field
		if !cm.fieldOK {
			skip("no lead field has this SOAP API name", "R11")
			continue
		}
		if err := cm.pathErr; err != nil {
			rule, reason := "R22", err.Error()
			var p Problem
			if errors.As(err, &p) {
				rule, reason = p.Rule, p.Message
			}
			skip(reason, rule)
			continue
		}
		v, ok := Resolve(doc, cm.path)
		if !ok {
			skip("the attribute is not in the response", "A20")
			continue
		}
		if mp.unsure && garbledText(v) {
			skip("the value is not valid UTF-8 and the answer declares no charset", "A32")
			continue
		}
		val, no := convert(f, v, mp.opts)
		if no != nil {
			skip(no.reason, no.rule)
			continue
		}
		old := out.Lead[f.SOAPName]
		out.Lead[f.SOAPName] = val
		out.Changes = append(out.Changes, Change{Field: f.SOAPName, Old: old, New: val, Attribute: m.Attribute, Same: SameValue(old, val)})
	}
}

// SameValue reports whether writing v over old leaves the field's value as
// it was (Change.Same): both empty, or the same canonical text.
func SameValue(old, v any) bool {
	if old == nil || v == nil {
		return old == nil && v == nil
	}
	return FormatValue(old) == FormatValue(v)
}

// activity is the Call Webhook activity of A18.
func activity(out *Outcome, sent bool) Activity {
	return Activity{
		TypeID:      ActivityCallWebhook,
		Webhook:     out.Webhook,
		Code:        out.Code,
		ErrorType:   out.ErrorType,
		Response:    out.Response,
		RequestSent: sent,
	}
}
