package generators

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// Property is one invariant the fuzzing holds (spec section 7), runnable
// against any caller over any face.
type Property struct {
	// Name is the property's name, also the name of its go test
	// ("Test"+Name) and of its failfile folder.
	Name string
	// Rules are the spec ids the property checks.
	Rules string
	// Doc says what the property promises, in one sentence.
	Doc string

	check func(s *Session, t *rapid.T)
}

// Properties returns the invariants of spec section 7 and the state
// machine, in order.
func Properties() []Property {
	return []Property{
		{Name: "Invariant1NonSuccessNeverMutates", Rules: "R18 R20 A12 A16",
			Doc: "a non-2xx answer, a time-out, a transport failure, an empty, unparseable or over-size body never changes any lead field", check: checkInvariant1},
		{Name: "Invariant2BatchNeverCalls", Rules: "R2",
			Doc: "a batch campaign never sends a request and never changes the lead", check: checkInvariant2},
		{Name: "Invariant3SuccessWritesExactlyTheMappings", Rules: "R18 A19 A20 A21 A22",
			Doc: "a 2xx answer with a parseable body changes exactly the fields whose mappings resolve and convert, to the converted values", check: checkInvariant3},
		{Name: "Invariant4ResponseAndErrorTypeAsReceived", Rules: "R21 A17",
			Doc: "the recorded Response is the literal body received and the Error Type the reason phrase", check: checkInvariant4},
		{Name: "Invariant5RenderingStaysValid", Rules: "R14 R15",
			Doc: "a JSON template with bare tokens renders valid JSON, a Form/Url body decodes back to the values, whatever the lead", check: checkInvariant5},
		{Name: "ChaosResetsWhatItsSeedPicks", Rules: "A36 A10 R18",
			Doc: "a seeded chaos resets exactly the requests its seed picks, each a reset that changes nothing, judges every other as without it, and replays alike", check: checkChaos},
		{Name: "MachineLeadFollowsOnlySuccesses", Rules: "R18 A19 A24",
			Doc: "many calls on one lead with mixed answers leave the lead equal to a model that applies only the 2xx changes, in order", check: checkMachine},
	}
}

// PropertyByName finds a property by its Name.
func PropertyByName(name string) (Property, bool) {
	for _, p := range Properties() {
		if p.Name == name {
			return p, true
		}
	}
	return Property{}, false
}

// Target is what a property runs against.
type Target struct {
	// Transport selects the faces each check runs on; empty means
	// harness.TransportMock. With TransportBoth every check runs on both,
	// the property must hold on each, and where their outcomes differ the
	// session records a Finding.
	Transport harness.Transport
	// NewCaller makes the caller under test; nil means harness.DefaultCaller.
	NewCaller harness.NewCallerFunc
}

// Finding is a difference between the mock and the wire face on one case
// (the wire is the truth), with the case as a Gherkin scenario.
type Finding struct {
	// Property is the name of the property whose case showed the difference.
	Property string
	// What says what differs first, mock first: "code: mock 204, wire
	// 1001" (harness.Disagreement.First).
	What string
	// Scenario is the case as a Gherkin scenario (without expectations:
	// the faces disagree on what they are), the smallest seen of its kind.
	Scenario string
}

// Session is one run of a property against a target: one service, one face
// per transport opened for the whole run, the script set anew for each
// check. Pass Check to rapid.Check; Close the session afterwards.
type Session struct {
	prop      Property
	target    Target
	catalog   *marketo.Catalog
	svc       *harness.Service
	faces     []harness.Face
	newCaller harness.NewCallerFunc

	mu       sync.Mutex
	failure  string // the Gherkin of the last failing check
	findings map[string]Finding
	checks   int
	failures int // failing checks, shrinking included
}

// Open starts a session of p against target.
func (p Property) Open(target Target) (*Session, error) {
	if target.Transport == "" {
		target.Transport = harness.TransportMock
	}
	tr, err := harness.ParseTransport(string(target.Transport))
	if err != nil {
		return nil, fmt.Errorf("generators: %w", err)
	}
	target.Transport = tr
	names := tr.Faces()
	s := &Session{prop: p, target: target, catalog: marketo.StandardCatalog(),
		svc: harness.NewService(harness.Script{}), newCaller: target.NewCaller, findings: map[string]Finding{}}
	if s.newCaller == nil {
		s.newCaller = harness.DefaultCaller
	}
	for _, n := range names {
		f, err := harness.Open(n, s.svc)
		if err != nil {
			_ = s.Close()
			return nil, fmt.Errorf("generators: open %s face: %w", n, err)
		}
		s.faces = append(s.faces, f)
	}
	return s, nil
}

// Check is the rapid property: it draws one case and checks it on every face.
func (s *Session) Check(t *rapid.T) {
	s.mu.Lock()
	s.checks++
	s.mu.Unlock()
	s.prop.check(s, t)
}

// Close closes the faces.
func (s *Session) Close() error {
	var errs []error
	for _, f := range s.faces {
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}

// Checks returns how many checks the session ran (shrinking included).
func (s *Session) Checks() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.checks
}

// Failures returns how many checks failed so far, shrinking included: 0
// while the property holds; once a check fails rapid shrinks the case, and
// each smaller case that still fails counts.
func (s *Session) Failures() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failures
}

// recordFailure keeps sc as the counterexample and counts the failing check.
func (s *Session) recordFailure(sc string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failure = sc
	s.failures++
}

// Counterexample returns the last failing case as a Gherkin scenario: after
// rapid.Check fails, the shrunk one. Empty when no check failed.
func (s *Session) Counterexample() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failure
}

// Findings returns the mock-vs-wire differences seen, one (the smallest
// case) per kind of difference.
func (s *Session) Findings() []Finding {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Finding, 0, len(s.findings))
	for _, k := range sortedKeys(s.findings) {
		out = append(out, s.findings[k])
	}
	return out
}

// Catalog returns the field catalog of the session's cases.
func (s *Session) Catalog() *marketo.Catalog { return s.catalog }

// faceRun is one call of a case on one face.
type faceRun struct {
	face     string
	out      *marketo.Outcome
	err      error
	requests []harness.Recorded
	leadArg  marketo.Lead // the lead passed to Call, afterwards
}

// call runs c on every face of the session, one face after the other
// (harness.CallFace); where two faces disagree (harness.Compare) it records
// a Finding.
func (s *Session) call(ctx context.Context, c *Case) []faceRun {
	hc := harness.Call{Script: c.Answer, Webhook: c.Webhook(), Leads: []marketo.Lead{c.Lead},
		Flow: c.Context(), Catalog: s.catalog, Options: c.Options, NewCaller: s.newCaller}
	full := make([]harness.FaceRun, 0, len(s.faces))
	runs := make([]faceRun, 0, len(s.faces))
	for _, f := range s.faces {
		fr := harness.CallFace(ctx, f, s.svc, hc)
		lc := fr.Calls[0]
		full = append(full, fr)
		runs = append(runs, faceRun{face: string(fr.Face), out: lc.Outcome, err: lc.Err, requests: fr.Requests, leadArg: lc.Passed})
	}
	if len(full) == 2 {
		if d := harness.Compare(full[0], full[1]); d != nil {
			s.addFinding(c, d)
		}
	}
	return runs
}

// addFinding keeps the disagreement d on c as a Finding, the smallest case
// of its kind.
func (s *Session) addFinding(c *Case, d *harness.Disagreement) {
	what := d.First()
	key := fmt.Sprintf("%s/%d/%s", c.Answer.Fault, c.Answer.Status/100, what[:min(len(what), 12)])
	sc := Scenario(s.prop.Name+": mock and wire disagree", c, nil)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.findings[key]; !ok || len(sc) < len(old.Scenario) {
		s.findings[key] = Finding{Property: s.prop.Name, What: what, Scenario: sc}
	}
}

// fail records c as the counterexample and fails the check.
func (s *Session) fail(t *rapid.T, c *Case, e *Expectation, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	sc := Scenario(s.prop.Name+" counterexample", c, e)
	s.recordFailure(sc)
	t.Logf("counterexample (%s):\n%s", s.prop.Rules, sc)
	t.Fatalf("%s: %s", s.prop.Name, msg)
}
