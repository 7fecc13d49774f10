package live

import (
	"context"
	"maps"
	"slices"
	"unicode/utf8"

	"github.com/hookcert/hookcert/marketo"
)

// Shrink reduces failing, a lead that breaks the endpoint, towards plain, a
// lead that does not, and returns the smallest lead it found that still
// breaks it, with its probe. fails decides from a probe whether the endpoint
// broke. Each try is one request from the Target's budget, and Shrink stops
// when the budget is spent, when maxTries is reached or when nothing smaller
// fails: so the answer is the smallest found within the budget, not always
// the smallest there is.
//
// Only leads whose values their fields hold are tried (R26). Two moves,
// each kept only when the endpoint still breaks: a field takes its
// plain value back (or goes, when plain has none), then a text value loses
// halves, quarters ... down to single characters (delta debugging).
func (t *Target) Shrink(ctx context.Context, failing, plain marketo.Lead, fails func(Probe) bool, maxTries int) (marketo.Lead, Probe, int) {
	s := shrinker{t: t, ctx: ctx, fails: fails, left: maxTries}
	best := failing.Clone()
	for _, k := range slices.Sorted(maps.Keys(best)) {
		cand := best.Clone()
		if v, ok := plain[k]; ok {
			if v == best[k] {
				continue
			}
			cand[k] = v
		} else {
			delete(cand, k)
		}
		if s.try(cand) {
			best = cand
		}
		if s.stopped {
			return best, s.probe, s.tries
		}
	}
	for _, k := range slices.Sorted(maps.Keys(best)) {
		if text, ok := best[k].(string); ok {
			best[k] = s.shortenText(best, k, text)
		}
		if s.stopped {
			break
		}
	}
	return best, s.probe, s.tries
}

type shrinker struct {
	t       *Target
	ctx     context.Context
	fails   func(Probe) bool
	left    int
	tries   int
	stopped bool  // the budget, the tries or the context ran out
	probe   Probe // the probe of the last lead that failed
}

// try sends cand and reports whether it still breaks the endpoint. A lead
// with a value its field would not hold (R26: "+" is no e-mail address) is
// not a lead Marketo has, and is not sent.
func (s *shrinker) try(cand marketo.Lead) bool {
	if !validLead(s.t.cat, cand) {
		return false
	}
	if s.left <= 0 {
		s.stopped = true
		return false
	}
	s.left--
	p := s.t.Call(s.ctx, cand)
	if p.Spent() {
		s.stopped = true
		return false
	}
	s.tries++
	if p.Unsent || !s.fails(p) {
		return false
	}
	s.probe = p
	return true
}

// shortenText removes ever smaller runs of characters from lead[k] while the
// endpoint still breaks, and returns the shortest failing text.
func (s *shrinker) shortenText(lead marketo.Lead, k, text string) string {
	runes := []rune(text)
	if !utf8.ValidString(text) {
		return text // invalid bytes are the point; cutting runes would change them
	}
	for chunk := len(runes) / 2; chunk >= 1 && !s.stopped; chunk /= 2 {
		for i := 0; i+chunk <= len(runes) && !s.stopped; {
			cand := slices.Concat(runes[:i], runes[i+chunk:])
			trial := lead.Clone()
			trial[k] = string(cand)
			if s.try(trial) {
				runes = cand
				continue // the same i now holds the next chunk
			}
			i += chunk
		}
	}
	return string(runes)
}

// validLead reports whether every value of lead is one its field holds (R26).
func validLead(cat *marketo.Catalog, lead marketo.Lead) bool {
	for k, v := range lead {
		f, ok := cat.BySOAP(k)
		if !ok {
			return false
		}
		if text := marketo.FormatValue(v); text != "" {
			if _, err := cat.ParseValue(f, text); err != nil {
				return false
			}
		}
	}
	return true
}
