package suite_test

import (
	"context"
	"fmt"
	"net/http"
	"testing/fstest"

	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// everythingIsOK is a caller that ignores the answer: a mutant of the model.
type everythingIsOK struct{ next marketo.WebhookCaller }

func (c everythingIsOK) Call(ctx context.Context, w *marketo.Webhook, lead marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
	out, err := c.next.Call(ctx, w, lead, flow)
	if out != nil {
		out.Code = 200
	}
	return out, err
}

// A feature given as text runs against the reference model, then against a
// caller injected through NewCaller, which it catches.
func ExampleRun() {
	feature := `Feature: R18
  @R18
  Scenario: a 503 is recorded as 503
    Given a webhook "Enrich" that sends POST to "https://enrich.vendor.example/v1/score"
    And the service answers 503 "Backend Down" with body:
      """
      {"score": 42}
      """
    When the webhook is called
    Then the recorded code is 503
`
	cfg := suite.Config{
		Steps: steps.New(),
		FS:    fstest.MapFS{"r18.feature": {Data: []byte(feature)}},
	}
	res := suite.Run(&suite.Log{}, cfg)
	fmt.Println("reference model:", res.Status == suite.StatusPassed)

	cfg.NewCaller = func(c *http.Client, cat *marketo.Catalog, o marketo.Options) marketo.WebhookCaller {
		return everythingIsOK{marketo.NewCaller(c, cat, o)}
	}
	res = suite.Run(&suite.Log{}, cfg)
	fmt.Println("mutant caught:", res.Status == suite.StatusFailed)
	// Output:
	// reference model: true
	// mutant caught: true
}
