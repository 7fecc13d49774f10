package main

import (
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

// checkFeatureSizes checks every feature file under paths (the files given,
// and the .feature files of the folders given) against maxFeatureFile,
// before the runner reads them. The runner's own loader can read with
// capped.ReadFS(fsys, name, "feature file", maxFeatureFile) instead.
func checkFeatureSizes(paths []string) error {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			continue // the runner names a missing path
		}
		if !fi.IsDir() {
			if err := capped.Check(p, "feature file", maxFeatureFile); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(q, ".feature") {
				return nil // the runner reports what it cannot read
			}
			return capped.Check(q, "feature file", maxFeatureFile)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
