package features_test

import (
	"testing"

	"github.com/hookcert/hookcert/features"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/steps"
)

// TestSuite runs the embedded suite through godog's TestingT on each
// transport; every scenario is a subtest (go test -run 'TestSuite/mock/...').
func TestSuite(t *testing.T) {
	lib := steps.New()
	for _, tr := range []harness.Transport{harness.TransportMock, harness.TransportWire, harness.TransportBoth} {
		t.Run(string(tr), func(t *testing.T) {
			t.Parallel()
			res := harness.Run(t, harness.Config{
				Steps:       lib,
				FS:          features.FS,
				Transport:   tr,
				Concurrency: 4,
			})
			if res.Status != harness.StatusPassed {
				t.Fatalf("status %d, want %d", res.Status, harness.StatusPassed)
			}
			if res.Scenarios == 0 {
				t.Fatal("no scenarios ran")
			}
		})
	}
}
