package steps

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

// leadDefs are the steps of the lead and its fields, before the call.
func leadDefs() []Def {
	return inArea("Lead and fields", []Def{
		{
			Keyword: Given, Arg: Table, EN: "a lead with:", DE: "ein Lead mit:",
			Doc:       "The lead the webhook is called for. Header row `| field | value |`; a field is a display name or a SOAP API name; each value is checked against the field's type (R26).",
			ExampleEN: "Given a lead with:", ExampleDE: "Angenommen ein Lead mit:",
			ExampleArg: "| field         | value             |\n| Email Address | ada@example.com   |\n| Lead Score    | 10                |",
			run:        givenLeadTable,
		},
		{
			Keyword: Given, EN: "the lead from {string}", DE: "der Lead aus {string}",
			Doc:       "The lead from a YAML lead file (field: value). A relative path is looked up next to the feature file, then in the working directory.",
			ExampleEN: `Given the lead from "testdata/lead.yaml"`, ExampleDE: `Angenommen der Lead aus "testdata/lead.yaml"`,
			run: givenLeadFrom,
		},
		{
			Keyword: Given, EN: "a custom field {string} with API name {string} of type {word}", DE: "ein eigenes Feld {string} mit API-Namen {string} vom Typ {word}",
			Doc:       "Declares a custom lead field. Types: string, text, integer, float, currency, boolean, date, datetime, email, url, phone, score, percent (R26).",
			ExampleEN: `Given a custom field "Enrichment Score" with API name "enrichmentScore" of type integer`,
			ExampleDE: `Angenommen ein eigenes Feld "Enrichment Score" mit API-Namen "enrichmentScore" vom Typ integer`,
			run:       givenCustomField,
		},
		{
			Keyword: Given, EN: "{int} leads", DE: "{int} Leads",
			Doc:       "Many leads for one flow step (R3, A1): copies of the lead so far, lead i with Email Address `lead<i>@example.com`. Use with \"When the webhook is called for each lead\"; every Then step then checks every call.",
			ExampleEN: "Given 25 leads", ExampleDE: "Angenommen 25 Leads",
			run: givenLeads,
		},
	})
}

// leadAfterDefs are the steps that check the lead after the call.
func leadAfterDefs() []Def {
	return inArea("The lead afterwards", []Def{
		{
			Keyword: Then, EN: "the field {string} is {string}", DE: "hat das Feld {string} den Wert {string}", DEAlt: "das Feld {string} ist {string}",
			Doc:       "The field's value after the call, compared as a value of the field's type (\"42\" equals 42.0 in a Float field); \"\" means no value.",
			ExampleEN: `Then the field "Lead Score" is "42"`, ExampleDE: `Dann hat das Feld "Lead Score" den Wert "42"`,
			run: thenFieldIs,
		},
		{
			Keyword: Then, EN: "the field {string} is unchanged", DE: "ist das Feld {string} unverändert", DEAlt: "das Feld {string} ist unverändert",
			Doc:       "The field keeps the value it had before the call.",
			ExampleEN: `Then the field "Lead Score" is unchanged`, ExampleDE: `Dann ist das Feld "Lead Score" unverändert`,
			run: thenFieldUnchanged,
		},
		{
			Keyword: Then, EN: "no lead field changed", DE: "hat sich kein Lead-Feld geändert", DEAlt: "kein Lead-Feld hat sich geändert",
			Doc:        "Every field has the value it had before the call, as \"the field is unchanged\" says of one (R18); a write of the value a field already had counts as no change, and so does a rejected definition (nothing was sent).",
			Deprecated: "its wording mixes up values and writes (it used to fail on a write of an equal value, and after a rejected definition); it now checks values, as \"the lead is unchanged\" does. Use \"the lead is unchanged\" for values, \"no lead field was written\" for writes.",
			ExampleEN:  "Then no lead field changed", ExampleDE: "Dann hat sich kein Lead-Feld geändert",
			run: thenLeadUnchanged,
		},
		{
			Keyword: Then, EN: "the lead is unchanged", DE: "ist der Lead unverändert", DEAlt: "der Lead ist unverändert",
			Doc:       "Every field has the value it had before the call (R18): a write of the value a field already had is no change; after a rejected definition nothing was sent and the lead is as before (A2, A5).",
			ExampleEN: "Then the lead is unchanged", ExampleDE: "Dann ist der Lead unverändert",
			run: thenLeadUnchanged,
		},
		{
			Keyword: Then, EN: "no lead field was written", DE: "wurde kein Lead-Feld geschrieben", DEAlt: "kein Lead-Feld wurde geschrieben",
			Doc:       "No mapping wrote a field, not even the value it already had: the outcome lists no change (R18, A19). After a rejected definition nothing was written either (A2, A5).",
			ExampleEN: "Then no lead field was written", ExampleDE: "Dann wurde kein Lead-Feld geschrieben",
			run: thenNoLeadFieldWritten,
		},
		{
			Keyword: Then, Arg: Table, EN: "the lead is:", DE: "ist der Lead:", DEAlt: "der Lead ist:",
			Doc:       "After the call each field of the table has its value, compared as \"the field is\" does (\"\" for no value); fields not in the table are not checked. Header row `| field | value |` (German `| Feld | Wert |`).",
			ExampleEN: "Then the lead is:", ExampleDE: "Dann ist der Lead:",
			ExampleArg: "| field      | value |\n| Lead Score | 42    |",
			run:        thenLeadIs,
		},
		{
			Keyword: Then, Arg: Table, EN: "the changes are:", DE: "sind die Änderungen:", DEAlt: "die Änderungen sind:",
			Doc:       "The outcome lists exactly these changes, in mapping order (A19, A24). Header row `| field | old | new |` (German `| Feld | alt | neu |`); field by SOAP API name; \"\" for no value.",
			ExampleEN: "Then the changes are:", ExampleDE: "Dann sind die Änderungen:",
			ExampleArg: "| field     | old | new |\n| leadScore | 10  | 42  |",
			run:        thenChangesBlock,
		},
		{
			Keyword: Then, EN: "the mapping {string} was skipped under {rule}", DE: "wurde die Zuordnung {string} nach {rule} übersprungen", DEAlt: "die Zuordnung {string} wurde nach {rule} übersprungen",
			Doc:       "The mapping with this Response Attribute was not applied, for a reason of this rule (A19-A22, R25).",
			ExampleEN: `Then the mapping "score" was skipped under R25`, ExampleDE: `Dann wurde die Zuordnung "score" nach R25 übersprungen`,
			run: thenMappingSkippedUnder,
		},
		{
			Keyword: Then, EN: "the mapping {string} was skipped", DE: "wurde die Zuordnung {string} übersprungen", DEAlt: "die Zuordnung {string} wurde übersprungen",
			Doc:       "The mapping with this Response Attribute was not applied, for any reason (A19-A22, R18, R25); the message names the reasons there were.",
			ExampleEN: `Then the mapping "score" was skipped`, ExampleDE: `Dann wurde die Zuordnung "score" übersprungen`,
			run: thenMappingSkipped,
		},
		{
			Keyword: Then, EN: "the mapping {string} to {string} was skipped under {rule}", DE: "wurde die Zuordnung {string} zu {string} nach {rule} übersprungen", DEAlt: "die Zuordnung {string} zu {string} wurde nach {rule} übersprungen",
			Doc:       "The mapping of this Response Attribute to this field (SOAP API or display name) was not applied, for a reason of this rule: for two mappings of one attribute (A19-A22, R25).",
			ExampleEN: `Then the mapping "v" to "leadScore" was skipped under R25`, ExampleDE: `Dann wurde die Zuordnung "v" zu "leadScore" nach R25 übersprungen`,
			run: thenMappingToSkippedUnder,
		},
		{
			Keyword: Then, EN: "no mapping was skipped", DE: "wurde keine Zuordnung übersprungen", DEAlt: "keine Zuordnung wurde übersprungen",
			Doc:       "Every mapping was applied.",
			ExampleEN: "Then no mapping was skipped", ExampleDE: "Dann wurde keine Zuordnung übersprungen",
			run: thenNoMappingSkipped,
		},
	})
}

// givenLeadFrom runs the step "the lead from {string}".
func givenLeadFrom(_ context.Context, w *world, a *args) error {
	name, data, err := w.readFile(a.str(0))
	if err != nil {
		return err
	}
	lead, err := hookfile.ParseLead(name, data, w.cat)
	if err != nil {
		return err
	}
	for k, v := range lead {
		w.lead[k] = v
	}
	return nil
}

// givenCustomField runs the step "a custom field {string} with API name {string} of type {word}".
func givenCustomField(_ context.Context, w *world, a *args) error {
	f := marketo.Field{Name: a.str(0), SOAPName: a.str(1), Type: marketo.FieldType(strings.ToLower(a.str(2)))}
	if err := w.ownCatalog().Add(f); err != nil {
		return err
	}
	w.custom = append(w.custom, f)
	return nil
}

// givenLeads runs the step "{int} leads".
func givenLeads(_ context.Context, w *world, a *args) error {
	if a.num(0) < 1 || a.num(0) > 10000 {
		return fmt.Errorf("%d leads: give 1 to 10000", a.num(0))
	}
	w.nLeads = a.num(0)
	return nil
}

// thenFieldIs runs the step "the field {string} is {string}".
func thenFieldIs(_ context.Context, w *world, a *args) error {
	f, err := w.field(a.str(0))
	if err != nil {
		return err
	}
	return w.eachOutcome(func(c call) error {
		got, has := c.out.Lead[f.SOAPName]
		return w.sameValue(f, got, has, a.str(1))
	})
}

// thenFieldUnchanged runs the step "the field {string} is unchanged".
func thenFieldUnchanged(_ context.Context, w *world, a *args) error {
	f, err := w.field(a.str(0))
	if err != nil {
		return err
	}
	return w.eachOutcome(func(c call) error {
		before, had := c.lead[f.SOAPName]
		after, has := c.out.Lead[f.SOAPName]
		if had != has || !reflect.DeepEqual(before, after) {
			return fmt.Errorf("field %s: got %s, want it unchanged (%s)", f.SOAPName, show(after, has), show(before, had))
		}
		return nil
	})
}

// thenLeadUnchanged runs the steps "the lead is unchanged" and "no lead field changed".
func thenLeadUnchanged(_ context.Context, w *world, _ *args) error {
	return w.each(func(c call) error {
		if rejected(c) {
			return nil // nothing was sent: the lead is as it was
		}
		if c.err != nil {
			return fmt.Errorf("the call failed: %v", c.err)
		}
		if !sameLead(c.lead, c.out.Lead) {
			return fmt.Errorf("the lead changed: got %s, want %s", jsonText(c.out.Lead), jsonText(c.lead))
		}
		return nil
	})
}

// thenNoLeadFieldWritten runs the step "no lead field was written".
func thenNoLeadFieldWritten(_ context.Context, w *world, _ *args) error {
	return w.each(func(c call) error {
		if rejected(c) {
			return nil // nothing was sent, nothing written
		}
		if c.err != nil {
			return fmt.Errorf("the call failed: %v", c.err)
		}
		if len(c.out.Changes) > 0 {
			return fmt.Errorf("got %d writes %s, want none", len(c.out.Changes), jsonText(c.out.Changes))
		}
		if !sameLead(c.lead, c.out.Lead) {
			return fmt.Errorf("the lead changed: got %s, want %s", jsonText(c.out.Lead), jsonText(c.lead))
		}
		return nil
	})
}

// rejected reports whether the call was refused before sending (A2, A5).
func rejected(c call) bool {
	var ps marketo.Problems
	return c.err != nil && errors.As(c.err, &ps)
}

// thenLeadIs runs the step "the lead is:".
func thenLeadIs(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"field", "Feld"}, []string{"value", "Wert"})
	if err != nil {
		return err
	}
	fields := make([]marketo.Field, len(rows))
	for i, r := range rows {
		if fields[i], err = w.field(r[0]); err != nil {
			return fmt.Errorf("row %d: %w", i+1, err)
		}
	}
	return w.eachOutcome(func(c call) error {
		var errs []error
		for i, f := range fields {
			got, has := c.out.Lead[f.SOAPName]
			errs = append(errs, w.sameValue(f, got, has, rows[i][1]))
		}
		return errors.Join(errs...)
	})
}

// thenChangesBlock runs the step "the changes are:".
func thenChangesBlock(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"field", "Feld"}, []string{"old", "alt"}, []string{"new", "neu"})
	if err != nil {
		return err
	}
	return w.eachOutcome(func(c call) error {
		if len(c.out.Changes) != len(rows) {
			return fmt.Errorf("got %d changes %s, want %d", len(c.out.Changes), jsonText(c.out.Changes), len(rows))
		}
		for i, r := range rows {
			ch := c.out.Changes[i]
			f, err := w.field(r[0])
			if err != nil {
				return err
			}
			if !strings.EqualFold(ch.Field, f.SOAPName) {
				return fmt.Errorf("change %d: got field %s, want %s", i+1, ch.Field, f.SOAPName)
			}
			if err := w.sameValue(f, ch.Old, ch.Old != nil, r[1]); err != nil {
				return fmt.Errorf("change %d, old value: %w", i+1, err)
			}
			if err := w.sameValue(f, ch.New, ch.New != nil, r[2]); err != nil {
				return fmt.Errorf("change %d, new value: %w", i+1, err)
			}
		}
		return nil
	})
}

// thenMappingSkippedUnder runs the step "the mapping {string} was skipped under {rule}".
func thenMappingSkippedUnder(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		for _, s := range c.out.Skipped {
			if s.Attribute == a.str(0) {
				if s.Rule != a.str(1) {
					return fmt.Errorf("mapping %q was skipped under %s (%s), want %s", s.Attribute, s.Rule, s.Reason, a.str(1))
				}
				return nil
			}
		}
		return fmt.Errorf("mapping %q was not skipped; skipped: %s; changes: %s", a.str(0), jsonText(c.out.Skipped), jsonText(c.out.Changes))
	})
}

// thenMappingSkipped runs the step "the mapping {string} was skipped".
func thenMappingSkipped(_ context.Context, w *world, a *args) error {
	return w.eachOutcome(func(c call) error {
		for _, s := range c.out.Skipped {
			if s.Attribute == a.str(0) {
				return nil
			}
		}
		return fmt.Errorf("mapping %q was not skipped; skipped: %s; changes: %s", a.str(0), jsonText(c.out.Skipped), jsonText(c.out.Changes))
	})
}

// thenMappingToSkippedUnder runs the step "the mapping {string} to {string} was skipped under {rule}".
func thenMappingToSkippedUnder(_ context.Context, w *world, a *args) error {
	f, err := w.field(a.str(1))
	if err != nil {
		return err
	}
	return w.eachOutcome(func(c call) error {
		for _, s := range c.out.Skipped {
			if s.Attribute == a.str(0) && strings.EqualFold(s.Field, f.SOAPName) {
				if s.Rule != a.str(2) {
					return fmt.Errorf("mapping %q to %s was skipped under %s (%s), want %s", s.Attribute, s.Field, s.Rule, s.Reason, a.str(2))
				}
				return nil
			}
		}
		return fmt.Errorf("mapping %q to %s was not skipped; skipped: %s; changes: %s", a.str(0), f.SOAPName, jsonText(c.out.Skipped), jsonText(c.out.Changes))
	})
}

// thenNoMappingSkipped runs the step "no mapping was skipped".
func thenNoMappingSkipped(_ context.Context, w *world, _ *args) error {
	return w.eachOutcome(func(c call) error {
		if len(c.out.Skipped) > 0 {
			return fmt.Errorf("got skipped mappings %s, want none", jsonText(c.out.Skipped))
		}
		return nil
	})
}

// givenLeadTable runs the step "a lead with:": the lead from a | field | value | table.
func givenLeadTable(_ context.Context, w *world, a *args) error {
	rows, err := tableRows(a.table, []string{"field", "Feld"}, []string{"value", "Wert"})
	if err != nil {
		return err
	}
	var errs []error
	for _, r := range rows {
		f, err := w.field(r[0])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if r[1] == "" {
			delete(w.lead, f.SOAPName)
			continue
		}
		v, err := w.cat.ParseValue(f, r[1])
		if err != nil {
			errs = append(errs, err) // it names the field and its type
			continue
		}
		w.lead[f.SOAPName] = v
	}
	return errors.Join(errs...)
}

// sameValue compares a field's value with the text of a step, as values of
// the field's type; "" means no value (or the empty text).
func (w *world) sameValue(f marketo.Field, got any, has bool, want string) error {
	if want == "" {
		if !has || got == nil || got == "" {
			return nil
		}
		return fmt.Errorf("field %s: got %s, want no value", f.SOAPName, show(got, has))
	}
	if !has {
		return fmt.Errorf("field %s: got no value, want %q", f.SOAPName, want)
	}
	if v, err := w.cat.ParseValue(f, want); err == nil {
		// The value must also have the field type's canonical Go type
		// (marketo.Lead): the string "42" in a Score field is not 42.
		if reflect.TypeOf(v) == reflect.TypeOf(got) &&
			(reflect.DeepEqual(v, got) || marketo.FormatValue(v) == marketo.FormatValue(got)) {
			return nil
		}
		if reflect.TypeOf(v) != reflect.TypeOf(got) {
			return fmt.Errorf("field %s: got %s, want %q as %T (a %s field's type)", f.SOAPName, show(got, has), want, v, f.Type)
		}
	} else if marketo.FormatValue(got) == want {
		return nil
	}
	return fmt.Errorf("field %s: got %s, want %q", f.SOAPName, show(got, has), want)
}

func show(v any, has bool) string {
	if !has {
		return "no value"
	}
	return fmt.Sprintf("%q (%T)", marketo.FormatValue(v), v)
}

// sameLead compares two givenLeads, an absent field equal to a nil one.
func sameLead(a, b marketo.Lead) bool {
	for k, v := range a {
		if !reflect.DeepEqual(v, b[k]) {
			return false
		}
	}
	for k, v := range b {
		if _, ok := a[k]; !ok && v != nil {
			return false
		}
	}
	return true
}
