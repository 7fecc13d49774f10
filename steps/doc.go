// Package steps is hookcert's Gherkin step vocabulary, in English and
// German: thin glue from a step's text to the scripted services of package
// harness and the reference model of package marketo.
//
// [New] compiles the vocabulary once into a [Library]; the runner (package
// suite) calls [Library.InitScenario] for every scenario, which registers
// the steps with godog on a fresh world, so scenarios share nothing and may
// run at once. [Library.Defs] lists the steps for the catalog
// ([Library.WriteMarkdown], docs/steps.md) and [Library.Suggest] finds the
// steps closest to an undefined line.
//
// The steps are tables, one per area, each in its file: defs_lead.go (the
// lead and its fields, and the lead afterwards), defs_webhook.go (the
// definition and the flow step), defs_answer.go (the scripted answer and its
// faults), defs_call.go (When), defs_records.go (what Marketo records),
// defs_request.go (the request sent) and defs_leads.go (many leads). Each
// entry names the function that runs it. The When step calls the definition
// on every face of the run's transport (harness.CallFaces); under both faces
// the outcomes must agree (harness.Compare).
package steps
