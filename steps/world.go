package steps

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
)

// world is one scenario's state: what the Given steps built, and what the
// call did on each face of the scripted service. A fresh world is made for
// every scenario, so scenarios share nothing and may run concurrently.
type world struct {
	env Env
	uri string // the feature file, for relative paths

	cat     *marketo.Catalog
	ownCat  bool            // cat is the world's own; else the library's standard one, shared read-only
	custom  []marketo.Field // custom fields declared by steps, kept across a webhook file
	lead    marketo.Lead
	nLeads  int // > 0: "Given <n> leads"
	hook    marketo.Webhook
	hasHook bool
	flow    marketo.Flow
	opts    marketo.Options
	script  harness.Script
	// turnRows, if set, are the answers of successive calls ("answers in
	// turn"): the first call gets the first, each call again the next; the
	// last one repeats.
	turnRows []turn
	calls    int // how many times the webhook was called

	// checksRejection is set when a step of the scenario checks that the
	// definition is rejected: then the Given steps leave the definition's
	// problems for that step instead of failing at once.
	checksRejection bool

	check    *live.Check    // the scenario's check, in a certification run
	ownLeads []marketo.Lead // "Given the sample leads:" of a check
	skipped  bool           // a certification phase was switched off

	secretTokens []string // token names a webhook file marks secret

	called bool
	runs   []*faceRun // one per face, in the order of env.Transport.Faces()
}

// turn is one answer of "the service answers in turn:".
type turn struct {
	code   int
	reason string
	body   []byte
}

// faceRun is what happened on one face of the scripted service.
type faceRun struct {
	face        string
	calls       []call
	requests    []harness.Recorded
	notes       []string
	maxInFlight int
	total       time.Duration
}

// call is one execution of the Call Webhook step for one lead.
type call struct {
	lead marketo.Lead // the lead before the call
	out  *marketo.Outcome
	err  error
	took time.Duration
}

// newWorld is a scenario's world; std is the standard catalog every
// world shares until it declares a field of its own (ownCatalog).
func newWorld(env Env, std *marketo.Catalog) *world {
	return &world{
		env:  env,
		cat:  std,
		lead: marketo.Lead{},
		opts: env.Options,
		// A fixed clock keeps {{system.*}} tokens reproducible (A9); a step may set it.
		flow:   marketo.Flow{Campaign: marketo.Trigger, Now: time.Date(2013, 8, 8, 16, 36, 13, 0, time.UTC)},
		script: harness.Script{Status: http.StatusOK},
	}
}

// ownCatalog returns the world's catalog for a change, cloned first from
// the shared standard one.
func (w *world) ownCatalog() *marketo.Catalog {
	if !w.ownCat {
		w.cat, w.ownCat = w.cat.Clone(), true
	}
	return w.cat
}

// webhook returns the definition being built, creating an unnamed one on first use.
func (w *world) webhook() *marketo.Webhook {
	if !w.hasHook {
		w.hasHook = true
		w.hook = marketo.Webhook{Method: marketo.MethodPost, Encoding: marketo.EncodingJSON, ResponseType: marketo.ResponseJSON}
	}
	return &w.hook
}

// field finds a lead field by display name or SOAP API name.
func (w *world) field(name string) (marketo.Field, error) {
	if f, ok := w.cat.ByName(name); ok {
		return f, nil
	}
	if f, ok := w.cat.BySOAP(name); ok {
		return f, nil
	}
	return marketo.Field{}, fmt.Errorf("no lead field is named %q%s (give a display name such as \"Email Address\" or a SOAP API name such as \"email\"; declare others with: Given a custom field ...)", name, w.cat.NameHint(name))
}

// checkDefinition reports the definition's problems (Validate) in the parts
// a Given step just set (fields starting with one of parts; all when none),
// so that a typo fails the step that made it, not the first Then. A scenario
// that checks the rejection itself (checksRejection) gets no error here.
func (w *world) checkDefinition(parts ...string) error {
	if w.checksRejection || !w.hasHook {
		return nil
	}
	var ps marketo.Problems
	for _, p := range w.hook.Validate(w.cat) {
		if len(parts) == 0 || slices.ContainsFunc(parts, func(part string) bool { return strings.HasPrefix(p.Field, part) }) {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return fmt.Errorf("the definition is rejected: %w (a scenario that means to check this says: Then the definition is rejected under %s)", ps, ps[0].Rule)
}

// readFile reads a file a step names. A relative path is looked up next to
// the feature file first, then in the working directory (or the root of the
// run's file system).
func (w *world) readFile(name string) (string, []byte, error) {
	if w.env.Files != nil {
		name = path.Clean(filepath.ToSlash(name))
		var tried []string
		if !path.IsAbs(name) && w.uri != "" {
			p := path.Join(path.Dir(w.uri), name)
			if data, err := fs.ReadFile(w.env.Files, p); err == nil {
				return p, data, nil
			}
			tried = append(tried, p)
		}
		data, err := fs.ReadFile(w.env.Files, strings.TrimPrefix(name, "/"))
		if err != nil {
			return "", nil, fmt.Errorf("read %s (also tried %s): %w", name, strings.Join(tried, ", "), err)
		}
		return name, data, nil
	}
	if !filepath.IsAbs(name) && w.uri != "" {
		p := filepath.Join(filepath.Dir(filepath.FromSlash(w.uri)), name)
		if data, err := os.ReadFile(p); err == nil {
			return p, data, nil
		}
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return "", nil, fmt.Errorf("read %s (relative paths are tried next to the feature file, then in the working directory): %w", name, err)
	}
	return name, data, nil
}

// leads returns the leads to call for.
func (w *world) leads() ([]marketo.Lead, error) {
	if w.nLeads == 0 {
		return []marketo.Lead{w.lead.Clone()}, nil
	}
	f, err := w.field("Email Address")
	if err != nil {
		return nil, err
	}
	ls := make([]marketo.Lead, w.nLeads)
	for i := range ls {
		l := w.lead.Clone()
		l[f.SOAPName] = fmt.Sprintf("lead%d@example.com", i+1)
		ls[i] = l
	}
	return ls, nil
}

// run executes the Call Webhook step for every lead on every face of the
// run's transport, the faces side by side (harness.CallFaces). Under both
// faces the outcomes must agree (harness.Compare); the error shows where
// they do not (the wire is the truth).
func (w *world) run(ctx context.Context) error {
	if w.called {
		return errors.New("the webhook was already called in this scenario; write one scenario per call, or call it again with: When the webhook is called again")
	}
	if !w.hasHook {
		return errors.New(`no webhook is defined; start with: Given a webhook "<name>" that sends POST to "<url>"`)
	}
	w.called = true
	leads, err := w.leads()
	if err != nil {
		return err
	}
	runs, err := w.callFaces(ctx, leads)
	w.runs = runs
	return err
}

// again calls the webhook once more for the leads as the last call left
// them (the retry Adobe recommends after a failure): the Then steps check
// this call's outcomes, and the requests of every call so far.
func (w *world) again(ctx context.Context) error {
	if err := w.mustBeCalled(); err != nil {
		return err
	}
	var leads []marketo.Lead
	for _, c := range w.runs[0].calls {
		if c.out != nil {
			leads = append(leads, c.out.Lead.Clone())
		} else {
			leads = append(leads, c.lead.Clone())
		}
	}
	runs, err := w.callFaces(ctx, leads)
	for i, fr := range runs {
		if i < len(w.runs) {
			fr.requests = append(append([]harness.Recorded(nil), w.runs[i].requests...), fr.requests...)
			fr.notes = append(append([]string(nil), w.runs[i].notes...), fr.notes...)
		}
	}
	w.runs = runs
	return err
}

// callFaces makes one call (the next turn's answer) for the leads on every face.
func (w *world) callFaces(ctx context.Context, leads []marketo.Lead) ([]*faceRun, error) {
	script := w.script
	if len(w.turnRows) > 0 {
		t := w.turnRows[min(w.calls, len(w.turnRows)-1)]
		script.Status, script.Reason, script.Body = t.code, t.reason, t.body
	}
	w.calls++
	var mu sync.Mutex
	counters := map[harness.FaceKind]*inFlight{}
	hook := w.hook
	transport := w.env.Transport
	if transport == "" {
		transport = harness.TransportMock
	}
	runs, err := harness.CallFaces(ctx, transport, harness.Call{
		Script: script, Webhook: &hook, Leads: leads, Flow: w.flow,
		Catalog: w.cat, Options: w.opts, NewCaller: w.env.NewCaller, Keys: w.env.Keys,
		Client: func(face harness.FaceKind, base *http.Client) *http.Client {
			counter := &inFlight{base: base.Transport}
			client := *base
			client.Transport = counter
			mu.Lock()
			defer mu.Unlock()
			counters[face] = counter
			return &client
		},
	})
	var exhausted *harness.ResourceError
	if errors.As(err, &exhausted) {
		// hookcert's own limit: the scenario is skipped, not failed, and
		// the runner reports the run as a resource error
		return nil, fmt.Errorf("%w (%w)", err, godog.ErrSkip)
	}
	if err != nil {
		return nil, err
	}
	out := make([]*faceRun, len(runs))
	for i, r := range runs {
		fr := &faceRun{face: string(r.Face), requests: r.Requests, notes: r.Notes, total: r.Total, maxInFlight: int(counters[r.Face].max.Load())}
		for _, lc := range r.Calls {
			fr.calls = append(fr.calls, call{lead: lc.Lead, out: lc.Outcome, err: lc.Err, took: lc.Took})
			var probs marketo.Problems
			if lc.Err != nil && !errors.As(lc.Err, &probs) {
				return nil, fmt.Errorf("%s: the call failed outside the model's outcomes: %w", r.Face, lc.Err)
			}
		}
		out[i] = fr
	}
	if len(runs) == 2 {
		if d := harness.Compare(runs[0], runs[1]); d != nil {
			return out, d
		}
	}
	return out, nil
}

// each runs check on every call of every face; the error names the face when
// there are two, and the lead when there are several.
func (w *world) each(check func(c call) error) error {
	if err := w.mustBeCalled(); err != nil {
		return err
	}
	for _, fr := range w.runs {
		for i, c := range fr.calls {
			if err := check(c); err != nil {
				return w.where(fr, i, err)
			}
		}
	}
	return nil
}

// eachOutcome is each for checks that need an outcome (the definition was accepted).
func (w *world) eachOutcome(check func(c call) error) error {
	return w.each(func(c call) error {
		if c.err != nil {
			return fmt.Errorf("the call was rejected: %v", c.err)
		}
		return check(c)
	})
}

// eachFace runs check on every face's run.
func (w *world) eachFace(check func(fr *faceRun) error) error {
	if err := w.mustBeCalled(); err != nil {
		return err
	}
	for _, fr := range w.runs {
		if err := check(fr); err != nil {
			return w.where(fr, -1, err)
		}
	}
	return nil
}

func (w *world) where(fr *faceRun, lead int, err error) error {
	var parts []string
	if len(w.runs) > 1 {
		parts = append(parts, "on the "+fr.face+" face")
	}
	if lead >= 0 && len(fr.calls) > 1 {
		parts = append(parts, fmt.Sprintf("for lead %d", lead+1))
	}
	if len(parts) == 0 {
		return err
	}
	return fmt.Errorf("%s: %w", strings.Join(parts, ", "), err)
}

// mustBeCalled is the guard of every check: there is nothing to check before the call.
func (w *world) mustBeCalled() error {
	if !w.called {
		return errors.New("the webhook was not called yet; add: When the webhook is called")
	}
	return nil
}

// inFlight counts the requests under way through a client, and the most at once (A1).
type inFlight struct {
	base     http.RoundTripper
	now, max atomic.Int64
}

func (t *inFlight) RoundTrip(r *http.Request) (*http.Response, error) {
	base := t.base
	if base == nil {
		base = http.DefaultTransport
	}
	n := t.now.Add(1)
	for {
		m := t.max.Load()
		if n <= m || t.max.CompareAndSwap(m, n) {
			break
		}
	}
	defer t.now.Add(-1)
	return base.RoundTrip(r)
}
