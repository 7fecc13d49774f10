// Package suite is hookcert's Gherkin runner, shared by `go test
// ./features`, `hookcert run` and any program that checks webhooks with the
// step vocabulary of package steps: [Run] takes a [Config] (features, tags,
// shard, formats, transport, knobs, the caller under test) and returns a
// [Result]; [TB] is the small part of testing.TB it reports through, and
// [Log] a TB that keeps the messages.
//
// Run selects the scenarios itself (tags and [Shard], one evaluator for
// both, so that what runs is what Result counts), hands godog only those,
// in strict mode, and writes the reports ([Format]) atomically when the run
// ends. It is the only package of hookcert that links godog.
package suite
