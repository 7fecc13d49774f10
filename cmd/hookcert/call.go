package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/internal/capped"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// callFlags are the flags of `hookcert call`.
type callFlags struct {
	webhook, lead, campaign, url   string
	answerStatus                   int
	answerReason, answerBody, face string
	answerHeaders, tokens, knobs   listFlag
	timeout                        time.Duration
	asJSON                         bool
	// newCaller makes the caller of a scripted answer; nil means the
	// reference model. Tests inject a caller here (callWith).
	newCaller   harness.NewCallerFunc
	cas         caList
	record      string // --record: write the call as a scenario to this feature file
	showSecrets bool
	mask        *secrets.Masker // nil under --show-secrets
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runCall(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return callWith(ctx, args, stdout, stderr, nil)
}

// callWith is runCall with the caller of a scripted answer made by
// newCaller (nil: the reference model).
func callWith(ctx context.Context, args []string, stdout, stderr io.Writer, newCaller harness.NewCallerFunc) int {
	f := callFlags{newCaller: newCaller}
	fs := newFlagSet("call", stderr)
	fs.StringVar(&f.webhook, "webhook", "", "webhook definition `FILE` (YAML)")
	fs.StringVar(&f.lead, "lead", "", "lead `FILE` (YAML)")
	fs.StringVar(&f.campaign, "campaign", "trigger", "campaign kind: trigger or batch (R1, R2)")
	fs.StringVar(&f.url, "url", "", "send to this live `URL` instead of the definition's (tokens allowed)")
	fs.Var(newIntFlag(&f.answerStatus, 0, 0, 999), "answer-status", "play a scripted answer with this status `CODE` instead of calling a live URL")
	fs.StringVar(&f.answerReason, "answer-reason", "", "reason phrase of the scripted answer (default: the standard phrase)")
	fs.Var(&f.answerHeaders, "answer-header", "header `K:V` of the scripted answer (repeatable)")
	fs.StringVar(&f.answerBody, "answer-body", "", "body of the scripted answer: `TEXT`, or @FILE")
	fs.StringVar(&f.face, "transport", "mock", "face that plays the scripted answer: mock (in process), wire (loopback socket) or both (which must agree)")
	fs.Var(&f.tokens, "token", "a context token `scope.name=value`, e.g. my.Enrich API Key=abc (repeatable)")
	fs.Var(&f.knobs, "option", "switch on a model knob by its `NAME`, e.g. WhitespaceIsEmpty (repeatable; see docs/rules.md)")
	fs.Var(newDurationFlag(&f.timeout, marketo.DefaultTimeout), "timeout", "how long to wait for the answer, a positive `DURATION` such as 10s (R17)")
	fs.BoolVar(&f.asJSON, "json", false, "print the outcome as one JSON object (docs/outcome-json.md)")
	fs.StringVar(&f.record, "record", "", "write the call as a Gherkin scenario to this new `FILE.feature`: the answer scripted as it came, the outcome asserted, secrets masked")
	caFlag(fs, &f.cas)
	fs.BoolVar(&f.showSecrets, "show-secrets", false, "do not mask credentials in the output (local debugging only)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hookcert call --webhook FILE --lead FILE [--campaign trigger|batch]")
		fmt.Fprintln(stderr, "         (--url URL | --answer-status N [--answer-reason TEXT] [--answer-header K:V]... [--answer-body TEXT|@FILE])")
		fmt.Fprintln(stderr, "         [--token scope.name=value]... [--option KNOB]... [--timeout D] [--ca FILE]... [--json] [--record FILE.feature]")
		fmt.Fprintln(stderr, "\nPrints what Marketo would do: the request as sent, status, Error Type, code, each change")
		fmt.Fprintln(stderr, "and each skipped mapping. --transport both prints each face's outcome and where they")
		fmt.Fprintln(stderr, "disagree. Exit 0 when the call ran, 1 when the faces disagree, 2 for bad input.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput
	}
	if !f.showSecrets {
		f.mask = secrets.New()
	}
	if f.record != "" {
		if err := checkRecordFile(f.record); err != nil {
			fmt.Fprintf(stderr, "hookcert call: %v\n", err)
			return exitBadInput
		}
	}
	outs, err := callOnce(ctx, f)
	if err != nil {
		fmt.Fprintf(stderr, "hookcert call: %s\n", f.mask.Text(err.Error()))
		return exitBadInput
	}
	outs.mask = f.mask
	if f.asJSON {
		if err := printJSON(stdout, outs); err != nil {
			fmt.Fprintf(stderr, "hookcert call: %v\n", err)
			return exitBadInput
		}
	} else {
		printOutcomes(stdout, outs)
	}
	if outs.disagree != nil {
		fmt.Fprintf(stderr, "hookcert call: %s\n", f.mask.Text(outs.disagree.Error()))
		return exitFailed
	}
	if f.record != "" {
		if err := recordCall(f, outs.list[0]); err != nil {
			fmt.Fprintf(stderr, "hookcert call: %v\n", err)
			return exitBadInput
		}
		fmt.Fprintf(stderr, "hookcert call: recorded the call as %s (run it with: hookcert run %s)\n", f.record, f.record)
	}
	return exitOK
}

// outcomes is what `hookcert call` did: one outcome, or one per face
// under --transport both, with where they disagree.
type outcomes struct {
	faces    []harness.FaceKind // parallel to list; empty for a live URL
	list     []*marketo.Outcome
	disagree *harness.Disagreement
	mask     *secrets.Masker // masks every outcome printed; nil shows all
}

// printOutcomes prints each outcome, under its face's name when there are
// several.
func printOutcomes(w io.Writer, outs outcomes) {
	if len(outs.list) == 1 {
		printOutcome(w, masked(outs.mask, outs.list[0]))
		return
	}
	for i, o := range outs.list {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== %s face ==\n", outs.faces[i])
		printOutcome(w, masked(outs.mask, o))
	}
	if outs.disagree != nil {
		fmt.Fprintf(w, "\n%v\n", outs.disagree)
	} else {
		fmt.Fprintf(w, "\nthe faces agree\n")
	}
}

// printJSON prints the outcome as one JSON object; under --transport both,
// an object with each face's outcome by name and "disagreement", the
// fields on which they differ ("code: mock 204, wire 1001"; empty when
// they agree).
func printJSON(w io.Writer, outs outcomes) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if len(outs.list) == 1 {
		return enc.Encode(newOutcomeJSON(outs.mask, outs.list[0]))
	}
	obj := map[string]any{}
	for i, o := range outs.list {
		obj[string(outs.faces[i])] = newOutcomeJSON(outs.mask, o)
	}
	diffs := []string{}
	if d := outs.disagree; d != nil {
		for _, fd := range d.Fields {
			diffs = append(diffs, fd.String(d.A, d.B))
		}
	}
	obj["disagreement"] = diffs
	return enc.Encode(obj)
}

// callOnce loads the files, sets up the transport and runs the model once.
// Every error it returns is bad input.
func callOnce(ctx context.Context, f callFlags) (outcomes, error) {
	if f.webhook == "" || f.lead == "" {
		return outcomes{}, errors.New("--webhook and --lead are required")
	}
	if (f.url == "") == (f.answerStatus == 0) {
		return outcomes{}, errors.New("give exactly one of --url (a live service) and --answer-status (a scripted answer)")
	}
	def, err := hookfile.LoadWebhook(f.webhook)
	if err != nil {
		return outcomes{}, err
	}
	lead, err := hookfile.LoadLead(f.lead, def.Catalog)
	if err != nil {
		return outcomes{}, err
	}
	kind, err := marketo.ParseCampaignKind(f.campaign)
	if err != nil {
		return outcomes{}, fmt.Errorf("--campaign: %w", err)
	}
	flow := marketo.Flow{Campaign: kind, Now: time.Now(), Location: time.Local}
	if flow.Tokens, err = parseTokens(f.tokens); err != nil {
		return outcomes{}, err
	}
	learnSecrets(f.mask, flow.Tokens, def.SecretTokens)
	opts, err := parseKnobs(f.knobs)
	if err != nil {
		return outcomes{}, err
	}
	opts.Timeout = f.timeout
	if f.url != "" {
		def.Webhook.URL = f.url
		if ps := def.Webhook.Validate(def.Catalog); len(ps) > 0 {
			return outcomes{}, fmt.Errorf("--url: %w", ps)
		}
		client, err := liveClient(f.cas)
		if err != nil {
			return outcomes{}, err
		}
		out, err := marketo.NewCaller(client, def.Catalog, opts).Call(ctx, def.Webhook, lead, flow)
		return outcomes{list: []*marketo.Outcome{out}}, err
	}
	script, err := scriptedAnswer(f)
	if err != nil {
		return outcomes{}, err
	}
	tr, err := harness.ParseTransport(f.face)
	if err != nil {
		return outcomes{}, fmt.Errorf("--transport: %w", err)
	}
	runs, err := harness.CallFaces(ctx, tr, harness.Call{Script: script, Webhook: def.Webhook,
		Leads: []marketo.Lead{lead}, Flow: flow, Catalog: def.Catalog, Options: opts, NewCaller: f.newCaller})
	if err != nil {
		return outcomes{}, err
	}
	var outs outcomes
	for _, r := range runs {
		if err := r.Calls[0].Err; err != nil {
			return outcomes{}, err
		}
		outs.faces = append(outs.faces, r.Face)
		outs.list = append(outs.list, r.Calls[0].Outcome)
	}
	if len(runs) == 2 {
		outs.disagree = harness.Compare(runs[0], runs[1])
	}
	return outs, nil
}

// maxAnswerBody is the largest --answer-body @FILE: well above the model's
// body cap (A12, marketo.DefaultMaxBodyBytes), so an answer over it can be
// played, and small enough to hold in memory.
const maxAnswerBody = 16 << 20

func scriptedAnswer(f callFlags) (harness.Script, error) {
	s := harness.Script{Status: f.answerStatus, Reason: f.answerReason, Header: http.Header{}}
	if s.Status < 100 || s.Status > 999 {
		return s, fmt.Errorf("--answer-status %d: an HTTP status has three digits (100-999)", s.Status)
	}
	for _, h := range f.answerHeaders {
		k, v, ok := strings.Cut(h, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return s, fmt.Errorf("--answer-header %q: want NAME:VALUE", h)
		}
		s.Header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	if name, ok := strings.CutPrefix(f.answerBody, "@"); ok {
		b, err := capped.ReadFile(name, "answer body file", maxAnswerBody)
		if err != nil {
			return s, fmt.Errorf("--answer-body: %w", err)
		}
		s.Body = b
	} else {
		s.Body = []byte(f.answerBody)
	}
	return s, nil
}

func parseTokens(list []string) (map[string]string, error) {
	tokens := map[string]string{}
	for _, t := range list {
		k, v, ok := strings.Cut(t, "=")
		if !ok || !strings.Contains(k, ".") {
			return nil, fmt.Errorf("--token %q: want scope.name=value, e.g. my.Region=EMEA", t)
		}
		tokens[strings.TrimSpace(k)] = v
	}
	return tokens, nil
}

// parseKnobs switches on the named knobs of marketo.Options.
func parseKnobs(names []string) (marketo.Options, error) {
	var o marketo.Options
	for _, n := range names {
		if err := marketo.SwitchOn(&o, n); err != nil {
			return o, fmt.Errorf("--option: %w", err)
		}
	}
	return o, nil
}

// printOutcome writes the outcome for people.
func printOutcome(w io.Writer, o *marketo.Outcome) {
	if r := o.Request; r != nil {
		fmt.Fprintf(w, "Request     %s %s\n", r.Method, r.URL)
		for _, k := range sortedKeys(r.Header) {
			for _, v := range r.Header[k] {
				fmt.Fprintf(w, "            %s: %s\n", k, v)
			}
		}
		printBlock(w, "", r.Body)
	} else {
		fmt.Fprintln(w, "Request     none sent")
	}
	switch {
	case o.Status != 0:
		fmt.Fprintf(w, "Answer      %d %s (%s, %d bytes)\n", o.Status, o.Reason, o.Proto, len(o.Response))
	case o.Failure != "":
		fmt.Fprintf(w, "Answer      none: %s\n", o.Detail)
	}
	fmt.Fprintf(w, "Code        %s\n", codeText(o.Code))
	fmt.Fprintf(w, "Error Type  %s\n", quoteOrDash(o.ErrorType))
	if o.Failure != "" {
		fmt.Fprintf(w, "Failure     %s: %s\n", o.Failure, o.Detail)
	}
	printBlock(w, "Response", o.Response)
	if len(o.Changes) == 0 {
		fmt.Fprintln(w, "Changes     none: the lead is unchanged")
	}
	for i, c := range o.Changes {
		label := "Changes"
		if i > 0 {
			label = ""
		}
		fmt.Fprintf(w, "%-11s %s: %s -> %s (from %s)\n", label, c.Field, valueText(c.Old), valueText(c.New), c.Attribute)
	}
	for i, s := range o.Skipped {
		label := "Skipped"
		if i > 0 {
			label = ""
		}
		fmt.Fprintf(w, "%-11s %s -> %s: %s (%s)\n", label, s.Attribute, s.Field, s.Reason, s.Rule)
	}
}

func codeText(code int) string {
	switch code {
	case 0:
		return "none (no HTTP answer)"
	case marketo.CodeBatch:
		return "1000 (Marketo: batch campaign, nothing sent)"
	case marketo.CodeEmptyBody:
		return "1001 (Marketo: empty response body)"
	}
	return strconv.Itoa(code)
}

func valueText(v any) string {
	if v == nil {
		return "(empty)"
	}
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return marketo.FormatValue(v)
}

func quoteOrDash(s string) string {
	if s == "" {
		return "(empty)"
	}
	if len(s) > 400 {
		return strconv.Quote(s[:400]) + fmt.Sprintf(" ... (%d bytes)", len(s))
	}
	return strconv.Quote(s)
}

func sortedKeys(h http.Header) []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// printBlock prints a body as indented lines, or quoted on one line when it
// has none (so white space and control characters stay visible).
func printBlock(w io.Writer, label, body string) {
	if !strings.Contains(body, "\n") || !utf8.ValidString(body) {
		if label != "" || body != "" {
			fmt.Fprintf(w, "%-11s %s\n", label, quoteOrDash(body))
		}
		return
	}
	if label != "" {
		fmt.Fprintf(w, "%-11s %d bytes\n", label, len(body))
	}
	for _, line := range strings.Split(strings.TrimRight(body, "\n"), "\n") {
		fmt.Fprintf(w, "            | %s\n", line)
	}
}
