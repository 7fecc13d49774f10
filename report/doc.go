// Package report renders hookcert's results for people: a self-contained
// HTML document and a shields-style SVG badge.
//
// The input is a plain data model, [Document], general enough for a
// certification of a live endpoint (a verdict "certified" or "not
// certified", checks with evidence, a latency series) and for a Gherkin suite
// run (a verdict "passed" or "failed", one check per scenario):
//
//   - [Render] writes the HTML report: inline CSS and inline SVG only, no
//     external assets and no scripts, so the file can be mailed, archived and
//     opened offline. Failed checks come first, then warnings, passes and
//     skipped ones. Every string is HTML-escaped; evidence text and the chart
//     are bounded ([MaxEvidenceBytes], [MaxChartPoints]).
//   - [Badge] writes the SVG badge: "certified | <profile>" in green or "not
//     certified | <profile>" in red.
//   - [FromCucumberJSON] builds a Document from godog's cucumber JSON report,
//     so that a suite run gets the same report; [RenderCucumberJSON] writes
//     that report's page streamed, byte for byte the same, holding only
//     the counts, the durations and where each scenario is in the input
//     (two passes over it), so that a run of 10,000 scenarios does not
//     hold them all.
//
// The package has no package-level mutable state.
package report
