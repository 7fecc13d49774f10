package marketo

import (
	"context"
	"fmt"
	"strings"

	"github.com/hookcert/hookcert/internal/jsonfast"
)

// Compiled is a webhook definition checked and parsed once for a catalog:
// validated (R5-R11), its URL, template and header values split into text
// and tokens with each lead token's field looked up (R12), each mapping's
// field looked up and attribute parsed (R11, R22-R24), and the part of a JSON
// answer the mappings read worked out. Marketo calls one definition for
// every lead of a campaign; Caller.CallCompiled does per lead only what
// depends on the lead. A Compiled is read only and safe for concurrent use.
type Compiled struct {
	hook Webhook
	cat  *Catalog
	seen checkedWebhook
}

// Compile checks w against cat (a nil cat means StandardCatalog) and returns
// it compiled, or the Problems that Validate reports, wrapped with the
// webhook's name. The Compiled keeps its own copy of w: changing w later
// does not change it.
func Compile(w *Webhook, cat *Catalog) (*Compiled, error) {
	if w == nil {
		panic("marketo.Compile: nil webhook")
	}
	if cat == nil {
		cat = StandardCatalog()
	}
	cw := &Compiled{hook: *w, cat: cat}
	cw.hook.Headers = append([]Header(nil), w.Headers...)
	cw.hook.Mappings = append([]Mapping(nil), w.Mappings...)
	if probs := cw.hook.validate(cat, &cw.seen); len(probs) > 0 {
		return nil, fmt.Errorf("webhook %q: %w", w.Name, probs)
	}
	cw.seen.compileTexts(&cw.hook, cat)
	return cw, nil
}

// Webhook returns a copy of the definition compiled.
func (cw *Compiled) Webhook() *Webhook {
	w := cw.hook
	w.Headers = append([]Header(nil), cw.hook.Headers...)
	w.Mappings = append([]Mapping(nil), cw.hook.Mappings...)
	return &w
}

// CallCompiled is Call for a compiled definition: the same outcome for the
// same lead and flow, without checking and parsing the definition again. A
// definition compiled for another catalog than the Caller's is compiled
// again for the Caller's, as Call would check it.
func (c *Caller) CallCompiled(ctx context.Context, cw *Compiled, lead Lead, flow Flow) (*Outcome, error) {
	if cw.cat != c.catalog {
		return c.Call(ctx, &cw.hook, lead, flow)
	}
	return c.call(ctx, &cw.hook, &cw.seen, lead, flow)
}

// compiledText is a text (URL, template, header value) split once into the
// literal text and the tokens between (R12, R13).
type compiledText struct {
	raw  string
	size int // bytes of literal text, for the builder's first guess
	segs []textSegment
}

// textSegment is literal text, then a token unless it ends the text.
type textSegment struct {
	text  string
	tok   token
	isTok bool
	field Field // of a lead token, looked up once (R12)
	found bool
}

func compileText(s string, cat *Catalog) compiledText {
	ct := compiledText{raw: s}
	last := 0
	for t, ok := nextToken(s, 0); ok; t, ok = nextToken(s, t.End) {
		seg := textSegment{text: s[last:t.Start], tok: t, isTok: true}
		if t.Scope == "lead" {
			seg.field, seg.found = cat.ByName(t.Name)
		}
		ct.segs = append(ct.segs, seg)
		ct.size += t.Start - last
		last = t.End
	}
	ct.segs = append(ct.segs, textSegment{text: s[last:]})
	ct.size += len(s) - last
	return ct
}

// fill is substitute over a compiled text.
func (r renderer) fill(ct *compiledText, enc valueEncoding) string {
	if len(ct.segs) == 1 {
		return ct.raw
	}
	var b strings.Builder
	b.Grow(ct.size + ct.size/2 + 16*len(ct.segs))
	for i := range ct.segs {
		s := &ct.segs[i]
		b.WriteString(s.text)
		if s.isTok {
			writeValue(&b, enc, r.valueFound(s.tok, s.field, s.found))
		}
	}
	return b.String()
}

// compileTexts splits w's URL, template (as validate unescaped it) and
// header values, and works out the JSON the mappings read.
func (cwh *checkedWebhook) compileTexts(w *Webhook, cat *Catalog) {
	cwh.url = compileText(w.URL, cat)
	if cwh.bodyOK {
		cwh.bodyText = compileText(cwh.body, cat)
	}
	cwh.headers = make([]compiledText, len(w.Headers))
	for i, h := range w.Headers {
		cwh.headers[i] = compileText(h.Value, cat)
	}
	cwh.want = wantOf(cwh.mappings)
	cwh.compiled = true
}

// wantOf is the part of a JSON answer the mappings read: the value at the
// end of each path that parsed (R22-R24). No mapping reads nothing, and the
// answer is then only checked (A16).
func wantOf(ms []checkedMapping) *jsonfast.Want {
	var want *jsonfast.Want
	for _, m := range ms {
		if m.pathErr != nil || len(m.path) == 0 {
			continue
		}
		steps := make([]jsonfast.Step, len(m.path))
		for i, s := range m.path {
			steps[i] = jsonfast.Step{Key: s.Key, Index: s.Index, HasIndex: s.HasIndex}
		}
		want = want.Add(steps)
	}
	return want
}
