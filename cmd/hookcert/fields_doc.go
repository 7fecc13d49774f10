package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/hookcert/hookcert/marketo"
)

// writeFieldsMarkdown writes cat's fields as a Markdown table. It stands in
// for marketo.WriteFieldsMarkdown (same signature), which generates
// docs/fields.md on another branch (issue 11, point 3); once that is merged
// this copy goes and runFields calls it.
func writeFieldsMarkdown(w io.Writer, cat *marketo.Catalog) error {
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "# Lead fields")
	fmt.Fprintln(b)
	fmt.Fprintln(b, "A definition names a field by its display name in `{{lead.Display Name}}` tokens (R12)")
	fmt.Fprintln(b, "and by its SOAP API name in response mappings (R11); the type decides which values a")
	fmt.Fprintln(b, "mapping may write (R25, R26). Names are matched without regard to letter case (A8).")
	fmt.Fprintln(b)
	fmt.Fprintln(b, "| display name | SOAP API name | type |")
	fmt.Fprintln(b, "|---|---|---|")
	for _, f := range cat.Fields() {
		fmt.Fprintf(b, "| %s | `%s` | %s |\n", cell(f.Name), f.SOAPName, f.Type)
	}
	fmt.Fprintln(b)
	types := make([]string, 0, len(marketo.FieldTypes()))
	for _, t := range marketo.FieldTypes() {
		types = append(types, string(t))
	}
	fmt.Fprintf(b, "Types (R26): %s.\n", strings.Join(types, ", "))
	return b.Flush()
}

// cell escapes a table cell's pipes.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
