package generators

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

// vocabulary is every value the document generators put in a tree: the
// plants of every type, fillers, decoys' values and noise.
func vocabulary() []any {
	vals := []any{"f", marketo.XMLText("f"), marketo.XMLText(""), json.Number("1"), "v", nil, true, []any{}, map[string]any{}}
	for _, ft := range marketo.FieldTypes() {
		for _, isXML := range []bool{false, true} {
			ps := append(jsonPlants(ft), limitPlants(ft, isXML)...)
			if isXML {
				ps = append(xmlPlants(ft), limitPlants(ft, isXML)...)
			}
			for _, p := range ps {
				vals = append(vals, p.Value)
			}
		}
	}
	return vals
}

// TestIntoAgreesWithConvert: the properties' own reading of the conversion
// rules (into) and the model's Convert agree on every value the generators
// plant, in every field type. The properties use only into; this test is
// where the two readings meet, so that a difference shows here, named, and
// not as a property failure (R25, R26, A20-A22, A28).
func TestIntoAgreesWithConvert(t *testing.T) {
	for _, ft := range marketo.FieldTypes() {
		f := marketo.Field{Name: "F", SOAPName: "f", Type: ft}
		for _, v := range vocabulary() {
			want, _, wok := into(v, ft)
			got, err := marketo.Convert(f, v, marketo.Options{})
			if gok := err == nil; wok != gok || !reflect.DeepEqual(got, want) {
				t.Errorf("%s <- %s: Convert gives %s, %v (%v); into gives %s, %v", ft, show(v), show(got), gok, err, show(want), wok)
			}
		}
	}
}

// TestPlantTablesDeclareTheRules: every plant's declared verdict and value
// is what into reads (the tables and the reading are two statements of the
// rules, kept in step), and every written plant says exactly what it writes.
func TestPlantTablesDeclareTheRules(t *testing.T) {
	for _, ft := range marketo.FieldTypes() {
		for _, isXML := range []bool{false, true} {
			ps := append(jsonPlants(ft), limitPlants(ft, isXML)...)
			if isXML {
				ps = append(xmlPlants(ft), limitPlants(ft, isXML)...)
			}
			for _, p := range ps {
				val, _, ok := into(p.Value, ft)
				switch {
				case p.Verdict == VerdictOpen:
					t.Errorf("%s <- %s: no verdict declared", ft, show(p.Value))
				case p.Verdict == VerdictWrite && (p.Want == nil || !ok || !reflect.DeepEqual(val, p.Want)):
					t.Errorf("%s <- %s: declared written as %s (%s), into gives %s, %v", ft, show(p.Value), show(p.Want), p.Rule, show(val), ok)
				case p.Verdict == VerdictSkip && ok:
					t.Errorf("%s <- %s: declared skipped (%s), into writes %s", ft, show(p.Value), p.Rule, show(val))
				}
			}
		}
	}
}

// TestFailureDescriptionsAreDistinct: A17 gives each kind of failure
// without a status its own fixed description, so that Expect's choice of
// one per fault is a check with teeth.
func TestFailureDescriptionsAreDistinct(t *testing.T) {
	seen := map[string]string{}
	for kind, d := range map[string]string{
		"timeout": marketo.ErrorTypeTimeout, "refused": marketo.ErrorTypeRefused, "reset": marketo.ErrorTypeReset,
		"tls": marketo.ErrorTypeTLS, "transport": marketo.ErrorTypeTransport,
		"dns": marketo.ErrorTypeDNS, "closed": marketo.ErrorTypeClosed, "truncated": marketo.ErrorTypeTruncated, "1001": marketo.ErrorTypeEmptyBody, "1000": marketo.ErrorTypeBatch,
	} {
		if d == "" {
			t.Errorf("A17: %s has no description", kind)
		}
		if other, dup := seen[d]; dup {
			t.Errorf("A17: %s and %s share the description %q", kind, other, d)
		}
		seen[d] = kind
	}
}
