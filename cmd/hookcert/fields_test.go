package main

import (
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

// TestFieldsPrintsTheCatalog: R11, R12, R26, every standard field's display
// name, SOAP name and type is printed, and with --webhook the definition's
// custom fields too.
func TestFieldsPrintsTheCatalog(t *testing.T) {
	code, out, errOut := runCLI(t, "fields")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	for _, f := range marketo.StandardCatalog().Fields() {
		if row := "| " + f.Name + " | `" + f.SOAPName + "` | " + string(f.Type) + " |"; !strings.Contains(out, row) {
			t.Errorf("R26 no row %q", row)
		}
	}
	if strings.Contains(out, "enrichmentScore") {
		t.Errorf("the standard catalog lists a custom field")
	}
	code, out, errOut = runCLI(t, "fields", "--webhook", exampleHook)
	if code != exitOK || !strings.Contains(out, "| Enrichment Score | `enrichmentScore` | score |") {
		t.Errorf("--webhook: exit %d, want the custom field Enrichment Score\n%s%s", code, out, errOut)
	}
	if code, _, _ := runCLI(t, "fields", "extra"); code != exitBadInput {
		t.Errorf("an argument: exit %d, want %d", code, exitBadInput)
	}
}
