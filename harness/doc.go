// Package harness is hookcert's test world: scripted vendor services with two
// faces, one in process (httpmock) and one on a real loopback socket, the
// faults a real network produces, the requests each service received, and the
// godog suite wiring that `go test` and the hookcert CLI share.
//
// A scenario scripts a service once ([Script]); [Open] serves that script on
// the face a run asks for. The webhook keeps its real-looking URL
// (https://enrich.vendor.example/...): the wire face routes every host to its
// loopback listener with a custom dialer and presents a certificate for that
// host signed by a CA only its own client trusts.
package harness
