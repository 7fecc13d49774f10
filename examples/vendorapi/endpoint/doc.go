// Package endpoint is a small, real enrichment endpoint for the bundled example
// webhook (examples/enrich/webhook.yaml): it reads the person Marketo sends
// and answers with firmographic data derived deterministically from the
// e-mail domain. [New] serves it in one [Mode]: [Conformant] answers as the
// definition expects; every other mode breaks one of Marketo's rules on
// purpose, so that certification has something to catch. Tests start it in
// process (httptest); the command in examples/vendor serves it on an address.
package endpoint
