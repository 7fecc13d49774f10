package capped_test

import (
	"fmt"

	"github.com/hookcert/hookcert/internal/capped"
)

// An endless input ends at the cap, with an error naming the file and it.
func ExampleReadFile() {
	_, err := capped.ReadFile("/dev/zero", "webhook file", 1<<20)
	fmt.Println(err)
	// Output:
	// webhook file /dev/zero: larger than the cap of 1 MiB; hookcert reads at most that much
}
