package generators_test

import (
	"testing/fstest"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// runFeature runs one feature through the Gherkin suite with the caller made
// by newCaller (nil: the reference model).
func runFeature(feature string, newCaller harness.NewCallerFunc) (suite.Result, string) {
	log := &suite.Log{}
	res := suite.Run(log, suite.Config{
		Steps:     steps.New(),
		FS:        fstest.MapFS{"counterexample.feature": {Data: []byte(feature)}},
		Paths:     []string{"counterexample.feature"},
		NewCaller: newCaller,
	})
	return res, log.String()
}
