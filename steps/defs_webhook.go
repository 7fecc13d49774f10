package steps

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// webhookDefs are the steps that build the webhook definition.
func webhookDefs() []Def {
	return inArea("Webhook definition", []Def{
		{
			Keyword: Given, EN: "a webhook {string} that sends {word} to {string}", DE: "ein Webhook {string}, der {word} an {string} sendet",
			Doc:       "Starts a definition: name, Request Type (R6) and URL (R5, tokens allowed). Defaults: token encoding json, response type json, no template, headers or mappings.",
			ExampleEN: `Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"`,
			ExampleDE: `Angenommen ein Webhook "Enrich", der POST an "https://enrich.vendor.example/v1/score" sendet`,
			run:       givenWebhookThatSends,
		},
		{
			Keyword: Given, EN: "the webhook from {string}", DE: "der Webhook aus {string}",
			Doc:       "The definition (and its custom fields) from a YAML webhook file. Relative paths as for lead files. Steps after it may change the definition.",
			ExampleEN: `Given the webhook from "testdata/enrich.yaml"`, ExampleDE: `Angenommen der Webhook aus "testdata/enrich.yaml"`,
			run: givenWebhookFrom,
		},
		{
			Keyword: Given, EN: "the token encoding is {encoding}", DE: "die Token-Kodierung ist {encoding}",
			Doc:       "Request Token Encoding (R8): none, json or form, or as the admin screen labels them: None, JSON, Form/Url.",
			ExampleEN: "Given the token encoding is form", ExampleDE: "Angenommen die Token-Kodierung ist form",
			run: givenTokenEncoding,
		},
		{
			Keyword: Given, EN: "the response type is {restype}", DE: "der Antworttyp ist {restype}",
			Doc:       "Response Type (R9): json or xml, or as the admin screen labels them: JSON, XML, None (no parsing).",
			ExampleEN: "Given the response type is xml", ExampleDE: "Angenommen der Antworttyp ist xml",
			run: givenResponseType,
		},
		{
			Keyword: Given, Arg: DocString, EN: "the payload template:", DE: "die Payload-Vorlage:",
			Doc:       "The Payload Template (R7), exactly as typed into Marketo's editor: escapes such as `\\n` are the editor's (A3).",
			ExampleEN: "Given the payload template:", ExampleDE: "Angenommen die Payload-Vorlage:",
			ExampleArg: `{"email": {{lead.Email Address}}}`,
			run:        givenPayloadTemplateBlock,
		},
		{
			Keyword: Given, EN: "the custom header {string} is {string}", DE: "der eigene Header {string} ist {string}",
			Doc:       "Adds a custom header (R10); tokens allowed in the value.",
			ExampleEN: `Given the custom header "X-Api-Key" is "{{my.Api Key}}"`, ExampleDE: `Angenommen der eigene Header "X-Api-Key" ist "{{my.Api Key}}"`,
			run: givenCustomHeader,
		},
		{
			Keyword: Given, Arg: Table, EN: "the response mappings:", DE: "die Antwort-Zuordnungen:",
			Doc:       "Response mappings (R11), header row `| attribute | field |` (German `| Attribut | Feld |`): the Response Attribute path and the field's SOAP API name. A second table adds to the mappings so far (after those of a webhook file too); it does not replace them. An unknown SOAP name fails this step, naming the closest one, unless the scenario checks the rejection (\"the definition is rejected under R11\").",
			ExampleEN: "Given the response mappings:", ExampleDE: "Angenommen die Antwort-Zuordnungen:",
			ExampleArg: "| attribute      | field      |\n| score          | leadScore  |\n| orders[0].date | dateOfBirth |",
			run:        givenResponseMappingsBlock,
		},
	})
}

// flowDefs are the steps that set the flow step the webhook runs in: the
// campaign, the time-out and knobs, the tokens and the clock.
func flowDefs() []Def {
	return inArea("Webhook definition", []Def{
		{
			Keyword: Given, EN: "the step runs in a {campaign} campaign", DE: "der Schritt läuft in einer {campaign}-Kampagne",
			Doc:       "The kind of smart campaign the Call Webhook step sits in (R1, R2); trigger by default.",
			ExampleEN: "Given the step runs in a batch campaign", ExampleDE: "Angenommen der Schritt läuft in einer Batch-Kampagne",
			run: givenStepRunsCampaign,
		},
		{
			Keyword: Given, EN: "the time-out is {int} ms", DE: "die Zeitüberschreitung ist {int} ms",
			Doc:       "How long Marketo waits for the answer (R17: 30 s; scenarios use a short one). Give 1000 ms or more where the answer must arrive: a busy machine can take longer than 50 ms to connect on loopback. A call that times out is compared between the faces without the requests received and the body read, which depend on timing.",
			ExampleEN: "Given the time-out is 1000 ms", ExampleDE: "Angenommen die Zeitüberschreitung ist 1000 ms",
			run: givenTimeOut,
		},
		{
			Keyword: Given, EN: "the time-out is {int} s", DE: "die Zeitüberschreitung ist {int} s",
			Doc:       "As above, in seconds: `the time-out is 30 s` is Marketo's own (R17).",
			ExampleEN: "Given the time-out is 30 s", ExampleDE: "Angenommen die Zeitüberschreitung ist 30 s",
			run: givenTimeOutSeconds,
		},
		{
			Keyword: Given, EN: "the option {string} is on", DE: "die Option {string} ist an",
			Doc:       "Switches on a knob of the model (a marketo.Options field): " + knobList(marketo.KnobBool) + ".",
			ExampleEN: `Given the option "WhitespaceIsEmpty" is on`, ExampleDE: `Angenommen die Option "WhitespaceIsEmpty" ist an`,
			run: givenOptionOn,
		},
		{
			Keyword: Given, EN: "the option {string} is {int}", DE: "die Option {string} ist {int}",
			Doc:       "Sets a numeric knob: " + knobList(marketo.KnobInt) + ".",
			ExampleEN: `Given the option "MaxBodyBytes" is 64`, ExampleDE: `Angenommen die Option "MaxBodyBytes" ist 64`,
			run: givenOptionNumber,
		},
		{
			Keyword: Given, EN: "the token {string} is {string}", DE: "das Token {string} ist {string}",
			Doc:       "A token the flow step's context provides (R12), named without braces: `my.Region`, `trigger.Web Page`, `campaign.name`, `company.Company Name`.",
			ExampleEN: `Given the token "my.Region" is "EMEA"`, ExampleDE: `Angenommen das Token "my.Region" ist "EMEA"`,
			run: givenTokenIs,
		},
		{
			Keyword: Given, Arg: DocString, EN: "the token {string} is:", DE: "das Token {string} ist:",
			Doc:       "As above, the value from a docstring: for values with line breaks (A5).",
			ExampleEN: `Given the token "my.Note" is:`, ExampleDE: `Angenommen das Token "my.Note" ist:`,
			ExampleArg: "first line\nX-Injected: yes",
			run:        givenTokenIsBlock,
		},
		{
			Keyword: Given, EN: "the token {string} is the escaped text {escaped}", DE: "das Token {string} ist der maskierte Text {escaped}",
			Doc:       "As above, the value with Go's escapes decoded: for control characters a feature file cannot show (A31).",
			ExampleEN: `Given the token "my.Bell" is the escaped text "ring\x07"`, ExampleDE: `Angenommen das Token "my.Bell" ist der maskierte Text "ring\x07"`,
			run: givenTokenIsEscapedText,
		},
		{
			Keyword: Given, EN: "the clock reads {string}", DE: "die Uhr zeigt {string}",
			Doc:       "The moment of the call, RFC 3339, for {{system.*}} tokens (A9). Default 2013-08-08T16:36:13Z.",
			ExampleEN: `Given the clock reads "2013-08-08T23:36:13Z"`, ExampleDE: `Angenommen die Uhr zeigt "2013-08-08T23:36:13Z"`,
			run: givenClockReads,
		},
		{
			Keyword: Given, EN: "the account time zone is {string}", DE: "die Zeitzone des Kontos ist {string}",
			Doc:       "The account time zone (IANA name) for {{system.*}} tokens (A9); UTC by default.",
			ExampleEN: `Given the account time zone is "America/Los_Angeles"`, ExampleDE: `Angenommen die Zeitzone des Kontos ist "America/Los_Angeles"`,
			run: givenAccountTimeZone,
		},
	})
}

// givenWebhookThatSends runs the step "a webhook {string} that sends {word} to {string}".
func givenWebhookThatSends(_ context.Context, w *world, a *args) error {
	h := w.webhook()
	h.Name, h.Method, h.URL = a.str(0), marketo.Method(strings.ToUpper(a.str(1))), a.str(2)
	return w.checkDefinition()
}

// givenWebhookFrom runs the step "the webhook from {string}".
func givenWebhookFrom(_ context.Context, w *world, a *args) error {
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
	w.cat, w.ownCat = def.Catalog, true
	w.hook, w.hasHook = *def.Webhook, true
	w.secretTokens = append(w.secretTokens, def.SecretTokens...)
	for name, value := range w.flow.Tokens { // tokens set before the file
		w.learnToken(name, value)
	}
	return nil
}

// givenTokenEncoding runs the step "the token encoding is {encoding}".
func givenTokenEncoding(_ context.Context, w *world, a *args) error {
	w.webhook().Encoding = marketo.Encoding(a.str(0))
	return w.checkDefinition("tokenEncoding")
}

// givenResponseType runs the step "the response type is {restype}".
func givenResponseType(_ context.Context, w *world, a *args) error {
	w.webhook().ResponseType = marketo.ResponseType(a.str(0))
	return w.checkDefinition("responseType")
}

// givenPayloadTemplateBlock runs the step "the payload template:".
func givenPayloadTemplateBlock(_ context.Context, w *world, a *args) error {
	w.webhook().Template = a.doc.Content
	return w.checkDefinition("template")
}

// givenCustomHeader runs the step "the custom header {string} is {string}".
func givenCustomHeader(_ context.Context, w *world, a *args) error {
	h := w.webhook()
	h.Headers = append(h.Headers, marketo.Header{Name: a.str(0), Value: a.str(1)})
	if secrets.SecretName(a.str(0)) && !strings.Contains(a.str(1), "{{") {
		w.env.Masker.Add(a.str(1))
	}
	return w.checkDefinition(fmt.Sprintf("headers[%d]", len(h.Headers)-1))
}

// setToken sets a context token of the flow (R12); the value of one whose
// name says it carries credentials is masked in the run's outputs.
func (w *world) setToken(name, value string) {
	if w.flow.Tokens == nil {
		w.flow.Tokens = map[string]string{}
	}
	w.flow.Tokens[name] = value
	w.learnToken(name, value)
}

// learnToken masks the value of a token whose name says it carries
// credentials, or that the webhook file lists under secretTokens.
func (w *world) learnToken(name, value string) {
	marked := slices.ContainsFunc(w.secretTokens, func(s string) bool { return strings.EqualFold(s, name) })
	if marked || secrets.SecretName(name) {
		w.env.Masker.Add(value)
	}
}

// givenResponseMappingsBlock runs the step "the response mappings:".
func givenResponseMappingsBlock(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"attribute", "Attribut"}, []string{"field", "Feld"})
	if err != nil {
		return err
	}
	h := w.webhook()
	first := len(h.Mappings)
	var parts []string
	for i, r := range rows {
		h.Mappings = append(h.Mappings, marketo.Mapping{Attribute: r[0], Field: r[1]})
		parts = append(parts, fmt.Sprintf("mappings[%d].", first+i))
	}
	return w.checkDefinition(append(parts, "responseType")...)
}

// givenStepRunsCampaign runs the step "the step runs in a {campaign} campaign".
func givenStepRunsCampaign(_ context.Context, w *world, a *args) error {
	w.flow.Campaign = marketo.CampaignKind(a.str(0))
	return nil
}

// givenTimeOut runs the step "the time-out is {int} ms".
func givenTimeOut(_ context.Context, w *world, a *args) error {
	if a.num(0) <= 0 {
		return fmt.Errorf("time-out %d ms: give a positive number", a.num(0))
	}
	w.opts.Timeout = time.Duration(a.num(0)) * time.Millisecond
	return nil
}

// givenTimeOutSeconds runs the step "the time-out is {int} s".
func givenTimeOutSeconds(_ context.Context, w *world, a *args) error {
	if a.num(0) <= 0 || a.num(0) > 3600 {
		return fmt.Errorf("time-out %d s: give 1 to 3600", a.num(0))
	}
	w.opts.Timeout = time.Duration(a.num(0)) * time.Second
	return nil
}

// givenOptionOn runs the step "the option {string} is on".
func givenOptionOn(_ context.Context, w *world, a *args) error {
	return marketo.SwitchOn(&w.opts, a.str(0))
}

// givenOptionNumber runs the step "the option {string} is {int}".
func givenOptionNumber(_ context.Context, w *world, a *args) error {
	return marketo.SetNumber(&w.opts, a.str(0), a.num(1))
}

// givenTokenIs runs the step "the token {string} is {string}".
func givenTokenIs(_ context.Context, w *world, a *args) error {
	w.setToken(a.str(0), a.str(1))
	return nil
}

// givenTokenIsBlock runs the step "the token {string} is:".
func givenTokenIsBlock(_ context.Context, w *world, a *args) error {
	w.setToken(a.str(0), a.doc.Content)
	return nil
}

// givenTokenIsEscapedText runs the step "the token {string} is the escaped text {escaped}".
func givenTokenIsEscapedText(_ context.Context, w *world, a *args) error {
	w.setToken(a.str(0), a.str(1))
	return nil
}

// givenClockReads runs the step "the clock reads {string}".
func givenClockReads(_ context.Context, w *world, a *args) error {
	t, err := time.Parse(time.RFC3339, a.str(0))
	if err != nil {
		return fmt.Errorf("the clock: %w", err)
	}
	w.flow.Now = t
	return nil
}

// givenAccountTimeZone runs the step "the account time zone is {string}".
func givenAccountTimeZone(_ context.Context, w *world, a *args) error {
	loc, err := time.LoadLocation(a.str(0))
	if err != nil {
		return fmt.Errorf("the account time zone: %w", err)
	}
	w.flow.Location = loc
	return nil
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
