package hookfile_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/marketo"
)

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadLeads(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		name, file, text string
		want             []marketo.Lead
	}{
		{"R26 CSV export with display and SOAP names", "leads.csv",
			"\xef\xbb\xbfEmail Address,firstName,Number of Employees\nada@example.com,Ada,42\n\"o'brien+x@example.com\",\"O'Brien, Jr.\",\n",
			[]marketo.Lead{{"email": "ada@example.com", "firstName": "Ada", "numberOfEmployees": int64(42)},
				{"email": "o'brien+x@example.com", "firstName": "O'Brien, Jr."}}},
		{"R26 YAML list of leads", "leads.yaml",
			"- Email Address: ada@example.com\n- email: bob@example.com\n  firstName: Bob\n",
			[]marketo.Lead{{"email": "ada@example.com"}, {"email": "bob@example.com", "firstName": "Bob"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := hookfile.LoadLeads(writeFile(t, tc.file, tc.text), cat)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d leads %v, want %v", len(got), got, tc.want)
			}
			for i := range got {
				if len(got[i]) != len(tc.want[i]) {
					t.Fatalf("lead %d: got %v, want %v", i, got[i], tc.want[i])
				}
				for k, v := range tc.want[i] {
					if got[i][k] != v {
						t.Errorf("lead %d %s: got %#v, want %#v", i, k, got[i][k], v)
					}
				}
			}
		})
	}
}

func TestLoadLeadsErrors(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		name, file, text string
		want             []string // each must appear in the error
	}{
		{"R26 unknown column names its place", "l.csv", "Email Address,Shoe Size\na@example.com,42\n", []string{"l.csv:1:2", "Shoe Size"}},
		{"R26 bad value names row and column", "l.csv", "Email Address,Number of Employees\na@example.com,many\n", []string{"l.csv:2:15", "Number of Employees", "not a number"}},
		{"ragged row", "l.csv", "Email Address,firstName\na@example.com\n", []string{"l.csv:2", "wrong number of fields"}},
		{"empty CSV", "l.csv", "", []string{"empty"}},
		{"YAML map instead of a list", "l.yaml", "Email Address: a@example.com\n", []string{"l.yaml:1:1", "list of leads"}},
		{"YAML bad value", "l.yaml", "- Number of Employees: many\n", []string{"l.yaml:1:24", "not a number"}},
		{"repeated column", "l.csv", "email,Email Address\na@example.com,b@example.com\n", []string{"l.csv:1:2", "already column 1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := hookfile.LoadLeads(writeFile(t, tc.file, tc.text), cat)
			if err == nil {
				t.Fatal("got no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
}

func TestLoadLeadsIsBounded(t *testing.T) {
	// /dev/zero never ends: the cap must stop the read with a clear error.
	_, err := hookfile.LoadLeads("/dev/zero", marketo.StandardCatalog())
	if err == nil || !strings.Contains(err.Error(), "cap of 8 MiB") {
		t.Fatalf("got %v, want the cap named", err)
	}
}

func TestSecretTokens(t *testing.T) {
	base := "name: n\nurl: https://a.example/x\nmethod: GET\n"
	def, err := hookfile.ParseWebhook("w.yaml", []byte(base+"secretTokens: [my.Region, campaign.key]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(def.SecretTokens) != 2 || def.SecretTokens[0] != "my.Region" {
		t.Fatalf("got %v, want [my.Region campaign.key]", def.SecretTokens)
	}
	for _, bad := range []string{"secretTokens: my.Region\n", "secretTokens: [Region]\n", "secretTokens: [lead.Email Address]\n"} {
		if _, err := hookfile.ParseWebhook("w.yaml", []byte(base+bad)); err == nil || !strings.Contains(err.Error(), "w.yaml:4") {
			t.Errorf("%q: got %v, want an error at line 4", bad, err)
		}
	}
}
