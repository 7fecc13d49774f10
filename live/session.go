package live

import (
	"context"
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

	samples struct {
		once   sync.Once
		probes []Probe
	}
	mu     sync.Mutex
	checks []*Check
}

// SampleProbes sends each sample lead once, the first time it is asked, and
// returns the probes.
func (s *Session) SampleProbes(ctx context.Context) []Probe {
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
