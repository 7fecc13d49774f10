package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/cucumber/godog"

	"github.com/hookcert/hookcert/features"
	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/secrets"
	"github.com/hookcert/hookcert/suite"
)

// runFlags are the flags of `hookcert run`.
type runFlags struct {
	tags        string
	formats     listFlag
	concurrency int
	random      randomFlag
	shard       string
	transport   string
	knobs       listFlag
	allowEmpty  bool
	showSecrets bool
	list        bool
}

// randomFlag is --random[=SEED]: bare, it picks a seed (reported); with a
// number, it replays that order; "false" or 0 keeps the file order.
type randomFlag struct{ seed int64 }

func (r *randomFlag) String() string {
	if r == nil || r.seed == 0 {
		return ""
	}
	if r.seed < 0 {
		return "true"
	}
	return strconv.FormatInt(r.seed, 10)
}

func (r *randomFlag) Set(v string) error {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true", "":
		r.seed = -1
		return nil
	case "false", "0":
		r.seed = 0
		return nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("want --random or --random=SEED with a positive whole number, got %q", v)
	}
	r.seed = n
	return nil
}

// IsBoolFlag lets --random stand alone, as flag.Value's optional interface.
func (r *randomFlag) IsBoolFlag() bool { return true }

func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runWith(ctx, args, stdout, stderr, nil)
}

// runWith is `hookcert run`; extra, if set, registers more steps on every
// scenario (tests use it to provoke an ambiguous step).
func runWith(ctx context.Context, args []string, stdout, stderr io.Writer, extra func(*godog.ScenarioContext)) int {
	// Twice the CPUs Go uses: the suite's scenarios mostly wait (time-outs,
	// delays), so twice as many at once halve the wall time at the same CPU.
	f := runFlags{concurrency: 2 * runtime.GOMAXPROCS(0)}
	fs := newFlagSet("run", stderr)
	fs.StringVar(&f.tags, "tags", "", "run only the scenarios whose tags match `EXPR` (godog syntax, see below)")
	fs.Var(&f.formats, "format", "report `NAME[:FILE]`: pretty, progress, junit, cucumber, events, or html:FILE (a self-contained HTML report); repeatable or comma-separated (default progress)")
	fs.Var(newIntFlag(&f.concurrency, min(f.concurrency, suite.MaxConcurrency), 1, suite.MaxConcurrency), "concurrency", "scenarios run at once (`N`, 1 to 256); twice the CPUs by default, 1 with --format pretty, whose output would interleave")
	fs.Var(&f.random, "random", "shuffle the scenarios: --random picks a seed and prints it, --random=SEED replays an order")
	fs.StringVar(&f.shard, "shard", "", "run only shard `K/N` of the suite (stable hash of the scenario id)")
	fs.StringVar(&f.transport, "transport", string(harness.TransportBoth), "faces of the scripted service, `mock|wire|both`: in process, loopback socket, or both (which must agree)")
	fs.BoolVar(&f.allowEmpty, "allow-empty", false, "pass when tags and shard select no scenario (an empty shard of a small suite); by default such a run fails")
	fs.Var(&f.knobs, "option", "switch on a model knob for every scenario by its `NAME`, e.g. WhitespaceIsEmpty (repeatable; see docs/rules.md)")
	fs.BoolVar(&f.showSecrets, "show-secrets", false, "do not mask the values of secret tokens and headers in the output and reports (local debugging only)")
	fs.BoolVar(&f.list, "list", false, "print the scenarios the paths, tags and shard select, one a line as file:line: name, and run nothing")
	fs.Usage = func() { runUsage(fs, stderr) }
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput // parseFlags printed it
	}

	concurrencySet := false
	fs.Visit(func(fl *flag.Flag) { concurrencySet = concurrencySet || fl.Name == "concurrency" })
	cfg, err := runConfig(f, fs.Args())
	if err == nil && !concurrencySet && hasFormat(cfg.Formats, "pretty") {
		cfg.Concurrency = 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "hookcert run: %v\n", err)
		return exitBadInput
	}
	if f.list {
		return listScenarios(cfg, stdout, stderr)
	}
	cfg.Context = ctx
	cfg.Temps = tempsOf(ctx)
	cfg.ExtraSteps = extra
	cfg.Output = stdout
	tb := &cliTB{w: stderr}
	res := suite.Run(tb, cfg)
	if res.Seed != 0 {
		fmt.Fprintf(stderr, "hookcert run: random seed %d (replay with %s)\n", res.Seed, replayHint(res.Seed, cfg.Concurrency))
	}
	for _, r := range res.Reports {
		fmt.Fprintf(stderr, "hookcert run: report %s\n", r)
	}
	if sig, ok := interrupted(ctx); ok && res.Interrupted {
		fmt.Fprintf(stderr, "hookcert run: interrupted by %s: %d of %d scenarios not started (skipped in the reports); exit %d\n",
			signalName(sig), res.Skipped, res.Scenarios, signalExit(sig))
		return signalExit(sig)
	}
	switch res.Status {
	case suite.StatusPassed:
		fmt.Fprintf(stderr, "hookcert run: %d scenarios passed on %s in %v\n", res.Scenarios, cfg.Transport, res.Elapsed.Round(1e6))
		return exitOK
	case suite.StatusFailed:
		return exitFailed
	}
	return exitBadInput
}

// listScenarios is `run --list`: the scenarios cfg selects, one a line.
func listScenarios(cfg suite.Config, stdout, stderr io.Writer) int {
	list, err := suite.List(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "hookcert run: %v\n", err)
		return exitBadInput
	}
	for _, l := range list {
		fmt.Fprintln(stdout, l)
	}
	fmt.Fprintf(stderr, "hookcert run: %d scenarios selected, none run (--list)\n", len(list))
	return exitOK
}

// runConfig turns the flags and paths into the suite configuration. No
// path means the embedded suite.
func runConfig(f runFlags, paths []string) (suite.Config, error) {
	cfg := suite.Config{
		Tags:        f.tags,
		Concurrency: f.concurrency,
		Randomize:   f.random.seed,
		AllowEmpty:  f.allowEmpty,
	}
	if !f.showSecrets {
		cfg.Masker = secrets.New()
	}
	if len(paths) == 0 {
		cfg.FS = features.FS
	} else {
		cfg.Paths = paths
	}
	var err error
	if cfg.Transport, err = harness.ParseTransport(f.transport); err != nil {
		return cfg, fmt.Errorf("--transport: %w", err)
	}
	if f.shard != "" {
		if cfg.Shard, err = suite.ParseShard(f.shard); err != nil {
			return cfg, fmt.Errorf("--shard: %w", err)
		}
	}
	if f.concurrency < 1 || f.concurrency > suite.MaxConcurrency {
		return cfg, fmt.Errorf("--concurrency %d: want 1 to %d", f.concurrency, suite.MaxConcurrency)
	}
	for _, list := range f.formats {
		for _, s := range strings.Split(list, ",") {
			if strings.TrimSpace(s) == "" {
				continue
			}
			ft, err := suite.ParseFormat(s)
			if err != nil {
				return cfg, fmt.Errorf("--format: %w", err)
			}
			cfg.Formats = append(cfg.Formats, ft)
		}
	}
	if cfg.Options, err = parseKnobs(f.knobs); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// replayHint is the flags that replay a shuffled run. The seed fixes the
// order scenarios start in; with several at once they interleave anyway, so
// the hint asks for one at a time.
func replayHint(seed int64, concurrency int) string {
	if concurrency > 1 {
		return fmt.Sprintf("--random=%d --concurrency 1", seed)
	}
	return fmt.Sprintf("--random=%d", seed)
}

// hasFormat reports whether a report of the named formatter goes to the
// output (not to a file).
func hasFormat(formats []suite.Format, name string) bool {
	for _, f := range formats {
		if f.Name == name && f.Path == "" {
			return true
		}
	}
	return false
}

func runUsage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, `usage: hookcert run [flags] [PATH...]

Runs the Gherkin conformance suite: the suite built into hookcert, or the
.feature files and folders given. Strict: an undefined or ambiguous step fails.

Tags (--tags) use godog's syntax, not cucumber tag expressions:
  @R18            scenarios tagged @R18
  ~@slow          scenarios not tagged @slow
  @R18 && @A15    both tags (and)
  @R18,@R19       either tag (or); "," binds looser than "&&"

Formats (--format) may be given several times; those without :FILE go to
standard output. Report files are written to a temporary file beside them and
renamed into place when the run ends, so they are never half-written, and a run
that cannot start (a feature that does not parse) writes none:
  --format pretty --format junit:out/junit.xml --format cucumber:out/cucumber.json

Shards (--shard K/N) split the suite for N CI jobs by a stable hash of each
scenario's id (feature path, name, line); together they run every scenario once.

A run whose tags and shard select no scenario fails (exit 1), so that a typo in
--tags cannot pass a CI gate; give --allow-empty where an empty selection is
expected (a shard of a suite with fewer scenarios than shards).

List (--list) prints the scenarios the paths, tags and shard select, one a
line as file:line: name, and runs nothing.

Flags may come before, between or after the paths; after "--" everything is
a path.

Random order (--random=SEED) fixes the order scenarios start in; replay a
failure with the same seed and --concurrency 1 to get the same order.

Exit codes: 0 every scenario passed, 1 a scenario failed, a step is undefined
or ambiguous, or nothing was selected, 2 bad input (a flag, a path, a feature that does not parse).

Ctrl-C (SIGINT) or SIGTERM: no new scenario starts, those in flight end, the
reports are written with the rest skipped, and the run exits 130 (143 after
SIGTERM); a second signal exits at once and removes the reports' temporary files.

Flags:
`)
	fs.PrintDefaults()
}

// cliTB is the suite.TB of the CLI: messages go to stderr.
type cliTB struct {
	mu sync.Mutex
	w  io.Writer
}

func (t *cliTB) Helper() {}

func (t *cliTB) Logf(format string, args ...any) { t.printf(format, args...) }

func (t *cliTB) Errorf(format string, args ...any) { t.printf(format, args...) }

func (t *cliTB) printf(format string, args ...any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	msg := fmt.Sprintf(format, args...)
	if !strings.HasSuffix(msg, "\n") {
		msg += "\n"
	}
	io.WriteString(t.w, msg)
}
