package hookfile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

// checkErrors checks what every loader error must be: hookfile.Errors of
// at most MaxErrors problems and the "more" line, each naming the file.
func checkErrors(t *testing.T, name string, err error) {
	t.Helper()
	var errs hookfile.Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error %T %v, want hookfile.Errors", err, err)
	}
	if len(errs) == 0 || len(errs) > hookfile.MaxErrors+1 {
		t.Fatalf("%d problems, want 1 to %d", len(errs), hookfile.MaxErrors+1)
	}
	for _, e := range errs {
		if e.File != name || e.Rule == "" || e.Line < 0 {
			t.Fatalf("problem %+v: want the file %s, a rule and a line", e, name)
		}
	}
}

// FuzzParseWebhook: any bytes give a definition that validates, or
// Errors; never a panic.
func FuzzParseWebhook(f *testing.F) {
	f.Add([]byte(goodWebhook))
	f.Add([]byte("\xef\xbb\xbf" + goodWebhook))
	f.Add([]byte(goodWebhook + "---\nname: x\n"))
	f.Add([]byte("name: [x\n"))
	f.Add([]byte("mappings:\n  - {attribute: a, field: company}\n  - [1, 2]\nfields:\n  - {name: X, soapName: x, type: nope}\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		def, err := hookfile.ParseWebhook("w.yaml", data)
		if err != nil {
			checkErrors(t, "w.yaml", err)
			return
		}
		if ps := def.Webhook.Validate(def.Catalog); len(ps) > 0 {
			t.Fatalf("loaded a webhook that does not validate: %v", ps)
		}
	})
}

// FuzzParseLead: any bytes give a lead whose every field is in the
// catalog, or Errors; never a panic.
func FuzzParseLead(f *testing.F) {
	f.Add([]byte("Email Address: ada@example.com\nfirstName: Ada\nnumberOfEmployees: 42\n"))
	f.Add([]byte("\xef\xbb\xbfnumberOfEmployees: 4.5\n"))
	f.Add([]byte("Email Address: [1]\nEmail Address: 2\n"))
	f.Add([]byte("---\nfirstName: Ada\n...\n---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cat := marketo.StandardCatalog()
		lead, err := hookfile.ParseLead("l.yaml", data, cat)
		if err != nil {
			checkErrors(t, "l.yaml", err)
			return
		}
		for soap := range lead {
			if _, ok := cat.BySOAP(soap); !ok || strings.TrimSpace(soap) == "" {
				t.Fatalf("lead field %q is not in the catalog", soap)
			}
		}
	})
}
