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

	"github.com/hookcert/hookcert/internal/atomicfile"
	"github.com/hookcert/hookcert/internal/nocolor"
)

// Format is one report of a run: a godog formatter (pretty, progress, junit,
// cucumber, events) and the file it goes to; an empty Path means the run's
// Output.
type Format struct {
	// Name is the godog formatter: pretty, progress, junit, cucumber or
	// events. Beware: events alone never fails a run in godog; hookcert's
	// exit status does not depend on the formatter.
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

func (f Format) check() error {
	if godog.FindFmt(f.Name) == nil {
		var names []string
		for n := range godog.AvailableFormatters() {
			names = append(names, n)
		}
		sort.Strings(names)
		return fmt.Errorf("format %q: unknown formatter %q; use one of %s, optionally with :FILE", f.String(), f.Name, strings.Join(names, ", "))
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
	format string        // godog's Format option
	pipes  []*reportPipe // one per report with a file
	done   bool
}

// reportPipe carries one report from godog to its file.
type reportPipe struct {
	file   *atomicfile.File
	w      *os.File   // the pipe's write end, kept open until the run ends
	copied chan error // the copy's result, once godog and w are closed
}

func openReports(formats []Format, temps *atomicfile.Temps) (*reportFiles, error) {
	r := &reportFiles{}
	var parts []string
	for _, f := range formats {
		if f.Path == "" {
			parts = append(parts, f.Name)
			continue
		}
		p, err := openReportPipe(f.Path, temps)
		if err != nil {
			r.discard()
			return nil, fmt.Errorf("report %s: %w", f.Path, err)
		}
		r.pipes = append(r.pipes, p)
		parts = append(parts, fmt.Sprintf("%s:/dev/fd/%d", f.Name, p.w.Fd()))
	}
	r.format = strings.Join(parts, ",")
	return r, nil
}

func openReportPipe(path string, temps *atomicfile.Temps) (*reportPipe, error) {
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
		_, err := io.Copy(nocolor.New(file), pr) // no-op while godog strips colors itself (NoColors)
		if err != nil {
			io.Copy(io.Discard, pr) // godog must never block on a full pipe
		}
		pr.Close()
		p.copied <- err
	}()
	return p, nil
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
