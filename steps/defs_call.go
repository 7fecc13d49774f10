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
		{
			Keyword: When, EN: "the webhook is called again", DE: "der Webhook erneut aufgerufen wird",
			Doc:       "Calls once more, for the lead as the last call left it, with the next answer of \"the service answers in turn\" (the retry Adobe recommends after a failure). The Then steps check this call; the request steps see the requests of every call.",
			ExampleEN: "When the webhook is called again", ExampleDE: "Wenn der Webhook erneut aufgerufen wird",
			run: whenCalledAgain,
		},
	})
}

// whenCalledAgain runs the step "the webhook is called again".
func whenCalledAgain(ctx context.Context, w *world, _ *args) error {
	return w.again(ctx)
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
