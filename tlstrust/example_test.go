package tlstrust_test

import (
	"fmt"
	"net/http"
	"os"

	"github.com/hookcert/hookcert/tlstrust"
	"github.com/hookcert/hookcert/tlstrust/testca"
)

// A client that trusts the system roots and a test CA.
func ExampleTransport() {
	dir, _ := os.MkdirTemp("", "ca")
	defer os.RemoveAll(dir)
	ca, _ := testca.New(dir)
	t, err := tlstrust.Transport([]string{ca.CA})
	if err != nil {
		fmt.Println(err)
		return
	}
	client := &http.Client{Transport: t}
	fmt.Println(client.Transport != nil)
	_, err = tlstrust.Transport([]string{dir + "/missing.pem"})
	fmt.Println(err != nil)
	// Output:
	// true
	// true
}
