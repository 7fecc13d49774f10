package suite

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cucumber/godog"
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

// reportFiles are the temporary files a run's reports are written to, each
// beside its final path, renamed into place when the run ends: a reader
// never sees a half-written report, and a run that cannot start leaves none.
type reportFiles struct {
	format string   // godog's Format option
	temps  []string // temp file per report, parallel to finals
	finals []string
	done   bool
}

func openReports(formats []Format) (*reportFiles, error) {
	r := &reportFiles{}
	var parts []string
	for _, f := range formats {
		if f.Path == "" {
			parts = append(parts, f.Name)
			continue
		}
		dir, base := filepath.Split(f.Path)
		if dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				r.discard()
				return nil, fmt.Errorf("report %s: %w", f.Path, err)
			}
		}
		tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
		if err != nil {
			r.discard()
			return nil, fmt.Errorf("report %s: %w", f.Path, err)
		}
		tmp.Close()
		r.temps = append(r.temps, tmp.Name())
		r.finals = append(r.finals, f.Path)
		parts = append(parts, f.Name+":"+tmp.Name())
	}
	r.format = strings.Join(parts, ",")
	return r, nil
}

// commit renames every report into place.
func (r *reportFiles) commit() ([]string, error) {
	r.done = true
	var errs []error
	for i, tmp := range r.temps {
		if err := os.Chmod(tmp, 0o644); err != nil {
			errs = append(errs, err)
		}
		if err := os.Rename(tmp, r.finals[i]); err != nil {
			errs = append(errs, fmt.Errorf("report %s: %w", r.finals[i], err))
			os.Remove(tmp)
		}
	}
	return r.finals, errors.Join(errs...)
}

// discard removes the temporary files of a run that did not finish.
func (r *reportFiles) discard() {
	if r.done {
		return
	}
	r.done = true
	for _, tmp := range r.temps {
		os.Remove(tmp)
	}
}
