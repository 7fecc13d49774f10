package marketo

import (
	"context"
	"net/http"
)

// WebhookCaller executes one Call Webhook step. Caller is the reference
// implementation; test code wraps or replaces it (e.g. mutant callers that
// the properties must catch).
type WebhookCaller interface {
	Call(ctx context.Context, w *Webhook, lead Lead, cc Context) (*Outcome, error)
}

// Caller is the reference model of Marketo's webhook caller. It is safe for
// concurrent use; at most Options.MaxConcurrent calls are in flight at once (A1).
type Caller struct {
	client  *http.Client
	catalog *Catalog
	opts    Options
	slots   chan struct{}
}

// NewCaller returns a Caller that sends through client (httpmock, a loopback
// server or a live URL all plug in here) and knows the fields of cat. The
// client is copied, not changed: the Caller sets its own redirect policy (A11)
// and time-out (R17).
func NewCaller(client *http.Client, cat *Catalog, opts Options) *Caller {
	panic("not implemented")
}

// Call executes the step for lead in context cc: it validates the definition,
// renders the request, sends it (unless the campaign is a batch, R2), reads
// the answer and decides what Marketo records and writes (Judge). The error is
// for bad input only (Problems: an invalid definition or a render failure); in
// that case nothing was sent. Transport failures and time-outs are outcomes.
func (c *Caller) Call(ctx context.Context, w *Webhook, lead Lead, cc Context) (*Outcome, error) {
	panic("not implemented")
}

// Judge decides what Marketo does with an answer to w's request for lead: the
// recorded code and Error Type (R19-R21, A14-A17), the fields written and the
// mappings skipped (R18, R22-R26, A19-A24), the activity (A18). It does not
// change lead; Outcome.Lead is a new lead. Request is left nil for the caller
// to fill.
func Judge(w *Webhook, cat *Catalog, lead Lead, ans Answer, opts Options) *Outcome {
	panic("not implemented")
}

// Validate reports every problem of the definition against the catalog, each
// naming the field and the rule it breaks (R5-R11, A2, A3, A5).
func (w *Webhook) Validate(cat *Catalog) Problems {
	panic("not implemented")
}
