package suite

import (
	"slices"

	gherkin "github.com/cucumber/gherkin/go/v42"
	messages "github.com/cucumber/messages/go/v34"
)

// eachPickle calls yield with the pickles of doc one at a time: the
// pickles gherkin.Pickles(*doc, uri, newID) returns all at once, with the
// same ids, in the same order. Each is compiled from a shallow copy of doc
// cut to the backgrounds before it and one scenario, or one example row of
// an outline, so that a feature's pickles are never all in memory at once
// (those of a 10,000-row outline are about 30 MB). The cut copies share
// doc's nodes and never change them.
func eachPickle(doc *messages.GherkinDocument, uri string, newID func() string, yield func(*messages.Pickle)) {
	if doc.Feature == nil {
		return
	}
	feature := *doc.Feature
	compile := func(children []*messages.FeatureChild) {
		feature.Children = children
		for _, p := range gherkin.Pickles(messages.GherkinDocument{Feature: &feature}, uri, newID) {
			yield(p)
		}
	}
	var backgrounds []*messages.FeatureChild
	for _, c := range doc.Feature.Children {
		// The order of gherkin's compileFeature: background, rule, scenario.
		if c.Background != nil {
			backgrounds = append(backgrounds, &messages.FeatureChild{Background: c.Background})
		}
		if c.Rule != nil {
			eachRulePiece(c.Rule, func(r *messages.Rule) {
				compile(append(slices.Clip(backgrounds), &messages.FeatureChild{Rule: r}))
			})
		}
		if c.Scenario != nil {
			eachScenarioPiece(c.Scenario, func(sc *messages.Scenario) {
				compile(append(slices.Clip(backgrounds), &messages.FeatureChild{Scenario: sc}))
			})
		}
	}
}

// eachRulePiece calls piece with copies of rule cut to its backgrounds
// before a scenario and one piece of that scenario (eachScenarioPiece).
func eachRulePiece(rule *messages.Rule, piece func(*messages.Rule)) {
	cut := *rule
	var backgrounds []*messages.RuleChild
	for _, c := range rule.Children {
		if c.Background != nil {
			backgrounds = append(backgrounds, &messages.RuleChild{Background: c.Background})
		}
		if c.Scenario != nil {
			eachScenarioPiece(c.Scenario, func(sc *messages.Scenario) {
				cut.Children = append(slices.Clip(backgrounds), &messages.RuleChild{Scenario: sc})
				piece(&cut)
			})
		}
	}
}

// eachScenarioPiece calls piece with sc, or, for an outline, with a copy
// of sc for each example row, cut to that row: gherkin compiles a row's
// pickle from its table's header and the row alone. An outline without
// rows has no pieces, as it has no pickles.
func eachScenarioPiece(sc *messages.Scenario, piece func(*messages.Scenario)) {
	if len(sc.Examples) == 0 {
		piece(sc)
		return
	}
	cut := *sc
	for _, ex := range sc.Examples {
		if ex.TableHeader == nil {
			continue
		}
		one := *ex
		cut.Examples = []*messages.Examples{&one}
		for _, row := range ex.TableBody {
			one.TableBody = []*messages.TableRow{row}
			piece(&cut)
		}
	}
}
