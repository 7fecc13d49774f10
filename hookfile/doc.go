// Package hookfile reads webhook definitions and leads from YAML files.
//
// A webhook file describes one Marketo webhook as its admin screen does, plus
// the custom lead fields its mappings write:
//
//	name: Enrich lead
//	url: https://enrich.vendor.example/v1/person?email={{lead.Email Address}}
//	method: POST                 # DELETE, GET, PATCH, POST, PUT (R6)
//	tokenEncoding: json          # none, json, form (R8); default none
//	responseType: json           # json, xml (R9)
//	                             # (the admin screen's None, JSON, Form/Url, XML too)
//	headers:                     # R10, in order
//	  X-Api-Key: "{{my.Enrich Key}}"
//	template: |                  # R7; none on GET (A2)
//	  {"email": {{lead.Email Address}}}
//	mappings:                    # Response Attribute: SOAP field name (R11)
//	  person.company.name: company
//	fields:                      # custom lead fields (R26)
//	  - {name: Enrichment Score, soapName: enrichmentScore, type: score}
//	secretTokens: [my.Enrich Key] # values masked in every output
//
// mappings may also be a list of {attribute, field} pairs, for two mappings of
// one attribute. A lead file maps field names (display or SOAP) to values:
//
//	Email Address: ada@example.com
//	firstName: Ada
//	numberOfEmployees: 42
//
// Loading reports every problem it finds, each with file:line:column, the key
// and the rule id ([Errors]); unknown keys are errors, and every unknown
// name (key, encoding, type, field) names the closest known one. Nothing is partly loaded.
// A file holds one YAML document (a second one after "---" is an error), may
// start with a UTF-8 byte order mark, and is at most [MaxFileSize] bytes; at
// most [MaxErrors] problems are listed, then how many more there are.
package hookfile
