package marketo_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

func TestStandardCatalogCoversEveryType(t *testing.T) {
	cat := marketo.StandardCatalog()
	seen := map[marketo.FieldType]bool{}
	for _, f := range cat.Fields() {
		seen[f.Type] = true
	}
	for _, ft := range marketo.FieldTypes() {
		t.Run("R26 "+string(ft), func(t *testing.T) {
			if !seen[ft] {
				t.Errorf("got no standard field of type %s, want at least one", ft)
			}
		})
	}
}

func TestStandardCatalogLookups(t *testing.T) {
	cat := marketo.StandardCatalog()
	tests := []struct {
		name   string
		rule   string
		lookup func(string) (marketo.Field, bool)
		query  string
		want   string // SOAP name; "" when not found
	}{
		{"A8 display name any case", "A8", cat.ByName, "first NAME", "firstName"},
		{"A8 display name exact", "A8", cat.ByName, "Email Address", "email"},
		{"A8 ByName falls back to SOAP name", "A8", cat.ByName, "MOBILEPHONE", "mobilePhone"},
		{"A8 ByName unknown", "A8", cat.ByName, "Shoe Size", ""},
		{"R11 SOAP name", "R11", cat.BySOAP, "annualRevenue", "annualRevenue"},
		{"R11 SOAP name in Marketo's SOAP spelling", "R11", cat.BySOAP, "FirstName", "firstName"},
		{"R11 BySOAP ignores display names", "R11", cat.BySOAP, "First Name", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := tt.lookup(tt.query)
			if tt.want == "" {
				if ok {
					t.Errorf("got %+v, want not found", f)
				}
				return
			}
			if !ok || f.SOAPName != tt.want {
				t.Errorf("got %q (found %v), want %q", f.SOAPName, ok, tt.want)
			}
		})
	}
}

func TestCatalogAdd(t *testing.T) {
	tests := []struct {
		name string
		rule string
		f    marketo.Field
	}{
		{"R26 unknown type", "R26", marketo.Field{Name: "Shoe Size", SOAPName: "shoeSize", Type: "shoe"}},
		{"R12 empty display name", "R12", marketo.Field{Name: " ", SOAPName: "shoeSize", Type: marketo.TypeInteger}},
		{"R11 empty SOAP name", "R11", marketo.Field{Name: "Shoe Size", SOAPName: "", Type: marketo.TypeInteger}},
		{"A8 display name clash ignores case", "A8", marketo.Field{Name: "first name", SOAPName: "firstName2", Type: marketo.TypeString}},
		{"R11 SOAP name clash ignores case", "R11", marketo.Field{Name: "Email 2", SOAPName: "EMAIL", Type: marketo.TypeEmail}},
		{"R11 custom field", "", marketo.Field{Name: "Shoe Size", SOAPName: "shoeSize", Type: marketo.TypeInteger}},
		{"A8 display name equal to another SOAP name", "", marketo.Field{Name: "phone", SOAPName: "phone2", Type: marketo.TypePhone}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := marketo.StandardCatalog()
			n := len(cat.Fields())
			err := cat.Add(tt.f)
			if tt.rule == "" {
				if err != nil {
					t.Fatalf("got error %v, want none", err)
				}
				if got, ok := cat.BySOAP(tt.f.SOAPName); !ok || got != tt.f {
					t.Errorf("got %+v (found %v), want %+v", got, ok, tt.f)
				}
				return
			}
			if err == nil {
				t.Fatalf("got no error, want one naming %s", tt.rule)
			}
			if !strings.Contains(err.Error(), "("+tt.rule+")") {
				t.Errorf("got error %q, want it to name (%s)", err, tt.rule)
			}
			if p, ok := errors.AsType[marketo.Problem](err); !ok || p.Rule != tt.rule {
				t.Errorf("got error %#v, want a marketo.Problem with rule %s", err, tt.rule)
			}
			if got := len(cat.Fields()); got != n {
				t.Errorf("got %d fields after a failed Add, want %d", got, n)
			}
		})
	}
}

func TestCatalogByNamePrefersDisplayName(t *testing.T) {
	cat := marketo.StandardCatalog()
	custom := marketo.Field{Name: "Phone", SOAPName: "phoneCustom", Type: marketo.TypeString}
	if err := cat.Add(custom); err != nil {
		t.Fatal(err)
	}
	if got, _ := cat.ByName("phone"); got != custom {
		t.Errorf("A8: got %+v, want %+v", got, custom)
	}
	if got, _ := cat.BySOAP("phone"); got.Name != "Phone Number" {
		t.Errorf("R11: got %+v, want the standard Phone Number", got)
	}
}

func TestCatalogZeroValueAndFieldsCopy(t *testing.T) {
	var cat marketo.Catalog
	if _, ok := cat.ByName("x"); ok {
		t.Error("got a field from an empty catalog, want none")
	}
	f := marketo.Field{Name: "Shoe Size", SOAPName: "shoeSize", Type: marketo.TypeInteger}
	if err := cat.Add(f); err != nil {
		t.Fatal(err)
	}
	fs := cat.Fields()
	fs[0].Name = "changed"
	if got := cat.Fields()[0]; got != f {
		t.Errorf("got %+v after changing the returned slice, want %+v", got, f)
	}
	std := marketo.StandardCatalog().Fields()
	if !slices.ContainsFunc(std, func(f marketo.Field) bool { return f.SOAPName == "firstName" }) {
		t.Error("got no firstName in the standard catalog, want it")
	}
}

func TestParseValue(t *testing.T) {
	cat := marketo.StandardCatalog()
	field := func(tp marketo.FieldType) marketo.Field {
		return marketo.Field{Name: "F " + string(tp), SOAPName: "f", Type: tp}
	}
	tests := []struct {
		name string
		rule string
		tp   marketo.FieldType
		text string
		want any // nil: an error naming the rule
	}{
		{"R26 string", "R26", marketo.TypeString, "Jane", "Jane"},
		{"R26 string empty", "R26", marketo.TypeString, "", ""},
		{"R26 string 255 characters", "R26", marketo.TypeString, strings.Repeat("é", 255), strings.Repeat("é", 255)},
		{"R26 string 256 characters", "R26", marketo.TypeString, strings.Repeat("é", 256), nil},
		{"R26 text 30000 bytes", "R26", marketo.TypeText, strings.Repeat("x", 30000), strings.Repeat("x", 30000)},
		{"R26 text 30001 bytes", "R26", marketo.TypeText, strings.Repeat("x", 30001), nil},
		{"R26 integer", "R26", marketo.TypeInteger, "-42", int64(-42)},
		{"R26 integer max", "R26", marketo.TypeInteger, "9223372036854775807", int64(math.MaxInt64)},
		{"R26 integer overflow", "R26", marketo.TypeInteger, "9223372036854775808", nil},
		{"R26 integer fraction", "R26", marketo.TypeInteger, "1.5", nil},
		{"R26 integer not a number", "R26", marketo.TypeInteger, "twelve", nil},
		{"R26 integer empty", "R26", marketo.TypeInteger, "", nil},
		{"R26 score", "R26", marketo.TypeScore, "87", int64(87)},
		{"R26 percent", "R26", marketo.TypePercent, "50", int64(50)},
		{"R26 float", "R26", marketo.TypeFloat, "0.25", 0.25},
		{"R26 float exponent", "R26", marketo.TypeFloat, "2.5e3", 2500.0},
		{"R26 float inf text", "R26", marketo.TypeFloat, "Inf", nil},
		{"R26 currency", "R26", marketo.TypeCurrency, "1999.99", 1999.99},
		{"R26 boolean true", "R26", marketo.TypeBoolean, "TRUE", true},
		{"R26 boolean 0", "R26", marketo.TypeBoolean, "0", false},
		{"R26 boolean yes", "R26", marketo.TypeBoolean, "yes", nil},
		{"R26 date", "R26", marketo.TypeDate, "2015-01-01", "2015-01-01"},
		{"R26 date not real", "R26", marketo.TypeDate, "2015-02-29", nil},
		{"R26 datetime normalised", "R26", marketo.TypeDatetime, "2015-01-01T10:00:00+0100", "2015-01-01T10:00:00+01:00"},
		{"R26 datetime no offset", "R26", marketo.TypeDatetime, "2015-01-01T10:00:00", nil},
		{"R26 email", "R26", marketo.TypeEmail, "jane@example.com", "jane@example.com"},
		{"R26 email with name", "R26", marketo.TypeEmail, "Jane <jane@example.com>", nil},
		{"R26 url", "R26", marketo.TypeURL, "https://example.com/a?b=c", "https://example.com/a?b=c"},
		{"R26 url relative", "R26", marketo.TypeURL, "example.com", nil},
		{"R26 phone", "R26", marketo.TypePhone, "+1 (555) 010-0100", "+1 (555) 010-0100"},
		{"R26 unknown type", "R26", "shoe", "x", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cat.ParseValue(field(tt.tp), tt.text)
			if tt.want == nil {
				if err == nil {
					t.Fatalf("got %#v, want an error naming %s", got, tt.rule)
				}
				if !strings.Contains(err.Error(), "("+tt.rule+")") || !strings.Contains(err.Error(), "F "+string(tt.tp)) {
					t.Errorf("got error %q, want it to name the field and (%s)", err, tt.rule)
				}
				if p, ok := errors.AsType[marketo.Problem](err); !ok || p.Rule != tt.rule {
					t.Errorf("got error %#v, want a marketo.Problem with rule %s", err, tt.rule)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want %#v", err, tt.want)
			}
			if got != tt.want {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		name string
		rule string
		v    any
		want string
	}{
		{"A6 nil is empty", "A6", nil, ""},
		{"A6 string as is", "A6", "a b", "a b"},
		{"A6 integer", "A6", int64(-9223372036854775808), "-9223372036854775808"},
		{"A6 float plain decimal", "A6", 1e21, "1000000000000000000000"},
		{"A6 small float plain decimal", "A6", 0.000001, "0.000001"},
		{"A6 float shortest", "A6", 0.1, "0.1"},
		{"A6 whole float", "A6", 3.0, "3"},
		{"A6 boolean", "A6", true, "true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := marketo.FormatValue(tt.v); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseValueFormatValueRoundTrip(t *testing.T) {
	cat := marketo.StandardCatalog()
	for _, f := range cat.Fields() {
		var samples []string
		switch f.Type {
		case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
			samples = []string{"0", "-7", "9223372036854775807"}
		case marketo.TypeFloat, marketo.TypeCurrency:
			samples = []string{"0.1", "-2.5", "123456789.125"}
		case marketo.TypeBoolean:
			samples = []string{"true", "false"}
		case marketo.TypeDate:
			samples = []string{"2024-02-29"}
		case marketo.TypeDatetime:
			samples = []string{"2015-01-01T10:00:00Z", "2015-01-01T10:00:00.5-07:00"}
		case marketo.TypeEmail:
			samples = []string{"a.b+c@example.org"}
		case marketo.TypeURL:
			samples = []string{"http://example.org:8080/p"}
		default:
			samples = []string{"", "Zoë & Co"}
		}
		for _, s := range samples {
			t.Run("R26 "+f.SOAPName+" "+s, func(t *testing.T) {
				v, err := cat.ParseValue(f, s)
				if err != nil {
					t.Fatalf("got error %v, want none", err)
				}
				if got := marketo.FormatValue(v); got != s {
					t.Errorf("got %q, want %q", got, s)
				}
			})
		}
	}
}

// TestCatalogClone is A8 on a copy: a field added to the clone is found
// there, case-insensitively, and not in the original; one added to the
// original is not in the clone.
func TestCatalogClone(t *testing.T) {
	orig := marketo.StandardCatalog()
	c := orig.Clone()
	if err := c.Add(marketo.Field{Name: "Region", SOAPName: "region__c", Type: marketo.TypeString}); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.ByName("REGION"); !ok {
		t.Error("A8 the clone does not find the field added to it")
	}
	if _, ok := orig.ByName("Region"); ok {
		t.Error("A8 the original finds a field added to its clone")
	}
	if err := orig.Add(marketo.Field{Name: "Tier", SOAPName: "tier__c", Type: marketo.TypeString}); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.BySOAP("tier__c"); ok {
		t.Error("A8 the clone finds a field added to the original after cloning")
	}
	if got, want := len(c.Fields()), len(marketo.StandardCatalog().Fields())+1; got != want {
		t.Errorf("the clone has %d fields, want %d", got, want)
	}
}
