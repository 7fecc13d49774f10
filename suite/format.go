package suite

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v34"

	"github.com/hookcert/hookcert/internal/atomicfile"
	"github.com/hookcert/hookcert/internal/nocolor"
	"github.com/hookcert/hookcert/report"
	"github.com/hookcert/hookcert/secrets"
)

// Format is one report of a run: a godog formatter (pretty, progress, junit,
// cucumber, events) and the file it goes to; an empty Path means the run's
// Output.
type Format struct {
	// Name is the godog formatter: pretty, progress, junit, cucumber or
	// events; or html, hookcert's self-contained HTML report (package
	// report, built from the cucumber report), which needs a Path. Beware:
	// events alone never fails a run in godog; hookcert's exit status does
	// not depend on the formatter.
	Name string
	// Path is the report file, written atomically when the run ends; ""
	// sends the report to Config.Output.
	Path string
}

// ParseFormat parses "name" or "name:FILE", e.g. "junit:out/junit.xml".
func ParseFormat(s string) (Format, error) {
	name, file, _ := strings.Cut(strings.TrimSpace(s), ":")
	f := Format{Name: name, Path: file}
	return f, f.check()
}

// String is "name" or "name:FILE".
func (f Format) String() string {
	if f.Path == "" {
		return f.Name
	}
	return f.Name + ":" + f.Path
}

// htmlFormat is the name of the HTML report, which godog does not know.
const htmlFormat = "html"

func (f Format) check() error {
	if f.Name == htmlFormat && f.Path == "" {
		return fmt.Errorf("format %q: the HTML report needs a file: html:FILE", f.String())
	}
	if f.Name != htmlFormat && godog.FindFmt(f.Name) == nil {
		var names []string
		for n := range godog.AvailableFormatters() {
			names = append(names, n)
		}
		sort.Strings(names)
		return fmt.Errorf("format %q: unknown formatter %q; use one of %s, optionally with :FILE, or html:FILE", f.String(), f.Name, strings.Join(names, ", "))
	}
	if strings.ContainsAny(f.Path, ",") {
		return fmt.Errorf("format %q: a report file name may not contain a comma", f.String())
	}
	return nil
}

// reportFiles are a run's report files, each written complete or absent
// (atomicfile): godog writes each report into a pipe it opens by name
// (/dev/fd/N), and a goroutine copies the pipe, buffered, into a temporary
// file beside the final path, renamed into place when the run ends. A write
// error (a full disk) fails the run and leaves no file; a run that cannot
// start leaves none either. The copy strips ANSI colors, so the runner may
// let godog write colored (NoColors false: godog then writes each report in
// a few large writes instead of one per character, as its color stripper
// does) as long as it strips its Output the same way (nocolor.New).
type reportFiles struct {
	format   string        // godog's Format option
	pipes    []*reportPipe // one per report with a file
	byFormat []*reportPipe // per format, its pipe; nil for those to Output
	done     bool
}

// reportPipe carries one report from godog to its file.
type reportPipe struct {
	file   *atomicfile.File
	w      *os.File   // the pipe's write end, kept open until the run ends
	copied chan error // the copy's result, once godog and w are closed
}

// openReports opens a pipe for each report with a file; a pretty report
// names each step's place in docs, its feature (stepLocator); mask masks
// credentials in every report; temps tracks the temporary files.
func openReports(formats []Format, docs map[string]*messages.GherkinDocument, mask *secrets.Masker, temps *atomicfile.Temps) (*reportFiles, error) {
	r := &reportFiles{}
	var parts []string
	for _, f := range formats {
		if f.Path == "" {
			parts = append(parts, f.Name)
			r.byFormat = append(r.byFormat, nil)
			continue
		}
		var locate map[string]*messages.GherkinDocument
		if f.Name == "pretty" {
			locate = docs
		}
		p, err := openReportPipe(f.Path, locate, mask, f.Name == htmlFormat, temps)
		if err != nil {
			r.discard()
			return nil, fmt.Errorf("report %s: %w", f.Path, err)
		}
		r.pipes = append(r.pipes, p)
		r.byFormat = append(r.byFormat, p)
		name := f.Name
		if name == htmlFormat {
			name = "cucumber" // the HTML report is made from it when the run ends
		}
		parts = append(parts, fmt.Sprintf("%s:/dev/fd/%d", name, p.w.Fd()))
	}
	r.format = strings.Join(parts, ",")
	return r, nil
}

func openReportPipe(path string, docs map[string]*messages.GherkinDocument, mask *secrets.Masker, html bool, temps *atomicfile.Temps) (*reportPipe, error) {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	file, err := temps.Create(path)
	if err != nil {
		return nil, err
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		file.Abort()
		return nil, err
	}
	p := &reportPipe{file: file, w: pw, copied: make(chan error, 1)}
	go func() {
		err := copyReport(file, pr, docs, mask, html)
		if err != nil {
			io.Copy(io.Discard, pr) // godog must never block on a full pipe
		}
		pr.Close()
		p.copied <- err
	}()
	return p, nil
}

// copyReport copies godog's report from pr into file: colors stripped, Go
// snippets cut, a pretty report's steps located in their features (docs
// set), credentials masked, and, for the HTML report, rendered from the
// cucumber report once it is whole (spooled to an unlinked temporary file
// meanwhile, not held in memory: it is tens of MB for a large outline),
// streamed into file.
func copyReport(file io.Writer, pr io.Reader, docs map[string]*messages.GherkinDocument, mask *secrets.Masker, html bool) error {
	var dst io.Writer = file
	var cucumber *os.File
	if html {
		var err error
		if cucumber, err = os.CreateTemp("", "hookcert-html-*"); err != nil {
			return fmt.Errorf("the HTML report's spool: %w", err)
		}
		os.Remove(cucumber.Name()) // gone when closed, whatever ends the run
		defer cucumber.Close()
		dst = cucumber
	}
	masking := secrets.NewWriter(dst, mask)
	dst = masking
	var locator *stepLocator
	if docs != nil {
		locator = newStepLocator(masking, docs)
		dst = locator
	}
	cutter := newSnippetCutter(dst)
	if _, err := io.Copy(nocolor.New(cutter), pr); err != nil {
		return err
	}
	err := cutter.Flush()
	if err == nil && locator != nil {
		err = locator.Flush()
	}
	if err == nil {
		err = masking.Close()
	}
	if err == nil && html {
		err = renderHTML(file, cucumber)
	}
	return err
}

// close ends the pipe and returns the copy's error.
func (p *reportPipe) close() error {
	p.w.Close()
	return <-p.copied
}

// commit writes every report into place, or, on a write error, none of
// the failed ones: the error names each file and its cause.
func (r *reportFiles) commit() ([]string, error) {
	r.done = true
	var errs []error
	var paths []string
	for _, p := range r.pipes {
		paths = append(paths, p.file.Name())
		if err := p.close(); err != nil {
			p.file.Abort()
			errs = append(errs, err)
			continue
		}
		if err := p.file.Commit(); err != nil {
			errs = append(errs, err)
		}
	}
	return paths, errors.Join(errs...)
}

// discard removes the temporary files of a run that did not finish.
func (r *reportFiles) discard() {
	if r.done {
		return
	}
	r.done = true
	for _, p := range r.pipes {
		p.close()
		p.file.Abort()
	}
}

// renderHTML writes the HTML report of a run from its cucumber report,
// streamed (two passes over the spool, one check at a time): the whole
// report's Document took about 150 MB for a 10,000-row outline.
func renderHTML(w io.Writer, cucumber io.ReaderAt) error {
	if err := report.RenderCucumberJSON(w, cucumber); err != nil {
		return fmt.Errorf("the HTML report: %w", err)
	}
	return nil
}
