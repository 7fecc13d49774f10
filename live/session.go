package live

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
)

// Defaults of a Session.
const (
	DefaultLatencyBudget = 2 * time.Second // p95 a vendor should stay under
)

// Session is one certification run over a Target: the sample leads, the
// settings of each phase, and the checks made so far. The sample leads are
// sent once per Session; every check that needs their answers shares them.
// It is safe for concurrent use.
type Session struct {
	Target *Target
	// Leads are the sample leads; SampleLeads builds them when none are given.
	Leads []marketo.Lead
	// LatencyBudget is the p95 latency a check accepts (R4, R17).
	LatencyBudget time.Duration
	// Hostile is the most hostile leads sent (0: none); Seed draws them.
	Hostile int
	Seed    int64
	// Load is the number of requests of the load phase (0: none).
	Load int
	// Masker masks credentials in evidence; nil shows them.
	Masker *secrets.Masker
	// Context, when set, is the run's context: once it is cancelled (a
	// signal) no check sends anything more, and calls in flight end. The
	// runner keeps scenarios' own contexts alive to let them finish, which
	// for a load phase could take minutes. Nil means the step's context.
	Context context.Context

	samples struct {
		once   sync.Once
		probes []Probe
	}
	mu     sync.Mutex
	checks []*Check
	loads  map[int]*loadRun // by calls in flight
}

// loadRun is one load phase: its probes and how long it took.
type loadRun struct {
	once   sync.Once
	probes []Probe
	wall   time.Duration
}

// loadRun sends the load with inFlight calls in flight, once per session.
func (s *Session) loadRun(ctx context.Context, inFlight int) *loadRun {
	ctx = s.ctx(ctx)
	s.mu.Lock()
	if s.loads == nil {
		s.loads = map[int]*loadRun{}
	}
	run, ok := s.loads[inFlight]
	if !ok {
		run = &loadRun{}
		s.loads[inFlight] = run
	}
	s.mu.Unlock()
	run.once.Do(func() {
		leads := make([]marketo.Lead, s.Load)
		for i := range leads {
			leads[i] = s.Leads[i%len(s.Leads)]
		}
		start := time.Now()
		run.probes = s.Target.CallAll(ctx, leads, inFlight)
		run.wall = time.Since(start)
	})
	return run
}

// Interrupted reports whether the run's Context was cancelled.
func (s *Session) Interrupted() bool { return s.Context != nil && s.Context.Err() != nil }

// ctx is the context calls go out under: the run's, when it has one.
func (s *Session) ctx(step context.Context) context.Context {
	if s.Context != nil {
		return s.Context
	}
	return step
}

// SampleProbes sends each sample lead once, the first time it is asked, and
// returns the probes.
func (s *Session) SampleProbes(ctx context.Context) []Probe {
	ctx = s.ctx(ctx)
	s.samples.once.Do(func() {
		s.samples.probes = s.Target.CallAll(ctx, s.Leads, 0)
	})
	return s.samples.probes
}

// Check starts the record of one check (one scenario of the profile).
func (s *Session) Check(id, name string, tags []string) *Check {
	c := &Check{ID: id, Name: name, Tags: tags, session: s, started: time.Now()}
	s.mu.Lock()
	s.checks = append(s.checks, c)
	s.mu.Unlock()
	return c
}

// Checks returns the checks in the order they started.
func (s *Session) Checks() []*Check {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Check(nil), s.checks...)
}

func (s *Session) latencyBudget() time.Duration {
	if s.LatencyBudget > 0 {
		return s.LatencyBudget
	}
	return DefaultLatencyBudget
}

// unreachable is why no sample lead got any answer at all (every call
// refused, unresolved, untrusted or timed out), or nil: then the other
// phases send nothing more.
func (s *Session) unreachable(ctx context.Context) error {
	probes := s.SampleProbes(ctx)
	var first *marketo.Outcome
	for _, p := range probes {
		if p.Outcome == nil {
			continue
		}
		if p.Outcome.Status != 0 {
			return nil
		}
		if first == nil {
			first = p.Outcome
		}
	}
	if first == nil {
		return nil
	}
	return errSkip(fmt.Sprintf("the endpoint gave no answer to any sample lead (%s: %s); nothing more is sent",
		first.ErrorType, s.Masker.Text(first.Detail)))
}
