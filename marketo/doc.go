// Package marketo is hookcert's reference model of Marketo's webhook caller: the
// oracle that decides, rule by rule, what Marketo does with a webhook definition,
// a lead, a campaign context and the answer of the called service.
//
// Every rule it implements carries an id from the behaviour spec: R-ids are
// documented by Adobe, A-ids are hookcert's stated assumptions where the
// documentation is silent (see docs/rules.md). The assumptions that users may
// reasonably need the other way are knobs on [Options]; the zero Options is the
// spec's default reading.
//
// The entry points:
//
//   - [Caller.Call] renders the request, sends it through the *http.Client it was
//     given (httpmock, a loopback server or a live URL) and returns an [Outcome].
//   - [Judge] is the pure decision: what Marketo records and writes for a given
//     [Answer]. Call uses it; properties and harnesses may use it directly.
//   - [Render] is the pure request rendering (tokens and encodings, R12-R16, A6-A9).
//   - [Webhook.Validate] reports every problem of a definition with its rule id.
//
// The building blocks are exported for tests and generators: the field
// [Catalog] with its types and conversions ([Convert]) and response attribute
// paths ([ParsePath], [ParseJSONBody], [ParseXMLBody], [Resolve]). Errors that
// break a rule are a [Problem] or a [*BodyError]: read the rule with errors.As.
//
// The package knows nothing of Gherkin, rapid or mocks, and has no
// package-level mutable state.
package marketo
