package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestTempsRemoveAll: RemoveAll removes the temporary file of a File in
// progress, a later Commit does not put it into place, and a later Create
// is refused: a second Ctrl-C leaves no .tmp- file behind.
func TestTempsRemoveAll(t *testing.T) {
	dir := t.TempDir()
	var temps Temps
	f, err := temps.Create(filepath.Join(dir, "out.xml"))
	if err != nil {
		t.Fatal(err)
	}
	done, err := temps.Create(filepath.Join(dir, "done.xml"))
	if err != nil {
		t.Fatal(err)
	}
	done.WriteString("whole")
	if err := done.Commit(); err != nil {
		t.Fatal(err)
	}
	f.WriteString("half")
	if n := temps.RemoveAll(); n != 1 {
		t.Errorf("RemoveAll removed %d files, want 1", n)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if err := f.Commit(); !errors.Is(err, os.ErrClosed) {
		t.Errorf("Commit after RemoveAll: %v, want os.ErrClosed", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.xml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("out.xml exists after RemoveAll and Commit (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "done.xml")); err != nil {
		t.Errorf("the committed file is gone: %v", err)
	}
	if _, err := temps.Create(filepath.Join(dir, "late.xml")); !errors.Is(err, os.ErrClosed) {
		t.Errorf("Create after RemoveAll: %v, want os.ErrClosed", err)
	}
	var none *Temps
	g, err := none.Create(filepath.Join(dir, "plain.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Commit(); err != nil {
		t.Errorf("a nil Temps: %v", err)
	}
}
