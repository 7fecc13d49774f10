// Package generators holds hookcert's rapid generators and the properties
// of the behaviour spec's section 7, so that the invariants are proved by
// generation and shrinking, and users can fuzz their own definitions.
//
// Generators (all *rapid.Generator, shrinking towards the simplest value):
//
//   - status lines: [StatusCode], [SuccessCode], [NonSuccessCode], [ReasonPhrase]
//   - text: [HostileString], [SafeText]
//   - leads: [FieldValue], [Lead], [RenderLead] (every named field filled, mostly hostile)
//   - definitions: [Webhook], [JSONTemplate], [FormTemplate], [NoneTemplate], [Mappings]
//   - answers: [Document] (a body that plants a value at each mapping's path,
//     with the spec's verdict on it), [AnswerHeader], body kinds ([BodyKind])
//   - whole executions: [CaseOf] with a [Shape], [RenderCase]
//
// A [Case] knows its own expectation ([Case.Expect]): computed from the
// construction and the rules alone: each mapping's path is followed through
// the tree the generator built, and the value found is read by the
// properties' own statement of the conversion rules. Expect calls nothing of
// the model's (no Judge, ParsePath, Resolve or Convert), so that a bug there
// cannot hide in the expectation too.
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
