package marketo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

func TestTemplateEscapes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"A3 no backslash unchanged", `{"a": {{lead.x}}}`, `{"a": {{lead.x}}}`},
		{`A3 \b`, `a\bb`, "a\bb"},
		{`A3 \t`, `a\tb`, "a\tb"},
		{`A3 \n`, `a\nb`, "a\nb"},
		{`A3 \f`, `a\fb`, "a\fb"},
		{`A3 \r`, `a\rb`, "a\rb"},
		{`A3 \\`, `a\\b`, `a\b`},
		{`A3 \"`, `a\"b`, `a"b`},
		{`A3 \'`, `a\'b`, `a'b`},
		{`A3 \\n is a backslash then n`, `\\n`, `\n`},
		{`A3 escapes at both ends`, `\"x\"`, `"x"`},
		{`A3 multibyte text kept`, `é\t😀`, "é\t😀"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marketo.UnescapeTemplate(tt.in)
			if err != nil {
				t.Fatalf("UnescapeTemplate(%q): unexpected error %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("UnescapeTemplate(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTemplateEscapesRejected(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int      // problems expected
		want []string // message fragments expected
	}{
		{`A3 \s rejected`, `{"a": "x\s"}`, 1, []string{"`\\s` at byte 8 (line 1, column 9)"}},
		{`A3 \u rejected`, `\u0041`, 1, []string{"`\\u` at byte 0 (line 1, column 1)"}},
		{`A3 \/ rejected`, `a\/b`, 1, []string{"`\\/` at byte 1"}},
		{`A3 trailing lone backslash rejected`, `abc\`, 1, []string{"`\\` at byte 3", "lone backslash"}},
		{`A3 line and column counted in characters`, "é\nab\\x", 1, []string{"`\\x` at byte 5 (line 2, column 3)"}},
		{`A3 multibyte after backslash named whole`, `\é`, 1, []string{"`\\é` at byte 0"}},
		{`A3 every problem reported`, `\s \q \`, 3, []string{"`\\s` at byte 0", "`\\q` at byte 3", "`\\` at byte 6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marketo.UnescapeTemplate(tt.in)
			if err == nil {
				t.Fatalf("UnescapeTemplate(%q): got %q, nil error, want A3 problems", tt.in, got)
			}
			var ps marketo.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("got error %T %v, want marketo.Problems", err, err)
			}
			if len(ps) != tt.n {
				t.Fatalf("got %d problems (%v), want %d", len(ps), ps, tt.n)
			}
			for _, p := range ps {
				if p.Field != "template" || p.Rule != "A3" {
					t.Errorf("got field %q rule %q, want template A3", p.Field, p.Rule)
				}
			}
			all := ps.Error()
			for _, frag := range tt.want {
				if !strings.Contains(all, frag) {
					t.Errorf("got %q, want it to contain %q", all, frag)
				}
			}
		})
	}
}
