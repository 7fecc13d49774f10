package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitScaffoldsAPassingProject: hookcert init writes a webhook, a lead,
// a feature exercising R18 (a 2xx maps, a 503 changes nothing), R20 (an
// empty 200 is 1001), R2 (batch is 1000) and R17 (a time-out), and CI files;
// hookcert run on the result passes on both faces.
func TestInitScaffoldsAPassingProject(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		terminal  bool
		answers   string
		wantInYML string
	}{
		{"defaults without a terminal", nil, false, "", `"person.score"`},
		{"R9 flags: GET, form, XML", []string{"--method", "GET", "--encoding", "form", "--response-type", "xml",
			"--mapping", "person.title=title", "--mapping", "person.score=leadScore"}, false, "", `"person.title"`},
		{"R22 flags: JSON with an index", []string{"--name", "Scores", "--mapping", "scores[1].value=leadScore", "--mapping", "scores[0].at=dateOfBirth"}, false, "", `"scores[1].value"`},
		{"interview on a terminal", nil, true, "Score hook\n\nPUT\n\n\nresult.points=leadScore result.points=leadScorePercent\n", `name: "Score hook"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "project")
			var out, errOut bytes.Buffer
			args := append(append([]string{}, tc.args...), dir)
			if code := initWith(context.Background(), args, strings.NewReader(tc.answers), tc.terminal, &out, &errOut); code != exitOK {
				t.Fatalf("init: exit %d\n%s", code, errOut.String())
			}
			for _, f := range []string{"webhook.yaml", "lead.yaml", "features/webhook.feature", ".github/workflows/hookcert.yml", ".gitlab-ci.yml"} {
				if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
					t.Errorf("init wrote no %s: %v", f, err)
				}
			}
			if yml, _ := os.ReadFile(filepath.Join(dir, "webhook.yaml")); !strings.Contains(string(yml), tc.wantInYML) {
				t.Errorf("webhook.yaml lacks %s:\n%s", tc.wantInYML, yml)
			}
			code, _, runErr := runSuiteCLI(t, nil, filepath.Join(dir, "features"), "--transport", "both")
			if code != exitOK || !strings.Contains(runErr, "5 scenarios passed") {
				feature, _ := os.ReadFile(filepath.Join(dir, "features", "webhook.feature"))
				t.Errorf("hookcert run on the project: exit %d\n%s\n%s", code, runErr, feature)
			}
		})
	}
}

// TestInitNeverOverwrites: an existing file is named, exit 2, and nothing
// is written; a bad mapping writes nothing either.
func TestInitNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	lead := filepath.Join(dir, "lead.yaml")
	if err := os.WriteFile(lead, []byte("mine: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := initWith(context.Background(), []string{dir}, strings.NewReader(""), false, &out, &errOut)
	if code != exitBadInput || !strings.Contains(errOut.String(), lead) {
		t.Errorf("exit %d, want %d naming %s\n%s", code, exitBadInput, lead, errOut.String())
	}
	if data, _ := os.ReadFile(lead); string(data) != "mine: true\n" {
		t.Errorf("lead.yaml was changed to %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("init wrote %d entries beside the existing file, want none", len(entries)-1)
	}
	empty := t.TempDir()
	code = initWith(context.Background(), []string{"--mapping", "score=noSuchField", empty}, strings.NewReader(""), false, &out, &errOut)
	if entries, _ := os.ReadDir(empty); code != exitBadInput || len(entries) != 0 || !strings.Contains(errOut.String(), "noSuchField") {
		t.Errorf("R11 an unknown field: exit %d, %d entries written, want %d and none\n%s", code, len(entries), exitBadInput, errOut.String())
	}
}
