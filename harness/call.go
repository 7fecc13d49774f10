package harness

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// NewCallerFunc makes the caller a call goes through, from the face's
// client, the field catalog and the knobs.
type NewCallerFunc func(client *http.Client, cat *marketo.Catalog, opts marketo.Options) marketo.WebhookCaller

// DefaultCaller is the NewCallerFunc of the reference model: marketo.NewCaller.
func DefaultCaller(client *http.Client, cat *marketo.Catalog, opts marketo.Options) marketo.WebhookCaller {
	return marketo.NewCaller(client, cat, opts)
}

// Call is one execution of the Call Webhook step against a scripted
// service: the definition, the leads it runs for (at once, through one
// caller, as one flow step does) and what the service answers.
type Call struct {
	// Script is what the service answers. CallFace plays it without a copy:
	// its Header and Body must not change until the call has returned (and,
	// after a time-out, until the face has served the late requests).
	Script Script
	// Webhook is the definition; the callers do not change it.
	Webhook *marketo.Webhook
	// Leads are the leads the step runs for; each is cloned before its call.
	Leads []marketo.Lead
	// Flow is the flow step's environment.
	Flow marketo.Flow
	// Catalog is the field catalog; nil means marketo.StandardCatalog().
	Catalog *marketo.Catalog
	// Options are the model's knobs.
	Options marketo.Options
	// NewCaller makes the caller, once per face; nil means DefaultCaller.
	NewCaller NewCallerFunc
	// Keys is the run's TLS material for the wire face; nil means the
	// face makes its own (NewWire).
	Keys *Keys
	// Client, if set, wraps each face's client, e.g. to count the
	// requests in flight. It may be called for several faces at once.
	Client func(face FaceKind, c *http.Client) *http.Client
}

// LeadCall is what the call did for one lead.
type LeadCall struct {
	Lead    marketo.Lead     // the lead as given, before the call
	Passed  marketo.Lead     // the copy passed to the caller, afterwards: a caller must leave it as it was
	Outcome *marketo.Outcome // nil when Err is set
	Err     error            // the model refused the definition, or the call failed
	Took    time.Duration
}

// FaceRun is what a Call did on one face: one LeadCall per lead, in the
// order of Call.Leads, and what the service received.
type FaceRun struct {
	Face  FaceKind
	Calls []LeadCall
	// Requests are shared with the service's record, not copied: read
	// them, do not change them.
	Requests []Recorded
	// Notes are where the face adapted the script to HTTP's rules (Face.Notes).
	Notes []string
	Total time.Duration
	// Exhausted, if set, is a call that found no free file descriptor: the
	// outcomes of the run say nothing of the script (CallFaces returns it
	// as a *ResourceError).
	Exhausted error
}

// timedOut reports whether a call of the run timed out (R17): whether its
// request reached the service then depends on timing.
func (fr FaceRun) timedOut() bool {
	for _, lc := range fr.Calls {
		if lc.Outcome != nil && lc.Outcome.Failure == marketo.FailureTimeout {
			return true
		}
	}
	return false
}

// CallFaces runs c on every face of t, the faces side by side (a single
// face on the calling goroutine), each on a
// fresh service of its own (so each counts its own requests). The error is
// only for a face that could not open, or a transport ParseTransport does
// not accept (empty included); what the
// calls did, refusals included, is in the runs. Compare the two runs of
// TransportBoth with Compare.
func CallFaces(ctx context.Context, t Transport, c Call) ([]FaceRun, error) {
	t, err := ParseTransport(string(t))
	if err != nil {
		return nil, err
	}
	kinds := t.Faces()
	runs := make([]FaceRun, len(kinds))
	errs := make([]error, len(kinds))
	one := func(i int, kind FaceKind) {
		svc := NewService(c.Script)
		face, err := OpenKeyed(kind, svc, c.Keys)
		if exhausted(err) {
			errs[i] = &ResourceError{Face: kind, Op: "open", Err: err}
			return
		}
		if err != nil {
			errs[i] = fmt.Errorf("open the %s face of the scripted service: %w", kind, err)
			return
		}
		defer face.Close()
		own := c
		own.Script = svc.playing() // the service's own copy: c.Script may change once CallFaces returns
		runs[i] = CallFace(ctx, face, svc, own)
		if runs[i].Exhausted != nil {
			errs[i] = &ResourceError{Face: kind, Op: "call", Err: runs[i].Exhausted}
		}
	}
	if len(kinds) == 1 {
		one(0, kinds[0]) // one face: on this goroutine, as CallFace calls one lead
	} else {
		var wg sync.WaitGroup
		for i, kind := range kinds {
			wg.Go(func() { one(i, kind) })
		}
		wg.Wait()
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return runs, nil
}

// CallFace runs c on one open face of svc: it sets svc's script to
// c.Script (shared, not copied: see Call.Script), forgets the requests svc
// received before, and calls every lead at once through one caller (a
// single lead on the calling goroutine). A session that keeps its faces open across
// many calls (fuzzing) calls it once per face, one call after the other.
func CallFace(ctx context.Context, face Face, svc *Service, c Call) FaceRun {
	svc.playShared(c.Script)
	svc.Reset()
	kind := FaceKind(face.Name())
	client := face.Client()
	if c.Client != nil {
		client = c.Client(kind, client)
	}
	client, watch := watchResources(client)
	newCaller, cat := c.NewCaller, c.Catalog
	if newCaller == nil {
		newCaller = DefaultCaller
	}
	if cat == nil {
		cat = marketo.StandardCatalog()
	}
	call := leadCaller(newCaller(client, cat, c.Options), c.Webhook, len(c.Leads))
	fr := FaceRun{Face: kind, Calls: make([]LeadCall, len(c.Leads))}
	start := time.Now()
	callLeads(ctx, call, c, fr.Calls)
	fr.Total = time.Since(start)
	if fr.timedOut() {
		settle(svc, fr.Calls)
	}
	fr.Requests = svc.sharedRequests()
	fr.Notes = face.Notes()
	fr.Exhausted = watch.first()
	if fr.Exhausted == nil {
		fr.Exhausted = acceptExhausted(face)
	}
	return fr
}

// callLeads calls every lead of c at once through call, into calls (one
// per lead): a single lead on the caller's own goroutine, whose stack has
// grown already, several on one goroutine each.
func callLeads(ctx context.Context, call leadCall, c Call, calls []LeadCall) {
	one := func(i int, lead marketo.Lead) {
		t0 := time.Now()
		passed := lead.Clone()
		out, err := call(ctx, passed, c.Flow)
		calls[i] = LeadCall{Lead: lead, Passed: passed, Outcome: out, Err: err, Took: time.Since(t0)}
	}
	if len(c.Leads) == 1 {
		one(0, c.Leads[0])
		return
	}
	var wg sync.WaitGroup
	for i, lead := range c.Leads {
		wg.Go(func() { one(i, lead) })
	}
	wg.Wait()
}

// leadCall is one lead's call of a definition.
type leadCall func(context.Context, marketo.Lead, marketo.Flow) (*marketo.Outcome, error)

// leadCaller calls w for one lead through caller. The reference model
// compiles w once when it runs for several leads, as Marketo checks a
// definition once for a campaign; other callers (mutants) are called as
// they are, and a definition Compile refuses is refused per lead by Call.
func leadCaller(caller marketo.WebhookCaller, w *marketo.Webhook, leads int) leadCall {
	if mc, ok := caller.(*marketo.Caller); ok && leads > 1 {
		if cw, err := marketo.Compile(w, mc.Catalog()); err == nil {
			return func(ctx context.Context, lead marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
				return mc.CallCompiled(ctx, cw, lead, flow)
			}
		}
	}
	return func(ctx context.Context, lead marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
		return caller.Call(ctx, w, lead, flow)
	}
}

// settle waits, briefly, for the requests of calls that timed out before
// the service read them (a short time-out over a fresh TLS connection on
// the wire), so that they are counted in their own call and not the next.
func settle(svc *Service, calls []LeadCall) {
	sent := 0
	for _, lc := range calls {
		if lc.Err == nil && lc.Outcome != nil && lc.Outcome.Activity.RequestSent {
			sent++
		}
	}
	deadline := time.Now().Add(200 * time.Millisecond)
	for len(svc.sharedRequests()) < sent && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
}
