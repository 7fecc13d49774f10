package jsonfast

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// checkDecodeJSON holds Decode to encoding/json (DecodeStd): it
// accepts exactly the documents encoding/json accepts and builds the same
// tree. Completeness matters too: a document Decode refused would still
// parse, but through the slow path.
func checkDecodeJSON(t *testing.T, data []byte) {
	t.Helper()
	got, ok := Decode(string(data))
	want, err := DecodeStd(data)
	switch {
	case ok && err != nil:
		t.Fatalf("Decode(%q) = %#v, want a refusal: encoding/json says %v", data, got, err)
	case !ok && err == nil:
		t.Fatalf("Decode(%q) refused it, want %#v as encoding/json gives", data, want)
	case ok && !reflect.DeepEqual(got, want):
		t.Fatalf("Decode(%q) = %#v, want %#v as encoding/json gives", data, got, want)
	}
}

func TestDecodeJSONCases(t *testing.T) {
	tests := []struct {
		name string
		rule string
		body string
	}{
		{name: "object", rule: "A16", body: `{"a":"b","n":1.50,"t":true,"f":false,"z":null}`},
		{name: "nested", rule: "A16", body: `{"person":{"tags":["x",{"y":[]}],"o":{}}}`},
		{name: "root array", rule: "A23", body: `[1,"two",[3]]`},
		{name: "root scalars", rule: "A16", body: `"s"`},
		{name: "root number", rule: "A16", body: `-0.5e+10`},
		{name: "root literal", rule: "A16", body: `null`},
		{name: "white space everywhere", rule: "A16", body: " \t\r\n{ \"a\" : [ 1 , 2 ] } \n"},
		{name: "repeated key keeps the last", rule: "A16", body: `{"a":1,"a":2}`},
		{name: "empty key", rule: "A16", body: `{"":1}`},
		{name: "numbers kept as written", rule: "A21", body: `[0,-0,1.0,1e5,1E-5,12.50e+3,123456789012345678901234567890]`},
		{name: "escapes", rule: "A16", body: `["\"\\\/\b\f\n\r\t","\u0041\u00e9\u65e5"]`},
		{name: "escaped key", rule: "A16", body: `{"a\nb":1,"\u0041":2}`},
		{name: "surrogate pair", rule: "A16", body: `"\ud83d\ude00"`},
		{name: "lone high surrogate", rule: "A16", body: `"\ud83dx"`},
		{name: "lone low surrogate", rule: "A16", body: `"\ude00"`},
		{name: "high surrogate then plain escape", rule: "A16", body: `"\ud83d\u0041"`},
		{name: "two high surrogates", rule: "A16", body: `"\ud83d\ud83d\ude00"`},
		{name: "surrogate at the end", rule: "A16", body: `"\ud83d"`},
		{name: "invalid UTF-8 in a string", rule: "A16", body: "\"a\xffb\xe6\x97\""},
		{name: "invalid UTF-8 after an escape", rule: "A16", body: "\"\\n\xff\xc0\xaf\""},
		{name: "encoded surrogate in a string", rule: "A16", body: "\"\xed\xa0\x80\""},
		{name: "valid UTF-8 in a key", rule: "A16", body: `{"Zoë 日本 😀":"ü"}`},
		{name: "U+2028 raw", rule: "A16", body: "\"\u2028\""},
		{name: "deep nesting", rule: "A16", body: strings.Repeat("[", 500) + strings.Repeat("]", 500)},

		{name: "trailing garbage", rule: "A16", body: `{"a":1} x`},
		{name: "second value", rule: "A16", body: `{"a":1}{"b":2}`},
		{name: "number then letters", rule: "A16", body: `123abc`},
		{name: "literal then letters", rule: "A16", body: `truex`},
		{name: "truncated", rule: "A16", body: `{"a":`},
		{name: "truncated literal", rule: "A16", body: `tru`},
		{name: "truncated string", rule: "A16", body: `"abc`},
		{name: "truncated escape", rule: "A16", body: `"\u12`},
		{name: "bad escape", rule: "A16", body: `"\x"`},
		{name: "single-quote escape", rule: "A16", body: `"\'"`},
		{name: "bad hex in surrogate pair", rule: "A16", body: `"\ud83d\uzzzz"`},
		{name: "control character in a string", rule: "A16", body: "\"a\tb\""},
		{name: "leading zero", rule: "A16", body: `01`},
		{name: "bare minus", rule: "A16", body: `-`},
		{name: "dot without digits", rule: "A16", body: `1.`},
		{name: "exponent without digits", rule: "A16", body: `1e+`},
		{name: "plus sign", rule: "A16", body: `+1`},
		{name: "trailing comma in array", rule: "A16", body: `[1,]`},
		{name: "trailing comma in object", rule: "A16", body: `{"a":1,}`},
		{name: "missing colon", rule: "A16", body: `{"a" 1}`},
		{name: "unquoted key", rule: "A16", body: `{a:1}`},
		{name: "non-JSON white space", rule: "A16", body: "\f1"},
		{name: "XML", rule: "A16", body: `<a>1</a>`},
		{name: "too deep", rule: "A16", body: strings.Repeat("[", 10001) + strings.Repeat("]", 10001)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDecodeJSON(t, []byte(tt.body))
			checkDecodeWanted(t, []byte(tt.body), rand.New(rand.NewPCG(1, 2)))
		})
	}
}

// TestDecodeJSONRandom compares random documents and their mutations
// (a byte changed, dropped or doubled, a cut) with encoding/json; the seed is
// printed on failure.
func TestDecodeJSONRandom(t *testing.T) {
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, seed))
	defer func() {
		if t.Failed() {
			t.Logf("seed %d", seed)
		}
	}()
	noise := []byte(" \t\n\r{}[],:\"\\/-+.0123456789eEabfnrtu\x00\x1f\x7f\x80\xff")
	for range 20000 {
		doc := []byte(randomJSON(rng, 3))
		switch rng.IntN(4) {
		case 0: // valid as is
		case 1:
			doc[rng.IntN(len(doc))] = noise[rng.IntN(len(noise))]
		case 2:
			i := rng.IntN(len(doc))
			doc = append(doc[:i:i], doc[i+1:]...)
		case 3:
			doc = doc[:rng.IntN(len(doc)+1)]
		}
		checkDecodeJSON(t, doc)
	}
}

// randomJSON writes a random JSON value nested at most depth deep, with
// strings drawn from the characters that matter to unquoting.
func randomJSON(rng *rand.Rand, depth int) string {
	ws := func() string { return []string{"", "", " ", "\n\t", "\r\n "}[rng.IntN(5)] }
	str := func() string {
		pieces := []string{"a", "Z", " ", `\"`, `\\`, `\/`, `\b`, `\n`, `\t`, `\u0041`, `\u00E9`, `\ud83d\ude00`,
			`\ud83d`, `\ude00`, `\u2028`, "é", "日", "😀", "\xff", "\xe6\x97", "\xed\xa0\x80", "\u2029", "<&>"}
		var b strings.Builder
		b.WriteByte('"')
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b.WriteByte('"')
		return b.String()
	}
	kind := rng.IntN(8)
	if depth == 0 {
		kind = rng.IntN(5)
	}
	switch kind {
	case 0:
		return str()
	case 1:
		return []string{"0", "-0", "7", "-12", "3.25", "1e9", "2.5E-3", "10e+2", "123456789012345678901234567890"}[rng.IntN(9)]
	case 2:
		return "true"
	case 3:
		return "false"
	case 4:
		return "null"
	case 5:
		parts := make([]string, rng.IntN(4))
		for i := range parts {
			parts[i] = ws() + randomJSON(rng, depth-1) + ws()
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	parts := make([]string, rng.IntN(4))
	for i := range parts {
		parts[i] = ws() + str() + ws() + ":" + ws() + randomJSON(rng, depth-1) + ws()
	}
	return ws() + "{" + strings.Join(parts, ",") + "}" + ws()
}

// TestDecodeJSONValuesAreCopies checks that no value shares the text's
// memory: a value written into a lead must not keep the whole answer alive.
func TestDecodeJSONValuesAreCopies(t *testing.T) {
	text := `{"s":"a value","n":12.50,"a":["x"],"e":"esc\\aped"}`
	doc, ok := Decode(text)
	if !ok {
		t.Fatalf("Decode(%q) refused it", text)
	}
	m := doc.(map[string]any)
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	for _, v := range []string{m["s"].(string), string(m["n"].(json.Number)), m["a"].([]any)[0].(string), m["e"].(string)} {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(v))); start <= p && p < start+uintptr(len(text)) {
			t.Errorf("value %q shares the text's memory, want a copy", v)
		}
	}
}

func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,"b",{"c":null}]}`, `"\ud83d\u0041"`, "\"\xff\"", `1e5 `, `{"a":1} x`, `[01]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDecodeJSON(t, data)
		checkDecodeWanted(t, data, rand.New(rand.NewPCG(1, 2)))
	})
}

// TestDecodeJSONEightByteScan puts each byte the string scan must stop at
// (a quote, a backslash, a control character, a byte beyond ASCII) at every
// position of plain strings of 0 to 24 bytes, so that the eight-byte step
// of the scan (skipPlain) is held to encoding/json at each offset (A16).
func TestDecodeJSONEightByteScan(t *testing.T) {
	stops := []string{`\"`, `\\`, `\n`, "\x00", "\x1f", "\t", "\x7f", "é", "\xff", "\x80", "\x9f", "\xe6\x97", `"`}
	for n := range 25 {
		plain := strings.Repeat("x", n)
		checkDecodeJSON(t, []byte(`"`+plain+`"`))
		checkDecodeJSON(t, []byte(`{"`+plain+`":"`+plain+`"}`))
		for at := 0; at <= n; at++ {
			for _, s := range stops {
				checkDecodeJSON(t, []byte(`"`+plain[:at]+s+plain[at:]+`"`))
				checkDecodeJSON(t, []byte(`{"k`+plain[:at]+s+plain[at:]+`":1}`))
			}
		}
	}
}
