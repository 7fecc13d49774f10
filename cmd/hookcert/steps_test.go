package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/steps.md from `hookcert steps`")

// TestStepsDocIsCurrent fails when docs/steps.md drifts from the catalog.
func TestStepsDocIsCurrent(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runSteps(context.Background(), nil, &out, &errOut); code != exitOK {
		t.Fatalf("hookcert steps: exit %d\n%s", code, errOut.String())
	}
	const doc = "../../docs/steps.md"
	if *update {
		if err := os.WriteFile(doc, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	have, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, out.Bytes()) {
		t.Errorf("docs/steps.md is not the output of `hookcert steps`; regenerate it with\n" +
			"    go run ./cmd/hookcert steps > docs/steps.md\n" +
			"or  go test ./cmd/hookcert -run TestStepsDocIsCurrent -update")
	}
}

func TestStepsCatalogHasEveryStepInBothLanguages(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runSteps(context.Background(), nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	md := out.String()
	for _, want := range []string{
		"Given a lead with:", "Angenommen ein Lead mit:",
		`When the webhook is called`, "Wenn der Webhook aufgerufen wird",
		`Then the mapping "score" was skipped under R25`,
		"# language: de",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("catalog lacks %q", want)
		}
	}
	if strings.Count(md, "```gherkin\n# language: de") != strings.Count(md, "\n### ") {
		t.Errorf("every step needs a German example: %d German examples for %d steps",
			strings.Count(md, "```gherkin\n# language: de"), strings.Count(md, "\n### "))
	}
}

func TestStepsRejectsArguments(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runSteps(context.Background(), []string{"extra"}, &out, &errOut); code != exitBadInput {
		t.Errorf("hookcert steps extra: exit %d, want %d", code, exitBadInput)
	}
}
