package marketo_test

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

var update = flag.Bool("update", false, "rewrite docs/fields.md from WriteFieldsMarkdown")

// TestFieldsDocIsCurrent fails when docs/fields.md drifts from the catalog (R26).
func TestFieldsDocIsCurrent(t *testing.T) {
	var out bytes.Buffer
	if err := marketo.WriteFieldsMarkdown(&out, marketo.StandardCatalog()); err != nil {
		t.Fatal(err)
	}
	const doc = "../docs/fields.md"
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
		t.Errorf("docs/fields.md is not the output of WriteFieldsMarkdown; regenerate it with\n" +
			"    go test ./marketo -run TestFieldsDocIsCurrent -update")
	}
}

// TestFieldsDocListsEveryFieldAndType: each field's row, and each type's
// example parses as that type (R26).
func TestFieldsDocListsEveryFieldAndType(t *testing.T) {
	cat := marketo.StandardCatalog()
	if err := cat.Add(marketo.Field{Name: "Fit | Score", SOAPName: "fitScore", Type: marketo.TypeScore}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := marketo.WriteFieldsMarkdown(&out, cat); err != nil {
		t.Fatal(err)
	}
	md := out.String()
	for _, f := range cat.Fields() {
		row := "| " + strings.ReplaceAll(f.Name, "|", `\|`) + " | `" + f.SOAPName + "` | " + string(f.Type) + " |"
		if !strings.Contains(md, row) {
			t.Errorf("R26 no row %q", row)
		}
	}
	for _, ft := range marketo.FieldTypes() {
		line := ""
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "| `"+string(ft)+"` |") {
				line = l
			}
		}
		if line == "" {
			t.Errorf("R26 type %s has no row", ft)
			continue
		}
		cells := strings.Split(line, " | ")
		example := strings.Trim(strings.TrimSuffix(cells[len(cells)-1], " |"), "`")
		if _, err := cat.ParseValue(marketo.Field{Name: "F", SOAPName: "f", Type: ft}, example); err != nil {
			t.Errorf("R26 the example of %s does not parse: %v", ft, err)
		}
	}
}
