package generators_test

import (
	"testing"
	"unicode/utf8"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// TestHostileValuesAreValid checks R26: every hostile value fits its field,
// so Marketo would hold and send it; certification must not blame a vendor
// for a value no lead can have.
func TestHostileValuesAreValid(t *testing.T) {
	cat := marketo.StandardCatalog()
	rapid.Check(t, func(t *rapid.T) {
		f := rapid.SampledFrom(cat.Fields()).Draw(t, "field")
		v := generators.HostileValue(f.Type).Draw(t, "value")
		if s, ok := v.(string); ok {
			if !utf8.ValidString(s) {
				t.Fatalf("R26 %s: %q is not valid UTF-8", f.Name, s)
			}
			if s == "" {
				return // the empty value is always allowed
			}
			if _, err := cat.ParseValue(f, s); err != nil {
				t.Fatalf("R26 %s: %v", f.Name, err)
			}
		}
	})
}

func TestHostileLeadChangesASentField(t *testing.T) {
	cat := marketo.StandardCatalog()
	sample := marketo.Lead{"email": "ada@example.com", "firstName": "Ada"}
	seen := map[string]bool{}
	for seed := range 200 {
		lead := generators.HostileLead(cat, sample, []string{"email", "firstName"}).Example(seed)
		for k, v := range lead {
			if v != sample[k] {
				seen[k] = true
			}
		}
	}
	if !seen["email"] || !seen["firstName"] {
		t.Fatalf("over 200 seeds the changed fields were %v, want both", seen)
	}
}
