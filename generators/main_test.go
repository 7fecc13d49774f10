package generators

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestMain runs the package's tests with the garbage collector at GOGC=400,
// as hookcert fuzz runs the properties, unless the environment sets GOGC:
// the properties allocate fast and keep little alive, and under the race
// detector collections were over a third of the package's test time.
func TestMain(m *testing.M) {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
	os.Exit(m.Run())
}
