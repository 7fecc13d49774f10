package marketo

import (
	"fmt"
	"strings"
	"time"
)

// CampaignKind is the kind of smart campaign the Call Webhook step sits in.
type CampaignKind string

// The campaign kinds of R1 and R2.
const (
	Trigger CampaignKind = "trigger"
	Batch   CampaignKind = "batch"
)

// Flow is the flow step's context: the campaign, the clock and the tokens
// beyond the lead's own (R12, A9). The zero Flow is a trigger campaign at
// the zero time in UTC; tests set Now and Location so system tokens are
// deterministic.
type Flow struct {
	// Campaign is the campaign kind; empty means Trigger.
	Campaign CampaignKind
	// Now is the moment of the call, for {{system.*}} tokens (A9).
	Now time.Time
	// Location is the account time zone (A9); nil means UTC.
	Location *time.Location
	// Tokens holds the other tokens the context provides, keyed by their full
	// name without braces, e.g. "trigger.Web Page", "my.Region",
	// "campaign.name", "company.Company Name". Keys match case-insensitively (A8).
	Tokens map[string]string
}

// ParseCampaignKind reads a campaign kind in any letter case; empty means
// Trigger. Any other word is a Problem naming the kinds (R1, R2).
func ParseCampaignKind(s string) (CampaignKind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", string(Trigger):
		return Trigger, nil
	case string(Batch):
		return Batch, nil
	}
	return "", Problem{Rule: "R1, R2", Message: fmt.Sprintf("unknown campaign kind %q; use trigger or batch", s)}
}

func (c Flow) location() *time.Location {
	if c.Location == nil {
		return time.UTC
	}
	return c.Location
}
