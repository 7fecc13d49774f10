// Command reliability renders the README's "Reliability" table from the
// output of the tests that measure it (`go test -json`): the wire faults
// (harness TestWireFaults logs one "reliability:" line per case) and the
// interrupt tests of cmd/hookcert. `make reliability` runs it:
//
//	go test -json -count=1 -run 'TestWireFaults' ./harness > out.json
//	go test -json -count=1 -run 'Interrupt|SecondSignal' ./cmd/hookcert >> out.json
//	go run ./internal/reliability -readme README.md out.json
//
// It replaces what is between the markers in the README; the figures are
// the tests' own, never typed.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	readme := flag.String("readme", "README.md", "the `FILE` whose Reliability table is replaced")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: reliability [-readme FILE] TEST-JSON")
		os.Exit(2)
	}
	if err := run(*readme, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "reliability:", err)
		os.Exit(1)
	}
}

func run(readme, results string) error {
	f, err := os.Open(results)
	if err != nil {
		return err
	}
	defer f.Close()
	figs, err := parse(f)
	if err != nil {
		return fmt.Errorf("%s: %w", results, err)
	}
	text, err := os.ReadFile(readme)
	if err != nil {
		return err
	}
	out, err := splice(string(text), render(figs))
	if err != nil {
		return fmt.Errorf("%s: %w", readme, err)
	}
	return os.WriteFile(readme, []byte(out), 0o644)
}
