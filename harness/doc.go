// Package harness is hookcert's test world: scripted vendor services with two
// faces, one in process (httpmock) and one on a real loopback socket, the
// faults a real network produces, the requests each service received, and the
// calling of a definition on the faces a run asks for, with the one
// comparison of what they must agree on ([CallFaces], [Compare]). The godog
// runner is package suite; harness links no godog.
//
// A scenario scripts a service once ([Script]); [Open] serves that script on
// the face a run asks for. The webhook keeps its real-looking URL
// (https://enrich.vendor.example/...): the wire face routes every host to its
// loopback listener with a custom dialer and presents a certificate for that
// host signed by a CA only its own client trusts.
package harness
