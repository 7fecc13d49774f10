package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hookcert/hookcert/certify"
	"github.com/hookcert/hookcert/hookfile"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/secrets"
	"github.com/hookcert/hookcert/suite"
	"github.com/hookcert/hookcert/tlstrust"
)

// certifyFlags are the flags of `hookcert certify`.
type certifyFlags struct {
	webhook, url, leads, out     string
	tokens, knobs, features      listFlag
	cas                          caList
	budget, timeout              time.Duration
	requests, concurrency, load  int
	hostile                      int
	seed                         uint64
	rate                         float64
	dryRun, showSecrets, verbose bool
}

func runCertify(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f, code, ok := parseCertifyFlags(args, stderr)
	if !ok {
		return code
	}
	cfg, err := certifyConfig(f, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "hookcert certify: %s\n", cfg.Masker.Text(err.Error()))
		return exitBadInput
	}
	p, err := certify.Prepare(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "hookcert certify: %s\n", cfg.Masker.Text(err.Error()))
		return exitBadInput
	}
	if f.dryRun {
		if err := p.Plan().Write(stdout); err != nil {
			return exitBadInput
		}
		return exitOK
	}
	v, err := p.Run(ctx, &suite.Log{})
	if v != nil {
		printVerdict(stdout, v, f.out, f.verbose)
	}
	if err != nil {
		fmt.Fprintf(stderr, "hookcert certify: %s\n", cfg.Masker.Text(err.Error()))
		return exitBadInput
	}
	if sig, ok := interrupted(ctx); ok {
		fmt.Fprintf(stderr, "hookcert certify: interrupted by %s: the verdict is partial (not certified); the checks not run are skipped\n", signalName(sig))
		return signalExit(sig)
	}
	if !v.Certified {
		return exitFailed
	}
	return exitOK
}

func parseCertifyFlags(args []string, stderr io.Writer) (certifyFlags, int, bool) {
	var f certifyFlags
	fs := newFlagSet("certify", stderr)
	fs.StringVar(&f.webhook, "webhook", "", "webhook definition `FILE` (YAML) to certify against")
	fs.StringVar(&f.url, "url", "", "the live endpoint `URL`, replacing the definition's (tokens allowed)")
	fs.StringVar(&f.leads, "leads", "", "sample leads `FILE`: CSV with a header row of field names (a Marketo list export) or a YAML list; default: built from the fields the definition sends")
	fs.Var(&f.tokens, "token", "a context token `scope.name=value`, e.g. my.Enrich API Key=abc (repeatable)")
	fs.Var(&f.knobs, "option", "switch on a model knob by its `NAME` (repeatable; see docs/rules.md)")
	caFlag(fs, &f.cas)
	fs.StringVar(&f.out, "out", "out/certify", "folder for the reports (verdict.json, junit.xml, cucumber.json, report.html, badge.svg); empty writes none")
	fs.Var(newDurationFlag(&f.budget, live.DefaultLatencyBudget), "budget", "the p95 latency allowed, a positive `DURATION` of at most 30s (R4, R17)")
	fs.Var(newDurationFlag(&f.timeout, marketo.DefaultTimeout), "timeout", "how long to wait for each answer (R17), a positive `DURATION`")
	fs.Var(newIntFlag(&f.requests, certify.DefaultRequests, 1, live.MaxRequests), "requests", "the most requests sent in all, `N`")
	fs.Var(newFloatFlag(&f.rate, certify.DefaultRate, 0.1, live.MaxRate), "rate", "the most requests started per second, `R`")
	fs.Var(newIntFlag(&f.concurrency, certify.DefaultConcurrency, 1, live.MaxConcurrency), "concurrency", "the most calls in flight, `N` (Marketo keeps 20, A1)")
	fs.Var(newIntFlag(&f.hostile, certify.DefaultHostile, 0, certify.MaxHostile), "hostile", "hostile leads sent, `N` (0 skips the check: not certified)")
	fs.Var(newIntFlag(&f.load, certify.DefaultLoad, 0, certify.MaxLoad), "load", "requests of the load phase, `N` (0 skips it: not certified)")
	fs.Var(uint64Flag{&f.seed}, "seed", "the `SEED` that draws the hostile leads (default 1; printed for replay)")
	fs.Var(&f.features, "features", "your own checks: a .feature file or a `DIR` of them, run beside the profile (repeatable)")
	fs.BoolVar(&f.dryRun, "dry-run", false, "print the plan (requests, host, rate) and send nothing")
	fs.BoolVar(&f.showSecrets, "show-secrets", false, "do not mask credentials in the output (local debugging only)")
	fs.BoolVar(&f.verbose, "v", false, "print the evidence of every check, not only of those that failed")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: hookcert certify --webhook FILE [--url URL] [--leads FILE] [--token K=V]... [--ca FILE]...")
		fmt.Fprintln(stderr, "         [--out DIR] [--budget D] [--requests N] [--rate R] [--concurrency N] [--hostile N] [--load N]")
		fmt.Fprintln(stderr, "         [--seed S] [--features DIR]... [--dry-run] [--show-secrets]")
		fmt.Fprintln(stderr, "\nCertifies a live endpoint against the certification profile (docs/certification.md): every")
		fmt.Fprintln(stderr, "answer judged by the oracle, within the request budget and rate, only the target host")
		fmt.Fprintln(stderr, "contacted. Exit 0 certified, 1 not certified, 2 bad input, 130/143 interrupted.")
		fs.PrintDefaults()
	}
	f.seed = 1
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return f, exitOK, false
		}
		return f, exitBadInput, false
	}
	if f.webhook == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "hookcert certify: give --webhook FILE (and no other arguments); see hookcert certify -h")
		return f, exitBadInput, false
	}
	return f, 0, true
}

// certifyConfig loads the files the flags name into a certify.Config.
func certifyConfig(f certifyFlags, stderr io.Writer) (certify.Config, error) {
	cfg := certify.Config{URL: f.url, Out: f.out, Budget: f.budget, Requests: f.requests, Rate: f.rate,
		Concurrency: f.concurrency, Hostile: f.hostile, Load: f.load, Seed: int64(f.seed),
		Features: f.features, Version: version, Progress: stderr, Terminal: writerIsTerminal(stderr)}
	if !f.showSecrets {
		cfg.Masker = secrets.New()
	}
	def, err := hookfile.LoadWebhook(f.webhook)
	if err != nil {
		return cfg, err
	}
	cfg.Webhook, cfg.Catalog, cfg.DefinitionFile = def.Webhook, def.Catalog, f.webhook
	if cfg.Definition, err = os.ReadFile(f.webhook); err != nil {
		return cfg, err
	}
	if f.leads != "" {
		if cfg.Leads, err = hookfile.LoadLeads(f.leads, def.Catalog); err != nil {
			return cfg, err
		}
	}
	tokens, err := parseTokens(f.tokens)
	if err != nil {
		return cfg, err
	}
	cfg.Flow = marketo.Flow{Campaign: marketo.Trigger, Now: time.Now(), Location: time.Local, Tokens: tokens}
	learnSecrets(cfg.Masker, tokens, def.SecretTokens)
	if cfg.Options, err = parseKnobs(f.knobs); err != nil {
		return cfg, err
	}
	cfg.Options.Timeout = f.timeout
	if cfg.Roots, err = tlstrust.Pool(f.cas); err != nil {
		return cfg, fmt.Errorf("--ca: %w", err)
	}
	return cfg, nil
}

// learnSecrets teaches m the values of the tokens whose names say they
// carry credentials (my.Enrich API Key, my.token, ...) and of those the
// definition marks secret (its secretTokens, any name; case-insensitive,
// as token names are, A8).
func learnSecrets(m *secrets.Masker, tokens map[string]string, marked []string) {
	for k, v := range tokens {
		if secrets.SecretName(k) || slices.ContainsFunc(marked, func(s string) bool { return strings.EqualFold(s, k) }) {
			m.Add(v)
		}
	}
}

// printVerdict writes the verdict for people: failed checks first with
// their reasons, then the rest, then where the reports are.
func printVerdict(w io.Writer, v *certify.Verdict, out string, verbose bool) {
	order := []live.Verdict{live.Fail, live.Warn, live.Skipped, live.Pass}
	for _, want := range order {
		for _, c := range v.Checks {
			if c.Verdict != want {
				continue
			}
			fmt.Fprintf(w, "%-7s %-14s %s %v\n", strings.ToUpper(string(c.Verdict)), c.ID, c.Name, c.Rules)
			if c.Reason != "" {
				fmt.Fprintf(w, "        %s\n", strings.ReplaceAll(c.Reason, "\n", "\n        "))
			}
			if verbose || c.Verdict == live.Fail {
				for _, e := range c.Evidence {
					fmt.Fprintf(w, "        %s:\n          %s\n", e.Label, strings.ReplaceAll(e.Text, "\n", "\n          "))
				}
			}
		}
	}
	fmt.Fprintf(w, "\n%s: %s against profile %s (%s)\n", v.Target.Host, v.Word(), v.Profile, v.Summary())
	fmt.Fprintf(w, "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms over %d answers\n",
		v.Latency.P50Ms, v.Latency.P95Ms, v.Latency.P99Ms, v.Latency.MaxMs, v.Latency.N)
	if out != "" {
		fmt.Fprintf(w, "reports in %s: %s, %s, %s, %s, %s\n", out, certify.VerdictFile, certify.HTMLFile,
			certify.JUnitFile, certify.CucumberFile, certify.BadgeFile)
	}
}

// writerIsTerminal reports whether w is a terminal (isTerminal), for a
// progress line that rewrites itself.
func writerIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f)
}

// floatFlag is a decimal number flag within [min, max].
type floatFlag struct {
	p        *float64
	min, max float64
}

func newFloatFlag(p *float64, def, min, max float64) *floatFlag {
	*p = def
	return &floatFlag{p: p, min: min, max: max}
}

func (f *floatFlag) String() string {
	if f == nil || f.p == nil {
		return "0"
	}
	return strconv.FormatFloat(*f.p, 'g', -1, 64)
}

func (f *floatFlag) Set(v string) error {
	x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || x < f.min || x > f.max {
		return fmt.Errorf("want a decimal number from %g to %g", f.min, f.max)
	}
	*f.p = x
	return nil
}
