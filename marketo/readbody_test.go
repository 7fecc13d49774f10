package marketo

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadBody checks that reading the answer gives the bytes io.Copy gave
// before, whatever the Content-Length says, and one byte over the cap for an
// over-size body (A12).
func TestReadBody(t *testing.T) {
	const limit = 100
	tests := []struct {
		name  string
		rule  string
		body  string
		size  int64 // Content-Length; -1 unknown
		limit int64 // the cap; zero means limit
		want  string
	}{
		{name: "empty, length unknown", rule: "A14", body: "", size: -1, want: ""},
		{name: "empty, length zero", rule: "A14", body: "", size: 0, want: ""},
		{name: "length as declared", rule: "A12", body: "hello", size: 5, want: "hello"},
		{name: "length unknown", rule: "A12", body: "hello", size: -1, want: "hello"},
		{name: "shorter than declared", rule: "A12", body: "hi", size: 50, want: "hi"},
		{name: "longer than declared", rule: "A12", body: strings.Repeat("x", 90), size: 3, want: strings.Repeat("x", 90)},
		{name: "exactly at the cap", rule: "A12", body: strings.Repeat("x", limit), size: limit, want: strings.Repeat("x", limit)},
		{name: "over the cap reads one byte more", rule: "A12", body: strings.Repeat("x", 5000), size: -1, want: strings.Repeat("x", limit+1)},
		{name: "over the cap, declared", rule: "A12", body: strings.Repeat("x", 5000), size: 5000, want: strings.Repeat("x", limit+1)},
		{name: "over the default buffer", rule: "A12", body: strings.Repeat("y", 3*defaultBodyBuffer), size: -1,
			limit: DefaultMaxBodyBytes, want: strings.Repeat("y", 3*defaultBodyBuffer)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.limit
			if l == 0 {
				l = limit
			}
			// One byte per Read, to exercise growing the buffer.
			got, err := readBody(iotest.OneByteReader(strings.NewReader(tt.body)), l, tt.size)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if string(got) != tt.want {
				t.Errorf("got %d bytes %.20q..., want %d bytes %.20q...", len(got), got, len(tt.want), tt.want)
			}
		})
	}
}

// TestReadBodyError checks that a read error is returned with the bytes read
// before it, as io.Copy did.
func TestReadBodyError(t *testing.T) {
	boom := errors.New("connection reset")
	r := io.MultiReader(strings.NewReader("partial"), iotest.ErrReader(boom))
	got, err := readBody(r, DefaultMaxBodyBytes, -1)
	if !errors.Is(err, boom) {
		t.Fatalf("got error %v, want %v", err, boom)
	}
	if !bytes.Equal(got, []byte("partial")) {
		t.Errorf("got %q, want %q", got, "partial")
	}
}
