package steps_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hookcert/hookcert/suite"
)

// TestCertificationStepsNeedALiveEndpoint: outside `hookcert certify` a
// profile step fails and says where it runs, instead of calling anything.
func TestCertificationStepsNeedALiveEndpoint(t *testing.T) {
	const feature = `Feature: x
  Scenario: a profile check in a plain run
    When each sample lead is sent to the endpoint
    Then every answer has a 2xx status
`
	var out strings.Builder
	res := suite.Run(&suite.Log{}, suite.Config{FS: fstest.MapFS{"x.feature": {Data: []byte(feature)}},
		Formats: []suite.Format{{Name: "pretty"}}, Output: &out})
	if res.Status != suite.StatusFailed || !strings.Contains(out.String(), "run it with hookcert certify") {
		t.Fatalf("status %d, output:\n%s\nwant a failure that names hookcert certify", res.Status, out.String())
	}
}
