package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// BufferSize is the size of the write buffer: a report of many small
// writes makes one write call per BufferSize bytes.
const BufferSize = 64 << 10

// Mode is the permission of a committed file (before the umask of the
// folder's owner matters: it is set with chmod).
const Mode = 0o644

// Error is a failure to write a file: the operation (create, write, sync,
// close, rename), the final path, and the cause.
type Error struct {
	Op   string
	Path string
	Err  error
}

func (e *Error) Error() string {
	return fmt.Sprintf("write %s: %s: %v; the file was not written", e.Path, e.Op, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// File is a file being written. Write buffers; Commit makes it whole or
// reports why it is absent; Abort drops it. It is not safe for concurrent
// use.
type File struct {
	path   string // the final path, as given
	target string // what is replaced: path, or the regular file a link points to
	tmp    string // the temporary file; "" when written directly
	f      *os.File
	buf    *bufio.Writer
	err    error // the first write error, sticky
	done   bool
	temps  *Temps // tracks tmp, if set
}

// Create starts writing path. The folder must exist. The error is *Error.
func Create(path string) (*File, error) {
	target, direct, err := resolve(path)
	if err != nil {
		return nil, &Error{Op: "create", Path: path, Err: err}
	}
	fl := &File{path: path, target: target}
	if direct {
		fl.f, err = os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, Mode)
	} else {
		dir, base := filepath.Split(target)
		if dir == "" {
			dir = "." // not os.TempDir: the rename must stay on this file system
		}
		fl.f, err = os.CreateTemp(dir, "."+base+".tmp-*")
	}
	if err != nil {
		return nil, &Error{Op: "create", Path: path, Err: err}
	}
	if !direct {
		fl.tmp = fl.f.Name()
	}
	fl.buf = bufio.NewWriterSize(fl.f, BufferSize)
	return fl, nil
}

// resolve finds what Create writes: the path itself (a new or regular
// file), the regular file a symbolic link points to (the link is kept), or,
// direct, a target that is not a regular file.
func resolve(path string) (target string, direct bool, err error) {
	if abs, err := filepath.Abs(path); err == nil && underSystem(abs) {
		return path, true, nil // even a regular file there stands for something
	}
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return path, false, nil
	case err != nil:
		return "", false, err
	case fi.Mode().IsRegular():
		return path, false, nil
	case fi.IsDir():
		return "", false, errors.New("is a folder")
	case fi.Mode()&os.ModeSymlink == 0:
		return path, true, nil // a device, a pipe, a socket
	}
	dest, _ := os.Readlink(path)
	if underSystem(dest) {
		return path, true, nil // /dev/stdout -> /proc/self/fd/1 -> whatever fd 1 is
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return path, false, nil // a dangling link: replaced by the file
	}
	if underSystem(real) {
		return path, true, nil
	}
	return resolve(real)
}

// underSystem reports whether path is in /dev or /proc, whose entries stand
// for open files and devices; replacing one would break it.
func underSystem(path string) bool {
	for _, root := range []string{"/dev/", "/proc/"} {
		if strings.HasPrefix(path, root) {
			return true
		}
	}
	return false
}

// Name is the final path, as given to Create.
func (f *File) Name() string { return f.path }

// Write buffers p. After the first error every Write returns it, and
// Commit fails with it.
func (f *File) Write(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	if f.done {
		return 0, &Error{Op: "write", Path: f.path, Err: os.ErrClosed}
	}
	n, err := f.buf.Write(p)
	if err != nil {
		f.err = &Error{Op: "write", Path: f.path, Err: err}
		return n, f.err
	}
	return n, nil
}

// WriteString buffers s, as Write.
func (f *File) WriteString(s string) (int, error) { return f.Write([]byte(s)) }

// Commit flushes, syncs and closes the file and renames it into place. On
// any error the temporary file is removed and the target is as it was; the
// error is *Error. A direct target is flushed and closed.
func (f *File) Commit() error {
	if f.done {
		return &Error{Op: "commit", Path: f.path, Err: os.ErrClosed}
	}
	f.done = true
	err := f.finish()
	if err != nil {
		f.f.Close()
		f.removeTemp()
	}
	return err
}

func (f *File) finish() error {
	if f.err != nil {
		return f.err
	}
	if err := f.buf.Flush(); err != nil {
		return &Error{Op: "write", Path: f.path, Err: err}
	}
	if f.tmp == "" {
		if err := f.f.Close(); err != nil {
			return &Error{Op: "close", Path: f.path, Err: err}
		}
		return nil
	}
	if err := f.f.Sync(); err != nil {
		return &Error{Op: "sync", Path: f.path, Err: err}
	}
	if err := f.f.Chmod(Mode); err != nil {
		return &Error{Op: "chmod", Path: f.path, Err: err}
	}
	if err := f.f.Close(); err != nil {
		return &Error{Op: "close", Path: f.path, Err: err}
	}
	if err := f.temps.settle(f.tmp, func() error { return os.Rename(f.tmp, f.target) }); err != nil {
		return &Error{Op: "rename", Path: f.path, Err: err}
	}
	return nil
}

// Abort drops the file: the temporary file is removed, the target is as it
// was (a direct target keeps what was written). It is a no-op after Commit.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.f.Close()
	f.removeTemp()
}

func (f *File) removeTemp() {
	if f.tmp != "" {
		f.temps.settle(f.tmp, func() error { return os.Remove(f.tmp) })
	}
}

// Write writes the file at path with write, complete or absent: an error
// of write or of the file drops it.
func Write(path string, write func(w io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Abort()
		if f.err != nil {
			return f.err
		}
		return fmt.Errorf("write %s: %w; the file was not written", path, err)
	}
	return f.Commit()
}
