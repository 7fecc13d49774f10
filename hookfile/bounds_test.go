package hookfile_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/internal/capped"
	"github.com/hookcert/hookcert/marketo"
)

// TestLoadCapsFileSize: a file over MaxFileSize, or endless (/dev/zero),
// is an error naming the file and the cap, not a read until memory runs
// out.
func TestLoadCapsFileSize(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(big, []byte("name: x\ndescription: "+strings.Repeat("a", hookfile.MaxFileSize)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{big}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	for _, p := range paths {
		var tl *capped.TooLargeError
		_, err := hookfile.LoadWebhook(p)
		if !errors.As(err, &tl) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "1 MiB") {
			t.Errorf("LoadWebhook(%s): %v, want the cap of 1 MiB named with the file", p, err)
		}
		_, err = hookfile.LoadLead(p, marketo.StandardCatalog())
		if !errors.As(err, &tl) || !strings.Contains(err.Error(), "lead file "+p) {
			t.Errorf("LoadLead(%s): %v, want the cap named with the file", p, err)
		}
	}
}

// TestErrorListIsCapped: a file with a thousand unknown keys lists
// MaxErrors of them and says how many more there are.
func TestErrorListIsCapped(t *testing.T) {
	var b strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&b, "unknown%d: 1\n", i)
	}
	for name, parse := range map[string]func() error{
		"webhook": func() error { _, err := hookfile.ParseWebhook("many.yaml", []byte(b.String())); return err },
		"lead": func() error {
			_, err := hookfile.ParseLead("many.yaml", []byte(b.String()), marketo.StandardCatalog())
			return err
		},
	} {
		var errs hookfile.Errors
		if err := parse(); !errors.As(err, &errs) || len(errs) != hookfile.MaxErrors+1 {
			t.Fatalf("%s: %d problems, want %d and a last line", name, len(errs), hookfile.MaxErrors+1)
		}
		want := "and 980 more problems" // the lead: 1000 unknown fields
		if name == "webhook" {
			want = "and 982 more problems" // and no url nor method (R6)
		}
		if last := errs[len(errs)-1].Error(); !strings.Contains(last, want) {
			t.Errorf("%s: last line %q, want %q", name, last, want)
		}
	}
}

// TestSecondDocumentIsAnError: a second YAML document after --- is an
// error at its line, well-formed or not; before, it was silently ignored.
func TestSecondDocumentIsAnError(t *testing.T) {
	n := strings.Count(goodWebhook, "\n") + 1 // the line after goodWebhook
	for _, tc := range []struct {
		name, src string
		line      int
	}{
		{"well-formed", goodWebhook + "---\nname: Other\n", n},
		{"malformed", goodWebhook + "---\nname: [unclosed\n", n},
		{"explicit first start", "---\n" + goodWebhook + "---\nname: Other\n", n + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := hookfile.ParseWebhook("two.yaml", []byte(tc.src))
			var errs hookfile.Errors
			if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Line != tc.line || !strings.Contains(errs[0].Msg, "second YAML document") {
				t.Fatalf("err %v, want one problem: a second document at line %d", err, tc.line)
			}
			if want := fmt.Sprintf("two.yaml:%d:", tc.line); !strings.HasPrefix(err.Error(), want) {
				t.Errorf("err %q, want it to start with %s", err, want)
			}
		})
	}
	if _, err := hookfile.ParseWebhook("one.yaml", []byte("---\n"+goodWebhook+"...\n")); err != nil {
		t.Errorf("one document with explicit start and end: %v", err)
	}
}

// TestByteOrderMarkIsSkipped: a UTF-8 BOM at the start of a file (as some
// Windows editors write) is accepted.
func TestByteOrderMarkIsSkipped(t *testing.T) {
	def, err := hookfile.ParseWebhook("bom.yaml", []byte("\xef\xbb\xbf"+goodWebhook))
	if err != nil || def.Webhook.Name != "Enrich" {
		t.Fatalf("ParseWebhook with a BOM: %v", err)
	}
	lead, err := hookfile.ParseLead("bom.yaml", []byte("\xef\xbb\xbfEmail Address: ada@example.com\n"), marketo.StandardCatalog())
	if err != nil || len(lead) != 1 {
		t.Fatalf("ParseLead with a BOM: %v, %v", lead, err)
	}
}
