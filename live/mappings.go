package live

import (
	"fmt"
	"strings"

	"github.com/hookcert/hookcert/marketo"
)

// mappingTally is what one mapping did over the check's 2xx answers.
type mappingTally struct {
	m        marketo.Mapping
	written  int
	missing  int      // not in the answer, or null (A20)
	rejected []string // resolved but not written: type or limit (R25, R26, A21, A22)
}

// ExpectMappingsFill: over the usable 2xx answers, every mapping resolves and
// converts into its field (R22-R26, A19-A22). A value the field rejects
// fails the check; a mapping that never resolves for any lead fails it too;
// one that resolves for some leads only is a warning (an enrichment service
// may know nothing of a lead).
func (c *Check) ExpectMappingsFill() error {
	probes, err := c.sent()
	if err != nil {
		return err
	}
	tallies, usable := c.tally(probes)
	if usable == 0 {
		return fmt.Errorf("no usable 2xx answer to map (R18): see the answers check")
	}
	var problems []string
	for _, t := range tallies {
		c.Note("mapping "+t.m.Attribute+" -> "+t.m.Field, "written for %d of %d leads; did not resolve for %d; rejected for %d",
			t.written, usable, t.missing, len(t.rejected))
		switch {
		case len(t.rejected) > 0:
			problems = append(problems, fmt.Sprintf("%s -> %s: %s", t.m.Attribute, t.m.Field, strings.Join(firstN(t.rejected, 3), "; ")))
		case t.written == 0:
			problems = append(problems, fmt.Sprintf("%s -> %s never resolves for any lead (A20)", t.m.Attribute, t.m.Field))
		case t.missing > 0:
			c.Warn("%s -> %s does not resolve for %d of %d leads (A20)", t.m.Attribute, t.m.Field, t.missing, usable)
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("mappings that do not fill their fields:\n  %s", strings.Join(problems, "\n  "))
	}
	return nil
}

// tally counts, for each mapping of the definition, what became of it.
func (c *Check) tally(probes []Probe) ([]*mappingTally, int) {
	var tallies []*mappingTally
	for _, m := range c.session.Target.Webhook().Mappings {
		tallies = append(tallies, &mappingTally{m: m})
	}
	usable := 0
	for i, p := range probes {
		if !p.OK() {
			continue
		}
		usable++
		for _, t := range tallies {
			t.count(p.Outcome, fmt.Sprintf("lead %d", i+1))
		}
	}
	return tallies, usable
}

func (t *mappingTally) count(o *marketo.Outcome, lead string) {
	for _, ch := range o.Changes {
		if ch.Attribute == t.m.Attribute && ch.Field == t.m.Field {
			t.written++
			return
		}
	}
	for _, sk := range o.Skipped {
		if sk.Attribute != t.m.Attribute || sk.Field != t.m.Field {
			continue
		}
		if sk.Rule == "A20" && (strings.Contains(sk.Reason, "not in the response") || strings.Contains(sk.Reason, "null")) {
			t.missing++
		} else {
			t.rejected = append(t.rejected, fmt.Sprintf("%s: %s (%s)", lead, sk.Reason, sk.Rule))
		}
		return
	}
}

func firstN(s []string, n int) []string {
	if len(s) <= n {
		return s
	}
	return append(s[:n:n], fmt.Sprintf("and %d more", len(s)-n))
}
