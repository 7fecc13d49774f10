// Package capped reads input files with a size cap: a file over its cap
// (or endless, as /dev/zero) is an error naming the file and the cap, after
// reading at most cap+1 bytes.
package capped

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// TooLargeError is a file over its cap.
type TooLargeError struct {
	Path  string
	What  string // what the file is, e.g. "webhook file"
	Limit int64  // the cap in bytes
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s %s: larger than the cap of %s; hookcert reads at most that much", e.What, e.Path, Size(e.Limit))
}

// ReadFile reads path, at most limit bytes; what names the file in errors
// ("webhook file", "feature file"). Reading stops at limit+1 bytes, so an
// endless file ends quickly in a *TooLargeError.
func ReadFile(path, what string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	defer f.Close()
	return Read(f, path, what, limit)
}

// Read reads r as ReadFile reads a file named path.
func Read(r io.Reader, path, what string, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s %s: %w", what, path, err)
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Path: path, What: what, Limit: limit}
	}
	return data, nil
}

// Check reports a *TooLargeError when the file at path is over limit,
// without keeping its content: a regular file by its size, anything else
// (a device, a pipe) by reading up to limit+1 bytes.
func Check(path, what string, limit int64) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	if fi.Mode().IsRegular() {
		if fi.Size() > limit {
			return &TooLargeError{Path: path, What: what, Limit: limit}
		}
		return nil
	}
	if fi.IsDir() {
		return fmt.Errorf("read %s %s: %w", what, path, errors.New("is a folder"))
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	defer f.Close()
	n, err := io.Copy(io.Discard, io.LimitReader(f, limit+1))
	if err != nil {
		return fmt.Errorf("read %s %s: %w", what, path, err)
	}
	if n > limit {
		return &TooLargeError{Path: path, What: what, Limit: limit}
	}
	return nil
}

// Size prints a byte count in the unit it was likely set in: "8 MiB",
// "512 KiB", "100 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ReadFS reads name from fsys as ReadFile reads a file: the function a
// feature loader over an fs.FS calls.
func ReadFS(fsys fs.FS, name, what string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	defer f.Close()
	return Read(f, name, what, limit)
}
