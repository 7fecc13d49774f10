package endpoint

import (
	"hash/fnv"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PersonRequest is the body the example definition sends
// (examples/enrich/webhook.yaml). Values a lead lacks arrive as null or "",
// and Employees may be null; none of them is required.
type PersonRequest struct {
	Email     string `json:"email"`
	FirstName string `json:"firstName"`
	LastName  string `json:"lastName"`
	Company   string `json:"company"`
	Employees any    `json:"employees"`
}

// Person is the enrichment answer, in the shape the example's mappings read:
// person.company.name, person.company.industry, person.company.employees,
// person.title, person.scores[0].value, person.linkedin.
type Person struct {
	Title    string  `json:"title"`
	LinkedIn string  `json:"linkedin"`
	Company  Company `json:"company"`
	Scores   []Score `json:"scores"`
}

// Company is the firmographic part of the answer.
type Company struct {
	Name      string `json:"name"`
	Industry  string `json:"industry"`
	Employees int    `json:"employees"`
}

// Score is one model's score, 0 to 99.
type Score struct {
	Model string `json:"model"`
	Value int    `json:"value"`
}

// maxNameRunes bounds the derived company name well inside a String field's
// 255 characters (A22), whatever the e-mail domain.
const maxNameRunes = 80

// Enrich derives the person deterministically from the request: the company,
// industry, size and scores from the e-mail domain, the title from the whole
// address, the profile URL from the names. Any input gives an answer whose
// every value fits its field in the example definition.
func Enrich(req PersonRequest) Person {
	domain := emailDomain(req.Email)
	hd := hash(domain)
	ha := hash(strings.ToLower(req.Email))
	titles := [...]string{"Chief Mathematician", "Head of Operations", "Marketing Director", "Data Engineer", "Account Executive", "Product Manager"}
	industries := [...]string{"Computing", "Manufacturing", "Finance", "Healthcare", "Retail", "Education"}
	return Person{
		Title:    titles[ha%uint64(len(titles))],
		LinkedIn: "https://www.linkedin.com/in/" + profileSlug(req.FirstName, req.LastName, ha),
		Company: Company{
			Name:      companyName(domain),
			Industry:  industries[hd%uint64(len(industries))],
			Employees: 10 + int(hd%5000),
		},
		Scores: []Score{{Model: "fit", Value: int(hd % 100)}, {Model: "intent", Value: int(ha % 100)}},
	}
}

// emailDomain is the lower-cased part after the last '@', or "".
func emailDomain(email string) string {
	i := strings.LastIndexByte(email, '@')
	if i < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(email[i+1:]))
}

// companyName is the domain's first label, title-cased, with " Ltd"; or
// "Unknown" when the address has no usable domain.
func companyName(domain string) string {
	label, _, _ := strings.Cut(domain, ".")
	label = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		if r == '-' || r == '_' {
			return ' '
		}
		return -1
	}, label)
	label = strings.TrimSpace(label)
	if label == "" {
		return "Unknown"
	}
	if utf8.RuneCountInString(label) > maxNameRunes {
		label = string([]rune(label)[:maxNameRunes])
	}
	r, n := utf8.DecodeRuneInString(label)
	return string(unicode.ToUpper(r)) + label[n:] + " Ltd"
}

// profileSlug is "first-last" in lower-case ASCII letters and digits, or
// "member-<n>" when the names have none.
func profileSlug(first, last string, h uint64) string {
	var b strings.Builder
	for _, r := range strings.ToLower(first + " " + last) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= maxNameRunes {
			break
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		return "member-" + strconv.FormatUint(h%1e6, 10)
	}
	return slug
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
