// Package gotest is a user's repository that checks its webhooks with
// hookcert inside its own `go test`: the features under features/ run with
// hookcert's steps, each scenario a subtest.
package gotest

import (
	"testing"

	"github.com/hookcert/hookcert/hookcerttest"
)

// TestWebhooks runs the scenarios of the folder (but those of the cap) on both faces (in process
// and on a loopback socket); go test -run 'TestWebhooks/<feature>/<scenario>'
// picks one.
func TestWebhooks(t *testing.T) {
	hookcerttest.Run(t, "features", hookcerttest.Transport("both"), hookcerttest.Tags("~@A12"), hookcerttest.Concurrency(2))
}

// TestWebhooksCapped runs the scenarios about the size cap with a smaller cap (A12).
func TestWebhooksCapped(t *testing.T) {
	hookcerttest.Run(t, "features", hookcerttest.Tags("@A12"), hookcerttest.Knob("MaxBodyBytes", "64"))
}
