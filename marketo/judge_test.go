package marketo_test

import (
	"net/http"
	"reflect"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

// enrichHook is a typical JSON webhook with mappings into several field types.
func enrichHook() *marketo.Webhook {
	return &marketo.Webhook{
		Name:         "Enrich",
		URL:          "https://enrich.vendor.example/v1/person?email={{lead.Email Address}}",
		Method:       marketo.MethodPost,
		Template:     `{"email": {{lead.Email Address}}, "first": {{lead.First Name}}}`,
		Encoding:     marketo.EncodingJSON,
		ResponseType: marketo.ResponseJSON,
		Mappings: []marketo.Mapping{
			{Attribute: "company.name", Field: "company"},
			{Attribute: "company.employees", Field: "numberOfEmployees"},
		},
	}
}

func baseLead() marketo.Lead {
	return marketo.Lead{"email": "ada@example.com", "firstName": "Ada", "company": "Old Co"}
}

func answer(status int, reason, body string) marketo.Answer {
	return marketo.Answer{Status: status, Reason: reason, Proto: "HTTP/1.1", Header: http.Header{}, Body: []byte(body)}
}

const enrichBody = `{"company": {"name": "New Co", "employees": 42}}`

func TestJudgeStatusClasses(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		rule    string
		status  int
		reason  string
		mutates bool
	}{
		{"R18", 200, "OK", true},
		{"R18", 201, "Created", true},
		{"R18", 202, "Accepted", true},
		{"R18", 203, "Non-Authoritative Information", true},
		{"R18", 206, "Partial Content", true},
		{"R18", 299, "Custom Success", true},
		{"R18", 300, "Multiple Choices", false},
		{"R18", 301, "Moved Permanently", false},
		{"R18", 302, "Found", false},
		{"R18", 307, "Temporary Redirect", false},
		{"R19", 400, "Bad Request", false},
		{"R19", 404, "Not Found", false},
		{"R19", 422, "Unprocessable Entity", false},
		{"R19", 429, "Too Many Requests", false},
		{"R19", 499, "Client Closed Request", false},
		{"R19", 500, "Internal Server Error", false},
		{"R19", 503, "Backend Down", false},
		{"R19", 599, "Network Connect Timeout", false},
		{"R19", 600, "Beyond", false},
	}
	for _, tc := range tests {
		t.Run(tc.rule+" "+tc.reason, func(t *testing.T) {
			lead := baseLead()
			out := marketo.Judge(enrichHook(), cat, lead, answer(tc.status, tc.reason, enrichBody), marketo.Options{})
			if got := mutated(out); got != tc.mutates {
				t.Fatalf("mutated = %v, want %v (changes %v)", got, tc.mutates, out.Changes)
			}
			if out.Code != tc.status {
				t.Errorf("code = %d, want %d", out.Code, tc.status)
			}
			if out.ErrorType != tc.reason { // R21
				t.Errorf("Error Type = %q, want %q", out.ErrorType, tc.reason)
			}
			if out.Response != enrichBody { // R21
				t.Errorf("Response = %q, want the literal body", out.Response)
			}
			if !reflect.DeepEqual(lead, baseLead()) {
				t.Errorf("Judge changed its input lead: %v", lead)
			}
			if !tc.mutates && !reflect.DeepEqual(out.Lead, baseLead()) {
				t.Errorf("lead after = %v, want unchanged", out.Lead)
			}
			if tc.mutates && out.Lead["company"] != "New Co" {
				t.Errorf("company = %v, want New Co", out.Lead["company"])
			}
		})
	}
}

func TestJudgeEmptyBody(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		name     string
		status   int
		body     string
		opts     marketo.Options
		wantCode int
		failure  marketo.Failure
	}{
		{"R20 empty 200 is 1001", 200, "", marketo.Options{}, 1001, ""},
		{"A15 empty 204 is 1001", 204, "", marketo.Options{}, 1001, ""},
		{"A15 204 with a body delivered is 1001", 204, enrichBody, marketo.Options{}, 1001, ""},
		{"A15 304 with a body delivered keeps 304", 304, enrichBody, marketo.Options{}, 304, ""},
		{"A14 only a no-break space is not empty", 200, "\u00a0", marketo.Options{WhitespaceIsEmpty: true}, 200, marketo.FailureUnparseable},
		{"A15 empty 503 keeps its status", 503, "", marketo.Options{}, 503, ""},
		{"A15 knob: empty 503 is 1001", 503, "", marketo.Options{EmptyBodyAlways1001: true}, 1001, ""},
		{"A14 white space is not empty", 200, " \n\t", marketo.Options{}, 200, marketo.FailureUnparseable},
		{"A14 knob: white space is empty", 200, " \n\t", marketo.Options{WhitespaceIsEmpty: true}, 1001, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := marketo.Judge(enrichHook(), cat, baseLead(), answer(tc.status, "Whatever", tc.body), tc.opts)
			if out.Code != tc.wantCode {
				t.Errorf("code = %d, want %d", out.Code, tc.wantCode)
			}
			if out.Failure != tc.failure {
				t.Errorf("failure = %q, want %q", out.Failure, tc.failure)
			}
			if tc.wantCode == 1001 && out.ErrorType != marketo.ErrorTypeEmptyBody {
				t.Errorf("Error Type = %q, want %q", out.ErrorType, marketo.ErrorTypeEmptyBody)
			}
			if mutated(out) {
				t.Errorf("changes = %v, want none", out.Changes)
			}
		})
	}
}

func TestJudgeUnparseable(t *testing.T) {
	cat := marketo.StandardCatalog()
	xmlHook := enrichHook()
	xmlHook.ResponseType = marketo.ResponseXML
	tests := []struct {
		name    string
		hook    *marketo.Webhook
		body    string
		failure marketo.Failure
	}{
		{"A16 plain text", enrichHook(), "ok", marketo.FailureUnparseable},
		{"A16 trailing garbage", enrichHook(), enrichBody + " x", marketo.FailureUnparseable},
		{"A16 truncated JSON", enrichHook(), enrichBody[:20], marketo.FailureUnparseable},
		{"A16 XML for a JSON webhook (R9)", enrichHook(), "<company><name>X</name></company>", marketo.FailureUnparseable},
		{"A16 JSON for an XML webhook (R9)", xmlHook, enrichBody, marketo.FailureUnparseable},
		{"A16 BOM before JSON is tolerated", enrichHook(), "\uFEFF" + enrichBody, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := marketo.Judge(tc.hook, cat, baseLead(), answer(200, "OK", tc.body), marketo.Options{})
			if out.Failure != tc.failure {
				t.Fatalf("failure = %q, want %q (%s)", out.Failure, tc.failure, out.Detail)
			}
			if out.Code != 200 {
				t.Errorf("code = %d, want the status 200", out.Code)
			}
			if tc.failure != "" && mutated(out) {
				t.Errorf("changes = %v, want none", out.Changes)
			}
			if tc.failure == "" && !mutated(out) {
				t.Errorf("no changes, want the mappings applied; skipped %v", out.Skipped)
			}
		})
	}
}

func TestJudgeErrorType(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		name string
		ans  marketo.Answer
		want string
		code int
	}{
		{"A17 custom phrase as received", answer(503, "Backend Down", "x"), "Backend Down", 503},
		{"A17 no phrase on HTTP/1.1 stays empty", answer(599, "", "x"), "", 599},
		{"A17 HTTP/2 takes the standard phrase", marketo.Answer{Status: 404, Proto: "HTTP/2.0", Body: []byte("x")}, "Not Found", 404},
		{"A17 HTTP/2 non-standard code has none", marketo.Answer{Status: 599, Proto: "HTTP/2.0", Body: []byte("x")}, "", 599},
		{"A17 time-out", marketo.Answer{Failure: marketo.FailureTimeout}, marketo.ErrorTypeTimeout, 0},
		{"A17 refused", marketo.Answer{Failure: marketo.FailureRefused}, marketo.ErrorTypeRefused, 0},
		{"A17 reset", marketo.Answer{Failure: marketo.FailureReset}, marketo.ErrorTypeReset, 0},
		{"A17 TLS", marketo.Answer{Failure: marketo.FailureTLS}, marketo.ErrorTypeTLS, 0},
		{"A12 too large keeps the status", marketo.Answer{Status: 200, Reason: "OK", Proto: "HTTP/1.1", Failure: marketo.FailureTooLarge, Body: []byte(enrichBody)}, "OK", 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := marketo.Judge(enrichHook(), cat, baseLead(), tc.ans, marketo.Options{})
			if out.ErrorType != tc.want {
				t.Errorf("Error Type = %q, want %q", out.ErrorType, tc.want)
			}
			if out.Code != tc.code {
				t.Errorf("code = %d, want %d", out.Code, tc.code)
			}
			if mutated(out) {
				t.Errorf("changes = %v, want none", out.Changes)
			}
		})
	}
}

func TestJudgeActivity(t *testing.T) {
	cat := marketo.StandardCatalog()
	for _, ans := range []marketo.Answer{answer(200, "OK", enrichBody), answer(500, "Oops", ""), {Failure: marketo.FailureTimeout}} {
		out := marketo.Judge(enrichHook(), cat, baseLead(), ans, marketo.Options{})
		want := marketo.Activity{TypeID: 110, Webhook: "Enrich", Code: out.Code, ErrorType: out.ErrorType, Response: out.Response, RequestSent: true}
		if out.Activity != want { // A18: recorded for every completed execution
			t.Errorf("A18 activity for %d/%q = %+v, want %+v", ans.Status, ans.Failure, out.Activity, want)
		}
	}
}

func TestJudgeMappings(t *testing.T) {
	cat := marketo.StandardCatalog()
	hook := enrichHook()
	hook.Mappings = []marketo.Mapping{
		{Attribute: "company.name", Field: "company"},           // applies
		{Attribute: "company.missing", Field: "title"},          // A20 missing path
		{Attribute: "company.nothing", Field: "industry"},       // A20 null
		{Attribute: "company", Field: "city"},                   // A20 object into a scalar
		{Attribute: "company.size", Field: "numberOfEmployees"}, // R25 string into Integer
		{Attribute: "company.employees", Field: "numberOfEmployees"},
		{Attribute: "company.other", Field: "company"}, // A19 the later one wins
		{Attribute: "[0].name", Field: "title"},        // A23 starts with an index: never resolves
	}
	body := `{"company": {"name": "New Co", "nothing": null, "size": "42", "employees": 42, "other": "Later Co"}}`
	out := marketo.Judge(hook, cat, baseLead(), answer(200, "OK", body), marketo.Options{})

	wantChanges := []marketo.Change{
		{Field: "company", Old: "Old Co", New: "New Co", Attribute: "company.name"},
		{Field: "numberOfEmployees", Old: nil, New: int64(42), Attribute: "company.employees"},
		{Field: "company", Old: "New Co", New: "Later Co", Attribute: "company.other"},
	}
	if !reflect.DeepEqual(out.Changes, wantChanges) { // A24: each change listed
		t.Errorf("A19/A24 changes:\n got %#v\nwant %#v", out.Changes, wantChanges)
	}
	wantRules := map[string]string{"company.missing": "A20", "company.nothing": "A20", "company": "A20", "company.size": "R25", "[0].name": "A23"}
	if len(out.Skipped) != len(wantRules) {
		t.Fatalf("skipped = %v, want %d", out.Skipped, len(wantRules))
	}
	for _, s := range out.Skipped {
		if wantRules[s.Attribute] != s.Rule {
			t.Errorf("skip of %s under %s (%s), want %s", s.Attribute, s.Rule, s.Reason, wantRules[s.Attribute])
		}
		if s.Reason == "" {
			t.Errorf("skip of %s has no reason", s.Attribute)
		}
	}
	want := baseLead()
	want["company"] = "Later Co"
	want["numberOfEmployees"] = int64(42)
	if !reflect.DeepEqual(out.Lead, want) {
		t.Errorf("lead after = %v, want %v", out.Lead, want)
	}
}

func TestJudgeXMLMappings(t *testing.T) {
	cat := marketo.StandardCatalog()
	hook := enrichHook()
	hook.ResponseType = marketo.ResponseXML
	hook.Mappings = []marketo.Mapping{
		{Attribute: "person.company.name", Field: "company"},
		{Attribute: "person.company.employees", Field: "numberOfEmployees"}, // A21: XML text converts
	}
	body := `<?xml version="1.0"?><person><company><name>X Co</name><employees>7</employees></company></person>`
	out := marketo.Judge(hook, cat, baseLead(), answer(200, "OK", body), marketo.Options{})
	if out.Lead["company"] != "X Co" || out.Lead["numberOfEmployees"] != int64(7) {
		t.Errorf("R24/A21 lead after = %v (skipped %v), want company X Co and 7 employees", out.Lead, out.Skipped)
	}
}

// mutated reports whether the call changed any lead field (R18).
func mutated(o *marketo.Outcome) bool { return len(o.Changes) > 0 }

// TestJudgeSkipsEveryMappingOfAnUnusableAnswer: A19, every mapping appears
// once, in Changes or in Skipped: an answer that cannot be mapped lists each
// mapping as skipped with the reason and its rule; a write of the value the
// field had is marked Same.
func TestJudgeSkipsEveryMappingOfAnUnusableAnswer(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		name, rule, reason string
		ans                marketo.Answer
	}{
		{"R18 503 changes nothing", "R18", "not applied: status 503", answer(503, "Down", enrichBody)},
		{"R20 empty 200", "R20", "not applied: empty response body", answer(200, "OK", "")},
		{"A16 unparseable 200", "A16", "not applied: the body does not parse as JSON", answer(200, "OK", "{")},
		{"R17 time-out", "R17", "not applied: no answer within the time-out", marketo.Answer{Failure: marketo.FailureTimeout}},
		{"A17 refused", "A17", "not applied: no answer (refused)", marketo.Answer{Failure: marketo.FailureRefused}},
		{"A12 too large", "A12", "not applied: the body is over the size cap", marketo.Answer{Status: 200, Failure: marketo.FailureTooLarge, Body: []byte("{")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := marketo.Judge(enrichHook(), cat, baseLead(), tc.ans, marketo.Options{})
			if len(out.Changes) != 0 || len(out.Skipped) != len(enrichHook().Mappings) {
				t.Fatalf("%d changes, %d skipped; want none and every mapping skipped", len(out.Changes), len(out.Skipped))
			}
			for i, s := range out.Skipped {
				m := enrichHook().Mappings[i]
				if s.Attribute != m.Attribute || s.Field != m.Field || s.Reason != tc.reason || s.Rule != tc.rule {
					t.Errorf("skip %d = %+v, want %s -> %s: %q (%s)", i, s, m.Attribute, m.Field, tc.reason, tc.rule)
				}
			}
		})
	}
	out := marketo.Judge(enrichHook(), cat, baseLead(), answer(200, "OK", `{"company": {"name": "Old Co", "employees": 42}}`), marketo.Options{})
	if len(out.Changes) != 2 || !out.Changes[0].Same || out.Changes[1].Same {
		t.Errorf("changes %+v: want company marked same (Old Co again) and numberOfEmployees not", out.Changes)
	}
}
