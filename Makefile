# hookcert: the two commands a new user needs are `make run` and `make test`.
GO           ?= go
BIN          ?= bin/hookcert
# Checks per property under `make test` (CI) and `make fuzz`.
RAPID_CHECKS ?= 100
FUZZ_CHECKS  ?= 10000

.PHONY: run test fuzz bench lint build clean

## run: the main job on the embedded default (the example webhook, scripted answer, both faces)
run:
	$(GO) run ./cmd/hookcert call --webhook examples/enrich/webhook.yaml --lead examples/enrich/lead.yaml \
		--token "my.Enrich API Key=demo-key" --token "campaign.name=Enrich on signup" \
		--answer-status 200 --answer-header "Content-Type: application/json" --answer-body @examples/enrich/answer.json --transport wire

## test: vet, then every test with the race detector
test:
	$(GO) vet ./...
	RAPID_CHECKS=$(RAPID_CHECKS) $(GO) test -race -count=1 ./...

## fuzz: the spec's invariants, FUZZ_CHECKS checks per property
fuzz:
	RAPID_CHECKS=$(FUZZ_CHECKS) $(GO) test -count=1 -run 'Invariant|StateMachine' ./generators/...

## bench: the benchmarks with their baselines, measured in the same run
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count=1 ./...

## lint: formatting and vet
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## build: the hookcert binary in bin/
build:
	$(GO) build -o $(BIN) ./cmd/hookcert

clean:
	rm -rf bin out
