package steps

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
)

// leadsDefs are the steps that check many leads' calls: requests per lead, calls in flight, times.
func leadsDefs() []Def {
	return inArea("Many leads", []Def{
		{
			Keyword: Then, EN: "each lead was sent exactly one request", DE: "bekam jeder Lead genau eine Anfrage", DEAlt: "jeder Lead bekam genau eine Anfrage",
			Doc:       "Every lead's Email Address appears in exactly one request received (URL or body), and there were as many requests as leads (R3).",
			ExampleEN: "Then each lead was sent exactly one request", ExampleDE: "Dann bekam jeder Lead genau eine Anfrage",
			run: thenOneRequestPerLead,
		},
		{
			Keyword: Then, EN: "at most {int} calls were in flight at once", DE: "liefen höchstens {int} Aufrufe gleichzeitig", DEAlt: "höchstens {int} Aufrufe liefen gleichzeitig",
			Doc:       "The most requests under way at one moment, per face (A1).",
			ExampleEN: "Then at most 20 calls were in flight at once", ExampleDE: "Dann liefen höchstens 20 Aufrufe gleichzeitig",
			run: thenAtMostInFlight,
		},
		{
			Keyword: Then, EN: "at least {int} calls were in flight at once", DE: "liefen mindestens {int} Aufrufe gleichzeitig", DEAlt: "mindestens {int} Aufrufe liefen gleichzeitig",
			Doc:       "At some moment this many requests were under way together, per face (A1: calls beyond the limit queue, the limit is used).",
			ExampleEN: "Then at least 20 calls were in flight at once", ExampleDE: "Dann liefen mindestens 20 Aufrufe gleichzeitig",
			run: thenAtLeastInFlight,
		},
		{
			Keyword: Then, EN: "every call took at least {int} ms", DE: "dauerte jeder Aufruf mindestens {int} ms", DEAlt: "jeder Aufruf dauerte mindestens {int} ms",
			Doc:       "Each call lasted at least this long: the flow waits for the answer (R4).",
			ExampleEN: "Then every call took at least 50 ms", ExampleDE: "Dann dauerte jeder Aufruf mindestens 50 ms",
			run: thenEveryCallTookAtLeast,
		},
		{
			Keyword: Then, EN: "every call took at most {int} ms", DE: "dauerte jeder Aufruf höchstens {int} ms", DEAlt: "jeder Aufruf dauerte höchstens {int} ms",
			Doc:       "Each call was over within this long, answer included: a bound, such as the time-out (R17), never a speed claim for a loaded machine.",
			ExampleEN: "Then every call took at most 600 ms", ExampleDE: "Dann dauerte jeder Aufruf höchstens 600 ms",
			run: thenEveryCallTookAtMost,
		},
		{
			Keyword: Then, EN: "the calls took at least {int} ms in all", DE: "dauerten die Aufrufe zusammen mindestens {int} ms", DEAlt: "die Aufrufe dauerten zusammen mindestens {int} ms",
			Doc:       "From the first call's start to the last call's end took at least this long, per face (R4, A1: queued calls wait their turn).",
			ExampleEN: "Then the calls took at least 100 ms in all", ExampleDE: "Dann dauerten die Aufrufe zusammen mindestens 100 ms",
			run: thenCallsTookInAll,
		},
		{
			Keyword: Then, EN: "{int} of the calls failed with {string}", DE: "scheiterten {int} der Aufrufe mit {string}", DEAlt: "{int} der Aufrufe scheiterten mit {string}",
			Doc:       "Exactly this many calls, per face, have this failure (A36), e.g. under seeded chaos: the same seed gives the same number, and the same leads, on every run.",
			ExampleEN: `Then 7 of the calls failed with "reset"`, ExampleDE: `Dann scheiterten 7 der Aufrufe mit "reset"`,
			run: thenCallsFailedWith,
		},
	})
}

// thenCallsFailedWith runs the step "{int} of the calls failed with {string}".
func thenCallsFailedWith(_ context.Context, w *world, a *args) error {
	return w.eachFace(func(fr *faceRun) error {
		n := 0
		for _, c := range fr.calls {
			if c.out != nil && string(c.out.Failure) == a.str(1) {
				n++
			}
		}
		if n != a.num(0) {
			return fmt.Errorf("%d of %d calls failed with %q, want %d", n, len(fr.calls), a.str(1), a.num(0))
		}
		return nil
	})
}

// thenAtMostInFlight runs the step "at most {int} calls were in flight at once".
func thenAtMostInFlight(_ context.Context, w *world, a *args) error {
	return w.eachFace(func(fr *faceRun) error {
		if fr.maxInFlight > a.num(0) {
			return fmt.Errorf("got %d calls in flight at once, want at most %d", fr.maxInFlight, a.num(0))
		}
		return nil
	})
}

// thenAtLeastInFlight runs the step "at least {int} calls were in flight at once".
func thenAtLeastInFlight(_ context.Context, w *world, a *args) error {
	return w.eachFace(func(fr *faceRun) error {
		if fr.maxInFlight < a.num(0) {
			return fmt.Errorf("got at most %d calls in flight at once, want at least %d", fr.maxInFlight, a.num(0))
		}
		return nil
	})
}

// thenEveryCallTookAtLeast runs the step "every call took at least {int} ms".
func thenEveryCallTookAtLeast(_ context.Context, w *world, a *args) error {
	min := time.Duration(a.num(0)) * time.Millisecond
	return w.each(func(c call) error {
		if c.took < min {
			return fmt.Errorf("the call took %s, want at least %s", c.took, min)
		}
		return nil
	})
}

// thenCallsTookInAll runs the step "the calls took at least {int} ms in all".
func thenCallsTookInAll(_ context.Context, w *world, a *args) error {
	min := time.Duration(a.num(0)) * time.Millisecond
	return w.eachFace(func(fr *faceRun) error {
		if fr.total < min {
			return fmt.Errorf("the calls took %s in all, want at least %s", fr.total, min)
		}
		return nil
	})
}

// thenOneRequestPerLead runs the step "each lead was sent exactly one request".
func thenOneRequestPerLead(_ context.Context, w *world, _ *args) error {
	f, err := w.field("Email Address")
	if err != nil {
		return err
	}
	return w.eachFace(func(fr *faceRun) error {
		if len(fr.requests) != len(fr.calls) {
			return fmt.Errorf("got %d requests for %d leads", len(fr.requests), len(fr.calls))
		}
		for i, c := range fr.calls {
			email, _ := c.lead[f.SOAPName].(string)
			forms := []string{email, url.QueryEscape(email), url.PathEscape(email)}
			n := 0
			for _, r := range fr.requests {
				if slices.ContainsFunc(forms, func(s string) bool {
					return strings.Contains(r.URL, s) || strings.Contains(string(r.Body), s)
				}) {
					n++
				}
			}
			if n != 1 {
				return fmt.Errorf("lead %d (%s): got %d requests naming it, want exactly 1 (use {{lead.Email Address}} in the URL or template)", i+1, email, n)
			}
		}
		return nil
	})
}

// thenEveryCallTookAtMost runs the step "every call took at most {int} ms".
func thenEveryCallTookAtMost(_ context.Context, w *world, a *args) error {
	limit := time.Duration(a.num(0)) * time.Millisecond
	return w.each(func(c call) error {
		if c.took > limit {
			return fmt.Errorf("the call took %s, want at most %s", c.took, limit)
		}
		return nil
	})
}
