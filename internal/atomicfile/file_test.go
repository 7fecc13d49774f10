package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// entries lists dir, failing the test if it cannot.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestCommitWritesWholeFileAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xml")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "new ")
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("before Commit the target reads %q, want the old content", got)
	}
	io.WriteString(f, "report")
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new report" {
		t.Errorf("after Commit the target reads %q", got)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != Mode {
		t.Errorf("mode %v, want %v", fi.Mode().Perm(), os.FileMode(Mode))
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Errorf("folder holds %v, want only out.xml", names)
	}
}

func TestAbortLeavesTargetAndNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xml")
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "half")
	f.Abort()
	f.Abort() // twice is fine
	if names := entries(t, dir); len(names) != 0 {
		t.Errorf("folder holds %v after Abort, want nothing", names)
	}
	if err := f.Commit(); err == nil {
		t.Error("Commit after Abort succeeded")
	}
}

// TestBareNameTempInWorkingFolder: a bare name's temporary file is in the
// working folder, not $TMPDIR (a rename from there may cross file systems).
func TestBareNameTempInWorkingFolder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("TMPDIR", filepath.Join(dir, "no-such-tmp"))
	f, err := Create("out.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	if !strings.HasPrefix(filepath.Base(f.tmp), ".out.xml.tmp-") || filepath.Dir(f.tmp) != "." {
		t.Errorf("temporary file %q, want ./.out.xml.tmp-*", f.tmp)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestErrorsNameThePathAndLeaveNothing(t *testing.T) {
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	roCause, roSkip := error(os.ErrPermission), false
	if os.Getuid() == 0 { // root writes a 0555 folder: mount a read-only tmpfs there
		if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "ro,size=16k", "tmpfs", ro).CombinedOutput(); err != nil {
			t.Logf("mount -o ro tmpfs: %v %s", err, out)
			roSkip = true
		} else {
			t.Cleanup(func() { exec.Command("umount", ro).Run() })
			roCause = syscall.EROFS
		}
	}
	for _, tc := range []struct {
		name, path, op string
		cause          error
		skip           bool
	}{
		{"missing folder", filepath.Join(dir, "no", "such", "out.xml"), "create", os.ErrNotExist, false},
		{"read-only folder", filepath.Join(ro, "out.xml"), "create", roCause, roSkip},
		{"a folder as target", dir, "create", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.skip {
				t.Skip("running as root, and mount -t tmpfs -o ro failed: root writes a 0555 folder")
			}
			_, err := Create(tc.path)
			var fe *Error
			if !errors.As(err, &fe) || fe.Op != tc.op || fe.Path != tc.path || !strings.Contains(err.Error(), tc.path) {
				t.Fatalf("err %v, want an *Error of %s naming %s", err, tc.op, tc.path)
			}
			if tc.cause != nil && !errors.Is(err, tc.cause) {
				t.Errorf("err %v, want cause %v", err, tc.cause)
			}
		})
	}
	if names := entries(t, ro); len(names) != 0 {
		t.Errorf("read-only folder holds %v", names)
	}
}

// TestDevFullIsWrittenDirectlyAndFails: /dev/full is a character device,
// written in place (not replaced), and its ENOSPC fails Commit.
func TestDevFullIsWrittenDirectlyAndFails(t *testing.T) {
	if fi, err := os.Stat("/dev/full"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/full device on this system")
	}
	f, err := Create("/dev/full")
	if err != nil {
		t.Fatal(err)
	}
	if f.tmp != "" {
		t.Fatalf("a temporary file %s for a device", f.tmp)
	}
	io.WriteString(f, strings.Repeat("x", 3*BufferSize))
	err = f.Commit()
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "/dev/full") {
		t.Fatalf("Commit: %v, want ENOSPC naming /dev/full", err)
	}
	if fi, err := os.Lstat("/dev/full"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("/dev/full is no longer a character device: %v %v", fi, err)
	}
}

// TestNonRegularTargetsAreNotReplaced: a pipe and /dev/stdout (a link into
// /proc) are written directly and stay what they were.
func TestNonRegularTargetsAreNotReplaced(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- b
	}()
	if err := Write(fifo, func(w io.Writer) error { _, err := io.WriteString(w, "through the pipe"); return err }); err != nil {
		t.Fatal(err)
	}
	if b := <-got; string(b) != "through the pipe" {
		t.Errorf("reader got %q", b)
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced by %v", fi.Mode())
	}
	if target, direct, _ := resolve("/dev/a-regular-file"); !direct || target != "/dev/a-regular-file" {
		t.Errorf("a file under /dev would be replaced (target %q)", target)
	}
	if _, err := os.Lstat("/dev/stdout"); err == nil {
		target, direct, err := resolve("/dev/stdout")
		if err != nil || !direct || target != "/dev/stdout" {
			t.Errorf("resolve(/dev/stdout) = %q, direct %v, %v; want written directly", target, direct, err)
		}
	}
}

// TestLinkToRegularFileKeepsTheLink: a link to a regular file replaces the
// file it points to, and the link stays a link.
func TestLinkToRegularFileKeepsTheLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.xml")
	link := filepath.Join(dir, "link.xml")
	os.WriteFile(real, []byte("old"), 0o644)
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	if err := Write(link, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(real); string(b) != "new" {
		t.Errorf("real file reads %q", b)
	}
}

// TestWriteCallbackErrorLeavesNothing: an error of the writing function
// drops the file and is returned with the path.
func TestWriteCallbackErrorLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error { io.WriteString(w, "{"); return boom })
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), path) {
		t.Errorf("err %v, want boom naming %s", err, path)
	}
	if names := entries(t, dir); len(names) != 0 {
		t.Errorf("folder holds %v", names)
	}
}

// TestTmpfsFullLeavesNothing: on a real file system that fills up (a
// 64 KiB tmpfs), Commit fails with ENOSPC naming the file, removes the
// temporary file and keeps the old target.
func TestTmpfsFullLeavesNothing(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to mount a tmpfs; the disk-full case is covered by TestDevFullIsWrittenDirectlyAndFails")
	}
	mnt := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("mount -t tmpfs failed (%v: %s); the disk-full case is covered by TestDevFullIsWrittenDirectlyAndFails", err, bytes.TrimSpace(out))
	}
	t.Cleanup(func() { exec.Command("umount", mnt).Run() })
	path := filepath.Join(mnt, "junit.xml")
	os.WriteFile(path, []byte("old"), 0o644)
	err := Write(path, func(w io.Writer) error {
		_, err := w.Write(bytes.Repeat([]byte("<testcase/>"), 20000)) // 220 KB
		return err
	})
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), path) {
		t.Fatalf("err %v, want ENOSPC naming %s", err, path)
	}
	if names := entries(t, mnt); len(names) != 1 {
		t.Errorf("tmpfs holds %v, want only the old junit.xml", names)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("target reads %q, want the old content", b)
	}
}

// countingWriter counts the writes that reach it.
type countingWriter struct {
	w     io.Writer
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) { c.calls++; return c.w.Write(p) }

// TestWritesAreBuffered: a million one-byte writes reach the file in a few
// dozen writes, not a million.
func TestWritesAreBuffered(t *testing.T) {
	f, err := Create(filepath.Join(t.TempDir(), "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := &countingWriter{w: f.f}
	f.buf.Reset(c)
	const n = 1 << 20
	for range n {
		f.Write([]byte{'x'})
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if want := n/BufferSize + 1; c.calls > want {
		t.Errorf("%d one-byte writes made %d writes to the file, want at most %d", n, c.calls, want)
	}
	t.Logf("%d one-byte writes -> %d writes to the file", n, c.calls)
}
