package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hookcert/hookcert/examples/ci"
	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/internal/atomicfile"
)

// project is what `hookcert init` scaffolds: one webhook.
type project struct {
	name, url, method, encoding, responseType string
	mappings                                  listFlag // ATTR=FIELD
}

// defaultProject is the project of no flags and no terminal.
func defaultProject() project {
	return project{name: "Enrich lead", url: "https://vendor.example/v1/enrich", method: "POST",
		encoding: "json", responseType: "json", mappings: listFlag{"person.company.name=company", "person.score=leadScore"}}
}

func runInit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return initWith(ctx, args, os.Stdin, isTerminal(os.Stdin), stdout, stderr)
}

// isTerminal reports whether f is a terminal: a character device other
// than the null device (</dev/null is a character device too).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// initWith is `hookcert init [DIR]`: with no flag on a terminal it asks
// for each value on stderr and reads the answers from stdin.
func initWith(_ context.Context, args []string, stdin io.Reader, terminal bool, stdout, stderr io.Writer) int {
	p := defaultProject()
	var mappings listFlag
	fs := newFlagSet("init", stderr)
	fs.StringVar(&p.name, "name", p.name, "the webhook's `NAME`")
	fs.StringVar(&p.url, "url", p.url, "the webhook's `URL` (tokens allowed, R5)")
	fs.StringVar(&p.method, "method", p.method, "the Request Type: `GET|POST|PUT|PATCH|DELETE` (R6)")
	fs.StringVar(&p.encoding, "encoding", p.encoding, "the Request Token Encoding: `none|json|form` (R8)")
	fs.StringVar(&p.responseType, "response-type", p.responseType, "the Response Type: `json|xml` (R9)")
	fs.Var(&mappings, "mapping", "a response mapping `ATTR=FIELD`, e.g. person.score=leadScore (repeatable, R11; default: two examples)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hookcert init [flags] [DIR]")
		fmt.Fprintln(stderr, "\nScaffolds a hookcert project in DIR (default .): webhook.yaml, lead.yaml, a feature")
		fmt.Fprintln(stderr, "(features/webhook.feature) that checks the webhook against Marketo's rules, and CI")
		fmt.Fprintln(stderr, "files (.github/workflows/hookcert.yml, .gitlab-ci.yml). Without flags on a terminal it")
		fmt.Fprintln(stderr, "asks for each value; without flags and terminal it uses the defaults. It never")
		fmt.Fprintln(stderr, "overwrites a file: if one exists it writes nothing and exits 2 naming it.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "hookcert init: takes one folder, got %q\n", fs.Args())
		return exitBadInput
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	if len(mappings) > 0 {
		p.mappings = mappings
	}
	if fs.NFlag() == 0 && terminal {
		p = interview(p, stdin, stderr)
	}
	files, err := p.files()
	if err != nil {
		fmt.Fprintf(stderr, "hookcert init: %v\n", err)
		return exitBadInput
	}
	if err := writeNew(dir, files); err != nil {
		fmt.Fprintf(stderr, "hookcert init: %v\n", err)
		return exitBadInput
	}
	for _, f := range files {
		fmt.Fprintln(stdout, filepath.Join(dir, f.name))
	}
	fmt.Fprintf(stderr, "hookcert init: run the new feature with: hookcert run %s\n", filepath.Join(dir, "features"))
	return exitOK
}

// interview asks for each value of p, the current one as default.
func interview(p project, in io.Reader, out io.Writer) project {
	sc := bufio.NewScanner(in)
	ask := func(question, def string) string {
		fmt.Fprintf(out, "%s [%s]: ", question, def)
		if !sc.Scan() {
			return def
		}
		if a := strings.TrimSpace(sc.Text()); a != "" {
			return a
		}
		return def
	}
	p.name = ask("Webhook name", p.name)
	p.url = ask("URL", p.url)
	p.method = ask("Request Type (GET, POST, PUT, PATCH, DELETE)", p.method)
	p.encoding = ask("Request Token Encoding (none, json, form)", p.encoding)
	p.responseType = ask("Response Type (json, xml)", p.responseType)
	if m := ask("Response mappings, ATTR=FIELD separated by spaces", strings.Join(p.mappings, " ")); m != "" {
		p.mappings = strings.Fields(m)
	}
	return p
}

// scaffoldFile is one file init writes, its name relative to the folder.
type scaffoldFile struct {
	name string
	data []byte
}

// files renders the project's files; the webhook file is checked with the
// loader, so a bad flag value is reported as the loader reports it.
func (p project) files() ([]scaffoldFile, error) {
	webhook, err := p.webhookYAML()
	if err != nil {
		return nil, err
	}
	def, err := hookfile.ParseWebhook("webhook.yaml (from the flags)", webhook)
	if err != nil {
		return nil, err
	}
	feature, err := p.feature(def.Catalog)
	if err != nil {
		return nil, err
	}
	gh, err := ci.Templates.ReadFile("github-actions.yml")
	if err != nil {
		return nil, err
	}
	gl, err := ci.Templates.ReadFile("gitlab-ci.yml")
	if err != nil {
		return nil, err
	}
	return []scaffoldFile{
		{"webhook.yaml", webhook},
		{"lead.yaml", []byte(initLead)},
		{filepath.Join("features", "webhook.feature"), feature},
		{filepath.Join(".github", "workflows", "hookcert.yml"), gh},
		{".gitlab-ci.yml", gl},
	}, nil
}

// writeNew writes files into dir, each complete or absent, after checking
// that none exists: one that does is named and nothing is written.
func writeNew(dir string, files []scaffoldFile) error {
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s exists; init never overwrites a file, so nothing was written (choose another folder or move it)", p)
		}
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := atomicfile.Write(p, func(w io.Writer) error { _, err := w.Write(f.data); return err }); err != nil {
			return err
		}
	}
	return nil
}

// initLead is the lead file of a new project.
const initLead = `# The lead the feature calls the webhook for (field: value; display or SOAP names).
Email Address: ada@example.com
First Name: Ada
Last Name: Lovelace
Company Name: Analytical Engines
Lead Score: 10
`
