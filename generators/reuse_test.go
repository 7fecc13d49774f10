package generators_test

import (
	"testing"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// TestReuse: A15, A36 on the wire face: a sequence of calls on one Caller
// has the outcomes each call has on a fresh one.
func TestReuse(t *testing.T) {
	rapid.Check(t, generators.Reuse(marketo.StandardCatalog()))
}

// TestReuseCareless: A15 against a service that sends bodies on 204 and
// 304 over kept-alive connections.
func TestReuseCareless(t *testing.T) {
	rapid.Check(t, generators.ReuseCareless)
}
