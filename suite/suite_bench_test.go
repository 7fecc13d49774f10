package suite_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/cucumber/godog"
	"github.com/jarcoal/httpmock"

	"github.com/hookcert/hookcert/features"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/internal/cputime"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/steps"
	"github.com/hookcert/hookcert/suite"
)

// BenchmarkEmbeddedSuite is the wall time of the whole embedded suite on each
// transport (ns/op is one run of every scenario, four at a time).
func BenchmarkEmbeddedSuite(b *testing.B) {
	lib := steps.New()
	for _, tr := range []harness.Transport{harness.TransportMock, harness.TransportWire, harness.TransportBoth} {
		b.Run(string(tr), func(b *testing.B) {
			var scenarios int
			for b.Loop() {
				tb := &suite.Log{}
				res := suite.Run(tb, suite.Config{Steps: lib, FS: features.FS, Transport: tr, Concurrency: 4})
				if res.Status != suite.StatusPassed {
					b.Fatalf("status %d\n%s", res.Status, tb)
				}
				scenarios = res.Scenarios
			}
			b.ReportMetric(float64(scenarios), "scenarios")
		})
	}
}

// outlineRows is the size of the generated outline.
const outlineRows = 1000

// generatedOutline is a feature with one Scenario Outline of n rows: answers
// of every class; a 2xx maps the score (R18), the others leave it (R19).
func generatedOutline(n int) string {
	codes := []struct {
		code   int
		reason string
	}{{200, "OK"}, {201, "Created"}, {299, "Custom"}, {302, "Found"}, {404, "Not Found"}, {429, "Slow Down"}, {503, "Backend Down"}, {599, "Odd"}}
	var b strings.Builder
	b.WriteString(`Feature: generated
  @R18 @R19
  Scenario Outline: answer <code> with score <score>
    Given a webhook "Gen" that sends POST to "https://enrich.vendor.example/v1/score"
    And the response mappings:
      | attribute | field     |
      | score     | leadScore |
    And a lead with:
      | field      | value |
      | Lead Score | 10    |
    And the service answers <code> "<reason>" with body:
      """
      {"score": <score>}
      """
    When the webhook is called
    Then the recorded code is <code>
    And the field "Lead Score" is "<expect>"

    Examples:
      | code | reason | score | expect |
`)
	for i := range n {
		c := codes[i%len(codes)]
		score := 11 + i
		expect := 10
		if c.code/100 == 2 {
			expect = score
		}
		fmt.Fprintf(&b, "      | %d | %s | %d | %d |\n", c.code, c.reason, score, expect)
	}
	return b.String()
}

// bareScenario is the state of one scenario of the bare godog + httpmock
// suite: the same steps, written directly against marketo and httpmock,
// without hookcert's step library, world or faces.
type bareScenario struct {
	cat  *marketo.Catalog
	hook marketo.Webhook
	lead marketo.Lead
	mt   *httpmock.MockTransport
	out  *marketo.Outcome
}

// barePatterns are the bare suite's step patterns, compiled once per run as
// a careful godog user would.
type barePatterns struct{ webhook, mappings, lead, answer, call, code, field *regexp.Regexp }

func compileBare() *barePatterns {
	return &barePatterns{
		webhook:  regexp.MustCompile(`^a webhook "([^"]*)" that sends (\w+) to "([^"]*)"$`),
		mappings: regexp.MustCompile(`^the response mappings:$`),
		lead:     regexp.MustCompile(`^a lead with:$`),
		answer:   regexp.MustCompile(`^the service answers (\d+) "([^"]*)" with body:$`),
		call:     regexp.MustCompile(`^the webhook is called$`),
		code:     regexp.MustCompile(`^the recorded code is (\d+)$`),
		field:    regexp.MustCompile(`^the field "([^"]*)" is "([^"]*)"$`),
	}
}

func (p *barePatterns) initScenario(sc *godog.ScenarioContext) {
	s := &bareScenario{cat: marketo.StandardCatalog(), lead: marketo.Lead{}, mt: httpmock.NewMockTransport()}
	sc.Step(p.webhook, func(name, method, url string) {
		s.hook = marketo.Webhook{Name: name, Method: marketo.Method(method), URL: url, Encoding: marketo.EncodingJSON, ResponseType: marketo.ResponseJSON}
	})
	sc.Step(p.mappings, func(t *godog.Table) {
		for _, r := range t.Rows[1:] {
			s.hook.Mappings = append(s.hook.Mappings, marketo.Mapping{Attribute: r.Cells[0].Value, Field: r.Cells[1].Value})
		}
	})
	sc.Step(p.lead, func(t *godog.Table) error {
		for _, r := range t.Rows[1:] {
			f, ok := s.cat.ByName(r.Cells[0].Value)
			if !ok {
				return fmt.Errorf("no field %q", r.Cells[0].Value)
			}
			v, err := s.cat.ParseValue(f, r.Cells[1].Value)
			if err != nil {
				return err
			}
			s.lead[f.SOAPName] = v
		}
		return nil
	})
	sc.Step(p.answer, func(code int, reason string, body *godog.DocString) {
		s.mt.RegisterNoResponder(func(*http.Request) (*http.Response, error) {
			resp := httpmock.NewStringResponse(code, body.Content)
			resp.Status = strconv.Itoa(code) + " " + reason
			return resp, nil
		})
	})
	sc.Step(p.call, func(ctx context.Context) error {
		caller := marketo.NewCaller(&http.Client{Transport: s.mt}, s.cat, marketo.Options{})
		var err error
		s.out, err = caller.Call(ctx, &s.hook, s.lead.Clone(), marketo.Flow{Campaign: marketo.Trigger, Now: time.Unix(0, 0)})
		return err
	})
	sc.Step(p.code, func(code int) error {
		if s.out.Code != code {
			return fmt.Errorf("got code %d, want %d", s.out.Code, code)
		}
		return nil
	})
	sc.Step(p.field, func(name, want string) error {
		f, ok := s.cat.ByName(name)
		if !ok {
			return fmt.Errorf("no field %q", name)
		}
		if got := marketo.FormatValue(s.out.Lead[f.SOAPName]); got != want {
			return fmt.Errorf("field %s: got %q, want %q", name, got, want)
		}
		return nil
	})
}

// runBare runs the feature through godog and httpmock alone.
func runBare(feature string) error {
	status := godog.TestSuite{
		Name:                "bare",
		ScenarioInitializer: compileBare().initScenario,
		Options: &godog.Options{
			Format: "progress", Output: io.Discard, NoColors: true, Strict: true, Concurrency: 1,
			FeatureContents: []godog.Feature{{Name: "generated.feature", Contents: []byte(feature)}},
		},
	}.Run()
	if status != 0 {
		return errors.New("the bare suite failed")
	}
	return nil
}

// runHookcert runs the feature through hookcert's engine on the mock face.
func runHookcert(lib *steps.Library, feature string) error {
	tb := &suite.Log{}
	res := suite.Run(tb, suite.Config{
		Steps: lib,
		FS:    fstest.MapFS{"generated.feature": {Data: []byte(feature)}},
	})
	if res.Status != suite.StatusPassed || res.Scenarios != outlineRows {
		return fmt.Errorf("hookcert: status %d, %d scenarios\n%s", res.Status, res.Scenarios, tb)
	}
	return nil
}

// outlineRounds is how many times each engine runs the outline per
// iteration, taking turns (the first engine alternates): one run of each
// swung the wall ratio from 0.88 to 1.43 on a shared machine.
const outlineRounds = 4

// BenchmarkOutline1000 runs a generated 1,000-row Scenario Outline through
// hookcert's engine (step library, world, mock face, strict, one at a time)
// and through a bare godog + httpmock suite of the same steps, in the same
// run, outlineRounds times each per iteration; ratio is hookcert's wall
// time over the bare suite's, cpu-ratio the same in the process's CPU time.
func BenchmarkOutline1000(b *testing.B) {
	feature := generatedOutline(outlineRows)
	lib := steps.New()
	var hook, bare, hookCPU, bareCPU time.Duration
	measure := func(run func() error, wall, cpu *time.Duration) {
		t0, c0 := time.Now(), cputime.Process()
		if err := run(); err != nil {
			b.Fatal(err)
		}
		*wall += time.Since(t0)
		*cpu += cputime.Process() - c0
	}
	runs := 0
	for b.Loop() {
		for r := range outlineRounds {
			first, second := func() { measure(func() error { return runHookcert(lib, feature) }, &hook, &hookCPU) },
				func() { measure(func() error { return runBare(feature) }, &bare, &bareCPU) }
			if r%2 == 1 {
				first, second = second, first
			}
			first()
			second()
			runs++
		}
	}
	n := float64(runs)
	b.ReportMetric(float64(hook.Nanoseconds())/n, "hookcert-ns/run")
	b.ReportMetric(float64(bare.Nanoseconds())/n, "bare-ns/run")
	b.ReportMetric(float64(hook)/float64(bare), "ratio")
	b.ReportMetric(float64(hookCPU)/float64(bareCPU), "cpu-ratio")
}

// TestOutlineEnginesAgree keeps the benchmark honest: both engines pass the
// generated outline (R18, R19), and both fail a broken row.
func TestOutlineEnginesAgree(t *testing.T) {
	feature := generatedOutline(40)
	lib := steps.New()
	tb := &suite.Log{}
	if res := suite.Run(tb, suite.Config{Steps: lib, FS: fstest.MapFS{"g.feature": {Data: []byte(feature)}}}); res.Status != suite.StatusPassed || res.Scenarios != 40 {
		t.Fatalf("hookcert: status %d, %d scenarios\n%s", res.Status, res.Scenarios, tb)
	}
	if err := runBare(feature); err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(feature, "| 404 | Not Found | 15 | 10 |", "| 404 | Not Found | 15 | 15 |", 1)
	if broken == feature {
		t.Fatal("the generated outline changed; update the broken row")
	}
	if res := suite.Run(&suite.Log{}, suite.Config{Steps: lib, FS: fstest.MapFS{"g.feature": {Data: []byte(broken)}}}); res.Status != suite.StatusFailed {
		t.Errorf("hookcert on a broken row: status %d, want %d", res.Status, suite.StatusFailed)
	}
	if runBare(broken) == nil {
		t.Error("bare suite on a broken row passed")
	}
}

// docstringFeature is a passing feature whose answer body is a docstring
// of about size bytes (lines of 64).
func docstringFeature(size int) string {
	var b strings.Builder
	b.Grow(size + 512)
	b.WriteString("Feature: big docstring\n  Scenario: a large answer body\n    Given a webhook \"W\" that sends GET to \"https://a.example/\"\n    And the service answers 503 \"Down\" with body:\n      \"\"\"\n")
	line := "      " + strings.Repeat("x", 57) + "\n"
	for b.Len() < size {
		b.WriteString(line)
	}
	b.WriteString("      \"\"\"\n    When the webhook is called\n    Then the recorded code is 503\n")
	return b.String()
}

// BenchmarkFeatureDocstring is the time of a run of one scenario whose
// docstring is 1, 4 and 16 MB; ns/MB is the time per MB, flat if loading
// and parsing are linear in the feature's size (it was quadratic: 1, 2 and
// 4 MB took 1.4, 3.8 and 11 s).
func BenchmarkFeatureDocstring(b *testing.B) {
	lib := steps.New()
	for _, mb := range []int{1, 4, 16} {
		text := docstringFeature(mb<<20 - 1024) // under the 16 MiB cap
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			for b.Loop() {
				tb := &suite.Log{}
				res := suite.Run(tb, suite.Config{Steps: lib, FS: fstest.MapFS{"d.feature": {Data: []byte(text)}}, Concurrency: 1})
				if res.Status != suite.StatusPassed {
					b.Fatalf("status %d\n%s", res.Status, tb)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(mb), "ns/MB")
		})
	}
}

// BenchmarkOutline1000Batched is the cost of batching: the generated
// 1,000-row outline run in one godog run, in batches of DefaultBatchSize
// and in batches of 100, taking turns, outlineRounds times each per
// iteration; batched-ratio and batched-cpu-ratio are the default batches'
// wall and CPU time over one run's, b100-ratio the same for batches of
// 100.
func BenchmarkOutline1000Batched(b *testing.B) {
	feature := generatedOutline(outlineRows)
	lib := steps.New()
	sizes := []int{outlineRows, 0, 100} // one run, the default, 100
	wall, cpu := make([]time.Duration, len(sizes)), make([]time.Duration, len(sizes))
	runs := 0
	for b.Loop() {
		for r := range outlineRounds {
			for k := range sizes {
				i := (k + r) % len(sizes) // each size goes first in turn
				t0, c0 := time.Now(), cputime.Process()
				tb := &suite.Log{}
				res := suite.Run(tb, suite.Config{Steps: lib, BatchSize: sizes[i], Formats: []suite.Format{{Name: "progress"}},
					FS: fstest.MapFS{"generated.feature": {Data: []byte(feature)}}})
				if res.Status != suite.StatusPassed || res.Scenarios != outlineRows {
					b.Fatalf("batch size %d: status %d, %d scenarios\n%s", sizes[i], res.Status, res.Scenarios, tb)
				}
				wall[i] += time.Since(t0)
				cpu[i] += cputime.Process() - c0
			}
			runs++
		}
	}
	b.ReportMetric(float64(wall[0].Nanoseconds())/float64(runs), "one-run-ns/run")
	b.ReportMetric(float64(wall[1])/float64(wall[0]), "batched-ratio")
	b.ReportMetric(float64(cpu[1])/float64(cpu[0]), "batched-cpu-ratio")
	b.ReportMetric(float64(wall[2])/float64(wall[0]), "b100-ratio")
	b.ReportMetric(float64(cpu[2])/float64(cpu[0]), "b100-cpu-ratio")
}

// BenchmarkPeakRSS10000 builds hookcert and runs `hookcert run` as a child
// on a generated 10,000-row outline (concurrency 4, mock face), with the
// progress report, with JUnit and cucumber files and with the HTML report;
// maxrss-MB is the child's peak resident memory, which the batches bound:
// it was about 450 MB (progress) and 840 MB (files) in one godog run, and
// the HTML report took 220 MB before it was streamed.
//
// The peak is the child's own VmHWM (/proc/PID/status), sampled every 5 ms
// until it exits, not getrusage's ru_maxrss: Linux carries the high-water
// mark of the address space a child is started from (Go starts children
// with vfork, sharing the parent's) over exec, so ru_maxrss reports at
// least this benchmark process's own peak, which the benchmarks run before
// it in the same process set (371 MB for every case under make bench).
func BenchmarkPeakRSS10000(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("VmHWM is read from Linux's /proc")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go command to build hookcert with")
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "hookcert")
	if out, err := exec.Command(gobin, "build", "-o", bin, "github.com/hookcert/hookcert/cmd/hookcert").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	feature := filepath.Join(dir, "outline.feature")
	if err := os.WriteFile(feature, []byte(generatedOutline(10000)), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		formats []string
	}{
		{"progress", []string{"--format", "progress"}},
		{"junit+cucumber", []string{"--format", "junit:" + filepath.Join(dir, "junit.xml"), "--format", "cucumber:" + filepath.Join(dir, "cucumber.json")}},
		{"html", []string{"--format", "html:" + filepath.Join(dir, "report.html")}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var peak int64
			for b.Loop() {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
				args := append(append([]string{"run", "--concurrency", "4", "--transport", "mock"}, c.formats...), feature)
				cmd := exec.CommandContext(ctx, bin, args...)
				cmd.Stdout = io.Discard
				hwm, err := runSamplingHWM(cmd)
				cancel()
				if err != nil {
					b.Fatalf("hookcert %s: %v", strings.Join(args, " "), err)
				}
				peak = max(peak, hwm)
			}
			b.ReportMetric(float64(peak)/1024, "maxrss-MB")
		})
	}
}

// runSamplingHWM runs cmd and returns the largest VmHWM (kB) of its
// /proc/PID/status read while it ran, every 5 ms: VmHWM only grows, so the
// last sample is within 5 ms of the child's peak.
func runSamplingHWM(cmd *exec.Cmd) (int64, error) {
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	var peak int64
	for {
		select {
		case err := <-done:
			if err == nil && peak == 0 {
				err = fmt.Errorf("no VmHWM sample of %s", status)
			}
			return peak, err
		case <-tick.C:
			peak = max(peak, vmHWM(status))
		}
	}
}

// vmHWM is the VmHWM line of a /proc status file in kB, 0 if unreadable
// (the process is gone).
func vmHWM(status string) int64 {
	data, err := os.ReadFile(status)
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}
