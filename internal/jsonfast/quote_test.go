package jsonfast

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// encoderQuoted is the reference AppendQuoted must match: encoding/json's
// Encoder with SetEscapeHTML(false), as rendering used before (R14).
func encoderQuoted(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func checkQuoted(t *testing.T, s string) {
	t.Helper()
	got, want := string(AppendQuoted(nil, s)), encoderQuoted(t, s)
	if got != want {
		t.Fatalf("AppendQuoted(%q) = %s, want %s (encoding/json)", s, got, want)
	}
}

func TestAppendQuotedCases(t *testing.T) {
	tests := []struct {
		name string
		rule string
		s    string
	}{
		{name: "empty", rule: "R14", s: ""},
		{name: "plain text", rule: "R14", s: "Ada Lovelace"},
		{name: "quote and backslash", rule: "R14", s: `say "hi" \ bye`},
		{name: "named control escapes", rule: "R14", s: "\b\f\n\r\t"},
		{name: "other control characters", rule: "R14", s: "\x00\x01\x1f\x0b"},
		{name: "DEL stays", rule: "R14", s: "\x7f"},
		{name: "HTML characters stay", rule: "R14", s: "<a href='x'>&amp;</a>"},
		{name: "multi-byte UTF-8 stays", rule: "R14", s: "Zoë 日本 😀"},
		{name: "line and paragraph separators", rule: "R14", s: "a\u2028b\u2029c\u202a"},
		{name: "invalid byte", rule: "R14", s: "a\xffb"},
		{name: "truncated sequence", rule: "R14", s: "\xe6\x97"},
		{name: "encoded surrogate", rule: "R14", s: "\xed\xa0\x80"},
		{name: "overlong encoding", rule: "R14", s: "\xc0\xaf"},
		{name: "U+FFFD itself", rule: "R14", s: "\ufffd"},
		{name: "escape at the end", rule: "R14", s: "abc\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuoted(t, tt.s) })
	}
}

// TestAppendQuotedAllBytePairs covers every one- and two-byte string, so every
// byte meets every successor (partial sequences, escapes next to text).
func TestAppendQuotedAllBytePairs(t *testing.T) {
	for a := range 256 {
		checkQuoted(t, string([]byte{byte(a)}))
		for b := range 256 {
			checkQuoted(t, string([]byte{byte(a), byte(b)}))
		}
	}
}

// TestAppendQuotedRunes covers every rune of the Basic Multilingual Plane and
// a sample of the others.
func TestAppendQuotedRunes(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r > 0xffff {
			r += 96
		}
		checkQuoted(t, "x"+string(r)+"y")
	}
}

// TestAppendQuotedRandom compares random strings drawn from the characters
// that matter to the quoting; the seed is printed on failure.
func TestAppendQuotedRandom(t *testing.T) {
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, seed))
	pieces := []string{"a", "Z", " ", `"`, `\`, "/", "<", ">", "&", "\x00", "\x1f", "\n", "\t", "\x7f",
		"\x80", "\xbf", "\xc2", "\xe2\x80", "\xed\xa0\x80", "\xf0\x9f", "\xff", "é", "日", "😀",
		"\u2028", "\u2029", "\ufffd", "\u00a0"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := string(AppendQuoted(nil, s)), encoderQuoted(t, s); got != want {
			t.Fatalf("seed %d: AppendQuoted(%q) = %s, want %s (encoding/json)", seed, s, got, want)
		}
	}
}

// TestAppendQuotedAppends checks that the prefix in dst is kept.
func TestAppendQuotedAppends(t *testing.T) {
	if got, want := string(AppendQuoted([]byte("x="), "a\nb")), `x="a\nb"`; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func FuzzAppendQuoted(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\\n\x00", "\xff\xfe", "\u2028\u2029", "😀\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkQuoted(t, s) })
}
