package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunReportWriteErrorExits2: a report that cannot be written (ENOSPC
// of /dev/full) fails the run, exit 2, with a message naming the file;
// before, the error was ignored and the run passed.
func TestRunReportWriteErrorExits2(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full on this system")
	}
	f := writeFeature(t, t.TempDir(), "pass.feature", passingFeature)
	code, _, errOut := runSuiteCLI(t, nil, "--transport", "mock", "--format", "junit:/dev/full", f)
	if code != exitBadInput {
		t.Fatalf("exit %d, want %d\n%s", code, exitBadInput, errOut)
	}
	if !strings.Contains(errOut, "write /dev/full") || !strings.Contains(errOut, "no space left on device") {
		t.Errorf("stderr does not name /dev/full and the cause:\n%s", errOut)
	}
}

// TestRunReportFullDiskLeavesNothing: on a file system that fills up (a
// 16 KiB tmpfs, as root) the run exits 2 and leaves neither a half report
// nor a temporary file.
func TestRunReportFullDiskLeavesNothing(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to mount a tmpfs; TestRunReportWriteErrorExits2 covers a write error")
	}
	mnt := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("mount -t tmpfs failed (%v: %s); TestRunReportWriteErrorExits2 covers a write error", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", mnt).Run() })
	dir := t.TempDir()
	var feats []string
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		feats = append(feats, writeFeature(t, dir, n+".feature", strings.Replace(passingFeature, "A passing feature", "Feature "+strings.Repeat(n, 2000), 1)))
	}
	report := filepath.Join(mnt, "cucumber.json")
	code, _, errOut := runSuiteCLI(t, nil, append([]string{"--transport", "mock", "--format", "cucumber:" + report}, feats...)...)
	if code != exitBadInput || !strings.Contains(errOut, report) {
		t.Fatalf("exit %d, want %d with a message naming %s\n%s", code, exitBadInput, report, errOut)
	}
	if left, _ := os.ReadDir(mnt); len(left) != 0 {
		t.Errorf("the full file system holds %v, want nothing", left)
	}
}

// TestRunBareReportNameTempInWorkingFolder: --format junit:out.xml writes
// its temporary file in the working folder, not $TMPDIR (from which the
// rename may cross file systems); here $TMPDIR does not exist at all.
func TestRunBareReportNameTempInWorkingFolder(t *testing.T) {
	dir := t.TempDir()
	f := writeFeature(t, dir, "pass.feature", passingFeature)
	work := filepath.Join(dir, "work")
	os.Mkdir(work, 0o755)
	t.Chdir(work)
	t.Setenv("TMPDIR", filepath.Join(dir, "no-such-tmp"))
	code, _, errOut := runSuiteCLI(t, nil, "--transport", "mock", "--format", "junit:out.xml", f)
	if code != exitOK {
		t.Fatalf("exit %d, want 0\n%s", code, errOut)
	}
	if cases := junitCases(t, filepath.Join(work, "out.xml")); len(cases) != 1 {
		t.Errorf("out.xml holds %v, want the one scenario", cases)
	}
	noTempFiles(t, work)
}
