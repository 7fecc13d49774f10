module example.com/gotest

go 1.26.0

require github.com/hookcert/hookcert v0.0.0

require (
	github.com/cucumber/gherkin/go/v42 v42.0.0 // indirect
	github.com/cucumber/godog v0.16.0 // indirect
	github.com/cucumber/messages/go/v34 v34.2.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/hashicorp/go-immutable-radix v1.3.1 // indirect
	github.com/hashicorp/go-memdb v1.3.5 // indirect
	github.com/hashicorp/golang-lru v0.5.4 // indirect
	github.com/jarcoal/httpmock v1.4.2 // indirect
	github.com/spf13/pflag v1.0.10 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.44.0 // indirect
	pgregory.net/rapid v1.3.0 // indirect
)

// The local tree, as a user's repository would pin a release instead.
replace github.com/hookcert/hookcert => ../..

// hookcert's patched gherkin (third_party/gherkin/PATCH.md: a linear
// docstring join): a dependency's replace does not carry over, so the
// example names it as hookcert's go.mod does. Without it the module uses
// gherkin v42.0.0 as released, which works, only slower on huge docstrings.
replace github.com/cucumber/gherkin/go/v42 => ../../third_party/gherkin
