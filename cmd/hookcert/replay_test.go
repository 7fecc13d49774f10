package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFuzzReplayOfForeignFailfileExits2: an empty, random or foreign
// failfile is bad input with a message saying why; before, each ran no
// check and passed.
func TestFuzzReplayOfForeignFailfileExits2(t *testing.T) {
	dir := t.TempDir()
	n := 0
	write := func(folder, content string) string { // each case its own file: all are written before the first runs
		n++
		p := filepath.Join(dir, folder, fmt.Sprintf("x%d.fail", n))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	prop := "TestInvariant2BatchNeverCalls"
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"empty", []string{"--replay", write(prop, "")}, "holds no failfile data"},
		{"comments only", []string{"--replay", write(prop, "# a comment\n\n")}, "holds no failfile data"},
		{"random bytes", []string{"--replay", write(prop, "\x8f\x00garbage\xff\n0x12\n")}, "is not VERSION#SEED"},
		{"another rapid format", []string{"--replay", write(prop, "v0.9.9#12\n0x1\n")}, `failfile format "v0.9.9"`},
		{"no draws", []string{"--replay", write(prop, rapidFailfileVersion+"#12\n")}, "no draws"},
		{"draws that do not fit the property", []string{"--replay", write(prop, rapidFailfileVersion+"#12\n0x1\n")}, "it is not a failfile of property Invariant2BatchNeverCalls"},
		{"folder of another property", []string{"--property", "Invariant1NonSuccessNeverMutates", "--replay", write(prop, rapidFailfileVersion+"#12\n0x1\n")}, "is a failfile of property Invariant2BatchNeverCalls, not of --property Invariant1NonSuccessNeverMutates"},
		{"folder of no property", []string{"--replay", write("elsewhere", rapidFailfileVersion+"#12\n0x1\n")}, `folder "elsewhere" names no property`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := fuzz(t, append(tc.args, "--failfiles", t.TempDir())...)
			if code != exitBadInput || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, want %d with %q\nstdout:\n%s\nstderr:\n%s", code, exitBadInput, tc.want, stdout, stderr)
			}
		})
	}
}
