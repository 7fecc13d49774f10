# hookcert: the two commands a new user needs are `make run` and `make test`.
GO           ?= go
BIN          ?= bin/hookcert
# staticcheck, pinned; `go run` builds it from the module proxy on first use.
STATICCHECK  ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
# Checks per property: RAPID_CHECKS from the environment, else 100 under
# `make test` (CI) and 10,000 under `make fuzz`.
TEST_CHECKS := $(or $(RAPID_CHECKS),100)
FUZZ_CHECKS := $(or $(RAPID_CHECKS),10000)
# Time per go test fuzz target under `make fuzz`; `make test` runs their
# seeds (testdata/fuzz and f.Add) as plain tests.
FUZZTIME    ?= 30s
# The go test fuzz targets, package:target; a finding is saved under that
# package's testdata/fuzz/<target>/: commit it as a regression input.
FUZZ_TARGETS := ./hookfile:FuzzParseWebhook ./hookfile:FuzzParseLead \
	./hookfile:FuzzParseLeadsCSV ./hookfile:FuzzParseLeadsYAML ./suite:FuzzLoadFeature \
	./cmd/hookcert:FuzzScriptedAnswerFlags ./cmd/hookcert:FuzzParseTokens ./cmd/hookcert:FuzzParseFailfile \
	./marketo:FuzzXMLFastPath ./marketo:FuzzParseXMLBody ./report:FuzzRenderCucumberJSON \
	./marketo:FuzzParseJSONBody ./marketo:FuzzParsePath ./marketo:FuzzParseTokens ./marketo:FuzzConvertInteger \
	./internal/jsonfast:FuzzDecodeJSON ./internal/jsonfast:FuzzAppendQuoted

# WireMock for bench-peers: the npm package bundles the jar; installed under
# the git-ignored .cache/ on first use.
PEERS        ?= .cache/peers
WIREMOCK_JAR := $(PEERS)/node_modules/wiremock/build/wiremock-standalone-3.13.2.jar

.PHONY: run demo certify-demo test fuzz bench bench-peers lint build clean reliability

## run: the main job on the embedded default: the conformance suite on both faces
run:
	$(GO) run ./cmd/hookcert run --transport both

## demo: hookcert call on the bundled example webhook with a scripted answer on the wire
demo:
	$(GO) run ./cmd/hookcert call --webhook examples/enrich/webhook.yaml --lead examples/enrich/lead.yaml \
		--token "my.Enrich API Key=demo-key" --token "campaign.name=Enrich on signup" \
		--answer-status 200 --answer-header "Content-Type: application/json" --answer-body @examples/enrich/answer.json --transport wire

## certify-demo: hookcert certify against the example vendor (conformant mode) on loopback; reports in out/certify
certify-demo:
	bash examples/vendorapi/certify-demo.sh

## test: vet, then every test with the race detector
test:
	$(GO) vet ./...
	RAPID_CHECKS=$(TEST_CHECKS) $(GO) test -race -count=1 ./...

## fuzz: the spec's invariants, FUZZ_CHECKS checks per property, then both faces, then each go test fuzz target for FUZZTIME
fuzz:
	$(GO) run ./cmd/hookcert fuzz --checks $(FUZZ_CHECKS)
	$(GO) run ./cmd/hookcert fuzz --checks 500 --transport both
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "go test -fuzz $$name $$pkg ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	done

# bench and bench-peers pipe into the table: the pipe fails when go test does.
bench bench-peers: SHELL := /bin/bash
bench bench-peers: .SHELLFLAGS := -o pipefail -c

## bench: the benchmarks with their baselines, measured in the same run
## (ratios in wall and CPU time), then the table of figures against their
## targets (internal/benchtable); BenchmarkPeers is bench-peers' business
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count=1 $$($(GO) list ./... | grep -v /interop/peers) 2>&1 | $(GO) run ./internal/benchtable

## bench-peers: the wire face against WireMock standalone and a plain net/http
## server on loopback, side by side (needs Java 17 and npm; about a minute)
bench-peers:
	@test -f $(WIREMOCK_JAR) || npm install --prefix $(PEERS) --no-audit --no-fund wiremock@3.13.2
	HOOKCERT_WIREMOCK_JAR=$(abspath $(WIREMOCK_JAR)) timeout 300 $(GO) test -run '^$$' -bench Peers -benchtime 1x -count=1 ./interop/peers 2>&1 | $(GO) run ./internal/benchtable

## reliability: run the wire-fault and interrupt tests and write their figures into README.md ("Reliability")
reliability:
	@mkdir -p out
	$(GO) test -json -count=1 -run '^TestWireFaults$$' ./harness > out/reliability.json
	$(GO) test -json -count=1 -run '^(TestRunInterrupt|TestRunSecondSignalLeavesNoTemp|TestFuzzInterruptRecordsNothing|TestCertifyInterrupt)$$' ./cmd/hookcert >> out/reliability.json
	$(GO) run ./internal/reliability -readme README.md out/reliability.json

## lint: formatting, vet, staticcheck (pinned, fetched through the module proxy) and a tidy go.mod
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) mod tidy -diff

## build: the hookcert binary in bin/
build:
	$(GO) build -o $(BIN) ./cmd/hookcert

clean:
	rm -rf bin out
