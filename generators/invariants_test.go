package generators_test

import (
	"os"
	"testing"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/harness"
	"pgregory.net/rapid"
)

// transport is the faces the property tests run on: HOOKCERT_TRANSPORT
// (mock, wire or both, as for `hookcert fuzz`), mock by default.
func transport(t *testing.T) harness.Transport {
	v, ok := os.LookupEnv("HOOKCERT_TRANSPORT")
	if !ok {
		return harness.TransportMock
	}
	tr, err := harness.ParseTransport(v)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// checkProperty runs the property named name with rapid against the
// reference Caller.
func checkProperty(t *testing.T, name string) {
	p, ok := generators.PropertyByName(name)
	if !ok {
		t.Fatalf("no property %q", name)
	}
	s, err := p.Open(generators.Target{Transport: transport(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rapid.Check(t, s.Check)
	for _, f := range s.Findings() {
		t.Logf("finding: mock and wire disagree: %s\n%s", f.What, f.Scenario)
	}
}

func TestInvariant1NonSuccessNeverMutates(t *testing.T) {
	checkProperty(t, "Invariant1NonSuccessNeverMutates")
}

func TestInvariant2BatchNeverCalls(t *testing.T) { checkProperty(t, "Invariant2BatchNeverCalls") }

func TestInvariant3SuccessWritesExactlyTheMappings(t *testing.T) {
	checkProperty(t, "Invariant3SuccessWritesExactlyTheMappings")
}

func TestInvariant4ResponseAndErrorTypeAsReceived(t *testing.T) {
	checkProperty(t, "Invariant4ResponseAndErrorTypeAsReceived")
}

func TestInvariant5RenderingStaysValid(t *testing.T) {
	checkProperty(t, "Invariant5RenderingStaysValid")
}

func TestMachineLeadFollowsOnlySuccesses(t *testing.T) {
	checkProperty(t, "MachineLeadFollowsOnlySuccesses")
}
