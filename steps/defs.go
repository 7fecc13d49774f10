package steps

import (
	_ "time/tzdata" // IANA zones for "the account time zone is" on any machine (A9)
)

// definitions is the vocabulary, in catalog order: one table per area,
// each in its file (defs_<area>.go), whose entries name the functions that
// run the steps.
func definitions() []Def {
	var defs []Def
	for _, table := range [](func() []Def){
		leadDefs,            // defs_lead.go: the lead and its fields
		webhookDefs,         // defs_webhook.go: the definition
		flowDefs,            // defs_webhook.go: the flow step it runs in
		answerDefs,          // defs_answer.go: the scripted answer and faults
		callDefs,            // defs_call.go: the When steps
		leadAfterDefs,       // defs_lead.go: the lead afterwards
		recordsDefs,         // defs_records.go: what Marketo records
		recordsActivityDefs, // defs_records.go: the activity, problems and webhook files
		requestDefs,         // defs_request.go: the request that was sent
		leadsDefs,           // defs_leads.go: many leads
		certifyDefs,         // defs_certify.go: the certification profile, live
	} {
		defs = append(defs, table()...)
	}
	return defs
}

// inArea sets the catalog area of every step of a table.
func inArea(area string, defs []Def) []Def {
	for i := range defs {
		defs[i].Area = area
	}
	return defs
}
