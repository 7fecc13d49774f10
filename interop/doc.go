// Package interop holds hookcert's tests against servers of other stacks:
// small Python 3 (http.server) and Node.js (node:http, node:http2) services
// in testdata/, standard library only, started on 127.0.0.1 by the tests
// and stopped when they end. They cover what the scripted services never
// produce: custom and non-ASCII reason phrases, HTTP/1.0 close-delimited and
// chunked bodies, a 204 with a body on a kept-alive connection, ISO-8859-1,
// gzip sent unasked, short bodies, resets mid-body and HTTP/2 over TLS with a
// test CA passed by --ca.
//
// A missing interpreter skips the tests with a loud message; under CI
// (CI=true) it fails them.
package interop
