package nocolor

import (
	"bytes"
	"testing"
)

func TestWriterStripsEscapes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		chunks []string
		want   string
	}{
		{"plain text", []string{"Feature: x\n"}, "Feature: x\n"},
		{"a color", []string{"\x1b[32mpassed\x1b[0m\n"}, "passed\n"},
		{"bold with parameters", []string{"\x1b[1;37;41mfailed\x1b[0m"}, "failed"},
		{"split between writes", []string{"ok \x1b", "[3", "1mred\x1b[", "0m!"}, "ok red!"},
		{"unicode kept", []string{"Straße – ✓"}, "Straße – ✓"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := New(&b)
			for _, c := range tc.chunks {
				if n, err := w.Write([]byte(c)); err != nil || n != len(c) {
					t.Fatalf("Write(%q) = %d, %v", c, n, err)
				}
			}
			if b.String() != tc.want {
				t.Errorf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

// countingWriter counts the writes that reach it.
type countingWriter struct{ calls int }

func (c *countingWriter) Write(p []byte) (int, error) { c.calls++; return len(p), nil }

// TestWriterWritesOncePerWrite: one write in is at most one write out
// (godog's colors.Uncolored makes one per character).
func TestWriterWritesOncePerWrite(t *testing.T) {
	c := &countingWriter{}
	New(c).Write(bytes.Repeat([]byte("\x1b[32mok\x1b[0m "), 10000))
	if c.calls != 1 {
		t.Errorf("%d writes, want 1", c.calls)
	}
}
