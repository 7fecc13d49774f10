package generators

import (
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// checkChaos: a 2xx case under a seeded chaos (harness.Chaos). Which
// request is reset follows from the seed and the request the service
// received (Chaos.Resets), so the property reads that decision off the
// recorded request: a reset request records a reset and changes nothing
// (A36, R18), any other is judged exactly as without the chaos (Invariant
// 3's checks), and the same case called again ends the same way on every
// face (one seed replays the run).
func checkChaos(s *Session, t *rapid.T) {
	c := CaseOf(s.catalog, SuccessAnswer).Draw(t, "case")
	c.Answer.Chaos = harness.Chaos{Percent: rapid.IntRange(10, 90).Draw(t, "chaos percent"), Seed: rapid.Int64Range(1, 1<<40).Draw(t, "chaos seed")}
	calm := c.Expect(s.catalog)
	reset := Expectation{Sent: true, Failure: marketo.FailureReset, ErrorType: marketo.ErrorTypeReset, Lead: c.Lead.Clone()}
	first := s.call(t.Context(), &c)
	for _, r := range first {
		e := &calm
		if len(r.requests) == 1 && c.Answer.Chaos.Resets(r.requests[0].Method, r.requests[0].URL, r.requests[0].Body) {
			e = &reset
		}
		s.checkCommon(t, &c, e, r)
		if msg := recordedProblem(&c, e, r.out); msg != "" {
			s.fail(t, &c, e, "%s face: under chaos: %s", r.face, msg)
		}
		if msg := writesProblem(&c, e, r.out); msg != "" {
			s.fail(t, &c, e, "%s face: under chaos: %s", r.face, msg)
		}
	}
	for i, r := range s.call(t.Context(), &c) {
		if r.out == nil || first[i].out == nil || r.out.Failure != first[i].out.Failure || r.out.Code != first[i].out.Code {
			s.fail(t, &c, &calm, "%s face: the same seed and case ended otherwise on a second call (code %v, failure %v), want a replay", r.face, outcomeCode(r.out), outcomeFailure(r.out))
		}
	}
}

func outcomeCode(o *marketo.Outcome) any {
	if o == nil {
		return "none"
	}
	return o.Code
}

func outcomeFailure(o *marketo.Outcome) any {
	if o == nil {
		return "none"
	}
	return o.Failure
}
