package live

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/hookcert/hookcert/marketo"
)

// maxShrinkTries bounds the requests spent shrinking one failure.
const maxShrinkTries = 60

// ExpectHostileOK: every hostile lead Marketo would send got a usable 2xx
// answer (R18, R20, A16). The first that did not is shrunk, within the
// request budget, to the smallest lead that still breaks the endpoint the
// same way, and the evidence gives it as a ready-to-paste scenario and as
// the exact request.
func (c *Check) ExpectHostileOK(ctx context.Context) error {
	ctx = c.session.ctx(ctx)
	c.mu.Lock()
	probes := slices.Clone(c.probes)
	c.mu.Unlock()
	if len(probes) == 0 {
		return errNoProbes
	}
	f := failures{rule: "R18, R20, A16"}
	var first *Probe
	unsent := 0
	for i, p := range probes {
		switch {
		case p.Unsent:
			unsent++
		case p.Outcome != nil && !p.OK():
			f.add(c.describe(i, p))
			if first == nil {
				first = &probes[i]
			}
		}
	}
	if unsent > 0 {
		c.Note("not sent", "%d hostile leads Marketo would not send (a header would hold CR or LF, A5)", unsent)
	}
	if first == nil {
		return spentErr(probes)
	}
	c.shrinkAndShow(ctx, *first)
	return f.err(len(probes)-unsent, "to hostile leads are not usable 2xx answers")
}

// shrinkAndShow shrinks the failing probe and notes the result.
func (c *Check) shrinkAndShow(ctx context.Context, bad Probe) {
	sig := signature(bad)
	fails := func(p Probe) bool { return p.Outcome != nil && !p.OK() && signature(p) == sig }
	used, total := c.session.Target.Sent()
	tries := min(maxShrinkTries, total-used)
	small, probe, n := c.session.Target.Shrink(ctx, bad.Lead, c.session.Leads[0], fails, tries)
	if probe.Outcome == nil {
		probe = bad // nothing smaller failed: the lead as drawn is the smallest found
	}
	c.Note("smallest breaking lead", "%s\n(shrunk in %d requests; paste it into a feature in --features DIR)",
		Scenario(c.session.Target.Catalog(), small, sig, c.session.Seed), n)
	if r := probe.Outcome.Request; r != nil {
		c.Note("the request", "%s", c.requestText(r))
	}
	c.Note("the answer", "%s", c.describe(0, probe))
}

// signature says how an answer failed, so shrinking keeps to one failure.
func signature(p Probe) string {
	o := p.Outcome
	return fmt.Sprintf("%d %s", o.Code, o.Failure)
}

// Scenario writes lead as a Gherkin scenario of the certification vocabulary
// that sends it to the endpoint and expects a usable answer: a regression
// check a vendor pastes into a feature of their own (--features).
func Scenario(cat *marketo.Catalog, values marketo.Lead, failure string, seed int64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "@R18 @R20 @A16\nScenario: A hostile lead the endpoint failed with %s (hookcert certify, seed %d)\n", failure, seed)
	b.WriteString("  Given the sample leads:\n    \"\"\"yaml\n")
	keys := slices.Sorted(maps.Keys(values))
	for i, k := range keys {
		name := k
		if f, ok := cat.BySOAP(k); ok {
			name = f.Name
		}
		prefix := "      "
		if i == 0 {
			prefix = "    - "
		}
		fmt.Fprintf(&b, "%s%s: %s\n", prefix, name, strconv.Quote(marketo.FormatValue(values[k])))
	}
	if len(keys) == 0 {
		b.WriteString("    - {}\n")
	}
	b.WriteString("    \"\"\"\n  When each sample lead is sent to the endpoint\n")
	b.WriteString("  Then every answer has a 2xx status\n  And no answer body is empty\n  And every answer body parses as the Response Type\n")
	return b.String()
}

func (c *Check) requestText(r *marketo.Request) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n", r.Method, c.session.Masker.URL(r.URL))
	h := c.session.Masker.Header(r.Header)
	for _, k := range slices.Sorted(maps.Keys(h)) {
		for _, v := range h[k] {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	if r.Body != "" {
		b.WriteString("\n" + c.session.Masker.Text(r.Body))
	}
	return b.String()
}
