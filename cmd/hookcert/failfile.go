package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/internal/capped"
)

// rapidFailfileVersion is the format version rapid v1.3.0 writes on a
// failfile's first data line ("v0.4.8#SEED") and replays; it ignores any
// other.
const rapidFailfileVersion = "v0.4.8"

// maxFailfile is the largest failfile read: rapid's are a few KiB.
const maxFailfile = 4 << 20

// failfile is the data of a rapid failfile: the version, the seed and the
// draws, one per line after the comments ("# ...").
type failfile struct {
	version string
	seed    uint64
	draws   []uint64
}

// parseFailfile reads a rapid failfile as rapid does, with errors that say
// what the file should hold.
func parseFailfile(name string, data []byte) (failfile, error) {
	var f failfile
	var lines []string
	for _, l := range bytes.Split(data, []byte("\n")) {
		s := strings.TrimSpace(string(l))
		if s != "" && !strings.HasPrefix(s, "#") {
			lines = append(lines, s)
		}
	}
	if len(lines) == 0 {
		return f, fmt.Errorf("%s holds no failfile data: want a line VERSION#SEED (e.g. %s#42) and then the draws, as rapid writes them", name, rapidFailfileVersion)
	}
	version, seed, ok := strings.Cut(lines[0], "#")
	if !ok || strings.Contains(seed, "#") {
		return f, fmt.Errorf("%s: line %q is not VERSION#SEED; this is not a rapid failfile", name, truncate(lines[0]))
	}
	var err error
	if f.seed, err = strconv.ParseUint(seed, 10, 64); err != nil {
		return f, fmt.Errorf("%s: seed %q is not a whole decimal number; this is not a rapid failfile", name, truncate(seed))
	}
	if version != rapidFailfileVersion {
		return f, fmt.Errorf("%s: failfile format %q, this hookcert's rapid reads %q", name, truncate(version), rapidFailfileVersion)
	}
	f.version = version
	for i, l := range lines[1:] {
		u, err := strconv.ParseUint(l, 0, 64)
		if err != nil {
			return f, fmt.Errorf("%s: draw %d %q is not a number; this is not a rapid failfile", name, i+1, truncate(l))
		}
		f.draws = append(f.draws, u)
	}
	if len(f.draws) == 0 {
		return f, fmt.Errorf("%s: no draws after the seed; this failfile records no case", name)
	}
	return f, nil
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// replayProperty checks the failfile at path and returns the property it
// replays: the one given, else the one its folder names (Test<Property>,
// see defaultFailfiles). A failfile in the folder of another property is
// an error.
func replayProperty(path, property string) (string, error) {
	data, err := capped.ReadFile(path, "failfile", maxFailfile)
	if err != nil {
		return "", err
	}
	if _, err := parseFailfile(path, data); err != nil {
		return "", err
	}
	folder := strings.TrimPrefix(filepath.Base(filepath.Dir(path)), "Test")
	_, known := generators.PropertyByName(folder)
	switch {
	case property == "" && !known:
		return "", fmt.Errorf("%s: its folder %q names no property; give --property, or keep failfiles in <dir>/Test<Property>/", path, filepath.Base(filepath.Dir(path)))
	case property == "":
		return folder, nil
	case known && folder != property:
		return "", fmt.Errorf("%s is a failfile of property %s, not of --property %s", path, folder, property)
	}
	return property, nil
}

// replayed checks that rapid replayed the failfile rather than ignoring it
// (it logs why and runs no check when the draws do not fit the property's
// generators: a failfile of another property).
func replayed(r generators.Report, path string) error {
	for _, l := range append(r.Log, strings.Split(r.Message, "\n")...) {
		if strings.Contains(l, "[rapid] ignoring fail file") || strings.Contains(l, "is no longer valid") {
			return fmt.Errorf("--replay %s: rapid did not replay it (%s): it is not a failfile of property %s", path, strings.TrimSpace(l), r.Property)
		}
	}
	if r.Checks == 0 {
		return fmt.Errorf("--replay %s: no check ran: it is not a failfile of property %s", path, r.Property)
	}
	return nil
}
