package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hookcert/hookcert/generators"
	"github.com/hookcert/hookcert/harness"
)

// defaultFailfiles is where `hookcert fuzz` keeps the failfiles of failed
// properties.
//
// One convention for go test and hookcert fuzz: a property's failfiles sit
// in a folder named after its go test, Test<Property>, with rapid's own file
// names: <root>/Test<Property>/Test<Property>-<time>-<pid>.fail. The root is
// generators/testdata/rapid for `go test ./generators` (rapid's folder, which
// go test replays first: commit a file there to keep it as a regression
// case) and --failfiles (default out/fuzz) for hookcert fuzz. So a file from
// either replays with the other: `hookcert fuzz --replay FILE` reads the
// property from the folder's name, and a fuzz failfile copied into
// generators/testdata/rapid/Test<Property>/ is replayed by go test.
const defaultFailfiles = "out/fuzz"

// maxChecks bounds --checks: a billion checks of the cheapest property take
// days; a larger number is a typo.
const maxChecks = 1_000_000_000

// testName is the go test, and the failfile folder, of a property.
func testName(p generators.Property) string { return "Test" + p.Name }

// runFuzz runs the spec's invariants (generators.Properties) with rapid
// outside go test.
//
//	hookcert fuzz [--checks N] [--seed S] [--transport mock|wire|both]
//	              [--property NAME] [--replay FILE] [--mutant NAME] [--failfiles DIR]
//
// Exit codes: 0 every property held, 1 a property failed, 2 bad input, 130
// or 143 after SIGINT or SIGTERM (the interrupted property records nothing).
func runFuzz(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("fuzz", stderr)
	var checks int
	var seed uint64
	fs.Var(newIntFlag(&checks, 0, 0, maxChecks), "checks", "checks per property, 0 to 1000000000; 0 means rapid's default (RAPID_CHECKS, else 100)")
	fs.Var(uint64Flag{&seed}, "seed", "rapid seed of the first check; 0 picks one (a failure prints the seed that reproduces it)")
	transport := fs.String("transport", string(harness.TransportMock), "faces the calls go through: mock, wire or both (both reports where they disagree)")
	property := fs.String("property", "", "run only this property (default: all); see the list below")
	replay := fs.String("replay", "", "replay a failfile (of hookcert fuzz or go test) instead of generating checks; the property is read from the file's folder Test<Property> unless --property is given")
	mutant := fs.String("mutant", "", "run against a deliberately wrong caller (a negative control) instead of the reference model")
	failfiles := fs.String("failfiles", defaultFailfiles, "folder for the failfiles of failed properties (<dir>/Test<Property>/, as go test's testdata/rapid/)")
	fs.Usage = func() { fuzzUsage(fs) }
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput // parseFlags printed it
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "hookcert fuzz: unexpected arguments %q\n", fs.Args())
		return exitBadInput
	}
	tr, err := harness.ParseTransport(*transport)
	if err != nil {
		fmt.Fprintln(stderr, "hookcert fuzz:", err)
		return exitBadInput
	}
	target := generators.Target{Transport: tr}
	if *mutant != "" {
		m, ok := generators.MutantByName(*mutant)
		if !ok {
			fmt.Fprintf(stderr, "hookcert fuzz: unknown mutant %q; the mutants are %s\n", *mutant, mutantNames())
			return exitBadInput
		}
		target.NewCaller = m.Wrap(harness.DefaultCaller)
	}
	if *replay != "" {
		name, err := replayProperty(*replay, *property)
		if err != nil {
			fmt.Fprintln(stderr, "hookcert fuzz: --replay:", err)
			return exitBadInput
		}
		*property = name
	}
	props := generators.Properties()
	if *property != "" {
		p, ok := generators.PropertyByName(*property)
		if !ok {
			fmt.Fprintf(stderr, "hookcert fuzz: unknown property %q; the properties are %s\n", *property, propertyNames())
			return exitBadInput
		}
		props = []generators.Property{p}
	}

	restore, err := configureRapid(checks, seed, *replay)
	if err != nil {
		fmt.Fprintln(stderr, "hookcert fuzz:", err)
		return exitBadInput
	}
	defer restore()
	defer fuzzGC()()

	return fuzzAll(ctx, props, target, *failfiles, *replay, stdout, stderr)
}

// fuzzGCPercent is the collector's setting while hookcert fuzz runs (see
// fuzzGC).
const fuzzGCPercent = 400

// fuzzGC sets the garbage collector to let the heap grow to five times
// what is live before it collects (GOGC=400), unless the environment sets
// GOGC; it returns the function that restores the setting. Fuzzing
// allocates fast and keeps little alive (one case: a body of up to 64 KB,
// a lead, a tree), so collections were a fifth of its CPU time; the heap
// stays in the tens of MB.
func fuzzGC() func() {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	old := debug.SetGCPercent(fuzzGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// fuzzAll runs the properties one after the other and prints each
// failure's counterexample; after a signal it starts nothing new and
// reports the interrupted property as such, not as a failure.
func fuzzAll(ctx context.Context, props []generators.Property, target generators.Target, failfiles, replay string, stdout, stderr io.Writer) int {
	passed, failedN := 0, 0
	stopped := func(p generators.Property) (int, bool) {
		sig, ok := interrupted(ctx)
		if ok {
			fmt.Fprintf(stderr, "hookcert fuzz: interrupted by %s at %s: %d passed, %d failed before it; %s recorded nothing\n", signalName(sig), p.Name, passed, failedN, p.Name)
			return signalExit(sig), true
		}
		return 0, false
	}
	for _, p := range props {
		if code, ok := stopped(p); ok { // start nothing new
			return code
		}
		r, err := fuzzProperty(ctx, p, target, failfiles, replay, stderr)
		if code, ok := stopped(p); ok {
			return code
		}
		if err != nil {
			fmt.Fprintln(stderr, "hookcert fuzz:", err)
			return exitBadInput
		}
		for _, f := range r.Findings {
			fmt.Fprintf(stdout, "FINDING %s: mock and wire disagree: %s\n%s\n", p.Name, f.What, f.Scenario)
		}
		if r.Failed {
			failedN++
			fmt.Fprintf(stdout, "FAIL %s (%s)\n%s\n", p.Name, p.Rules, counterexample(r, p))
		} else {
			passed++
		}
	}
	fmt.Fprintf(stdout, "fuzz: %d passed, %d failed\n", passed, failedN) // properties
	if failedN > 0 {
		return exitFailed
	}
	return exitOK
}

// fuzzProperty runs one property with a progress line on stderr each second
// and a summary line at the end, and moves the failfile the run wrote into
// dir (never the one it replayed, nor one that was there before).
func fuzzProperty(ctx context.Context, p generators.Property, target generators.Target, dir, replay string, stderr io.Writer) (generators.Report, error) {
	s, err := p.Open(target)
	if err != nil {
		return generators.Report{}, err
	}
	defer s.Close()
	rapidDir := filepath.Join("testdata", "rapid", testName(p))
	before, _ := filepath.Glob(filepath.Join(rapidDir, "*.fail"))
	start := time.Now()
	// failures counts the failing checks so far: 0 while the property holds;
	// after the first failure rapid shrinks, and each smaller failing case counts.
	progress := func() {
		n := s.Checks()
		el := time.Since(start)
		fmt.Fprintf(stderr, "fuzz %-45s %7d checks %8.0f checks/s %d failures %v\n", p.Name, n, float64(n)/max(el.Seconds(), 1e-9), s.Failures(), el.Round(time.Millisecond))
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				progress()
			}
		}
	}()
	r := generators.Run(ctx, s, testName(p))
	close(stop)
	wg.Wait()
	progress()
	if ctx.Err() != nil { // an interrupted property records nothing: its failure may be the interrupt's
		if r.FailFile != "" && newFailfile(r.FailFile, replay, before) {
			dropFailfile(r.FailFile)
		}
		return generators.Report{}, ctx.Err()
	}
	if replay != "" {
		if err := replayed(r, replay); err != nil {
			return r, err
		}
	}
	if r.FailFile != "" && newFailfile(r.FailFile, replay, before) {
		moved, err := keepFailfile(r.FailFile, dir, testName(p))
		if err != nil {
			fmt.Fprintln(stderr, "hookcert fuzz: keeping the failfile:", err)
		} else {
			r.FailFile = moved
		}
	}
	return r, nil
}

// dropFailfile removes a failfile rapid wrote under ./testdata/rapid and
// the folders it leaves empty.
func dropFailfile(path string) {
	if os.Remove(path) != nil {
		return
	}
	for d := filepath.Dir(path); d != "." && d != ""; d = filepath.Dir(d) {
		if os.Remove(d) != nil { // not empty: stop
			break
		}
	}
}

// newFailfile reports whether path is a failfile this run wrote: not the
// one replayed, not one of those that were there before.
func newFailfile(path, replay string, before []string) bool {
	same := func(a, b string) bool {
		if filepath.Clean(a) == filepath.Clean(b) {
			return true
		}
		sa, errA := os.Stat(a)
		sb, errB := os.Stat(b)
		return errA == nil && errB == nil && os.SameFile(sa, sb)
	}
	if replay != "" && same(path, replay) {
		return false
	}
	for _, b := range before {
		if same(path, b) {
			return false
		}
	}
	return true
}

// keepFailfile moves a failfile rapid wrote under ./testdata/rapid into
// dir/<folder>/ and removes the folders it leaves empty. A failfile
// elsewhere stays where it is. Call it only for a failfile the run created
// (newFailfile): a replayed one is the user's.
func keepFailfile(path, dir, folder string) (string, error) {
	rapidDir := filepath.Join("testdata", "rapid")
	if !strings.HasPrefix(filepath.Clean(path), rapidDir+string(filepath.Separator)) {
		return path, nil
	}
	dst := filepath.Join(dir, folder, filepath.Base(path))
	if filepath.Clean(dst) == filepath.Clean(path) {
		return path, nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return path, err
	}
	if err := os.Rename(path, dst); err != nil {
		return path, err
	}
	for d := filepath.Dir(path); d != "." && d != ""; d = filepath.Dir(d) {
		if os.Remove(d) != nil { // not empty: stop
			break
		}
	}
	return dst, nil
}

// counterexample prints the report's shrunk case, headed by how to
// reproduce it, ready to paste into a feature.
func counterexample(r generators.Report, p generators.Property) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s\n", p.Name, p.Doc)
	if r.Seed != 0 {
		fmt.Fprintf(&b, "# rapid seed %d: hookcert fuzz --property %s --seed %d\n", r.Seed, p.Name, r.Seed)
	}
	if r.FailFile != "" {
		fmt.Fprintf(&b, "# failfile %s: hookcert fuzz --replay %s\n", r.FailFile, r.FailFile)
	}
	for _, line := range strings.Split(r.Message, "\n") {
		if strings.HasPrefix(line, "[rapid]") {
			fmt.Fprintf(&b, "# %s\n", line)
		}
	}
	if r.Counterexample == "" {
		b.WriteString("# (no counterexample printed: the property panicked)\n")
		for _, line := range r.Log {
			fmt.Fprintf(&b, "# %s\n", line)
		}
	}
	b.WriteString(r.Counterexample)
	return b.String()
}

// configureRapid sets rapid's flags for this run and returns a function that
// restores them. rapid reads its settings from the flag package's command
// line (registered by its init, defaults from RAPID_* environment variables)
// and calls testing.Short, so the testing flags are registered and the
// command line marked parsed first. Only what a flag asks for is set: with
// no --seed, --checks or --replay, RAPID_SEED, RAPID_CHECKS and
// RAPID_FAILFILE stay in force. Failfiles are written unless RAPID_NOFAILFILE
// says otherwise.
func configureRapid(checks int, seed uint64, replay string) (func(), error) {
	testing.Init()
	if !flag.Parsed() {
		if err := flag.CommandLine.Parse(nil); err != nil {
			return nil, err
		}
	}
	set := map[string]string{}
	if seed != 0 {
		set["rapid.seed"] = strconv.FormatUint(seed, 10)
	}
	if checks > 0 {
		set["rapid.checks"] = strconv.Itoa(checks)
	}
	if replay != "" {
		set["rapid.failfile"] = replay
		set["rapid.checks"] = "0" // the failfile only
	}
	if _, ok := os.LookupEnv("RAPID_NOFAILFILE"); !ok {
		set["rapid.nofailfile"] = "false"
	}
	old := map[string]string{}
	for name, v := range set {
		f := flag.CommandLine.Lookup(name)
		if f == nil {
			return nil, fmt.Errorf("rapid flag -%s is not registered", name)
		}
		old[name] = f.Value.String()
		if err := f.Value.Set(v); err != nil {
			return nil, fmt.Errorf("-%s=%s: %w", name, v, err)
		}
	}
	return func() {
		for name, v := range old {
			_ = flag.CommandLine.Lookup(name).Value.Set(v)
		}
	}, nil
}

func propertyNames() string {
	var names []string
	for _, p := range generators.Properties() {
		names = append(names, p.Name)
	}
	return strings.Join(names, ", ")
}

func mutantNames() string {
	var names []string
	for _, m := range generators.Mutants() {
		names = append(names, m.Name)
	}
	return strings.Join(names, ", ")
}

func fuzzUsage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintln(w, "usage: hookcert fuzz [flags]")
	fmt.Fprintln(w, "\nChecks the invariants of the spec (section 7) with generated webhooks, leads and answers.")
	fmt.Fprintln(w, "A failure prints the shrunk case as a Gherkin scenario, its seed and its failfile.")
	fmt.Fprintln(w, "\nflags:")
	fs.PrintDefaults()
	fmt.Fprintln(w, "\nproperties:")
	for _, p := range generators.Properties() {
		fmt.Fprintf(w, "  %-45s %s (%s)\n", p.Name, p.Doc, p.Rules)
	}
	fmt.Fprintln(w, "\nmutants (negative controls, --mutant):")
	for _, m := range generators.Mutants() {
		fmt.Fprintf(w, "  %-22s %s (breaks %s)\n", m.Name, m.Doc, m.Breaks)
	}
	fmt.Fprintln(w, "\nexit codes: 0 every property held, 1 a property failed, 2 bad input (a flag, a failfile that is not the property's),")
	fmt.Fprintln(w, "130 after SIGINT (Ctrl-C), 143 after SIGTERM: the interrupted property records nothing; a second signal exits at once")
}
