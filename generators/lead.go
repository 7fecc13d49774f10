package generators

import (
	"math"
	"strings"

	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// FieldValue generates a canonical value (see [marketo.Lead]) for a field of
// type ft, at and beyond the limits of R26: strings of up to and over 255
// characters, Text Area values of up to and over 30,000 bytes, the extremes
// of int64, tiny and huge floats, real and impossible dates, hostile text
// in every textual type. It shrinks towards the type's simplest value.
func FieldValue(ft marketo.FieldType) *rapid.Generator[any] {
	switch ft {
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		return rapid.Map(rapid.OneOf(
			rapid.Int64Range(-1000, 1000),
			rapid.SampledFrom([]int64{0, -1, 100, math.MaxInt64, math.MinInt64, math.MaxInt32 + 1}),
			rapid.Int64(),
		), func(n int64) any { return n })
	case marketo.TypeFloat, marketo.TypeCurrency:
		return rapid.Map(rapid.OneOf(
			rapid.Float64Range(-1e6, 1e6),
			rapid.SampledFrom([]float64{0, 0.1, -2.5, 1e21, 5e-324, math.MaxFloat64}),
		), func(x float64) any { return x })
	case marketo.TypeBoolean:
		return rapid.Map(rapid.Bool(), func(b bool) any { return b })
	case marketo.TypeDate:
		return rapid.Map(rapid.SampledFrom([]string{"2024-01-31", "2024-02-29", "1970-01-01", "9999-12-31"}),
			func(s string) any { return s })
	case marketo.TypeDatetime:
		return rapid.Map(rapid.SampledFrom([]string{"2024-01-31T10:00:00Z", "2013-08-08T16:36:13-07:00", "2024-02-29T23:59:59.5+05:30"}),
			func(s string) any { return s })
	case marketo.TypeEmail:
		return rapid.Map(rapid.OneOf(
			rapid.SampledFrom([]string{"ann@example.com", "o'brien+tag@example.co.uk", "a&b=c%d@example.com"}),
			rapid.Map(HostileString(1, 3), func(s string) string { return s + "@example.com" }),
		), func(s string) any { return s })
	case marketo.TypeURL:
		return rapid.Map(rapid.OneOf(
			rapid.SampledFrom([]string{"https://acme.example", "https://acme.example/a?b=c&d=e%20f#g"}),
			rapid.Map(HostileString(1, 3), func(s string) string { return "https://acme.example/" + s }),
		), func(s string) any { return s })
	case marketo.TypeText:
		return rapid.Map(rapid.OneOf(HostileString(1, 5), longText(marketo.MaxTextBytes)), func(s string) any { return s })
	}
	// String, Phone and anything else textual.
	return rapid.Map(rapid.OneOf(HostileString(1, 5), longText(marketo.MaxStringChars)), func(s string) any { return s })
}

// longText generates text of exactly limit units (characters for String,
// bytes for Text Area, all ASCII here so both agree) or a little over.
func longText(limit int) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		over := rapid.IntRange(0, 2).Draw(t, "over")
		unit := rapid.SampledFrom([]string{"a", "x"}).Draw(t, "unit")
		return strings.Repeat(unit, limit+over)
	})
}

// Lead generates a lead over cat's fields: each field is present (one time
// in four) with a value from [FieldValue], or absent. It shrinks towards the
// empty lead.
func Lead(cat *marketo.Catalog) *rapid.Generator[marketo.Lead] {
	return rapid.Custom(func(t *rapid.T) marketo.Lead {
		lead := marketo.Lead{}
		for _, f := range cat.Fields() {
			if rapid.IntRange(0, 3).Draw(t, "has "+f.SOAPName) != 3 {
				continue // most fields absent: small leads, fast checks and shrinks
			}
			lead[f.SOAPName] = FieldValue(f.Type).Draw(t, f.SOAPName)
		}
		return lead
	})
}
