package suite

import (
	"fmt"

	messages "github.com/cucumber/messages/go/v34"
)

// Listed is one scenario a run would run: an outline's example row is a
// scenario of its own, at the row's line.
type Listed struct {
	URI  string // the feature's path as given
	Line int64  // the scenario's line, or the example row's
	Name string
}

// String is "file:line: name", the form editors and CI logs link.
func (l Listed) String() string { return fmt.Sprintf("%s:%d: %s", l.URI, l.Line, l.Name) }

// List returns the scenarios a run of cfg would run (its features, tags
// and shard), in file order, and runs nothing: `hookcert run --list`. Its
// errors are those of a run that cannot start (StatusBadInput).
func List(cfg Config) ([]Listed, error) {
	if _, err := checkConfig(&cfg); err != nil {
		return nil, err
	}
	files, err := loadFeatures(cfg.FS, cfg.Paths)
	if err != nil {
		return nil, err
	}
	var out []Listed
	for _, f := range files {
		doc, err := parseFeature(f)
		if err != nil {
			return nil, err
		}
		if doc.Feature == nil {
			continue
		}
		idx := indexFeature(doc.Feature)
		eachPickle(doc, f.uri, (&messages.Incrementing{}).NewId, func(p *messages.Pickle) {
			_, _, line := idx.locate(p)
			if cfg.Shard.Has(f.uri, p.Name, line) && matchTags(cfg.Tags, p.Tags) {
				out = append(out, Listed{URI: f.uri, Line: line, Name: p.Name})
			}
		})
	}
	return out, nil
}

// locate returns a pickle's scenario, its example row (nil outside an
// outline) and its line: the row's, or the scenario's.
func (idx *featureIndex) locate(p *messages.Pickle) (*messages.Scenario, *messages.TableRow, int64) {
	sc := idx.scenarios[p.AstNodeIds[0]]
	if len(p.AstNodeIds) > 1 {
		row := idx.rows[p.AstNodeIds[1]]
		return sc, row, row.Location.Line
	}
	return sc, nil, sc.Location.Line
}
