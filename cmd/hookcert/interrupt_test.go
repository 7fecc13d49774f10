package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// buildHookcert builds the hookcert binary into a temporary folder.
func buildHookcert(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "hookcert")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// lockedBuffer is a bytes.Buffer safe for a copying goroutine and a reader.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestFuzzInterruptRecordsNothing: SIGINT (Ctrl-C) or SIGTERM during
// `hookcert fuzz` ends it with one line saying so and exit 130 or 143; the
// interrupted property reports no failure and saves no failfile. Before,
// the interrupt was a property failure with a failfile that replayed
// green.
func TestFuzzInterruptRecordsNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildHookcert(t)
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		code int
		word string
	}{
		{"SIGINT", syscall.SIGINT, exitInterrupted, "SIGINT"},
		{"SIGTERM", syscall.SIGTERM, exitTerminated, "SIGTERM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			work := t.TempDir()
			failfiles := filepath.Join(work, "failfiles")
			cmd := exec.Command(bin, "fuzz", "--checks", "100000000", "--property", "Invariant1NonSuccessNeverMutates", "--failfiles", failfiles)
			cmd.Dir = work
			stdout := &lockedBuffer{}
			cmd.Stdout = stdout
			errPipe, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			stderr := &lockedBuffer{}
			progress := make(chan struct{})
			copied := make(chan struct{})
			go func() {
				defer close(copied)
				sc := bufio.NewScanner(errPipe)
				once := sync.Once{}
				for sc.Scan() {
					stderr.Write(append(sc.Bytes(), '\n'))
					if strings.Contains(sc.Text(), " checks ") {
						once.Do(func() { close(progress) })
					}
				}
				io.Copy(io.Discard, errPipe)
			}()
			select {
			case <-progress: // checks are running
			case <-time.After(60 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("no progress line within 60 s; stderr:\n%s", stderr.String())
			}
			cmd.Process.Signal(tc.sig)
			<-copied
			err = cmd.Wait()
			code := cmd.ProcessState.ExitCode()
			if code != tc.code {
				t.Errorf("exit %d (%v), want %d\nstdout:\n%s\nstderr:\n%s", code, err, tc.code, stdout.String(), stderr.String())
			}
			if n := strings.Count(stderr.String(), "interrupted by "+tc.word); n != 1 {
				t.Errorf("%d lines say it was interrupted by %s, want 1:\n%s", n, tc.word, stderr.String())
			}
			if strings.Contains(stdout.String(), "FAIL") || strings.Contains(stderr.String(), "context canceled") {
				t.Errorf("the interrupt was reported as a failure:\nstdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
			}
			for _, d := range []string{failfiles, filepath.Join(work, "testdata")} {
				if _, err := os.Stat(d); err == nil {
					t.Errorf("%s exists after an interrupted run: a failfile was saved", d)
				}
			}
		})
	}
}

// TestSecondSignalExitsAtOnce: the first signal cancels the context with
// the signal as cause; the second exits at once with the signal's code.
func TestSecondSignalExitsAtOnce(t *testing.T) {
	sigs := make(chan os.Signal, 2)
	exited := make(chan int, 1)
	var stderr lockedBuffer
	ctx, stop := watchInterrupts(context.Background(), sigs, &stderr, func(code int) { exited <- code })
	defer stop()
	sigs <- syscall.SIGTERM
	<-ctx.Done()
	if sig, ok := interrupted(ctx); !ok || sig != syscall.SIGTERM {
		t.Fatalf("interrupted(ctx) = %v, %v; want SIGTERM", sig, ok)
	}
	sigs <- os.Interrupt
	select {
	case code := <-exited:
		if code != exitInterrupted || !strings.Contains(stderr.String(), "second signal (SIGINT): exiting now") {
			t.Errorf("exit %d, stderr %q; want %d and a line saying so", code, stderr.String(), exitInterrupted)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the second signal did not exit")
	}
}

// TestInterruptedRunExitsWithSignalCode: a command that ends after an
// interrupt exits 130, whatever it returned.
func TestInterruptedRunExitsWithSignalCode(t *testing.T) {
	sigs := make(chan os.Signal, 1)
	ctx, stop := watchInterrupts(context.Background(), sigs, io.Discard, func(int) {})
	defer stop()
	sigs <- os.Interrupt
	<-ctx.Done()
	var out, errOut bytes.Buffer
	if code := runMain(ctx, []string{"fuzz", "--checks", "5", "--property", "Invariant2BatchNeverCalls", "--failfiles", t.TempDir()}, &out, &errOut); code != exitInterrupted {
		t.Errorf("exit %d, want %d\n%s", code, exitInterrupted, errOut.String())
	}
}
