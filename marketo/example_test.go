package marketo_test

import (
	"context"
	"fmt"
	"net/http"

	"github.com/hookcert/hookcert/marketo"
	"github.com/jarcoal/httpmock"
)

// exampleHook enriches a lead by email address: a GET with the address in the
// query, the company's name and size mapped back from a JSON answer.
func exampleHook() *marketo.Webhook {
	return &marketo.Webhook{
		Name:         "Enrich",
		URL:          "https://enrich.vendor.example/v1/person?email={{lead.Email Address}}",
		Method:       marketo.MethodGet,
		ResponseType: marketo.ResponseJSON,
		Mappings: []marketo.Mapping{
			{Attribute: "company.name", Field: "company"},
			{Attribute: "company.employees", Field: "numberOfEmployees"},
			{Attribute: "company.founded", Field: "website"},
		},
	}
}

// Call renders the request, sends it (here to an httpmock transport, so no
// network is used) and decides what Marketo records and writes.
func ExampleCaller_Call() {
	mt := httpmock.NewMockTransport()
	// The caller sends the URL as rendered (R5), in the request's opaque
	// form, which httpmock's URL routes do not read: answer every request.
	mt.RegisterNoResponder(httpmock.NewStringResponder(200,
		`{"company": {"name": "Analytical Engines", "employees": 1843, "founded": 1834}}`).
		HeaderSet(http.Header{"Content-Type": {"application/json"}}))
	c := marketo.NewCaller(&http.Client{Transport: mt}, marketo.StandardCatalog(), marketo.Options{})

	lead := marketo.Lead{"email": "ada@example.com"}
	out, err := c.Call(context.Background(), exampleHook(), lead, marketo.Flow{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.Request.Method, out.Request.URL)
	fmt.Println("code", out.Code)
	for _, ch := range out.Changes {
		fmt.Printf("%s = %v\n", ch.Field, ch.New)
	}
	for _, s := range out.Skipped {
		fmt.Printf("skipped %s: %s (%s)\n", s.Attribute, s.Reason, s.Rule)
	}
	// Output:
	// GET https://enrich.vendor.example/v1/person?email=ada%40example.com
	// code 200
	// company = Analytical Engines
	// numberOfEmployees = 1843
	// skipped company.founded: a number is not written into a URL field (R25)
}

// Judge is the decision alone: no request is sent. A 503 changes nothing
// (R18), and its reason phrase is the Error Type (R21).
func ExampleJudge() {
	lead := marketo.Lead{"email": "ada@example.com"}
	for _, ans := range []marketo.Answer{
		{Status: 200, Reason: "OK", Proto: "HTTP/1.1", Body: []byte(`{"company": {"name": "Analytical Engines"}}`)},
		{Status: 503, Reason: "Service Unavailable", Proto: "HTTP/1.1", Body: []byte(`{"company": {"name": "Analytical Engines"}}`)},
		{Status: 200, Reason: "OK", Proto: "HTTP/1.1", Body: []byte(`{"company": `)},
	} {
		out := marketo.Judge(exampleHook(), nil, lead, ans, marketo.Options{})
		fmt.Printf("%d %q: %d change(s), company %v", out.Code, out.ErrorType, len(out.Changes), out.Lead["company"])
		if out.Failure != marketo.FailureNone {
			fmt.Printf(", %s: %s", out.Failure, out.Detail)
		}
		fmt.Println()
	}
	// Output:
	// 200 "OK": 1 change(s), company Analytical Engines
	// 503 "Service Unavailable": 0 change(s), company <nil>
	// 200 "OK": 0 change(s), company <nil>, unparseable: JSON body (A16): unexpected EOF
}

// Render is the request alone: tokens replaced in the webhook's encoding, a
// token's default standing in for a field without a value (R12-R16).
func ExampleRender() {
	w := &marketo.Webhook{
		Name:     "Notify",
		URL:      "https://hooks.vendor.example/notify",
		Method:   marketo.MethodPost,
		Encoding: marketo.EncodingJSON,
		Template: `{"email": {{lead.Email Address}}, "city": {{lead.City:default=unknown}}, "campaign": {{campaign.name}}}`,
	}
	lead := marketo.Lead{"email": "ada@example.com"}
	flow := marketo.Flow{Tokens: map[string]string{"campaign.name": "Welcome \"new\" leads"}}
	req, err := marketo.Render(w, nil, lead, flow, marketo.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(req.Method, req.URL)
	fmt.Println(req.Header.Get("Content-Type"))
	fmt.Println(req.Body)
	// Output:
	// POST https://hooks.vendor.example/notify
	// application/json
	// {"email": "ada@example.com", "city": "unknown", "campaign": "Welcome \"new\" leads"}
}

// Compile checks and parses a definition once; CallCompiled then calls it
// for each lead of a campaign, as Marketo does, with the outcome Call gives.
func ExampleCaller_CallCompiled() {
	mt := httpmock.NewMockTransport()
	mt.RegisterNoResponder(httpmock.NewStringResponder(200,
		`{"company": {"name": "Analytical Engines", "employees": 1843}, "unread": [1, 2, 3]}`).
		HeaderSet(http.Header{"Content-Type": {"application/json"}}))
	c := marketo.NewCaller(&http.Client{Transport: mt}, marketo.StandardCatalog(), marketo.Options{})
	cw, err := marketo.Compile(exampleHook(), c.Catalog())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, email := range []string{"ada@example.com", "charles@example.com"} {
		out, err := c.CallCompiled(context.Background(), cw, marketo.Lead{"email": email}, marketo.Flow{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(out.Request.URL, out.Code, len(out.Changes), "changes")
	}
	// Output:
	// https://enrich.vendor.example/v1/person?email=ada%40example.com 200 2 changes
	// https://enrich.vendor.example/v1/person?email=charles%40example.com 200 2 changes
}
