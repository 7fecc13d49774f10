package suite

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gherkin "github.com/cucumber/gherkin/go/v42"
	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v34"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/internal/atomicfile"
	"github.com/hookcert/hookcert/internal/capped"
	"github.com/hookcert/hookcert/internal/nocolor"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
	"github.com/hookcert/hookcert/steps"
)

// Exit statuses of a run, shared with the hookcert CLI.
const (
	StatusPassed   = 0 // every scenario passed
	StatusFailed   = 1 // a scenario failed, or a step was undefined or ambiguous
	StatusBadInput = 2 // the run could not start (a feature does not parse, a bad option), or ran out of file descriptors
)

// MaxConcurrency is the most scenarios a run runs at once: each holds a
// scripted service (a listener and its connections on the wire face), so a
// larger number buys nothing on a machine's cores and runs out of file
// descriptors; --concurrency has the range 1 to MaxConcurrency.
const MaxConcurrency = 256

// TB is the part of testing.TB the engine uses, so that `go test` and the
// hookcert CLI share it. When it is a *testing.T, each scenario runs as a
// subtest (godog's TestingT).
type TB interface {
	Helper()
	Logf(format string, args ...any)
	Errorf(format string, args ...any)
}

// Config is one run of a Gherkin suite. Strict mode is always on: an
// undefined or ambiguous step fails the run.
type Config struct {
	// Steps is the vocabulary; nil means steps.New() (List needs none).
	// Give one library to many runs to compile it once.
	Steps *steps.Library
	// FS holds the features (features.FS); Paths are then paths inside it
	// ("." or empty for all). With a nil FS, Paths are files and folders
	// of the operating system.
	FS    fs.FS
	Paths []string
	// Tags filters scenarios with godog's syntax: "@R18", "~@slow" (not),
	// "@a && @b" (and), "@a,@b" (or).
	Tags string
	// Formats are the reports, e.g. {"pretty", ""} to Output, {"junit",
	// "out/junit.xml"} to a file. Files are written atomically when the run
	// ends: a run that cannot start writes none. Empty means progress.
	Formats []Format
	// Output receives the formats without a file; nil means io.Discard.
	Output io.Writer
	// Concurrency is the number of scenarios run at once; < 1 means 1, more
	// than MaxConcurrency is bad input.
	Concurrency int
	// Randomize, if not 0, shuffles the scenarios of each feature with this
	// seed; -1 picks a seed (reported in Result.Seed). A batched run (see
	// BatchSize) shuffles the scenarios within each batch; the batches stay
	// in file order.
	Randomize int64
	// Shard, if set (N > 0), runs only the scenarios of shard K of N.
	Shard Shard
	// AllowEmpty lets a run that selects no scenario (tags and shard leave
	// none) pass. By default it fails: a typo in a tag expression must not
	// turn a CI gate green. A shard of a suite smaller than N may be empty;
	// set it for such shards.
	AllowEmpty bool
	// Transport is the faces each call runs on; empty means
	// harness.TransportMock.
	Transport harness.Transport
	// Options are the model's knobs every scenario starts from.
	Options marketo.Options
	// NewCaller makes the caller under test, once per face of each call,
	// with the face's client, the scenario's field catalog and knobs; nil
	// means harness.DefaultCaller (the reference model). Fuzzing injects
	// mutants here.
	NewCaller harness.NewCallerFunc
	// ExtraSteps, if set, registers more steps on every scenario (after the
	// vocabulary's), for tests and extensions.
	ExtraSteps func(sc *godog.ScenarioContext)
	// Context is the parent context of every scenario; nil means Background.
	// Canceling it interrupts the run: no scenario starts after it, those
	// in flight end (their steps see a context without the cancel, so a
	// call in progress is not cut), the rest are skipped, not failed, in
	// the reports, and Result.Interrupted is set.
	Context context.Context
	// Certify, when set, runs the certification steps against this live
	// endpoint (hookcert certify); see steps.Env.Certify.
	Certify *live.Session
	// Masker, when set, masks credentials in Output and every report: the
	// values of secret tokens and headers the scenarios set (steps learn
	// them) and whatever it was told. Nil writes everything as it is.
	Masker *secrets.Masker
	// Temps, if set, tracks the reports' temporary files, so that a program
	// exiting at once (a second signal) can remove them (RemoveAll).
	Temps *atomicfile.Temps
	// BatchSize is the most scenarios one godog run holds; 0 means
	// DefaultBatchSize, < 0 is bad input. A larger selection runs in
	// batches, one after the other, each godog run's memory released when
	// it ends, and its reports are merged into what one run writes. A run
	// with a pretty or events report is never batched: its memory grows
	// with the selection. See DefaultBatchSize.
	BatchSize int

	// onGodogRun, if set, is told after each godog run how many scenarios
	// it initialized (tests of the batching).
	onGodogRun func(initialized int)
}

// Result is what a run did.
type Result struct {
	// Status is StatusPassed, StatusFailed or StatusBadInput.
	Status int
	// Err explains a StatusBadInput, or a StatusFailed run that selected
	// no scenario.
	Err error
	// Scenarios is the number of scenarios selected (after tags and shard).
	Scenarios int
	// Seed is the shuffle seed, 0 when not shuffled.
	Seed int64
	// Undefined lists each undefined step with its closest catalog steps.
	Undefined []string
	// Reports lists the report files written.
	Reports []string
	// Elapsed is the wall time of the run.
	Elapsed time.Duration
	// Interrupted is set when Config.Context was canceled during the run;
	// Skipped is the number of scenarios it did not start (skipped in the
	// reports).
	Interrupted bool
	Skipped     int
}

// Run runs the suite. A run that cannot start (bad config, a feature that does
// not parse) has StatusBadInput and writes no report file; tb.Errorf gets
// the reason. A failed run reports through tb.Errorf too (and, under
// `go test`, through the failed subtests).
//
// Run is the one entry point of `hookcert run`, of `go test ./features` and
// of tests that check a caller other than the reference model: give the
// feature as text through an in-memory FS, and the caller through NewCaller
// (a *testing.T as tb makes each scenario a subtest; any other TB, such as
// one that collects the messages, keeps the run quiet):
//
//	res := suite.Run(t, suite.Config{
//		Steps:     steps.New(),
//		FS:        fstest.MapFS{"case.feature": {Data: []byte(featureText)}},
//		NewCaller: func(c *http.Client, cat *marketo.Catalog, o marketo.Options) marketo.WebhookCaller {
//			return mutant{marketo.NewCaller(c, cat, o)}
//		},
//	})
//	// res.Status is StatusPassed, StatusFailed or StatusBadInput
//
// For a feature file on disk leave FS nil and set Paths.
func Run(tb TB, cfg Config) Result {
	tb.Helper()
	start := time.Now()
	res := run(tb, cfg)
	res.Elapsed = time.Since(start)
	switch {
	case res.Status == StatusBadInput:
		tb.Errorf("hookcert: %v", res.Err)
	case res.Status == StatusFailed && res.Err != nil:
		tb.Errorf("hookcert: %v", res.Err)
	case res.Interrupted:
		// the caller says so; scenarios that failed in flight show in the reports
	case res.Status == StatusFailed:
		msg := "hookcert: the suite failed"
		if res.Seed != 0 {
			msg += fmt.Sprintf(" (seed %d)", res.Seed)
		}
		for _, u := range res.Undefined {
			msg += "\n" + u
		}
		tb.Errorf("%s", msg)
	}
	return res
}

func badInput(err error) Result { return Result{Status: StatusBadInput, Err: err} }

func run(tb TB, cfg Config) Result {
	formats, err := checkConfig(&cfg)
	if err != nil {
		return badInput(err)
	}
	if cfg.Steps == nil {
		cfg.Steps = steps.New() // not in checkConfig: List needs no steps
	}
	sel, err := selectScenarios(cfg)
	if err != nil {
		return badInput(err)
	}
	if sel.scenarios == 0 && !cfg.AllowEmpty {
		return Result{Status: StatusFailed, Err: fmt.Errorf("no scenario selected by %s; a run that checks nothing fails (allow it with AllowEmpty, CLI --allow-empty)", selectedBy(cfg))}
	}
	reports, err := openReports(formats, sel.docs, cfg.Masker, cfg.Temps)
	if err != nil {
		return badInput(err)
	}
	defer reports.discard() // a no-op once committed

	out := cfg.Output
	if out == nil {
		out = io.Discard
	}
	masking := secrets.NewWriter(out, cfg.Masker)
	locator := newStepLocator(masking, sel.docs)
	cutter := newSnippetCutter(locator)
	r, err := newRunner(tb, cfg, sel)
	if err != nil {
		return badInput(err)
	}
	res := Result{Scenarios: sel.scenarios, Seed: r.seed}
	var status int
	var merged error
	if size := cfg.batchSize(); sel.scenarios <= size || !batchable(formats) {
		status = r.run(sel.contents, reports.format, nocolor.New(cutter))
	} else {
		status, merged = r.runBatches(sel, planBatches(sel, size), formats, reports, cutter)
	}
	if err := errors.Join(merged, cutter.Flush(), locator.Flush(), masking.Close()); err != nil {
		return badInput(fmt.Errorf("writing the report: %w", err))
	}
	res.Undefined = r.und.list()
	res.Interrupted, res.Skipped = r.stop.interrupted()
	switch status {
	case 0:
		res.Status = StatusPassed
	case 1:
		res.Status = StatusFailed
	default:
		return badInput(fmt.Errorf("godog refused the run (status %d)", status))
	}
	if res.Reports, err = reports.commit(); err != nil {
		return badInput(err)
	}
	if err := r.fds.err(); err != nil {
		res.Status, res.Err = StatusBadInput, err
	}
	return res
}

// runner is what every godog run of a suite run shares: the vocabulary,
// the scenarios' environment, and the hooks that collect undefined steps,
// interrupts and resource errors across batches.
type runner struct {
	cfg  Config
	lib  *steps.Library
	env  steps.Env
	und  *undefinedSteps
	stop *interrupt
	fds  *resources
	t    *testing.T // godog's TestingT, when tb is one
	seed int64
}

// newRunner prepares the godog runs of cfg over the selection sel.
func newRunner(tb TB, cfg Config, sel selection) (*runner, error) {
	r := &runner{cfg: cfg, lib: cfg.Steps.ForSteps(sel.texts), stop: interruptOf(cfg.Context), fds: &resources{}, seed: cfg.Randomize}
	if r.seed < 0 {
		r.seed = time.Now().UnixNano() & (1<<53 - 1)
	}
	if tt, ok := tb.(*testing.T); ok {
		r.t = tt
	}
	r.env = steps.Env{Transport: cfg.Transport, Options: cfg.Options, NewCaller: cfg.NewCaller, Files: cfg.FS,
		Certify: cfg.Certify, Masker: cfg.Masker}
	if cfg.Transport != harness.TransportMock { // the run owns its wire faces' TLS material
		var err error
		if r.env.Keys, err = harness.NewKeys(); err != nil {
			return nil, err
		}
	}
	r.und = newUndefinedSteps(r.lib, sel.docs)
	return r, nil
}

// run is one godog run of contents, its reports as format (godog's
// Format option) and output; it returns godog's status.
func (r *runner) run(contents []godog.Feature, format string, output io.Writer) int {
	var initialized atomic.Int64
	suite := godog.TestSuite{
		Name: "hookcert",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			initialized.Add(1) // from the goroutine of each scenario
			r.stop.watch(sc)
			r.fds.watch(sc)
			r.lib.InitScenario(sc, r.env)
			if r.cfg.ExtraSteps != nil {
				r.cfg.ExtraSteps(sc)
			}
			r.und.watch(sc)
		},
		// No Tags: the selection (tags and shard) is made here, in
		// selectScenarios, and godog gets only the scenarios selected, so
		// that one evaluator decides what runs and what Result counts.
		Options: &godog.Options{
			Format: format,
			// godog's own color stripper (NoColors) writes one character per
			// call: a million write calls for a large cucumber report.
			// nocolor strips the same escapes a write at a time.
			Output:          output,
			NoColors:        false,
			Strict:          true,
			Concurrency:     max(r.cfg.Concurrency, 1),
			Randomize:       r.seed,
			FeatureContents: contents,
			TestingT:        r.t,
			DefaultContext:  r.stop.scenarioContext(),
		},
	}
	status := suite.Run()
	if r.cfg.onGodogRun != nil {
		r.cfg.onGodogRun(int(initialized.Load()))
	}
	return status
}

// checkConfig fills in the defaults of cfg and checks its transport, tags,
// shard and formats; it returns the formats to write.
func checkConfig(cfg *Config) ([]Format, error) {
	if cfg.Transport == "" {
		cfg.Transport = harness.TransportMock
	}
	tr, err := harness.ParseTransport(string(cfg.Transport))
	if err != nil {
		return nil, err
	}
	cfg.Transport = tr
	if err := checkTags(cfg.Tags); err != nil {
		return nil, err
	}
	if cfg.BatchSize < 0 {
		return nil, fmt.Errorf("batch size %d: want 0 (the default, %d) or more", cfg.BatchSize, DefaultBatchSize)
	}
	if cfg.Concurrency > MaxConcurrency {
		return nil, fmt.Errorf("concurrency %d: want 1 to %d", cfg.Concurrency, MaxConcurrency)
	}
	if err := cfg.Shard.check(); err != nil {
		return nil, err
	}
	formats := cfg.Formats
	if len(formats) == 0 {
		formats = []Format{{Name: "progress"}}
	}
	for _, f := range formats {
		if err := f.check(); err != nil {
			return nil, err
		}
	}
	return formats, nil
}

// selection is what a run's tags and shard select from its features.
type selection struct {
	contents  []godog.Feature // the features, with what is not selected blanked out
	docs      map[string]*messages.GherkinDocument
	picks     [][]pick // per feature of contents, the scenarios selected, in file order
	scenarios int      // the scenarios (outline rows) selected
	texts     []string // the step lines of those scenarios, each once
}

// selectScenarios reads and parses the features of cfg and selects the
// scenarios its tags and shard leave.
func selectScenarios(cfg Config) (selection, error) {
	files, err := loadFeatures(cfg.FS, cfg.Paths)
	if err != nil {
		return selection{}, err
	}
	sel := selection{contents: make([]godog.Feature, 0, len(files)), docs: map[string]*messages.GherkinDocument{}}
	seen := map[string]bool{}
	addText := func(t string) {
		if !seen[t] {
			seen[t] = true
			sel.texts = append(sel.texts, t)
		}
	}
	for _, f := range files {
		doc, err := parseFeature(f)
		if err != nil {
			return selection{}, err
		}
		sel.docs[f.uri] = doc
		content, picks := cfg.Shard.filter(f, doc, cfg.Tags, addText)
		sel.scenarios += len(picks)
		sel.contents = append(sel.contents, godog.Feature{Name: f.uri, Contents: content})
		sel.picks = append(sel.picks, picks)
	}
	return sel, nil
}

// selectedBy names what selected the scenarios of cfg, for the message of
// an empty run.
func selectedBy(cfg Config) string {
	switch {
	case cfg.Tags != "" && cfg.Shard.N > 0:
		return fmt.Sprintf("tags %q and shard %s", cfg.Tags, cfg.Shard)
	case cfg.Tags != "":
		return fmt.Sprintf("tags %q", cfg.Tags)
	case cfg.Shard.N > 0:
		return "shard " + cfg.Shard.String()
	}
	return "the features"
}

// featureFile is one feature's source.
type featureFile struct {
	uri     string // the path as given (slash-separated inside an FS)
	content []byte
}

// loadFeatures reads the .feature files under paths, in a stable order.
func loadFeatures(fsys fs.FS, paths []string) ([]featureFile, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	var files []featureFile
	seen := map[string]bool{}
	add := func(uri string, read func() ([]byte, error)) error {
		if seen[uri] {
			return nil
		}
		seen[uri] = true
		data, err := read()
		var big *capped.TooLargeError
		if errors.As(err, &big) {
			return err // it names the file and the cap
		}
		if err != nil {
			return fmt.Errorf("read feature %s: %w", uri, err)
		}
		files = append(files, featureFile{uri: uri, content: data})
		return nil
	}
	for _, p := range paths {
		var err error
		if fsys != nil {
			p = path.Clean(filepath.ToSlash(p))
			err = walkFeatures(fsys, p, func(q string) string { return q }, add)
		} else {
			// The operating system's files as an fs.FS of the path's
			// parent folder, so that one walk serves both ("../x" too);
			// uris keep the path as given.
			p = filepath.Clean(p)
			abs, aerr := filepath.Abs(p)
			if aerr != nil {
				return nil, fmt.Errorf("feature path %s: %w", p, aerr)
			}
			base := filepath.Base(abs)
			uri := func(q string) string { return filepath.ToSlash(filepath.Join(p, strings.TrimPrefix(q, base))) }
			err = walkFeatures(os.DirFS(filepath.Dir(abs)), base, uri, add)
		}
		if err != nil {
			return nil, err
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .feature files in %s", strings.Join(paths, ", "))
	}
	return files, nil
}

// walkFeatures adds the .feature files at root (a file or a folder) of
// fsys; uri turns a path of fsys into the feature's uri.
func walkFeatures(fsys fs.FS, root string, uri func(string) string, add func(string, func() ([]byte, error)) error) error {
	info, err := fs.Stat(fsys, root)
	if err != nil {
		return fmt.Errorf("feature path %s: %w", uri(root), err)
	}
	if !info.IsDir() {
		return add(uri(root), func() ([]byte, error) { return readFeature(fsys, root, uri(root)) })
	}
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".feature") {
			return err
		}
		return add(uri(p), func() ([]byte, error) { return readFeature(fsys, p, uri(p)) })
	})
}

// MaxFeatureFile is the largest feature file a run reads: a larger one (or
// an endless one, /dev/zero) is bad input naming the file and the cap,
// after reading at most MaxFeatureFile+1 bytes. The embedded suite's
// largest feature is a few KiB.
const MaxFeatureFile = 16 << 20

// byteOrderMark is UTF-8's, which some editors put at the start of a
// file; Gherkin's parser does not accept it.
const byteOrderMark = "\xef\xbb\xbf"

// readFeature reads the feature name of fsys (uri in errors), capped at
// MaxFeatureFile, without a leading byte order mark.
func readFeature(fsys fs.FS, name, uri string) ([]byte, error) {
	data, err := capped.ReadFS(fsys, name, "feature file", MaxFeatureFile)
	var big *capped.TooLargeError
	if errors.As(err, &big) {
		big.Path = uri
		return nil, big
	}
	if err != nil {
		return nil, err
	}
	return bytes.TrimPrefix(data, []byte(byteOrderMark)), nil
}

var parseErrorRe = regexp.MustCompile(`^\((\d+):(\d+)\): (.*)$`)

// parseFeature parses a feature; the error names file:line:column.
func parseFeature(f featureFile) (*messages.GherkinDocument, error) {
	doc, err := gherkin.ParseGherkinDocument(bytes.NewReader(f.content), (&messages.Incrementing{}).NewId)
	if err == nil {
		return doc, nil
	}
	var lines []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if m := parseErrorRe.FindStringSubmatch(l); m != nil {
			lines = append(lines, fmt.Sprintf("%s:%s:%s: %s", f.uri, m[1], m[2], m[3]))
		}
	}
	if len(lines) == 0 {
		lines = []string{fmt.Sprintf("%s: %v", f.uri, err)}
	}
	return nil, fmt.Errorf("the feature does not parse:\n%s", strings.Join(lines, "\n"))
}

// undefinedSteps collects the undefined steps of a run with suggestions.
type undefinedSteps struct {
	lib       *steps.Library
	docs      map[string]*messages.GherkinDocument
	indexed   sync.Once                                // pickles and lines, built when a step is first located
	pickles   map[string]map[string][]*messages.Pickle // per feature and pickleKey, from our own parse
	lines     map[string]map[string]int64              // per feature, AST node id -> line
	mu        sync.Mutex
	seen      map[string]int    // step location -> index in msgs
	msgs      [][2]string       // head, rest
	counts    []int             // per msg, the scenarios it failed in
	suggested map[string]string // step text -> the closest steps, as suggest words them
}

// newUndefinedSteps watches a run of the features docs for undefined steps.
func newUndefinedSteps(lib *steps.Library, docs map[string]*messages.GherkinDocument) *undefinedSteps {
	return &undefinedSteps{lib: lib, docs: docs}
}

// index indexes the features' steps and example rows by AST node, so that
// a step of a scenario, an outline's row included, has its line. A run
// builds it only when a step is undefined or ambiguous: most have none.
func (u *undefinedSteps) index() {
	u.pickles, u.lines = map[string]map[string][]*messages.Pickle{}, map[string]map[string]int64{}
	for uri, doc := range u.docs {
		lines := map[string]int64{}
		steps := func(ss []*messages.Step) {
			for _, s := range ss {
				lines[s.Id] = s.Location.Line
			}
		}
		scenario := func(sc *messages.Scenario) {
			steps(sc.Steps)
			for _, ex := range sc.Examples {
				for _, row := range ex.TableBody {
					lines[row.Id] = row.Location.Line
				}
			}
		}
		if doc.Feature != nil {
			for _, c := range doc.Feature.Children {
				switch {
				case c.Background != nil:
					steps(c.Background.Steps)
				case c.Scenario != nil:
					scenario(c.Scenario)
				case c.Rule != nil:
					for _, rc := range c.Rule.Children {
						if rc.Background != nil {
							steps(rc.Background.Steps)
						}
						if rc.Scenario != nil {
							scenario(rc.Scenario)
						}
					}
				}
			}
		}
		u.lines[uri] = lines
		byKey := map[string][]*messages.Pickle{}
		for _, p := range gherkin.Pickles(*doc, uri, (&messages.Incrementing{}).NewId) {
			k := pickleKey(p.Name, p.Steps)
			byKey[k] = append(byKey[k], p)
		}
		u.pickles[uri] = byKey
	}
}

// watch adds the hooks that turn an undefined step into a failure that
// suggests the closest steps of the vocabulary, and name the definitions
// of an ambiguous one.
func (u *undefinedSteps) watch(sc *godog.ScenarioContext) {
	var scenario *godog.Scenario
	sc.Before(func(ctx context.Context, s *godog.Scenario) (context.Context, error) {
		scenario = s
		return ctx, nil
	})
	sc.StepContext().After(func(ctx context.Context, st *godog.Step, status godog.StepResultStatus, err error) (context.Context, error) {
		switch status {
		case godog.StepUndefined:
			where, step := u.locate(scenario, st)
			head := fmt.Sprintf("%s: undefined step %q", where, st.Text)
			rest := u.suggest(st.Text)
			u.add(step, head, rest)
			return ctx, errors.New(head + rest)
		case godog.StepAmbiguous:
			where, step := u.locate(scenario, st)
			u.add(step, fmt.Sprintf("%s: ambiguous step %q", where, st.Text), ": "+u.nameSteps(err))
		}
		return ctx, nil
	})
}

// suggest is the tail of an undefined step's message: the closest steps of
// the vocabulary, computed once per text (an outline's thousand rows
// repeat it).
func (u *undefinedSteps) suggest(text string) string {
	u.mu.Lock()
	defer u.mu.Unlock()
	if rest, ok := u.suggested[text]; ok {
		return rest
	}
	rest := "; the closest steps of the catalog (hookcert steps) are:"
	for _, s := range u.lib.Suggest(text, 3) {
		rest += "\n    " + s
	}
	if u.suggested == nil {
		u.suggested = map[string]string{}
	}
	u.suggested[text] = rest
	return rest
}

// nameSteps rewrites godog's ambiguity error, which lists the matching
// patterns one a line, to show the vocabulary's step texts in place of its
// patterns; patterns registered elsewhere (Config.ExtraSteps) stay.
func (u *undefinedSteps) nameSteps(err error) string {
	if err == nil {
		return "ambiguous"
	}
	lines := strings.Split(err.Error(), "\n")
	for i, l := range lines {
		p := strings.TrimSpace(l)
		if texts := u.lib.StepTexts(p); len(texts) > 0 {
			q := make([]string, len(texts))
			for j, t := range texts {
				q[j] = fmt.Sprintf("%q", t)
			}
			lines[i] = l[:len(l)-len(strings.TrimLeft(l, " \t"))] + "the catalog's step " + strings.Join(q, " / ")
		}
	}
	return strings.Join(lines, "\n")
}

// add records the message head+rest for the step at step (file:line of
// the step itself): the same step failing in many scenarios (an outline's
// rows, a background's scenarios) is one message, the first, with a count
// after its head.
func (u *undefinedSteps) add(step, head, rest string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.seen == nil {
		u.seen = map[string]int{}
	}
	if i, ok := u.seen[step]; ok {
		u.counts[i]++
		return
	}
	u.seen[step] = len(u.msgs)
	u.msgs = append(u.msgs, [2]string{head, rest})
	u.counts = append(u.counts, 1)
}

// list is the messages, sorted, a repeated one with "(N times)" after its
// head.
func (u *undefinedSteps) list() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	out := make([]string, len(u.msgs))
	for i, m := range u.msgs {
		if n := u.counts[i]; n > 1 {
			out[i] = fmt.Sprintf("%s (%d times)%s", m[0], n, m[1])
		} else {
			out[i] = m[0] + m[1]
		}
	}
	sort.Strings(out)
	return out
}

// locate returns "file:line" of a step of a scenario, and for an outline's
// step the line of its example row; step is the place of the step itself
// (file:line, an outline's rows share it), or its file and text when it is
// not found. godog's AST ids come from its own parse, so the step is found
// by its place in the scenario, and the scenario among ours by its name
// and step texts.
func (u *undefinedSteps) locate(s *godog.Scenario, st *godog.Step) (where, step string) {
	if s == nil {
		return "?", "?\x00" + st.Text
	}
	u.indexed.Do(u.index)
	at := slices.IndexFunc(s.Steps, func(p *messages.PickleStep) bool { return p.Id == st.Id })
	same := u.pickles[s.Uri][pickleKey(s.Name, s.Steps)] // alike scenarios: the first one's lines
	if at < 0 || len(same) == 0 {
		return s.Uri, s.Uri + "\x00" + st.Text
	}
	ids := same[0].Steps[at].AstNodeIds
	lines := u.lines[s.Uri]
	if len(ids) == 0 || lines[ids[0]] == 0 {
		return s.Uri, s.Uri + "\x00" + st.Text
	}
	step = fmt.Sprintf("%s:%d", s.Uri, lines[ids[0]])
	if len(ids) > 1 && lines[ids[1]] > 0 {
		return fmt.Sprintf("%s (example row at line %d)", step, lines[ids[1]]), step
	}
	return step, step
}

// pickleKey is what finds a scenario of godog's parse among ours: its name
// and step texts.
func pickleKey(name string, steps []*messages.PickleStep) string {
	var b strings.Builder
	b.WriteString(name)
	for _, st := range steps {
		b.WriteString("\x00")
		b.WriteString(st.Text)
	}
	return b.String()
}
