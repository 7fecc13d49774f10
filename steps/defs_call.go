package steps

import (
	"context"
	"errors"
)

// callDefs are the When steps: the call.
func callDefs() []Def {
	return inArea("The call", []Def{
		{
			Keyword: When, EN: "the webhook is called", DE: "der Webhook aufgerufen wird",
			Doc:       "Runs the Call Webhook step once for the lead, on each face of the run's transport (mock, wire or both; under both the two outcomes must agree).",
			ExampleEN: "When the webhook is called", ExampleDE: "Wenn der Webhook aufgerufen wird",
			run: whenCalled,
		},
		{
			Keyword: When, EN: "the webhook is called for each lead", DE: "der Webhook für jeden Lead aufgerufen wird",
			Doc:       "Runs the step for every lead of \"Given <n> leads\" at once, through one caller per face, as one flow step does (R3, R4, A1).",
			ExampleEN: "When the webhook is called for each lead", ExampleDE: "Wenn der Webhook für jeden Lead aufgerufen wird",
			run: whenCalledForEachLead,
		},
	})
}

// whenCalled runs the step "the webhook is called".
func whenCalled(ctx context.Context, w *world, _ *args) error {
	if w.nLeads > 0 {
		return errors.New(`the scenario has many leads; use: When the webhook is called for each lead`)
	}
	return w.run(ctx)
}

// whenCalledForEachLead runs the step "the webhook is called for each lead".
func whenCalledForEachLead(ctx context.Context, w *world, _ *args) error {
	if w.nLeads == 0 {
		w.nLeads = 1
	}
	return w.run(ctx)
}
