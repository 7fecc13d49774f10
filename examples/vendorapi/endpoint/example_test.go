package endpoint_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/hookcert/hookcert/examples/vendorapi/endpoint"
)

// The conformant endpoint on a loopback test server, asked for one person.
func ExampleNew() {
	srv := httptest.NewServer(endpoint.New(endpoint.Conformant))
	defer srv.Close()
	resp, err := http.Post(srv.URL+endpoint.PersonPath, "application/json",
		strings.NewReader(`{"email": "ada.lovelace@analytical.example", "firstName": "Ada", "lastName": "Lovelace"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.Status, resp.Header.Get("Content-Type"))
	fmt.Println(string(body))
	// Output:
	// 200 OK application/json
	// {"person":{"title":"Chief Mathematician","linkedin":"https://www.linkedin.com/in/ada-lovelace","company":{"name":"Analytical Ltd","industry":"Education","employees":3581},"scores":[{"model":"fit","value":71},{"model":"intent","value":10}]}}
}
