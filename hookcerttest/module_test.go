package hookcerttest_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExampleModule runs `go test` in examples/gotest, a module of its own
// that uses this package the way a user's repository does (R18, R19 are
// what its features check). It works offline: the replace directive points
// at this tree and every other line of its go.sum is in this module's.
func TestExampleModule(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	if testing.Short() {
		t.Skip("builds another module; skipped under -short")
	}
	dir := filepath.Join("..", "examples", "gotest")
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(mod, []byte("replace github.com/hookcert/hookcert => ../..")) {
		t.Fatalf("examples/gotest/go.mod lacks the replace directive to this tree:\n%s", mod)
	}
	ours := sumLines(t, "../go.sum")
	for line := range sumLines(t, filepath.Join(dir, "go.sum")) {
		if !ours[line] {
			t.Errorf("examples/gotest/go.sum has %q, which is not in go.sum: it would need the network", line)
		}
	}
	cmd := exec.Command(goTool, "test", "-count=1", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go test in examples/gotest: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "ok  \texample.com/gotest") {
		t.Errorf("go test in examples/gotest did not report the package as ok:\n%s", out)
	}
	after, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mod, after) {
		t.Errorf("go test rewrote examples/gotest/go.mod (commit the new one):\n%s", after)
	}
}

func sumLines(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := map[string]bool{}
	s := bufio.NewScanner(f)
	for s.Scan() {
		if l := strings.TrimSpace(s.Text()); l != "" {
			lines[l] = true
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}
