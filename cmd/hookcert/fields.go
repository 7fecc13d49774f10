package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

// runFields prints the field catalog as Markdown: the standard fields
// (docs/fields.md), or with --webhook the catalog of that definition, its
// custom fields included (R11, R12, R26).
func runFields(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("fields", stderr)
	var webhook string
	fs.StringVar(&webhook, "webhook", "", "also list the custom fields of this webhook definition `FILE` (YAML)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hookcert fields [--webhook FILE]")
		fmt.Fprintln(stderr, "\nPrints the lead fields a definition can use, with display name (for {{lead.Name}}")
		fmt.Fprintln(stderr, "tokens, R12), SOAP API name (for response mappings, R11) and type (R26), as")
		fmt.Fprintln(stderr, "Markdown (docs/fields.md is this output without --webhook).")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "hookcert fields: takes no arguments, got %q\n", fs.Args())
		return exitBadInput
	}
	cat := marketo.StandardCatalog()
	if webhook != "" {
		def, err := hookfile.LoadWebhook(webhook)
		if err != nil {
			fmt.Fprintf(stderr, "hookcert fields: %v\n", err)
			return exitBadInput
		}
		cat = def.Catalog
	}
	if err := marketo.WriteFieldsMarkdown(stdout, cat); err != nil {
		fmt.Fprintf(stderr, "hookcert fields: %v\n", err)
		return exitFailed
	}
	return exitOK
}
