package hookcerttest_test

import (
	"fmt"

	"github.com/hookcert/hookcert/hookcerttest"
	"github.com/hookcert/hookcert/suite"
)

// printer is a TB that prints what a failed run reports; a *testing.T
// would make each scenario a subtest instead.
type printer struct{}

func (printer) Helper()                           {}
func (printer) Logf(string, ...any)               {}
func (printer) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

// A folder of your own features runs on both faces, as in your own test:
//
//	func TestWebhooks(t *testing.T) { hookcerttest.Run(t, "features") }
func ExampleRun() {
	res := hookcerttest.Run(printer{}, "testdata/features", hookcerttest.Transport("both"), hookcerttest.Tags("@R18"))
	fmt.Println("passed:", res.Status == suite.StatusPassed, "scenarios:", res.Scenarios)
	// Output: passed: true scenarios: 2
}
