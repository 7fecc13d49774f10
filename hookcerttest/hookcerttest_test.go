package hookcerttest_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/hookcerttest"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/suite"
)

// TestRun runs the folder with *testing.T: each scenario is a subtest.
func TestRun(t *testing.T) {
	res := hookcerttest.Run(t, "testdata/features", hookcerttest.Concurrency(2))
	if res.Status != suite.StatusPassed || res.Scenarios != 2 {
		t.Fatalf("got status %d with %d scenarios, want a pass of 2", res.Status, res.Scenarios)
	}
}

// collect is a TB that keeps the messages.
type collect struct{ msgs []string }

func (c *collect) Helper()             {}
func (c *collect) Logf(string, ...any) {}
func (c *collect) Errorf(format string, args ...any) {
	c.msgs = append(c.msgs, fmt.Sprintf(format, args...))
}

// always200 is a mutant of the model: it records 200 whatever the answer.
type always200 struct{ next marketo.WebhookCaller }

func (c always200) Call(ctx context.Context, w *marketo.Webhook, l marketo.Lead, f marketo.Flow) (*marketo.Outcome, error) {
	out, err := c.next.Call(ctx, w, l, f)
	if out != nil {
		out.Code = 200
	}
	return out, err
}

// TestRunFails: the options reach the run (a mutant caller is caught under
// R19; a bad transport, knob or tag is reported, naming it).
func TestRunFails(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts []hookcerttest.Option
		want string
	}{
		{"R19 a mutant caller is caught", []hookcerttest.Option{hookcerttest.Transport("wire"), hookcerttest.Caller(
			func(c *http.Client, cat *marketo.Catalog, o marketo.Options) marketo.WebhookCaller {
				return always200{marketo.NewCaller(c, cat, o)}
			})}, "the suite failed"},
		{"A1 a knob typo", []hookcerttest.Option{hookcerttest.Knob("MaxConcurent", "2")}, `did you mean "MaxConcurrent"?`},
		{"A15 a bad transport", []hookcerttest.Option{hookcerttest.Transport("air")}, "hookcerttest.Transport"},
		{"R18 tags that select nothing", []hookcerttest.Option{hookcerttest.Tags("@R999")}, "no scenario"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var c collect
			res := hookcerttest.Run(&c, "testdata/features", tt.opts...)
			if res.Status == suite.StatusPassed || !strings.Contains(strings.Join(c.msgs, "\n"), tt.want) {
				t.Fatalf("got status %d and %q, want a failure naming %q", res.Status, c.msgs, tt.want)
			}
		})
	}
}
