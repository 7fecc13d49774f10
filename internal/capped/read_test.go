package capped

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileCaps(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.yaml")
	os.WriteFile(small, []byte("12345678"), 0o644)
	for _, tc := range []struct {
		name, path string
		limit      int64
		want       string // "" for an error
	}{
		{"under the cap", small, 100, "12345678"},
		{"at the cap", small, 8, "12345678"},
		{"over the cap", small, 7, ""},
		{"endless /dev/zero", "/dev/zero", 1 << 20, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := os.Stat(tc.path); err != nil {
				t.Skip(err)
			}
			data, err := ReadFile(tc.path, "webhook file", tc.limit)
			if tc.want != "" {
				if err != nil || string(data) != tc.want {
					t.Errorf("got %q, %v; want %q", data, err, tc.want)
				}
				return
			}
			var tl *TooLargeError
			if !errors.As(err, &tl) || !strings.Contains(err.Error(), tc.path) || !strings.Contains(err.Error(), Size(tc.limit)) {
				t.Errorf("err %v, want a TooLargeError naming %s and %s", err, tc.path, Size(tc.limit))
			}
			if err2 := Check(tc.path, "feature file", tc.limit); !errors.As(err2, &tl) {
				t.Errorf("Check: %v, want a TooLargeError", err2)
			}
		})
	}
	if _, err := ReadFile(filepath.Join(dir, "none"), "lead file", 10); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if err := Check(dir, "feature file", 10); err == nil {
		t.Error("Check of a folder succeeded")
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{8 << 20: "8 MiB", 512 << 10: "512 KiB", 100: "100 bytes", 1<<20 + 1: "1048577 bytes"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
