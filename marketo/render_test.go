package marketo_test

import (
	"encoding/json"
	"errors"
	"math"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"pgregory.net/rapid"

	"github.com/hookcert/hookcert/marketo"
)

// testCatalog is the standard catalog plus one custom field of each type the
// tests need (the standard fields used are First Name and Email Address).
func testCatalog(tb testing.TB) *marketo.Catalog {
	tb.Helper()
	cat := marketo.StandardCatalog()
	for _, f := range []marketo.Field{
		{Name: "Test Score", SOAPName: "testScore", Type: marketo.TypeScore},
		{Name: "Test Count", SOAPName: "testCount", Type: marketo.TypeInteger},
		{Name: "Test Percent", SOAPName: "testPercent", Type: marketo.TypePercent},
		{Name: "Test Ratio", SOAPName: "testRatio", Type: marketo.TypeFloat},
		{Name: "Test Revenue", SOAPName: "testRevenue", Type: marketo.TypeCurrency},
		{Name: "Test Flag", SOAPName: "testFlag", Type: marketo.TypeBoolean},
		{Name: "Test Day", SOAPName: "testDay", Type: marketo.TypeDate},
		{Name: "Test Stamp", SOAPName: "testStamp", Type: marketo.TypeDatetime},
		{Name: "Test Notes", SOAPName: "testNotes", Type: marketo.TypeText},
	} {
		if err := cat.Add(f); err != nil {
			tb.Fatalf("adding test field %q: %v", f.Name, err)
		}
	}
	return cat
}

// testNow is 2013-08-08 16:36:13 at UTC-7, the moment of A9's examples.
var testNow = time.Date(2013, 8, 8, 16, 36, 13, 0, time.FixedZone("PDT", -7*3600))

func TestRenderBody(t *testing.T) {
	cat := testCatalog(t)
	ctx := marketo.Flow{
		Now:      testNow,
		Location: time.FixedZone("PDT", -7*3600),
		Tokens: map[string]string{
			"my.Region":              "EMEA",
			"trigger.Web Page":       "/p?a=1&b=2",
			"campaign.name":          "Spring <Launch>",
			"program.name":           "P1",
			"company.Company Name":   `Acme "Rockets"`,
			"system.unsubscribeLink": "https://u.test/x",
			"my.Empty":               "",
		},
	}
	tests := []struct {
		name string
		enc  marketo.Encoding
		tmpl string
		lead marketo.Lead
		want string
		flow *marketo.Flow // nil means ctx
	}{
		// R14, A6: JSON encoding
		{"R14 string quoted", marketo.EncodingJSON, `{"email": {{lead.Email Address}}}`,
			marketo.Lead{"email": "ann@example.com"}, `{"email": "ann@example.com"}`, nil},
		{"R14 quotes backslashes and control chars escaped", marketo.EncodingJSON, `{{lead.First Name}}`,
			marketo.Lead{"firstName": "a\"b\\c\nd\x00"}, `"a\"b\\c\nd\u0000"`, nil},
		{"R14 HTML characters kept", marketo.EncodingJSON, `{{lead.First Name}}`,
			marketo.Lead{"firstName": "a&b<c>"}, `"a&b<c>"`, nil},
		{"R14 invalid UTF-8 becomes U+FFFD", marketo.EncodingJSON, `{{lead.First Name}}`,
			marketo.Lead{"firstName": "a\xffb"}, `"a\ufffdb"`, nil},
		{"R14 score bare", marketo.EncodingJSON, `{"s": {{lead.Test Score}}}`,
			marketo.Lead{"testScore": int64(42)}, `{"s": 42}`, nil},
		{"R14 negative integer bare", marketo.EncodingJSON, `{{lead.Test Count}}`,
			marketo.Lead{"testCount": int64(math.MinInt64)}, "-9223372036854775808", nil},
		{"R14 percent bare", marketo.EncodingJSON, `{{lead.Test Percent}}`,
			marketo.Lead{"testPercent": int64(7)}, "7", nil},
		{"A6 boolean true bare", marketo.EncodingJSON, `{{lead.Test Flag}}`,
			marketo.Lead{"testFlag": true}, "true", nil},
		{"A6 boolean false bare", marketo.EncodingJSON, `{{lead.Test Flag}}`,
			marketo.Lead{"testFlag": false}, "false", nil},
		{"A6 large float plain decimal", marketo.EncodingJSON, `{{lead.Test Ratio}}`,
			marketo.Lead{"testRatio": 1e21}, "1000000000000000000000", nil},
		{"A6 small float plain decimal", marketo.EncodingJSON, `{{lead.Test Ratio}}`,
			marketo.Lead{"testRatio": 0.000001}, "0.000001", nil},
		{"A6 currency plain decimal", marketo.EncodingJSON, `{{lead.Test Revenue}}`,
			marketo.Lead{"testRevenue": 1234.5}, "1234.5", nil},
		{"A6 NaN float rendered as text", marketo.EncodingJSON, `{{lead.Test Ratio}}`,
			marketo.Lead{"testRatio": math.NaN()}, `"NaN"`, nil},
		{"A6 wrong Go type rendered as text", marketo.EncodingJSON, `{{lead.Test Count}}`,
			marketo.Lead{"testCount": "12"}, `"12"`, nil},
		{"A6 date ISO quoted", marketo.EncodingJSON, `{{lead.Test Day}}`,
			marketo.Lead{"testDay": "2024-02-29"}, `"2024-02-29"`, nil},
		{"A6 datetime ISO quoted", marketo.EncodingJSON, `{{lead.Test Stamp}}`,
			marketo.Lead{"testStamp": "2024-02-29T10:00:00+01:00"}, `"2024-02-29T10:00:00+01:00"`, nil},
		{"A6 text area quoted", marketo.EncodingJSON, `{{lead.Test Notes}}`,
			marketo.Lead{"testNotes": "line1\r\nline2"}, `"line1\r\nline2"`, nil},
		{"A6 empty string field renders \"\"", marketo.EncodingJSON, `{"e": {{lead.Email Address}}}`,
			marketo.Lead{}, `{"e": ""}`, nil},
		{"A6 empty numeric field renders \"\"", marketo.EncodingJSON, `{"s": {{lead.Test Score}}}`,
			marketo.Lead{}, `{"s": ""}`, nil},
		{"A6 nil value renders \"\"", marketo.EncodingJSON, `{{lead.Test Flag}}`,
			marketo.Lead{"testFlag": nil}, `""`, nil},

		// R15, R16
		{"R15 form escaping", marketo.EncodingForm, `name={{lead.First Name}}&x=1`,
			marketo.Lead{"firstName": "a b+c&d=e%"}, `name=a+b%2Bc%26d%3De%25&x=1`, nil},
		{"R15 form number", marketo.EncodingForm, `s={{lead.Test Score}}`,
			marketo.Lead{"testScore": int64(3)}, `s=3`, nil},
		{"A6 empty under form", marketo.EncodingForm, `e={{lead.Email Address}}`,
			marketo.Lead{}, `e=`, nil},
		{"R16 none raw", marketo.EncodingNone, `<x>{{lead.First Name}}</x>`,
			marketo.Lead{"firstName": `a "b" & c+d`}, `<x>a "b" & c+d</x>`, nil},
		{"A6 empty under none", marketo.EncodingNone, `[{{lead.Email Address}}]`,
			marketo.Lead{}, `[]`, nil},
		{"R16 empty encoding is none", "", `{{lead.First Name}}`,
			marketo.Lead{"firstName": `"q"`}, `"q"`, nil},

		// R13 defaults
		{"R13 default when empty", marketo.EncodingJSON, `{{lead.First Name:default=there}}`,
			marketo.Lead{"firstName": ""}, `"there"`, nil},
		{"R13 default when absent", marketo.EncodingNone, `Hi {{lead.First Name:default=there}}`,
			marketo.Lead{}, `Hi there`, nil},
		{"R13 default unused when value present", marketo.EncodingNone, `{{lead.First Name:default=there}}`,
			marketo.Lead{"firstName": "Ann"}, `Ann`, nil},
		{"R13 default unused for zero number", marketo.EncodingJSON, `{{lead.Test Score:default=5}}`,
			marketo.Lead{"testScore": int64(0)}, `0`, nil},
		{"R13 numeric default bare on numeric field", marketo.EncodingJSON, `{{lead.Test Score:default=+10}}`,
			marketo.Lead{}, `10`, nil},
		{"R13 float default bare in plain decimal", marketo.EncodingJSON, `{{lead.Test Ratio:default=1e3}}`,
			marketo.Lead{}, `1000`, nil},
		{"R13 boolean default bare", marketo.EncodingJSON, `{{lead.Test Flag:default=TRUE}}`,
			marketo.Lead{}, `true`, nil},
		{"R13 non-numeric default quoted on numeric field", marketo.EncodingJSON, `{{lead.Test Score:default=n/a}}`,
			marketo.Lead{}, `"n/a"`, nil},
		{"R13 numeric default quoted on string field", marketo.EncodingJSON, `{{lead.First Name:default=0}}`,
			marketo.Lead{}, `"0"`, nil},
		{"R13 default form-encoded", marketo.EncodingForm, `a={{my.Missing:default=x y}}`,
			marketo.Lead{}, `a=x+y`, nil},
		{"R13 default on empty context token", marketo.EncodingJSON, `{{my.Empty:default=none}}`,
			marketo.Lead{}, `"none"`, nil},

		// A8 resolution
		{"A8 unknown lead field empty", marketo.EncodingJSON, `{{lead.No Such Field}}`,
			marketo.Lead{}, `""`, nil},
		{"A8 unknown lead field default", marketo.EncodingJSON, `{{lead.No Such Field:default=7}}`,
			marketo.Lead{}, `"7"`, nil},
		{"A8 case-insensitive lead token", marketo.EncodingNone, `{{LEAD.email ADDRESS}}`,
			marketo.Lead{"email": "ann@example.com"}, `ann@example.com`, nil},
		{"A8 lead token by SOAP name", marketo.EncodingNone, `{{lead.firstName}}`,
			marketo.Lead{"firstName": "Ann"}, `Ann`, nil},
		{"A8 case-insensitive context token", marketo.EncodingNone, `{{My.REGION}}`,
			marketo.Lead{}, `EMEA`, nil},
		{"A8 unknown context token empty", marketo.EncodingJSON, `{{my.Nope}}`,
			marketo.Lead{}, `""`, nil},
		{"A8 unknown scope from context", marketo.EncodingNone, `[{{foo.bar}}]`,
			marketo.Lead{}, `[]`, nil},

		// R12 context scopes
		{"R12 trigger token", marketo.EncodingJSON, `{{trigger.Web Page}}`,
			marketo.Lead{}, `"/p?a=1&b=2"`, nil},
		{"R12 campaign token", marketo.EncodingJSON, `{{campaign.name}}`,
			marketo.Lead{}, `"Spring <Launch>"`, nil},
		{"R12 program token", marketo.EncodingNone, `{{program.name}}`,
			marketo.Lead{}, `P1`, nil},
		{"R12 company token", marketo.EncodingJSON, `{{company.Company Name}}`,
			marketo.Lead{}, `"Acme \"Rockets\""`, nil},
		{"R12 literal braces without a dot stay", marketo.EncodingJSON, `{{notatoken}}`,
			marketo.Lead{}, `{{notatoken}}`, nil},

		// A9 system tokens
		{"A9 system.date", marketo.EncodingNone, `{{system.date}}`, marketo.Lead{}, `Aug 08, 2013`, nil},
		{"A9 system.time", marketo.EncodingNone, `{{system.time}}`, marketo.Lead{}, `04:36 PM (GMT -0700)`, nil},
		{"A9 system.dateTime", marketo.EncodingNone, `{{system.dateTime}}`, marketo.Lead{}, `2013-08-08 16:36:13`, nil},
		{"A9 names case-insensitive", marketo.EncodingNone, `{{System.DATETIME}}`, marketo.Lead{}, `2013-08-08 16:36:13`, nil},
		{"A9 system tokens quoted under JSON", marketo.EncodingJSON, `{{system.date}}`, marketo.Lead{}, `"Aug 08, 2013"`, nil},
		{"A9 account zone applied", marketo.EncodingNone, `{{system.dateTime}}`, marketo.Lead{},
			`2013-08-09 08:36:13`, &marketo.Flow{Now: testNow, Location: time.FixedZone("JST", 9*3600)}},
		{"A9 nil location is UTC", marketo.EncodingNone, `{{system.time}}`, marketo.Lead{},
			`11:36 PM (GMT +0000)`, &marketo.Flow{Now: testNow}},
		{"A9 other system tokens from context", marketo.EncodingNone, `{{system.unsubscribeLink}}`,
			marketo.Lead{}, `https://u.test/x`, nil},

		// A3 before tokens
		{"A3 escapes applied, token values not unescaped", marketo.EncodingNone, `a\tb {{lead.First Name}}`,
			marketo.Lead{"firstName": `x\ty`}, "a\tb x\\ty", nil},
		{"A3 escaped quotes around a token", marketo.EncodingNone, `\"{{lead.First Name}}\"`,
			marketo.Lead{"firstName": "Ann"}, `"Ann"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flow := ctx
			if tt.flow != nil {
				flow = *tt.flow
			}
			w := &marketo.Webhook{Name: "t", URL: "https://hook.test/", Method: marketo.MethodPost,
				Template: tt.tmpl, Encoding: tt.enc}
			req, err := marketo.Render(w, cat, tt.lead, flow, marketo.Options{})
			if err != nil {
				t.Fatalf("Render: unexpected error %v", err)
			}
			if req.Body != tt.want {
				t.Errorf("got body %q, want %q", req.Body, tt.want)
			}
		})
	}
}

func TestRenderMethod(t *testing.T) {
	cat := testCatalog(t)
	lead := marketo.Lead{"firstName": "Ann"}
	tests := []struct {
		name     string
		method   marketo.Method
		wantBody string
		wantCT   string
	}{
		{"R7 GET has no body and no Content-Type", marketo.MethodGet, "", ""},
		{"R7 POST has a body", marketo.MethodPost, `"Ann"`, "application/json"},
		{"R7 PUT has a body", marketo.MethodPut, `"Ann"`, "application/json"},
		{"R7 PATCH has a body", marketo.MethodPatch, `"Ann"`, "application/json"},
		{"R7 DELETE has a body", marketo.MethodDelete, `"Ann"`, "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &marketo.Webhook{URL: "https://hook.test/", Method: tt.method,
				Template: `{{lead.First Name}}`, Encoding: marketo.EncodingJSON}
			req, err := marketo.Render(w, cat, lead, marketo.Flow{}, marketo.Options{})
			if err != nil {
				t.Fatalf("Render: unexpected error %v", err)
			}
			if req.Method != string(tt.method) {
				t.Errorf("got method %q, want %q", req.Method, tt.method)
			}
			if req.Body != tt.wantBody {
				t.Errorf("got body %q, want %q", req.Body, tt.wantBody)
			}
			if got := req.Header.Get("Content-Type"); got != tt.wantCT {
				t.Errorf("got Content-Type %q, want %q", got, tt.wantCT)
			}
		})
	}
}

func TestRenderURL(t *testing.T) {
	cat := testCatalog(t)
	tests := []struct {
		name string
		enc  marketo.Encoding
		url  string
		lead marketo.Lead
		want string
	}{
		{"R5 & and %26 as typed", marketo.EncodingJSON, "https://hook.test/a?x=1&y=%26&z=a+b",
			nil, "https://hook.test/a?x=1&y=%26&z=a+b"},
		{"A7 URL token query-escaped, not JSON-quoted", marketo.EncodingJSON,
			"https://hook.test/a?x=1&e={{lead.Email Address}}",
			marketo.Lead{"email": `a+b&c@d "e"`}, "https://hook.test/a?x=1&e=a%2Bb%26c%40d+%22e%22"},
		{"A7 URL token query-escaped under none", marketo.EncodingNone,
			"https://hook.test/?n={{lead.First Name}}&s={{lead.Test Score}}",
			marketo.Lead{"firstName": "Ann Lee/é", "testScore": int64(5)}, "https://hook.test/?n=Ann+Lee%2F%C3%A9&s=5"},
		{"A7 URL empty token", marketo.EncodingForm, "https://hook.test/?e={{lead.Email Address}}",
			nil, "https://hook.test/?e="},
		{"R13 URL default escaped", marketo.EncodingForm, "https://hook.test/?e={{lead.Email Address:default=a&b}}",
			nil, "https://hook.test/?e=a%26b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &marketo.Webhook{URL: tt.url, Method: marketo.MethodGet, Encoding: tt.enc}
			req, err := marketo.Render(w, cat, tt.lead, marketo.Flow{}, marketo.Options{})
			if err != nil {
				t.Fatalf("Render: unexpected error %v", err)
			}
			if req.URL != tt.want {
				t.Errorf("got URL %q, want %q", req.URL, tt.want)
			}
		})
	}
}

func TestRenderHeaders(t *testing.T) {
	cat := testCatalog(t)
	flow := marketo.Flow{Tokens: map[string]string{"my.Token": `a b&c"d+é`}}
	tests := []struct {
		name    string
		enc     marketo.Encoding
		method  marketo.Method
		headers []marketo.Header
		opts    marketo.Options
		want    map[string][]string
	}{
		{"R10 token in header value inserted raw", marketo.EncodingJSON, marketo.MethodGet,
			[]marketo.Header{{Name: "Authorization", Value: "Bearer {{my.Token}}"}}, marketo.Options{},
			map[string][]string{"Authorization": {`Bearer a b&c"d+é`}}},
		{"R10 header names canonicalised as on the wire", marketo.EncodingJSON, marketo.MethodGet,
			[]marketo.Header{{Name: "x-api-key", Value: "k"}, {Name: "X-API-KEY", Value: "l"}}, marketo.Options{},
			map[string][]string{"X-Api-Key": {"k", "l"}}},
		{"R10 typed header value", marketo.EncodingJSON, marketo.MethodGet,
			[]marketo.Header{{Name: "X-Score", Value: "{{lead.Test Score}}"}}, marketo.Options{},
			map[string][]string{"X-Score": {"9"}}},
		{"A4 json default Content-Type", marketo.EncodingJSON, marketo.MethodPost, nil, marketo.Options{},
			map[string][]string{"Content-Type": {"application/json"}}},
		{"A4 form default Content-Type", marketo.EncodingForm, marketo.MethodPut, nil, marketo.Options{},
			map[string][]string{"Content-Type": {"application/x-www-form-urlencoded"}}},
		{"A4 none default Content-Type", marketo.EncodingNone, marketo.MethodPatch, nil, marketo.Options{},
			map[string][]string{"Content-Type": {"text/plain"}}},
		{"A4 custom Content-Type wins", marketo.EncodingJSON, marketo.MethodPost,
			[]marketo.Header{{Name: "content-type", Value: "application/vnd.api+json"}}, marketo.Options{},
			map[string][]string{"Content-Type": {"application/vnd.api+json"}}},
		{"A4 knob sends no default", marketo.EncodingJSON, marketo.MethodPost, nil,
			marketo.Options{NoDefaultContentType: true}, map[string][]string{}},
		{"A4 knob keeps custom Content-Type", marketo.EncodingJSON, marketo.MethodPost,
			[]marketo.Header{{Name: "Content-Type", Value: "text/xml"}},
			marketo.Options{NoDefaultContentType: true}, map[string][]string{"Content-Type": {"text/xml"}}},
		{"A4 GET gets no default", marketo.EncodingJSON, marketo.MethodGet, nil, marketo.Options{},
			map[string][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &marketo.Webhook{URL: "https://hook.test/", Method: tt.method, Encoding: tt.enc, Headers: tt.headers}
			req, err := marketo.Render(w, cat, marketo.Lead{"testScore": int64(9)}, flow, tt.opts)
			if err != nil {
				t.Fatalf("Render: unexpected error %v", err)
			}
			got := map[string][]string(req.Header)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got header %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRenderProblems(t *testing.T) {
	cat := testCatalog(t)
	flow := marketo.Flow{Tokens: map[string]string{"my.Evil": "x\r\nX-Injected: 1", "my.LF": "a\nb", "my.NUL": "a\x00b", "my.SOH": "a\x01b", "my.DEL": "a\x7fb", "my.Tab": "a\tb"}}
	tests := []struct {
		name     string
		template string
		headers  []marketo.Header
		want     []marketo.Problem // Message is matched as a fragment
	}{
		{"A5 CRLF in header", "", []marketo.Header{{Name: "X-A", Value: "ok"}, {Name: "X-B", Value: "{{my.Evil}}"}},
			[]marketo.Problem{{Field: "headers[1].value", Rule: "A5", Message: `the value of header "X-B" would contain "\r" at byte 1`}}},
		{"A5 LF in header", "", []marketo.Header{{Name: "X-A", Value: "v={{my.LF}}"}},
			[]marketo.Problem{{Field: "headers[0].value", Rule: "A5", Message: `"\n" at byte 3`}}},
		{"A5 NUL in header", "", []marketo.Header{{Name: "X-A", Value: "{{my.NUL}}"}},
			[]marketo.Problem{{Field: "headers[0].value", Rule: "A5", Message: `"\x00"`}}},
		{"A31 other control character in header", "", []marketo.Header{{Name: "X-A", Value: "{{my.SOH}}"}},
			[]marketo.Problem{{Field: "headers[0].value", Rule: "A31", Message: `"\x01"`}}},
		{"A31 DEL in header", "", []marketo.Header{{Name: "X-A", Value: "{{my.Tab}}"}, {Name: "X-B", Value: "{{my.DEL}}"}},
			[]marketo.Problem{{Field: "headers[1].value", Rule: "A31", Message: `"\x7f"`}}},
		{"A5 CR typed in a header value", "", []marketo.Header{{Name: "X-A", Value: "a\rb"}},
			[]marketo.Problem{{Field: "headers[0].value", Rule: "A5"}}},
		{"A5 LF in header name", "", []marketo.Header{{Name: "X-A\nX-B", Value: "v"}},
			[]marketo.Problem{{Field: "headers[0].name", Rule: "A5"}}},
		{"A3 \\s rejected by Render", `{"a": "\s"}`, nil,
			[]marketo.Problem{{Field: "template", Rule: "A3", Message: "`\\s` at byte 7"}}},
		{"A3 A5 all problems at once", `\s\x`, []marketo.Header{{Name: "X-A", Value: "{{my.Evil}}"}},
			[]marketo.Problem{
				{Field: "template", Rule: "A3", Message: "`\\s`"},
				{Field: "template", Rule: "A3", Message: "`\\x`"},
				{Field: "headers[0].value", Rule: "A5"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &marketo.Webhook{Name: "evil", URL: "https://hook.test/", Method: marketo.MethodPost,
				Template: tt.template, Encoding: marketo.EncodingJSON, Headers: tt.headers}
			req, err := marketo.Render(w, cat, nil, flow, marketo.Options{})
			if err == nil {
				t.Fatalf("got request %+v, nil error, want problems %v", req, tt.want)
			}
			if req != nil {
				t.Errorf("got request %+v with the error, want nil (nothing is sent)", req)
			}
			var ps marketo.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("got error %T %v, want it to wrap marketo.Problems", err, err)
			}
			if len(ps) != len(tt.want) {
				t.Fatalf("got %d problems %v, want %d %v", len(ps), ps, len(tt.want), tt.want)
			}
			for i, want := range tt.want {
				got := ps[i]
				if got.Field != want.Field || got.Rule != want.Rule || !strings.Contains(got.Message, want.Message) {
					t.Errorf("problem %d: got %+v, want field %q rule %q message containing %q",
						i, got, want.Field, want.Rule, want.Message)
				}
			}
			if !strings.Contains(err.Error(), `"evil"`) {
				t.Errorf("got error %q, want it to name the webhook", err)
			}
		})
	}
}

// hostileValues are lead values that try to break the rendered document
// (section 7, invariant 5).
var hostileValues = []string{
	``, ` `, `"`, `\`, `\"`, `""`, `"}`, `{"x":1}`, `& + % =`, `a=b&c=d`, `%26%2B`, "a\r\nb", "\t\b\f",
	"😀👩‍👩‍👧", "שלום עולם", "\u202eevil\u202c", "\u2028\u2029", "\x00", "a\x00b", "\x7f\x1f",
	"</script><!--", "{{lead.First Name}}", `\u0000`, "\xff\xfe", "a\xc3", strings.Repeat("é", 300),
}

// invariant5Template is a valid JSON document with bare tokens.
const invariant5Template = `{"first": {{lead.First Name}}, "email": {{lead.Email Address}}, ` +
	`"list": [{{my.X}}, {{lead.Test Score}}, {{lead.Test Flag}}, {{lead.Test Ratio}}], ` +
	`"d": {{lead.Missing:default=x"y\\z}}, "s": {{system.date}}}`

// checkInvariant5 renders v through a JSON and a form template and checks that
// the JSON stays valid and the form decodes back to v.
func checkInvariant5(t interface {
	Helper()
	Fatalf(string, ...any)
}, cat *marketo.Catalog, v string, score int64, ratio float64) {
	t.Helper()
	lead := marketo.Lead{"firstName": v, "email": v, "testScore": score, "testFlag": len(v)%2 == 0, "testRatio": ratio}
	flow := marketo.Flow{Tokens: map[string]string{"my.X": v}}

	w := &marketo.Webhook{URL: "https://hook.test/?q={{my.X}}", Method: marketo.MethodPost,
		Template: invariant5Template, Encoding: marketo.EncodingJSON}
	req, err := marketo.Render(w, cat, lead, flow, marketo.Options{})
	if err != nil {
		t.Fatalf("value %q: Render JSON: %v", v, err)
	}
	var doc struct {
		First, Email, D string
		List            []any
	}
	if err := json.Unmarshal([]byte(req.Body), &doc); err != nil {
		t.Fatalf("value %q: got invalid JSON %q (%v), want valid JSON", v, req.Body, err)
	}
	if utf8.ValidString(v) {
		if doc.First != v || doc.Email != v || doc.List[0] != v {
			t.Fatalf("value %q: got %q, %q, %q back, want the value", v, doc.First, doc.Email, doc.List[0])
		}
	}
	if doc.D != `x"y\z` {
		t.Fatalf("got default %q, want %q", doc.D, `x"y\z`)
	}
	if u, err := url.Parse(req.URL); err != nil || u.Query().Get("q") != v {
		t.Fatalf("value %q: got URL %q (%v), want its q to decode back to the value", v, req.URL, err)
	}

	w = &marketo.Webhook{URL: "https://hook.test/", Method: marketo.MethodPost,
		Template: "a={{lead.First Name}}&b={{my.X}}&c={{lead.Test Score}}", Encoding: marketo.EncodingForm}
	req, err = marketo.Render(w, cat, lead, flow, marketo.Options{})
	if err != nil {
		t.Fatalf("value %q: Render form: %v", v, err)
	}
	q, err := url.ParseQuery(req.Body)
	if err != nil {
		t.Fatalf("value %q: got form body %q that does not parse: %v", v, req.Body, err)
	}
	if q.Get("a") != v || q.Get("b") != v || len(q) != 3 {
		t.Fatalf("value %q: got form %q decoding to %q, want a and b to be the value", v, req.Body, q)
	}
}

func TestRenderInvariant5(t *testing.T) {
	cat := testCatalog(t)
	for _, v := range hostileValues {
		t.Run("R14 R15 invariant 5 "+strings.ToValidUTF8(v, "?"), func(t *testing.T) {
			checkInvariant5(t, cat, v, -7, 0.1)
		})
	}
}

func TestRenderInvariant5Property(t *testing.T) {
	cat := testCatalog(t)
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.OneOf(
			rapid.String(),
			rapid.StringOf(rapid.SampledFrom([]rune{'"', '\\', '&', '+', '%', '=', '\r', '\n', 0, '{', '}', '\u2028', 'é', '😀'})),
			rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
		).Draw(t, "value")
		score := rapid.Int64().Draw(t, "score")
		ratio := rapid.Float64().Draw(t, "ratio")
		checkInvariant5(t, cat, v, score, ratio)
	})
}

func BenchmarkRender(b *testing.B) {
	cat := testCatalog(b)
	w := &marketo.Webhook{
		Name:   "bench",
		URL:    "https://hook.test/leads?email={{lead.Email Address}}",
		Method: marketo.MethodPost,
		Template: `{"email": {{lead.Email Address}}, "first": {{lead.First Name}}, ` +
			`"score": {{lead.Test Score}}, "vip": {{lead.Test Flag}}, "region": {{my.Region}}}`,
		Encoding: marketo.EncodingJSON,
		Headers:  []marketo.Header{{Name: "Authorization", Value: "Bearer secret"}},
	}
	lead := marketo.Lead{"email": "ann@example.com", "firstName": `Ann "the" Coder`, "testScore": int64(42), "testFlag": true}
	flow := marketo.Flow{Now: testNow, Tokens: map[string]string{"my.Region": "EMEA"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := marketo.Render(w, cat, lead, flow, marketo.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
