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

// Certification holds the certification profile (certification/*.feature):
// the checks `hookcert certify` runs against a live endpoint. They are not
// part of FS: they need a live endpoint, not a scripted service.
//
//go:embed certification
var Certification embed.FS

// ProfileVersion is the version of the certification profile. It changes
// whenever a check is added, removed or made stricter, so a badge names the
// profile it was earned against.
const ProfileVersion = "1.0"
