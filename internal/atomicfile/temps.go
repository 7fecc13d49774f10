package atomicfile

import (
	"os"
	"sync"
)

// Temps tracks the temporary files of the Files it creates, so that an exit
// that cannot wait for Commit (a second Ctrl-C) still leaves none behind:
// RemoveAll removes every one not yet renamed into place. A nil *Temps
// tracks nothing. It is safe for concurrent use.
type Temps struct {
	mu     sync.Mutex
	paths  map[string]bool
	closed bool
}

// Create is atomicfile.Create with the temporary file tracked by t. After
// RemoveAll it fails: the program is exiting.
func (t *Temps) Create(path string) (*File, error) {
	if t == nil {
		return Create(path)
	}
	// Hold the lock from creating the temporary file to recording it, so
	// that RemoveAll never misses one.
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return nil, &Error{Op: "create", Path: path, Err: os.ErrClosed}
	}
	f, err := Create(path)
	if err != nil {
		return nil, err
	}
	if f.tmp != "" {
		if t.paths == nil {
			t.paths = map[string]bool{}
		}
		t.paths[f.tmp] = true
		f.temps = t
	}
	return f, nil
}

// settle runs op (the rename or the removal of path) under the lock and
// forgets path: RemoveAll does not race with it.
func (t *Temps) settle(path string, op func() error) error {
	if t == nil {
		return op()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.paths, path)
	if t.closed {
		os.Remove(path)
		return os.ErrClosed
	}
	return op()
}

// RemoveAll removes every tracked temporary file and makes t refuse new
// ones: a later Create fails and a later Commit removes its temporary file
// instead of renaming it. It is meant to run just before os.Exit. It
// returns the number removed.
func (t *Temps) RemoveAll() int {
	if t == nil {
		return 0
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closed = true
	n := 0
	for p := range t.paths {
		if os.Remove(p) == nil {
			n++
		}
	}
	t.paths = nil
	return n
}
