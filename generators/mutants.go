package generators

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
)

// Mutant is a deliberately wrong webhook caller, a negative control: the
// properties must catch every one, or they prove nothing.
type Mutant struct {
	// Name identifies the mutant (hookcert fuzz --mutant NAME).
	Name string
	// Breaks is the rule the mutant breaks.
	Breaks string
	// Doc says what it gets wrong.
	Doc string
	// CaughtBy is the property that must catch it.
	CaughtBy string
	// Wrap makes the mutant's NewCallerFunc from the reference one.
	Wrap func(harness.NewCallerFunc) harness.NewCallerFunc
}

// Mutants returns the negative controls.
func Mutants() []Mutant {
	return []Mutant{
		{Name: "map-on-3xx", Breaks: "R18", CaughtBy: "Invariant1NonSuccessNeverMutates",
			Doc: "applies the response mappings to a 3xx answer", Wrap: wrapAfter(mapOn3xx)},
		{Name: "whitespace-is-empty", Breaks: "A14", CaughtBy: "Invariant4ResponseAndErrorTypeAsReceived",
			Doc: "records 1001 for a 2xx body of only white space", Wrap: wrapAfter(whitespaceIsEmpty)},
		{Name: "string-into-integer", Breaks: "R25", CaughtBy: "Invariant3SuccessWritesExactlyTheMappings",
			Doc: "writes a JSON string into an Integer, Score or Percent field", Wrap: wrapAfter(stringIntoInteger)},
		{Name: "follow-redirects", Breaks: "A11", CaughtBy: "Invariant1NonSuccessNeverMutates",
			Doc: "follows 3xx redirects", Wrap: followRedirects},
		{Name: "changed-response", Breaks: "R21", CaughtBy: "Invariant4ResponseAndErrorTypeAsReceived",
			Doc: "records the Response with surrounding white space trimmed", Wrap: wrapAfter(trimResponse)},
		{Name: "mutate-on-timeout", Breaks: "R17 R18", CaughtBy: "Invariant1NonSuccessNeverMutates",
			Doc: "clears the mapped fields when the call times out", Wrap: wrapAfter(clearOnTimeout)},
	}
}

// MutantByName finds a mutant by its Name.
func MutantByName(name string) (Mutant, bool) {
	for _, m := range Mutants() {
		if m.Name == name {
			return m, true
		}
	}
	return Mutant{}, false
}

// afterCaller calls the real caller, then alters its outcome.
type afterCaller struct {
	inner marketo.WebhookCaller
	cat   *marketo.Catalog
	opts  marketo.Options
	alter func(c *afterCaller, w *marketo.Webhook, out *marketo.Outcome)
}

func (c *afterCaller) Call(ctx context.Context, w *marketo.Webhook, lead marketo.Lead, flow marketo.Flow) (*marketo.Outcome, error) {
	out, err := c.inner.Call(ctx, w, lead, flow)
	if err == nil && out != nil {
		c.alter(c, w, out)
		out.Activity.Code, out.Activity.ErrorType, out.Activity.Response = out.Code, out.ErrorType, out.Response
	}
	return out, err
}

func wrapAfter(alter func(c *afterCaller, w *marketo.Webhook, out *marketo.Outcome)) func(harness.NewCallerFunc) harness.NewCallerFunc {
	return func(next harness.NewCallerFunc) harness.NewCallerFunc {
		return func(client *http.Client, cat *marketo.Catalog, opts marketo.Options) marketo.WebhookCaller {
			return &afterCaller{inner: next(client, cat, opts), cat: cat, opts: opts, alter: alter}
		}
	}
}

func followRedirects(next harness.NewCallerFunc) harness.NewCallerFunc {
	return func(client *http.Client, cat *marketo.Catalog, opts marketo.Options) marketo.WebhookCaller {
		opts.FollowRedirects = true
		return next(client, cat, opts)
	}
}

// apply resolves each mapping on the Response as the model's parts do and
// writes what converts, with convert deciding the value.
func (c *afterCaller) apply(w *marketo.Webhook, out *marketo.Outcome, convert func(f marketo.Field, v any) (any, bool)) {
	var doc any
	var err error
	if w.ResponseType == marketo.ResponseXML {
		doc, err = marketo.ParseXMLBody([]byte(out.Response))
	} else {
		doc, err = marketo.ParseJSONBody([]byte(out.Response))
	}
	if err != nil {
		return
	}
	for _, m := range w.Mappings {
		f, ok := c.cat.BySOAP(m.Field)
		p, err := marketo.ParsePath(m.Attribute)
		if !ok || err != nil {
			continue
		}
		v, ok := marketo.Resolve(doc, p)
		if !ok {
			continue
		}
		if val, ok := convert(f, v); ok {
			out.Changes = append(out.Changes, marketo.Change{Field: f.SOAPName, Old: out.Lead[f.SOAPName], New: val, Attribute: m.Attribute, Same: marketo.SameValue(out.Lead[f.SOAPName], val)})
			out.Lead[f.SOAPName] = val
			// A caller that writes a mapping does not also report it skipped.
			out.Skipped = slices.DeleteFunc(out.Skipped, func(sk marketo.Skip) bool {
				return sk.Attribute == m.Attribute && sk.Field == m.Field
			})
		}
	}
}

func mapOn3xx(c *afterCaller, w *marketo.Webhook, out *marketo.Outcome) {
	if out.Code >= 300 && out.Code <= 399 && out.Failure == marketo.FailureNone {
		c.apply(w, out, func(f marketo.Field, v any) (any, bool) {
			val, err := marketo.Convert(f, v, c.opts)
			return val, err == nil
		})
	}
}

func whitespaceIsEmpty(_ *afterCaller, _ *marketo.Webhook, out *marketo.Outcome) {
	if marketo.Is2xx(out.Status) && out.Response != "" && strings.TrimSpace(out.Response) == "" {
		out.Code, out.ErrorType, out.Failure = marketo.CodeEmptyBody, marketo.ErrorTypeEmptyBody, marketo.FailureNone
	}
}

func stringIntoInteger(c *afterCaller, w *marketo.Webhook, out *marketo.Outcome) {
	if !marketo.Is2xx(out.Code) || out.Failure != marketo.FailureNone {
		return
	}
	c.apply(w, out, func(f marketo.Field, v any) (any, bool) {
		s, isString := v.(string)
		switch {
		case !isString || (f.Type != marketo.TypeInteger && f.Type != marketo.TypeScore && f.Type != marketo.TypePercent):
			return nil, false
		}
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n, true
		}
		return s, true
	})
}

func trimResponse(_ *afterCaller, _ *marketo.Webhook, out *marketo.Outcome) {
	out.Response = strings.TrimSpace(out.Response)
}

func clearOnTimeout(c *afterCaller, w *marketo.Webhook, out *marketo.Outcome) {
	if out.Failure != marketo.FailureTimeout {
		return
	}
	for _, m := range w.Mappings {
		if f, ok := c.cat.BySOAP(m.Field); ok {
			out.Changes = append(out.Changes, marketo.Change{Field: f.SOAPName, Old: out.Lead[f.SOAPName], New: nil, Attribute: m.Attribute, Same: out.Lead[f.SOAPName] == nil})
			delete(out.Lead, f.SOAPName)
		}
	}
}
