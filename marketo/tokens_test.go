package marketo

import (
	"reflect"
	"testing"
)

func TestParseTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []token
	}{
		{"R12 lead token with spaces in name", `{"e": {{lead.Email Address}}}`, []token{
			{Raw: "{{lead.Email Address}}", Scope: "lead", Name: "Email Address", Start: 6, End: 28},
		}},
		{"R12 spaces inside braces trimmed", `{{ lead.Email Address }}`, []token{
			{Raw: "{{ lead.Email Address }}", Scope: "lead", Name: "Email Address", Start: 0, End: 24},
		}},
		{"R13 default", `Hi {{lead.First Name:default=there}}!`, []token{
			{Raw: "{{lead.First Name:default=there}}", Scope: "lead", Name: "First Name",
				Default: "there", HasDefault: true, Start: 3, End: 36},
		}},
		{"R13 default keeps colons and inner spaces", `{{my.x:default=a: b=c}}`, []token{
			{Raw: "{{my.x:default=a: b=c}}", Scope: "my", Name: "x", Default: "a: b=c", HasDefault: true, Start: 0, End: 23},
		}},
		{"R13 empty default", `{{my.x:default=}}`, []token{
			{Raw: "{{my.x:default=}}", Scope: "my", Name: "x", HasDefault: true, Start: 0, End: 17},
		}},
		{"R13 default marker case-insensitive", `{{my.x:Default=y}}`, []token{
			{Raw: "{{my.x:Default=y}}", Scope: "my", Name: "x", Default: "y", HasDefault: true, Start: 0, End: 18},
		}},
		{"A8 scope lower-cased, name as written", `{{Lead.EMAIL address}}`, []token{
			{Raw: "{{Lead.EMAIL address}}", Scope: "lead", Name: "EMAIL address", Start: 0, End: 22},
		}},
		{"R12 name after the first dot keeps later dots", `{{trigger.Web.Page}}`, []token{
			{Raw: "{{trigger.Web.Page}}", Scope: "trigger", Name: "Web.Page", Start: 0, End: 20},
		}},
		{"R12 several tokens in order", `a{{system.date}}b{{campaign.name}}`, []token{
			{Raw: "{{system.date}}", Scope: "system", Name: "date", Start: 1, End: 16},
			{Raw: "{{campaign.name}}", Scope: "campaign", Name: "name", Start: 17, End: 34},
		}},
		{"R12 JSON braces around a token", `{"a":{{{lead.x}}}}`, []token{
			{Raw: "{{lead.x}}", Scope: "lead", Name: "x", Start: 6, End: 16},
		}},
		{"R12 multibyte name, byte offsets", `é{{my.Région}}`, []token{
			{Raw: "{{my.Région}}", Scope: "my", Name: "Région", Start: 2, End: 16},
		}},
		{"A30 no dot is literal", `{{foo}} {{ }} {{}}`, nil},
		{"R12 empty scope is literal", `{{.x}}`, nil},
		{"R12 empty name is literal", `{{lead.}} {{lead. :default=x}}`, nil},
		{"R12 scope with a space is literal", `{{a b.c}}`, nil},
		{"R12 line break inside braces is literal", "{{lead.First\nName}}", nil},
		{"R12 unterminated is literal", `{{lead.x`, nil},
		{"R12 no tokens", `plain text`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseTokens(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseTokens(%q)\ngot  %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzParseTokens checks the shape of ParseTokens' answer on any text: tokens
// in order, not overlapping, Raw matching the offsets (R12).
func FuzzParseTokens(f *testing.F) {
	for _, s := range []string{"", "{{lead.x}}", "{{{{lead.x}}}}", "{{a.b:default=}}}}", "{{my.é:default={{x}}", "\xff{{a.\xfe}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tok := range parseTokens(s) {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %+v out of order or range (previous end %d, len %d)", tok, end, len(s))
			}
			if got := s[tok.Start:tok.End]; got != tok.Raw {
				t.Fatalf("got Raw %q, want s[Start:End] %q", tok.Raw, got)
			}
			if tok.Scope == "" || tok.Name == "" {
				t.Fatalf("got empty scope or name in %+v", tok)
			}
			end = tok.End
		}
	})
}
