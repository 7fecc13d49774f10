package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/internal/atomicfile"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// recording is what `call --record` writes a scenario from: the call's
// inputs and the outcome the model made of the answer.
type recording struct {
	f       callFlags
	lead    marketo.Lead // the lead before the call
	out     *marketo.Outcome
	feature string // the feature file being written
	now     time.Time
}

// recordCall writes the call as a Gherkin scenario to f.record: the
// definition by its file, the lead, tokens, knobs and campaign as steps,
// the answer scripted as it came (status, reason, headers, body, or the
// failure), and the outcome asserted (code, Error Type, failure, each
// change, each skip). The file is written complete or not at all
// (atomicfile) and never replaces one that exists. Credentials are masked:
// values of secret headers of the request and the answer, secret tokens,
// URL user info (package secrets); a masked token still renders, so the
// scenario runs.
func recordCall(f callFlags, out *marketo.Outcome) error {
	if err := checkRecordFile(f.record); err != nil {
		return err
	}
	def, err := hookfile.LoadWebhook(f.webhook)
	if err != nil {
		return err
	}
	lead, err := hookfile.LoadLead(f.lead, def.Catalog)
	if err != nil {
		return err
	}
	rec := recording{f: f, lead: lead, out: out, feature: f.record, now: time.Now().UTC()}
	text, err := rec.scenario()
	if err != nil {
		return fmt.Errorf("--record %s: %w; nothing was written", f.record, err)
	}
	if dir := filepath.Dir(f.record); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("--record: %w", err)
		}
	}
	return atomicfile.Write(f.record, func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	})
}

// checkRecordFile refuses a --record file that exists: checked before the
// call too, so a live service is not called for nothing.
func checkRecordFile(name string) error {
	if _, err := os.Lstat(name); err == nil {
		return fmt.Errorf("--record %s: the file exists; nothing was written (give a new file name)", name)
	}
	return nil
}

// scenario is the feature text, secrets masked.
func (r recording) scenario() (string, error) {
	m := secrets.New()
	if req := r.out.Request; req != nil {
		m.Header(req.Header) // learns the secret values, wherever they reappear
	}
	m.Header(r.out.Header)
	var b strings.Builder
	fmt.Fprintf(&b, "# Recorded by hookcert call --record at %s", r.now.Format(time.RFC3339))
	if r.f.url != "" {
		fmt.Fprintf(&b, " from %s", m.URL(r.f.url))
	}
	fmt.Fprintf(&b, ".\n# The answer is scripted as it came; the Then steps are what Marketo made of it.\n")
	fmt.Fprintf(&b, "Feature: Recorded call of %s\n\n  @recorded\n  Scenario: %s\n", r.out.Webhook, r.title())
	if err := r.givens(&b, m); err != nil {
		return "", err
	}
	fmt.Fprintf(&b, "    When the webhook is called\n")
	r.thens(&b)
	return m.Text(b.String()), nil
}

// title names the scenario by the answer.
func (r recording) title() string {
	switch {
	case r.out.Campaign == marketo.Batch:
		return "a batch campaign sends nothing"
	case r.out.Status != 0:
		return fmt.Sprintf("a %d %s answer", r.out.Status, strconv.Quote(r.out.Reason))
	}
	return fmt.Sprintf("no answer (%s)", r.out.Failure)
}

// givens writes the definition, lead, tokens, knobs, campaign and answer.
func (r recording) givens(b *strings.Builder, m *secrets.Masker) error {
	rel, err := relativeTo(filepath.Dir(r.feature), r.f.webhook)
	if err != nil {
		return err
	}
	fmt.Fprintf(b, "    Given the webhook from %s\n", gherkinString(rel))
	if len(r.lead) > 0 {
		fmt.Fprintf(b, "    And a lead with:\n      | field | value |\n")
		for _, k := range sortedLeadKeys(r.lead) {
			fmt.Fprintf(b, "      | %s | %s |\n", tableCell(k), tableCell(marketo.FormatValue(r.lead[k])))
		}
	}
	tokens, err := parseTokens(r.f.tokens)
	if err != nil {
		return err
	}
	for _, k := range sortedStrings(tokens) {
		v := tokens[k]
		if secrets.SecretName(k) {
			v = secrets.Mask
		}
		fmt.Fprintf(b, "    And the token %s is %s\n", gherkinString(k), gherkinString(v))
	}
	for _, k := range r.f.knobs {
		fmt.Fprintf(b, "    And the option %s is on\n", gherkinString(k))
	}
	if r.out.Campaign == marketo.Batch {
		fmt.Fprintf(b, "    And the step runs in a batch campaign\n")
		return nil
	}
	return r.answer(b, m)
}

// answer scripts the answer, or the failure that stood in for it.
func (r recording) answer(b *strings.Builder, m *secrets.Masker) error {
	o := r.out
	switch o.Failure {
	case marketo.FailureTimeout:
		fmt.Fprintf(b, "    And the time-out is %d ms\n    And the service never answers\n", r.f.timeout.Milliseconds())
		return nil
	case marketo.FailureRefused:
		fmt.Fprintf(b, "    And the service refuses the connection\n")
		return nil
	case marketo.FailureReset:
		fmt.Fprintf(b, "    And the service resets the connection\n")
		return nil
	case marketo.FailureNone, marketo.FailureUnparseable, marketo.FailureTruncated:
	default:
		return fmt.Errorf("a %s failure (%s) cannot be scripted as an answer", o.Failure, o.Detail)
	}
	reason := o.Reason
	if reason == "" && !strings.HasPrefix(o.Proto, "HTTP/1") {
		reason = http.StatusText(o.Status) // HTTP/2 carries no phrase; the Error Type is the standard one (R21)
	}
	fmt.Fprintf(b, "    And the service answers %d %s", o.Status, gherkinString(reason))
	body := o.Response
	switch {
	case body == "":
		b.WriteString("\n")
	case docStringSafe(body):
		fmt.Fprintf(b, " with body:\n      \"\"\"\n")
		for _, line := range strings.Split(body, "\n") {
			fmt.Fprintf(b, "      %s\n", line)
		}
		fmt.Fprintf(b, "      \"\"\"\n")
	default:
		fmt.Fprintf(b, " with base64 body %s\n", gherkinString(base64.StdEncoding.EncodeToString([]byte(body))))
	}
	if reason == "" {
		fmt.Fprintf(b, "    And the status line has no reason phrase\n")
	}
	h := m.Header(o.Header)
	for _, k := range sortedHeaderKeys(h) {
		for _, v := range h[k] {
			fmt.Fprintf(b, "    And the answer has the header %s %s\n", gherkinString(k), gherkinString(v))
		}
	}
	if o.Failure == marketo.FailureTruncated {
		fmt.Fprintf(b, "    And the service cuts the body short\n")
	}
	return nil
}

// thens asserts the outcome.
func (r recording) thens(b *strings.Builder) {
	o := r.out
	if o.Code != 0 {
		fmt.Fprintf(b, "    Then the recorded code is %d\n", o.Code)
	} else {
		fmt.Fprintf(b, "    Then no HTTP status was recorded\n")
	}
	fmt.Fprintf(b, "    And the Error Type is %s\n", gherkinString(o.ErrorType))
	if o.Failure != "" {
		fmt.Fprintf(b, "    And the failure is %s\n", gherkinString(string(o.Failure)))
	}
	if len(o.Changes) == 0 {
		fmt.Fprintf(b, "    And no lead field was written\n")
	} else {
		fmt.Fprintf(b, "    And the changes are:\n      | field | old | new |\n")
		for _, c := range o.Changes {
			fmt.Fprintf(b, "      | %s | %s | %s |\n", tableCell(c.Field), tableCell(marketo.FormatValue(c.Old)), tableCell(marketo.FormatValue(c.New)))
		}
	}
	if len(o.Skipped) == 0 {
		fmt.Fprintf(b, "    And no mapping was skipped\n")
	}
	for _, s := range o.Skipped {
		fmt.Fprintf(b, "    And the mapping %s was skipped under %s\n", gherkinString(s.Attribute), s.Rule)
	}
}

// setByTransport reports whether the transport sets an answer header for
// the body as scripted; scripting it again would contradict it.
func setByTransport(name string) bool {
	switch http.CanonicalHeaderKey(name) {
	case "Content-Length", "Date", "Connection", "Keep-Alive", "Transfer-Encoding":
		return true
	}
	return false
}

func sortedHeaderKeys(h http.Header) []string {
	var keys []string
	for _, k := range sortedKeys(h) {
		if !setByTransport(k) {
			keys = append(keys, k)
		}
	}
	return keys
}

func sortedLeadKeys(l marketo.Lead) []string {
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sortedStrings(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// relativeTo is path as seen from dir, slash-separated, which the steps
// look up next to the feature file.
func relativeTo(dir, path string) (string, error) {
	absDir, err1 := filepath.Abs(dir)
	absPath, err2 := filepath.Abs(path)
	if err := errors.Join(err1, err2); err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absDir, absPath)
	if err != nil || strings.HasPrefix(filepath.ToSlash(rel), "../../../") {
		return filepath.ToSlash(absPath), nil // far apart: the absolute path reads better
	}
	return filepath.ToSlash(rel), nil
}

// gherkinString is s as a {string} parameter: quoted, with \" and \\.
func gherkinString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// tableCell is s as a Gherkin table cell: \\, \| and \n escaped.
func tableCell(s string) string {
	return strings.NewReplacer(`\`, `\\`, `|`, `\|`, "\n", `\n`).Replace(s)
}

// docStringSafe reports whether body survives a doc string as it is:
// UTF-8 text without a delimiter, carriage returns, tabs or control
// characters, not ending in a line break and without lines that end in
// white space (which editors strip).
func docStringSafe(body string) bool {
	if !utf8.ValidString(body) || strings.Contains(body, `"""`) || strings.Contains(body, "```") || strings.HasSuffix(body, "\n") {
		return false
	}
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimRight(line, " ") != line {
			return false
		}
		for _, r := range line {
			if r < 0x20 || r == 0x7f {
				return false
			}
		}
	}
	return true
}
