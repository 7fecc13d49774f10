package suite_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestOnlyTheRunnerLinksGodog: the scripted services (harness) and the
// generators do not link godog, nor gherkin or go-memdb, which it brings;
// the runner (this package) is where they belong.
func TestOnlyTheRunnerLinksGodog(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	for _, pkg := range []string{"github.com/hookcert/hookcert/harness", "github.com/hookcert/hookcert/generators"} {
		out, err := exec.Command(goTool, "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if strings.Contains(dep, "cucumber/") || strings.Contains(dep, "go-memdb") {
				t.Errorf("%s links %s; the godog runner belongs in package suite", pkg, dep)
			}
		}
	}
	out, err := exec.Command(goTool, "list", "-deps", "github.com/hookcert/hookcert/suite").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "github.com/cucumber/godog\n") {
		t.Errorf("go list -deps suite: %v; want it to list godog (the check above would pass for any name)", err)
	}
}
