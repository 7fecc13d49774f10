package atomicfile_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hookcert/hookcert/internal/atomicfile"
)

// A report is written complete or not at all: an error of the writing
// function (or of the disk) leaves the old file as it was.
func ExampleWrite() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "junit.xml")

	err := atomicfile.Write(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "<testsuites/>\n")
		return err
	})
	data, _ := os.ReadFile(path)
	fmt.Printf("%v %s", err, data)

	err = atomicfile.Write(path, func(w io.Writer) error {
		io.WriteString(w, "<testsui")
		return fmt.Errorf("the run broke off")
	})
	data, _ = os.ReadFile(path)
	fmt.Printf("failed: %v; still %s", err != nil, data)
	// Output:
	// <nil> <testsuites/>
	// failed: true; still <testsuites/>
}
