package suite

import (
	"slices"
	"sort"
)

// godogOrder is the order in which godog's junit and cucumber formatters
// list the features given (indexes of sel.contents): its storage iterates
// them by uri, then it sorts them by name with sort.Sort, whose order for
// the same input is always the same, so this sort reproduces it for one
// run and for each batch alike.
func godogOrder(sel selection, features []int) []int {
	out := slices.Clone(features)
	uri := func(i int) string { return sel.contents[i].Name }
	sort.Slice(out, func(a, b int) bool { return uri(out[a]) < uri(out[b]) })
	sort.Sort(featuresByName{features: out, sel: sel})
	return out
}

// featuresByName is godog's sortFeaturesByName over indexes of
// sel.contents.
type featuresByName struct {
	features []int
	sel      selection
}

func (s featuresByName) Len() int { return len(s.features) }
func (s featuresByName) Less(i, j int) bool {
	return s.sel.featureName(s.features[i]) < s.sel.featureName(s.features[j])
}
func (s featuresByName) Swap(i, j int) { s.features[i], s.features[j] = s.features[j], s.features[i] }

// featureName is the name of the feature i of the selection.
func (sel selection) featureName(i int) string {
	if doc := sel.docs[sel.contents[i].Name]; doc != nil && doc.Feature != nil {
		return doc.Feature.Name
	}
	return ""
}

// selectedFeatures is the features with a scenario selected: those one
// run reports.
func (sel selection) selectedFeatures() []int {
	var out []int
	for i, picks := range sel.picks {
		if len(picks) > 0 {
			out = append(out, i)
		}
	}
	return out
}
