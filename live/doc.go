// Package live calls a vendor's real endpoint the way Marketo would, and no
// harder than the vendor allows: every request goes through the oracle
// ([marketo.Caller]), within a total request budget, a rate limit and a cap on
// calls in flight, and only to the one host under test.
//
// A [Target] is opened from a [Config]; [Target.Call] makes one call and
// returns a [Probe] (the lead, the outcome, the latency). [Summarize] turns
// latencies into percentiles and [FlowTime] applies Marketo's own arithmetic
// (R4). [Shrink] reduces a lead that breaks the endpoint to the smallest one
// that still does, spending requests from the same budget.
//
// The certification profile (package certify and its Gherkin steps) is built
// on this package; it knows nothing of Gherkin itself.
package live
