package interop_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// interpreter finds program on PATH. Without it the test skips loudly, or
// fails under CI, where the image has it and the suite must run.
func interpreter(t *testing.T, program string) string {
	t.Helper()
	path, err := exec.LookPath(program)
	if err == nil {
		return path
	}
	msg := fmt.Sprintf("INTEROP TESTS NOT RUN: %s is not on PATH (%v); install it to test hookcert against a server of another stack", program, err)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true: this is a failure)")
	}
	t.Skip(msg)
	return ""
}

// startServer runs program with args (a script of testdata/), waits for its
// "READY" line and returns the ports it printed ("http 4242" -> "http":
// "4242"). Closing its stdin stops it; the test's cleanup does, and kills it
// if it does not end within 5 s.
func startServer(t *testing.T, program string, args ...string) map[string]string {
	t.Helper()
	cmd := exec.Command(interpreter(t, program), args...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", program, err)
	}
	drained := make(chan struct{})
	t.Cleanup(func() {
		stdin.Close()
		select {
		case <-drained:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-drained
		}
		cmd.Wait()
	})
	ports := map[string]string{}
	lines := bufio.NewScanner(stdout)
	for range 10 { // bounded: the scripts print two or three lines
		if !lines.Scan() {
			close(drained)
			t.Fatalf("%s %v ended before READY: %s", program, args, stderr.String())
		}
		name, port, _ := strings.Cut(lines.Text(), " ")
		if name == "READY" {
			go func() {
				io.Copy(io.Discard, stdout) // the pipe ends when the server does
				close(drained)
			}()
			return ports
		}
		ports[name] = port
	}
	close(drained)
	t.Fatalf("%s %v printed no READY", program, args)
	return nil
}

// hook is a JSON webhook that POSTs to url and maps company.name and
// company.employees.
func hook(url string) *marketo.Webhook {
	return &marketo.Webhook{
		Name:         "Interop",
		URL:          url,
		Method:       marketo.MethodPost,
		Template:     `{"email": {{lead.Email Address}}}`,
		Encoding:     marketo.EncodingJSON,
		ResponseType: marketo.ResponseJSON,
		Mappings: []marketo.Mapping{
			{Attribute: "company.name", Field: "company"},
			{Attribute: "company.employees", Field: "numberOfEmployees"},
		},
	}
}

func lead() marketo.Lead {
	return marketo.Lead{"email": "ada@example.com", "company": "Old Co"}
}

func newCaller(client *http.Client) *marketo.Caller {
	if client == nil {
		client = &http.Client{}
	}
	return marketo.NewCaller(client, marketo.StandardCatalog(), marketo.Options{Timeout: 10 * time.Second})
}

func callURL(t *testing.T, c *marketo.Caller, url string) *marketo.Outcome {
	t.Helper()
	out, err := c.Call(context.Background(), hook(url), lead(), marketo.Flow{})
	if err != nil {
		t.Fatalf("Call %s: %v", url, err)
	}
	return out
}
