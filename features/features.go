// Package features holds hookcert's conformance suite: one Gherkin feature per
// area of the behaviour spec (docs/rules.md), English and one German, and the
// files their steps name (testdata/). The hookcert binary carries them.
//
// Every scenario is tagged with the rule ids it checks (@R18 @A15); a test
// checks that every id of the register is exercised. Run them with
// `hookcert run` or `go test ./features/`.
package features

import "embed"

// FS holds the features (*.feature at its root) and testdata/.
//
//go:embed *.feature testdata
var FS embed.FS
