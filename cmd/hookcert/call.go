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
)

// callFlags are the flags of `hookcert call`.
type callFlags struct {
	webhook, lead, campaign, url   string
	answerStatus                   int
	answerReason, answerBody, face string
	answerHeaders, tokens, knobs   listFlag
	timeout                        time.Duration
	asJSON                         bool
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runCall(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f callFlags
	fs := newFlagSet("call", stderr)
	fs.StringVar(&f.webhook, "webhook", "", "webhook definition `FILE` (YAML)")
	fs.StringVar(&f.lead, "lead", "", "lead `FILE` (YAML)")
	fs.StringVar(&f.campaign, "campaign", "trigger", "campaign kind: trigger or batch (R1, R2)")
	fs.StringVar(&f.url, "url", "", "send to this live `URL` instead of the definition's (tokens allowed)")
	fs.Var(newIntFlag(&f.answerStatus, 0, 0, 999), "answer-status", "play a scripted answer with this status `CODE` instead of calling a live URL")
	fs.StringVar(&f.answerReason, "answer-reason", "", "reason phrase of the scripted answer (default: the standard phrase)")
	fs.Var(&f.answerHeaders, "answer-header", "header `K:V` of the scripted answer (repeatable)")
	fs.StringVar(&f.answerBody, "answer-body", "", "body of the scripted answer: `TEXT`, or @FILE")
	fs.StringVar(&f.face, "transport", "mock", "face that plays the scripted answer: mock (in process) or wire (loopback socket)")
	fs.Var(&f.tokens, "token", "a context token `scope.name=value`, e.g. my.Enrich API Key=abc (repeatable)")
	fs.Var(&f.knobs, "option", "switch on a model knob by its `NAME`, e.g. WhitespaceIsEmpty (repeatable; see docs/rules.md)")
	fs.Var(newDurationFlag(&f.timeout, marketo.DefaultTimeout), "timeout", "how long to wait for the answer, a positive `DURATION` such as 10s (R17)")
	fs.BoolVar(&f.asJSON, "json", false, "print the outcome as one JSON object")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hookcert call --webhook FILE --lead FILE [--campaign trigger|batch]")
		fmt.Fprintln(stderr, "         (--url URL | --answer-status N [--answer-reason TEXT] [--answer-header K:V]... [--answer-body TEXT|@FILE])")
		fmt.Fprintln(stderr, "         [--token scope.name=value]... [--option KNOB]... [--timeout D] [--json]")
		fmt.Fprintln(stderr, "\nPrints what Marketo would do: the request as sent, status, Error Type, code, each change")
		fmt.Fprintln(stderr, "and each skipped mapping. Exit 0 when the call ran, 2 for bad input.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput
	}
	out, err := callOnce(ctx, f)
	if err != nil {
		fmt.Fprintf(stderr, "hookcert call: %v\n", err)
		return exitBadInput
	}
	if f.asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "hookcert call: %v\n", err)
			return exitBadInput
		}
		return exitOK
	}
	printOutcome(stdout, out)
	return exitOK
}

// callOnce loads the files, sets up the transport and runs the model once.
// Every error it returns is bad input.
func callOnce(ctx context.Context, f callFlags) (*marketo.Outcome, error) {
	if f.webhook == "" || f.lead == "" {
		return nil, errors.New("--webhook and --lead are required")
	}
	if (f.url == "") == (f.answerStatus == 0) {
		return nil, errors.New("give exactly one of --url (a live service) and --answer-status (a scripted answer)")
	}
	def, err := hookfile.LoadWebhook(f.webhook)
	if err != nil {
		return nil, err
	}
	lead, err := hookfile.LoadLead(f.lead, def.Catalog)
	if err != nil {
		return nil, err
	}
	kind, err := marketo.ParseCampaignKind(f.campaign)
	if err != nil {
		return nil, fmt.Errorf("--campaign: %w", err)
	}
	flow := marketo.Flow{Campaign: kind, Now: time.Now(), Location: time.Local}
	if flow.Tokens, err = parseTokens(f.tokens); err != nil {
		return nil, err
	}
	opts, err := parseKnobs(f.knobs)
	if err != nil {
		return nil, err
	}
	opts.Timeout = f.timeout
	if f.url != "" {
		def.Webhook.URL = f.url
		if ps := def.Webhook.Validate(def.Catalog); len(ps) > 0 {
			return nil, fmt.Errorf("--url: %w", ps)
		}
		return marketo.NewCaller(&http.Client{}, def.Catalog, opts).Call(ctx, def.Webhook, lead, flow)
	}
	script, err := scriptedAnswer(f)
	if err != nil {
		return nil, err
	}
	face, err := harness.Open(f.face, harness.NewService(script))
	if err != nil {
		return nil, fmt.Errorf("--transport: %w", err)
	}
	defer face.Close()
	return marketo.NewCaller(face.Client(), def.Catalog, opts).Call(ctx, def.Webhook, lead, flow)
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
		if err := marketo.SetKnob(&o, n); err != nil {
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
