package spelling_test

import (
	"fmt"
	"testing"

	"github.com/hookcert/hookcert/internal/spelling"
)

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"Feld", "Feld", 0}, {"ä", "a", 1}, {"jsno", "json", 1}, {"ab", "ba", 1}, {"abc", "ca", 3},
	} {
		if got := spelling.Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q): got %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestHint(t *testing.T) {
	cands := []string{"leadScore", "email", "firstName", "Email Address"}
	for _, tt := range []struct {
		name, in, want string
	}{
		{"one letter off", "leadScroe", `; did you mean "leadScore"?`},
		{"case only", "EMAIL", `; did you mean "email"?`},
		{"contained", "Email Addr", `; did you mean "Email Address"?`},
		{"nothing near", "zzzzzzzz", ""},
		{"empty", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := spelling.Hint(tt.in, cands); got != tt.want {
				t.Errorf("Hint(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func ExampleHint() {
	fmt.Println("unknown option \"MaxConcurent\"" + spelling.Hint("MaxConcurent", []string{"MaxConcurrent", "MaxBodyBytes"}))
	// Output: unknown option "MaxConcurent"; did you mean "MaxConcurrent"?
}
