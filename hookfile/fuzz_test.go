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

// checkLeads checks what every leads file that loads must be: at most
// MaxLeads leads, each field in the catalog.
func checkLeads(t *testing.T, cat *marketo.Catalog, leads []marketo.Lead) {
	t.Helper()
	if len(leads) > hookfile.MaxLeads {
		t.Fatalf("%d leads, over the cap of %d", len(leads), hookfile.MaxLeads)
	}
	for _, lead := range leads {
		for soap := range lead {
			if _, ok := cat.BySOAP(soap); !ok {
				t.Fatalf("lead field %q is not in the catalog", soap)
			}
		}
	}
}

// FuzzParseLeadsCSV: any bytes as the CSV leads file of certify give
// leads of catalog fields, or Errors naming the file; never a panic.
func FuzzParseLeadsCSV(f *testing.F) {
	f.Add([]byte("Email Address,firstName,numberOfEmployees\nada@example.com,Ada,42\nbob@example.com,,7\n"))
	f.Add([]byte("\xef\xbb\xbfemail,company\n\"a@b.example\",\"Acme, Inc.\"\n"))
	f.Add([]byte("email\n\"unterminated\n"))
	f.Add([]byte("email,email\na@b.example,c@d.example\n"))
	f.Add([]byte("nope,email\nx\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		cat := marketo.StandardCatalog()
		leads, err := hookfile.ParseLeadsCSV("leads.csv", data, cat)
		if err != nil {
			checkErrors(t, "leads.csv", err)
			return
		}
		checkLeads(t, cat, leads)
	})
}

// FuzzParseLeadsYAML: any bytes as the YAML leads file of certify give
// leads of catalog fields, or Errors naming the file; never a panic.
func FuzzParseLeadsYAML(f *testing.F) {
	f.Add([]byte("- Email Address: ada@example.com\n  numberOfEmployees: 42\n- email: bob@example.com\n"))
	f.Add([]byte("\xef\xbb\xbf- email: a@b.example\n"))
	f.Add([]byte("email: not-a-list@example.com\n"))
	f.Add([]byte("- [1, 2]\n- {email: [x]}\n"))
	f.Add([]byte("- &a {email: a@b.example}\n- *a\n---\n- x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cat := marketo.StandardCatalog()
		leads, err := hookfile.ParseLeadsYAML("leads.yaml", data, cat)
		if err != nil {
			checkErrors(t, "leads.yaml", err)
			return
		}
		checkLeads(t, cat, leads)
	})
}
