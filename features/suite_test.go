package features_test

import (
	"testing"

	"github.com/hookcert/hookcert/features"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// TestSuite runs the embedded suite through godog's TestingT on each
// transport; every scenario is a subtest (go test -run 'TestSuite/mock/...').
func TestSuite(t *testing.T) {
	lib := steps.New()
	for _, tr := range []harness.Transport{harness.TransportMock, harness.TransportWire, harness.TransportBoth} {
		t.Run(string(tr), func(t *testing.T) {
			t.Parallel()
			res := suite.Run(t, suite.Config{
				Steps:       lib,
				FS:          features.FS,
				Transport:   tr,
				Concurrency: 4,
			})
			if res.Status != suite.StatusPassed {
				t.Fatalf("status %d, want %d", res.Status, suite.StatusPassed)
			}
			if res.Scenarios == 0 {
				t.Fatal("no scenarios ran")
			}
		})
	}
}
