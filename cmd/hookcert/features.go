package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hookcert/hookcert/internal/capped"
)

// maxFeatureFile is the largest feature file `hookcert run` reads: a
// feature larger than this (or endless, /dev/zero) is bad input naming the
// file and the cap. The embedded suite's largest feature is a few KiB.
const maxFeatureFile = 16 << 20

// checkFeatureFiles checks every feature file under paths (the files given,
// and the .feature files of the folders given) before the runner reads
// them: each is at most maxFeatureFile and starts without a UTF-8 byte
// order mark, which godog's parser does not accept. The runner's own loader
// can read with capped.ReadFS(fsys, name, "feature file", maxFeatureFile)
// and strip the mark instead.
func checkFeatureFiles(paths []string) error {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			continue // the runner names a missing path
		}
		if !fi.IsDir() {
			if err := checkFeatureFile(p); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(q, ".feature") {
				return nil // the runner reports what it cannot read
			}
			return checkFeatureFile(q)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// checkFeatureFile checks one feature file's size and first bytes.
func checkFeatureFile(path string) error {
	if err := capped.Check(path, "feature file", maxFeatureFile); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil // the runner names what it cannot read
	}
	defer f.Close()
	head := make([]byte, 3)
	if n, _ := io.ReadFull(f, head); n == 3 && bytes.Equal(head, []byte("\xef\xbb\xbf")) {
		return fmt.Errorf("feature file %s starts with a UTF-8 byte order mark (EF BB BF), which the Gherkin parser rejects; save the file as UTF-8 without BOM", path)
	}
	return nil
}
