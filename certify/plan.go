package certify

import (
	"fmt"
	"io"
	"time"
)

// Plan is what a certification will send, phase by phase: what --dry-run
// prints, and what the progress line counts against.
type Plan struct {
	Host        string  // the one host contacted
	URL         string  // masked
	Rate        float64 // requests per second at most
	Concurrency int     // calls in flight at most
	Budget      int     // total requests at most
	Phases      []Phase
}

// Phase is one part of the profile and the requests it sends at most.
type Phase struct {
	Name     string
	Requests int
	Note     string
}

// Total is the requests the phases send at most.
func (p Plan) Total() int {
	n := 0
	for _, ph := range p.Phases {
		n += ph.Requests
	}
	return n
}

// plan works out the phases of cfg against the budget.
func plan(cfg *Config, host, url string, leads int) Plan {
	p := Plan{Host: host, URL: url, Rate: cfg.rate(), Concurrency: cfg.concurrency(), Budget: cfg.requests()}
	p.Phases = []Phase{
		{"sample leads", leads, "each sample lead once; every check reads their answers"},
		{"repeat", leads, "each sample lead again (A10)"},
	}
	if cfg.Load > 0 {
		p.Phases = append(p.Phases, Phase{"load", cfg.Load, "20 calls in flight (A1); the load checks share them"})
	}
	if cfg.Hostile > 0 {
		p.Phases = append(p.Phases, Phase{"hostile leads", cfg.Hostile + maxShrink, fmt.Sprintf("%d drawn with seed %d, then up to %d to shrink a failure", cfg.Hostile, cfg.Seed, maxShrink)})
	}
	return p
}

// maxShrink is the most requests shrinking a hostile failure spends.
const maxShrink = 60

// Write prints the plan for people.
func (p Plan) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "certify plan (nothing sent)\n  url          %s\n  host         %s (the only host contacted)\n  rate         at most %g requests/s, %d in flight\n",
		p.URL, p.Host, p.Rate, p.Concurrency)
	if err != nil {
		return err
	}
	for _, ph := range p.Phases {
		if _, err := fmt.Fprintf(w, "  %-12s %4d requests at most: %s\n", ph.Name, ph.Requests, ph.Note); err != nil {
			return err
		}
	}
	total := p.Total()
	eta := time.Duration(float64(min(total, p.Budget)) / p.Rate * float64(time.Second))
	_, err = fmt.Fprintf(w, "  total        %d requests at most, budget %d; at least %v at the rate limit\n", total, p.Budget, eta.Round(100*time.Millisecond))
	if err == nil && total > p.Budget {
		_, err = fmt.Fprintf(w, "  note         the plan is over the budget: the last checks would fail with 'the request budget is spent'; raise --requests or lower --hostile/--load\n")
	}
	return err
}
