package live

import (
	"fmt"

	"github.com/hookcert/hookcert/marketo"
)

// SentFields lists the SOAP names of the lead fields the definition sends
// (R12); see [marketo.Webhook.SentFields].
func SentFields(w *marketo.Webhook, cat *marketo.Catalog) []string { return w.SentFields(cat) }

// SampleLeads builds n plain leads (n at least 1) that fill every field the
// definition sends with an ordinary value of its type, varied from lead to
// lead: what certification sends when the vendor gives no leads file.
func SampleLeads(w *marketo.Webhook, cat *marketo.Catalog, n int) []marketo.Lead {
	people := []struct{ first, last, domain, company string }{
		{"Ada", "Lovelace", "analytical.example", "Analytical Engines"},
		{"Grace", "Hopper", "cobol.example", "Compiler Works"},
		{"Alan", "Turing", "bletchley.example", "Bletchley Labs"},
		{"Katherine", "Johnson", "orbit.example", "Orbit Analytics"},
		{"Linus", "Pauling", "chem.example", "Bond Chemistry"},
	}
	fields := SentFields(w, cat)
	leads := make([]marketo.Lead, max(n, 1))
	for i := range leads {
		p := people[i%len(people)]
		lead := marketo.Lead{}
		for _, name := range fields {
			f, _ := cat.BySOAP(name)
			lead[name] = sampleValue(f, p.first, p.last, p.domain, p.company, i)
		}
		leads[i] = lead
	}
	return leads
}

// sampleValue is an ordinary value of f's type for one sample person.
func sampleValue(f marketo.Field, first, last, domain, company string, i int) any {
	switch f.SOAPName {
	case "firstName":
		return first
	case "lastName":
		return last
	case "company":
		return company
	}
	switch f.Type {
	case marketo.TypeEmail:
		return fmt.Sprintf("%s.%s@%s", lower(first), lower(last), domain)
	case marketo.TypeURL:
		return "https://www." + domain
	case marketo.TypePhone:
		return fmt.Sprintf("+1 555 010 %04d", 100+i)
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		return int64(10 + 7*i)
	case marketo.TypeFloat, marketo.TypeCurrency:
		return float64(1000 * (i + 1))
	case marketo.TypeBoolean:
		return i%2 == 0
	case marketo.TypeDate:
		return fmt.Sprintf("1990-01-%02d", 1+i%28)
	case marketo.TypeDatetime:
		return fmt.Sprintf("2026-01-%02dT09:30:00Z", 1+i%28)
	}
	return fmt.Sprintf("%s %s", first, f.Name) // String and Text Area
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
