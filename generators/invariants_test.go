package generators_test

import (
	"context"
	"flag"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
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

// withChecks runs f with rapid's -rapid.checks set to n, then restores it.
func withChecks(t *testing.T, n int, f func()) {
	t.Helper()
	fl := flag.Lookup("rapid.checks")
	old := fl.Value.String()
	if err := fl.Value.Set(strconv.Itoa(n)); err != nil {
		t.Fatal(err)
	}
	defer fl.Value.Set(old)
	f()
}

// TestPropertiesOverEveryTransport runs every property a few checks over
// the loopback wire and over both faces at once (issue 4: --transport
// wire|both), whatever HOOKCERT_TRANSPORT says.
func TestPropertiesOverEveryTransport(t *testing.T) {
	for _, tr := range []harness.Transport{harness.TransportWire, harness.TransportBoth} {
		for _, p := range generators.Properties() {
			t.Run(string(tr)+"/"+p.Name, func(t *testing.T) {
				s, err := p.Open(generators.Target{Transport: tr})
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				withChecks(t, 5, func() { rapid.Check(t, s.Check) })
				if s.Checks() < 5 {
					t.Errorf("%d checks ran, want 5", s.Checks())
				}
				for _, f := range s.Findings() {
					t.Errorf("finding on the reference model: %s\n%s", f.What, f.Scenario)
				}
			})
		}
	}
}

// TestDisagreeingFacesAreAFinding: a caller that records another Response
// on the mock face than on the wire (it alters every other call, and the
// session calls mock first) makes the session report a Finding with its
// case, whatever the property concludes.
func TestDisagreeingFacesAreAFinding(t *testing.T) {
	var calls atomic.Int64
	liar := func(client *http.Client, cat *marketo.Catalog, opts marketo.Options) marketo.WebhookCaller {
		inner := harness.DefaultCaller(client, cat, opts)
		return callerFunc(func(ctx context.Context, w *marketo.Webhook, lead marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
			out, err := inner.Call(ctx, w, lead, flow)
			if err == nil && calls.Add(1)%2 == 1 {
				out.Response += " (mock)"
			}
			return out, err
		})
	}
	p, _ := generators.PropertyByName("Invariant2BatchNeverCalls")
	s, err := p.Open(generators.Target{Transport: harness.TransportBoth, NewCaller: liar})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t.Cleanup(func() { removeFailfiles("Findings") }) // the property fails by design
	var r generators.Report
	withChecks(t, 3, func() { r = generators.Run(context.Background(), s, "Findings") })
	fs := s.Findings()
	if len(fs) == 0 || len(r.Findings) != len(fs) {
		t.Fatalf("findings %v (report: %d), want one for the Response", fs, len(r.Findings))
	}
	f := fs[0]
	if f.Property != p.Name || !strings.HasPrefix(f.What, "response: mock") || !strings.Contains(f.Scenario, "When the webhook is called") {
		t.Errorf("finding %+v: want the property, the Response difference and the case as a scenario", f)
	}
}

// callerFunc is a marketo.WebhookCaller from a function.
type callerFunc func(context.Context, *marketo.Webhook, marketo.Lead, marketo.Flow) (*marketo.Outcome, error)

func (f callerFunc) Call(ctx context.Context, w *marketo.Webhook, lead marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
	return f(ctx, w, lead, flow)
}

func TestChaosResetsWhatItsSeedPicks(t *testing.T) { checkProperty(t, "ChaosResetsWhatItsSeedPicks") }
