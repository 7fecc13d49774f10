// Package certify certifies a vendor's live endpoint against Marketo's
// documented rules: it runs the certification profile (the Gherkin features
// in features/certification, and a vendor's own), through the same runner
// and step vocabulary as `hookcert run`, against the real endpoint, with the
// oracle judging every answer; and writes the verdict and its reports.
//
// [Run] is the one entry point. [Plan] is what a run would send, for
// --dry-run. The verdict JSON ([Verdict]) is the source of every report:
// JUnit, the HTML report for customers, the badge; godog's cucumber report
// comes from the run itself.
//
// Safety towards the vendor is built in (package live): a request budget,
// a rate limit, at most 20 calls in flight by default, time-outs, no
// redirect followed, and only the target host ever contacted.
package certify
