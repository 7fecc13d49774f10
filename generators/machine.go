package generators

import (
	"fmt"
	"strings"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// machine is the state machine of MachineLeadFollowsOnlySuccesses: one
// webhook, one lead, many calls with mixed answers; the model is a plain
// lead that takes only the writes of 2xx answers, in order (R18, A19, A24).
type machine struct {
	s     *Session
	hook  Hook
	model marketo.Lead
	steps []string // what each call was, for the counterexample's comment
}

func checkMachine(s *Session, t *rapid.T) {
	rt := rapid.SampledFrom([]marketo.ResponseType{marketo.ResponseJSON, marketo.ResponseXML}).Draw(t, "response type")
	root := "response"
	if rt == marketo.ResponseXML {
		root = pathKey(true).Draw(t, "root")
	}
	ms := Mappings(s.catalog, rt, root, 4).Draw(t, "mappings")
	m := &machine{s: s, hook: Webhook(s.catalog, rt, ms).Draw(t, "webhook")}
	m.model = leadFor(s.catalog, ms).Draw(t, "lead")
	// A sequence of machineCalls calls at most, not rapid's Repeat (30 on
	// average): each call is a full case, and what the machine adds to the
	// invariants (a lead carried over, writes in order, A24) shows within a
	// few calls, so more, shorter sequences buy more cases per second.
	calls := rapid.IntRange(2, machineCalls).Draw(t, "calls")
	shape := rapid.SampledFrom([]Shape{SuccessAnswer, NonSuccessAnswer, AnyAnswer})
	for range calls {
		m.call(t, shape.Draw(t, "answer"))
	}
}

// machineCalls bounds the calls of one check of the machine.
const machineCalls = 8

// call draws an answer of shape sh for the machine's webhook, calls it on
// the current lead and checks the outcome against the model: the lead, each
// change (field, old and new value, attribute), the skips, the code, failure,
// Error Type and Response.
func (m *machine) call(t *rapid.T, sh Shape) {
	w := m.hook.Webhook
	doc := Document(m.s.catalog, w.ResponseType, w.Mappings).Draw(t, "document")
	c := Case{Hook: m.hook, Lead: m.model.Clone(), Campaign: marketo.Trigger,
		Options: marketo.Options{Timeout: AnswerTimeout, MaxBodyBytes: SmallBodyCap}, Plants: doc.Plants, Tree: doc.Tree}
	if len(doc.Body) > SmallBodyCap {
		c.Options.MaxBodyBytes = LargeBodyCap
	}
	c.drawAnswer(t, sh, doc)
	e := c.Expect(m.s.catalog)
	m.steps = append(m.steps, fmt.Sprintf("%d %s body (%s)", c.Answer.Status, c.Body, faultOr(&c)))
	if len(e.Disagreements) > 0 {
		m.fail(t, &c, &e, "call %d: the generator contradicts itself:\n  %s", len(m.steps), strings.Join(e.Disagreements, "\n  "))
	}
	for _, r := range m.s.call(t.Context(), &c) {
		if r.err != nil {
			m.fail(t, &c, &e, "%s face, call %d: Call failed on a valid definition: %v", r.face, len(m.steps), r.err)
		}
		if msg := recordedProblem(&c, &e, r.out); msg != "" {
			m.fail(t, &c, &e, "%s face, call %d (%s): %s", r.face, len(m.steps), m.steps[len(m.steps)-1], msg)
		}
		if msg := writesProblem(&c, &e, r.out); msg != "" {
			m.fail(t, &c, &e, "%s face, call %d (%s): against the model that applies only 2xx writes: %s",
				r.face, len(m.steps), m.steps[len(m.steps)-1], msg)
		}
	}
	m.model = e.Lead
}

func faultOr(c *Case) string {
	if c.Answer.Fault != "" {
		return "fault " + string(c.Answer.Fault)
	}
	return "no fault"
}

// fail prints the failing call as a scenario whose lead is the model's lead
// before that call, with the earlier calls in a comment.
func (m *machine) fail(t *rapid.T, c *Case, e *Expectation, format string, args ...any) {
	header := "# the calls before, each on the lead the one before left: " + strings.Join(m.steps[:len(m.steps)-1], "; ") + "\n"
	if len(m.steps) == 1 {
		header = ""
	}
	sc := header + Scenario(m.s.prop.Name+fmt.Sprintf(" counterexample (call %d)", len(m.steps)), c, e)
	m.s.recordFailure(sc)
	t.Logf("counterexample (%s):\n%s", m.s.prop.Rules, sc)
	t.Fatalf("%s: %s", m.s.prop.Name, fmt.Sprintf(format, args...))
}
