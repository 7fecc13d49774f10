package generators

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
)

// Scenario prints c as a ready-to-paste Gherkin scenario in hookcert's step
// vocabulary (docs/step-contract.md): the lead, the definition, the knobs,
// the scripted answer, the call, and what the spec says must follow (e, the
// case's Expectation). Run against the reference model it passes; against a
// caller that breaks the property it fails. Values a step cannot carry
// (a CR in a table cell, a cell with surrounding space) are noted in
// comments above the scenario, as the scenario then does not reproduce
// the case exactly.
func Scenario(title string, c *Case, e *Expectation) string {
	p := &printer{}
	w := c.Webhook()

	p.line(0, "Scenario: "+title)
	p.leadTable(c.Lead)
	p.line(1, fmt.Sprintf("Given a webhook %s that sends %s to %s", quote(w.Name), w.Method, quote(w.URL)))
	if w.Template != "" {
		p.line(1, "Given the token encoding is "+string(w.Encoding))
	}
	if w.ResponseType != "" {
		p.line(1, "Given the response type is "+string(w.ResponseType))
	}
	if w.Template != "" {
		p.line(1, "Given the payload template:")
		p.docString(2, []byte(w.Template), "the template")
	}
	for _, h := range w.Headers {
		p.line(1, fmt.Sprintf("Given the custom header %s is %s", quote(h.Name), quote(h.Value)))
		if strings.Contains(h.Value, "{{campaign.name}}") {
			p.line(1, `Given the token "campaign.name" is "Spring Promo"`)
		}
	}
	if len(w.Mappings) > 0 {
		p.line(1, "Given the response mappings:")
		rows := [][2]string{{"attribute", "field"}}
		for _, m := range w.Mappings {
			rows = append(rows, [2]string{p.cell(m.Attribute, "mapping attribute"), p.cell(m.Field, "mapping field")})
		}
		p.table(2, rows)
	}
	if c.Campaign == marketo.Batch {
		p.line(1, "Given the step runs in a batch campaign")
	}
	o := c.Options
	if o.Timeout > 0 && o.Timeout < AnswerTimeout {
		p.line(1, fmt.Sprintf("Given the time-out is %d ms", o.Timeout.Milliseconds()))
	}
	for _, k := range marketo.Knobs() {
		if k.Kind == marketo.KnobBool && k.On(o) {
			p.line(1, fmt.Sprintf("Given the option %s is on", quote(k.Name)))
		}
	}
	if o.MaxBodyBytes > 0 && int64(len(c.Answer.Body)) > o.MaxBodyBytes {
		p.line(1, fmt.Sprintf(`Given the option "MaxBodyBytes" is %d`, o.MaxBodyBytes))
	}
	p.answer(c)
	p.line(1, "When the webhook is called")
	if e != nil {
		p.expectations(c, e)
	}
	var out strings.Builder
	for _, n := range p.notes {
		out.WriteString("# note: " + n + "\n")
	}
	out.WriteString(p.b.String())
	return out.String()
}

// printer accumulates a scenario and the notes about what it cannot carry.
type printer struct {
	b     strings.Builder
	notes []string
	last  string // the keyword of the last step line, so the next of its kind reads "And"
}

// line writes one line at indent; a step that repeats the keyword of the
// step before it is written with "And", as people write Gherkin.
func (p *printer) line(indent int, s string) {
	if indent == 1 {
		kw, rest, _ := strings.Cut(s, " ")
		switch {
		case kw != "Given" && kw != "When" && kw != "Then":
			p.last = ""
		case kw == p.last:
			s = "And " + rest
		default:
			p.last = kw
		}
	}
	p.b.WriteString(strings.Repeat("  ", indent) + s + "\n")
}

func (p *printer) note(format string, args ...any) {
	p.notes = append(p.notes, fmt.Sprintf(format, args...))
}

// quote writes s as a step's {string}: \" and \\ are its only escapes.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// cell escapes s for a table cell (\\, \|, \n) and notes what a cell cannot
// hold: CR and other control characters, surrounding space (cells are
// trimmed), invalid UTF-8.
func (p *printer) cell(s, what string) string {
	if strings.TrimSpace(s) != s {
		p.note("%s %q has surrounding white space, which a table cell drops", what, clip(s))
	}
	if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f }) {
		p.note("%s %q holds bytes a table cell cannot carry (control characters or invalid UTF-8)", what, clip(s))
	}
	return strings.NewReplacer(`\`, `\\`, `|`, `\|`, "\n", `\n`).Replace(s)
}

func (p *printer) table(indent int, rows [][2]string) {
	w0, w1 := 0, 0
	for _, r := range rows {
		w0, w1 = max(w0, utf8.RuneCountInString(r[0])), max(w1, utf8.RuneCountInString(r[1]))
	}
	for _, r := range rows {
		p.line(indent, "| "+pad(r[0], w0)+" | "+pad(r[1], w1)+" |")
	}
}

func pad(s string, n int) string { return s + strings.Repeat(" ", max(n-utf8.RuneCountInString(s), 0)) }

func (p *printer) leadTable(lead marketo.Lead) {
	if len(lead) == 0 {
		return
	}
	p.line(1, "Given a lead with:")
	rows := [][2]string{{"field", "value"}}
	for _, k := range sortedKeys(lead) {
		v := marketo.FormatValue(lead[k])
		if v == "" {
			p.note("field %s holds the empty string; an empty cell means no value, which renders the same (A6)", k)
		}
		rows = append(rows, [2]string{k, p.cell(v, "the value of "+k)})
	}
	p.table(2, rows)
}

// docStringSafe reports whether b survives a docstring byte for byte: UTF-8
// without CR or control characters but tab, no delimiter inside, no
// surrounding line breaks, no trailing space on a line.
func docStringSafe(b []byte) bool {
	s := string(b)
	if s == "" || !utf8.ValidString(s) || strings.Contains(s, `"""`) || strings.Contains(s, "```") ||
		strings.HasPrefix(s, "\n") || strings.HasSuffix(s, "\n") || strings.HasPrefix(s, "\ufeff") {
		return false
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimRight(l, " \t") != l || strings.TrimSpace(l) == "" && l != "" {
			return false
		}
	}
	return !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f })
}

func (p *printer) docString(indent int, b []byte, what string) {
	if !docStringSafe(b) {
		p.note("%s is not shown byte for byte by a docstring", what)
	}
	p.line(indent, `"""`)
	for _, l := range strings.Split(string(b), "\n") {
		p.line(indent, l)
	}
	p.line(indent, `"""`)
}

// answer prints the scripted answer or the fault, and the chaos over it.
func (p *printer) answer(c *Case) {
	a := c.Answer
	if a.Chaos.Percent > 0 {
		p.line(1, fmt.Sprintf("Given the service resets %d%% of connections (seed %d)", a.Chaos.Percent, a.Chaos.Seed))
	}
	switch a.Fault {
	case harness.FaultHang:
		p.line(1, "Given the service never answers")
		return
	case harness.FaultRefused:
		p.line(1, "Given the service refuses the connection")
		return
	case harness.FaultReset:
		p.line(1, "Given the service resets the connection")
		return
	case harness.FaultTLS:
		p.line(1, "Given the service presents an untrusted certificate")
		return
	case harness.FaultGarbage:
		p.line(1, "Given the service answers with a garbled status line")
		return
	case harness.FaultHandshake:
		p.line(1, "Given the TLS handshake fails")
		return
	case harness.FaultHugeHeader:
		p.line(1, "Given the service sends over 1 MiB of headers")
		return
	case harness.FaultHugeBody:
		p.line(1, "Given the service sends a body of 100 MiB")
		return
	case harness.FaultRedirectLoop:
		p.line(1, "Given the service redirects every request to itself")
		return
	}
	head := fmt.Sprintf("Given the service answers %d %s", a.Status, quote(a.Reason))
	switch {
	case len(a.Body) == 0:
		p.line(1, head)
	case c.Body == BodyOversize && !bytes.ContainsAny(a.Body, "{<"):
		p.line(1, fmt.Sprintf("%s with a body of %d bytes", head, len(a.Body)))
	case docStringSafe(a.Body):
		p.line(1, head+" with body:")
		p.docString(2, a.Body, "the body")
	default:
		p.line(1, fmt.Sprintf("%s with base64 body %s", head, quote(base64.StdEncoding.EncodeToString(a.Body))))
	}
	for _, k := range sortedKeys(a.Header) {
		for _, v := range a.Header[k] {
			p.line(1, fmt.Sprintf("Given the answer has the header %s %s", quote(k), quote(v)))
		}
	}
	switch a.Fault {
	case harness.FaultGzip:
		p.line(1, "Given the service sends the body gzip-compressed unasked")
	case harness.FaultTruncated:
		p.line(1, "Given the service cuts the body short")
	case harness.FaultResetBody:
		p.line(1, "Given the service resets the connection in the body")
	case harness.FaultChunked:
		p.line(1, "Given the service breaks the chunked encoding")
	case harness.FaultDrip:
		p.line(1, "Given the service drips the body a byte at a time")
	}
}

// expectations prints what the spec says follows from the case.
func (p *printer) expectations(c *Case, e *Expectation) {
	if !e.Sent {
		p.line(1, "Then no request was sent")
	}
	if c.Hook.Template.Text != "" && len(c.Hook.Template.Slots) > 0 && c.Campaign != marketo.Batch {
		p.requestBody(c)
	}
	if e.Code == 0 {
		p.line(1, "Then no HTTP status was recorded")
		p.line(1, fmt.Sprintf("Then the failure is %s", quote(string(e.Failure))))
		p.line(1, fmt.Sprintf("Then the Error Type is %s", quote(e.ErrorType)))
	} else {
		p.line(1, fmt.Sprintf("Then the recorded code is %d", e.Code))
		if e.Failure != marketo.FailureNone { // too large (A12) or unparseable (A16)
			p.line(1, fmt.Sprintf("Then the failure is %s", quote(string(e.Failure))))
		}
		p.line(1, fmt.Sprintf("Then the Error Type is %s", quote(e.ErrorType)))
		if e.Failure == marketo.FailureTooLarge { // A12: the first MaxBodyBytes bytes
			p.response(e.Body[:c.maxBody()], "the first bytes of the body above")
		} else {
			p.response(e.Body, "the body above")
		}
	}
	changed := map[string]bool{}
	for _, a := range e.Applied {
		changed[a.Field] = true
	}
	if len(changed) == 0 {
		p.line(1, "Then no lead field was written")
		return
	}
	printed := map[string]bool{}
	for _, m := range c.Webhook().Mappings {
		if printed[m.Field] {
			continue
		}
		printed[m.Field] = true
		if changed[m.Field] {
			p.line(1, fmt.Sprintf("Then the field %s is %s", quote(m.Field), quote(marketo.FormatValue(e.Lead[m.Field]))))
		} else {
			p.line(1, fmt.Sprintf("Then the field %s is unchanged", quote(m.Field)))
		}
	}
	// The lead's other fields: no mapping names them, so nothing may write them.
	for _, k := range sortedKeys(c.Lead) {
		if !printed[k] {
			p.line(1, fmt.Sprintf("Then the field %s is unchanged", quote(k)))
		}
	}
	p.skippedMappings(c, e)
}

// skippedMappings prints a step for each mapping that must not write (A19):
// a caller that writes it anyway, with the value an earlier mapping wrote
// to the same field, changes no field value, and only this step sees it.
func (p *printer) skippedMappings(c *Case, e *Expectation) {
	applied := map[int]bool{}
	for _, a := range e.Applied {
		applied[a.Mapping] = true
	}
	printed := map[string]bool{}
	for i, m := range c.Webhook().Mappings {
		if applied[i] || printed[m.Attribute] || !quotable(m.Attribute) {
			continue
		}
		printed[m.Attribute] = true
		p.line(1, fmt.Sprintf("Then the mapping %s was skipped", quote(m.Attribute)))
	}
}

// response prints the step that checks the Response is b (R21), or notes
// that no step carries its bytes; what names b in that note.
func (p *printer) response(b []byte, what string) {
	switch {
	case len(b) == 0:
		p.line(1, "Then the Response is empty")
	case docStringSafe(b):
		p.line(1, "Then the Response is:")
		p.docString(2, b, "the Response")
	case !bytes.ContainsAny(b, "\r\n") && utf8.Valid(b):
		p.line(1, "Then the Response is "+quote(string(b)))
	default:
		p.note("the Response (%s, %d bytes) is not checked: no step carries these bytes", what, len(b))
	}
}

// requestBody prints the body the template must render to (R14, R15).
func (p *printer) requestBody(c *Case) {
	tp := c.Hook.Template
	switch tp.Encoding {
	case marketo.EncodingJSON:
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if enc.Encode(tp.ExpectedJSON(c.Lead)) == nil {
			p.line(1, "Then the request body is JSON:")
			p.docString(2, bytes.TrimSuffix(b.Bytes(), []byte("\n")), "the expected request body")
		}
	case marketo.EncodingForm:
		p.line(1, "Then the request body is:")
		p.docString(2, []byte(tp.FormText(c.Lead)), "the expected request body")
	}
}

// quotable reports whether s can stand in a quoted step parameter as
// written: valid UTF-8 without control characters.
func quotable(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f })
}
