package generators_test

import (
	"testing/fstest"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/steps"
)

// runFeature runs one feature through the Gherkin suite with the caller made
// by newCaller (nil: the reference model).
func runFeature(feature string, newCaller harness.NewCallerFunc) (harness.Result, string) {
	log := &harness.Log{}
	res := harness.Run(log, harness.Config{
		Steps:     steps.New(),
		FS:        fstest.MapFS{"counterexample.feature": {Data: []byte(feature)}},
		Paths:     []string{"counterexample.feature"},
		NewCaller: newCaller,
	})
	return res, log.String()
}
