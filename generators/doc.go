// Package generators holds hookcert's rapid generators and the properties
// of the behaviour spec's section 7, so that the invariants are proved by
// generation and shrinking, and users can fuzz their own definitions.
//
// Generators (all *rapid.Generator, shrinking towards the simplest value):
//
//   - status lines: [StatusCode], [SuccessCode], [NonSuccessCode], [ReasonPhrase]
//   - text: [HostileString], [SafeText]
//   - leads: [FieldValue], [Lead]
//   - definitions: [Webhook], [JSONTemplate], [FormTemplate], [NoneTemplate], [Mappings]
//   - answers: [Document] (a body that plants a value at each mapping's path,
//     with the spec's verdict on it), [AnswerHeader], body kinds ([BodyKind])
//   - whole executions: [CaseOf] with a [Shape], [RenderCase]
//
// A [Case] knows its own expectation ([Case.Expect]): computed from the
// construction and the rules, with ParsePath, Resolve and Convert checked
// against what was planted, never by calling Judge.
//
// Properties ([Properties]): invariants 1-5 and a state machine. Open a
// [Session] against a [Target] (a transport and the caller under test),
// pass [Session.Check] to rapid.Check, or call [Run] to run it outside go
// test (it implements rapid.TB). A failing check records its case as a
// Gherkin [Scenario] in the step vocabulary of docs/step-contract.md.
//
// Negative controls ([Mutants]): callers that break one rule each; the
// tests assert that the properties catch every one.
package generators
