// Package peers measures the wire face of hookcert's scripted services
// against two peers serving the same answer on loopback: WireMock standalone
// (a Java process, the usual tool for the job) and a plain net/http server
// (the floor the face is built on). Its one benchmark, BenchmarkPeers, is
// what `make bench-peers` runs: requests per second, p50 and p99 latency and
// CPU per request for each, from one run in which the three take turns.
//
// The WireMock jar comes from the npm package wiremock (which bundles it),
// found through HOOKCERT_WIREMOCK_JAR; without it the benchmark skips
// loudly, and under CI (CI=true) fails. The package holds no test of
// behaviour: it is not part of `make test`.
package peers
