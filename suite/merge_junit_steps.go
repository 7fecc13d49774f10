package suite

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"

	gherkin "github.com/cucumber/gherkin/go/v42"
	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v34"
)

// stepIDs is the ids godog gives a scenario's steps: first, first+1, and
// so on, n of them.
type stepIDs struct{ first, n int }

// godogStepIDs numbers the scenarios of contents as godog's parser does:
// one counter over the features in order, each feature's AST nodes, then
// its pickles (each pickle's steps, then the pickle itself); per feature,
// per scenario in file order, its steps' ids.
func godogStepIDs(contents []godog.Feature) [][]stepIDs {
	newID := (&messages.Incrementing{}).NewId
	out := make([][]stepIDs, len(contents))
	for i, f := range contents {
		doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(f.Contents), newID)
		if err != nil {
			continue // godog refuses the run; the merger reports the missing cases
		}
		eachPickle(doc, f.Name, newID, func(p *messages.Pickle) {
			r := stepIDs{n: len(p.Steps)}
			if r.n > 0 {
				r.first, _ = strconv.Atoi(p.Steps[0].Id)
			}
			out[i] = append(out[i], r)
		})
	}
	return out
}

// order is the positions of the steps in the order godog's storage lists
// their results: by id as a string.
func (r stepIDs) order() []int {
	pos := make([]int, r.n)
	for i := range pos {
		pos[i] = i
	}
	sort.Slice(pos, func(a, b int) bool { return strconv.Itoa(r.first+pos[a]) < strconv.Itoa(r.first+pos[b]) })
	return pos
}

// junitStepOrder rewrites a test case of a batch, whose steps had the ids
// batch, as one run writes it, whose steps have the ids run: its errors in
// run's order of the steps, and its status that of the last step in that
// order that sets one (godog's rule). A scenario's steps are passed, then
// at most one failed, undefined, ambiguous or pending, then skipped, so
// the case's failure and errors tell each step's result.
func junitStepOrder(tc *junitCase, batch, run stepIDs) error {
	inBatch, inRun := batch.order(), run.order()
	if slices.Equal(inBatch, inRun) {
		return nil
	}
	n, listed := batch.n, len(tc.Error)
	if tc.Failure != nil {
		listed++
	}
	if listed > n || batch.n != run.n {
		return fmt.Errorf("%d step results for %d steps (%d in one run)", listed, batch.n, run.n)
	}
	if listed == 0 && tc.Status == "skipped" {
		return nil // no result at all
	}
	failedAt := -1
	if tc.Failure != nil {
		failedAt = n - listed
	}
	var errorAt []int // the steps of the errors, in the batch's order
	for _, p := range inBatch {
		if p >= n-listed && p != failedAt {
			errorAt = append(errorAt, p)
		}
	}
	byStep := make([]*junitError, n)
	for i, e := range tc.Error {
		byStep[errorAt[i]] = e
	}
	status, errs := "", make([]*junitError, 0, len(tc.Error))
	for _, p := range inRun {
		switch e := byStep[p]; {
		case p == failedAt:
			status = "failed"
		case e == nil:
			status = "passed"
		default:
			errs = append(errs, e)
			if e.Type != "skipped" {
				status = e.Type
			}
		}
	}
	if status != "" {
		tc.Status = status
	}
	tc.Error = errs
	return nil
}
