package certify

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
	"time"

	"github.com/hookcert/hookcert/features"
	"github.com/hookcert/hookcert/internal/capped"
	"github.com/hookcert/hookcert/live"
	"github.com/hookcert/hookcert/marketo"
	"github.com/hookcert/hookcert/suite"
)

// MaxFeatureBytes bounds each feature file of --features.
const MaxFeatureBytes = 16 << 20

// Prepared is a certification ready to run: the target opened (nothing sent
// yet), the sample leads built, and the plan.
type Prepared struct {
	cfg     Config
	target  *live.Target
	session *live.Session
	plan    Plan
	profile fs.FS
}

// Prepare checks cfg, opens the target and works out the plan. Every error
// is bad input (exit 2) and names the setting or file.
func Prepare(cfg Config) (*Prepared, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	tgt, err := live.Open(live.Config{Webhook: cfg.Webhook, Catalog: cfg.Catalog, URL: cfg.URL, Flow: cfg.Flow,
		Options: cfg.Options, Roots: cfg.Roots, Requests: cfg.requests(), Rate: cfg.rate(), Concurrency: cfg.concurrency()})
	if err != nil {
		return nil, err
	}
	leads := cfg.Leads
	if len(leads) == 0 {
		leads = live.SampleLeads(tgt.Webhook(), tgt.Catalog(), DefaultSamples)
	}
	learnRendered(cfg, tgt, leads[0])
	profile, err := profileFS(cfg.Features)
	if err != nil {
		return nil, err
	}
	p := &Prepared{cfg: cfg, target: tgt, profile: profile}
	p.session = &live.Session{Target: tgt, Leads: leads, LatencyBudget: cfg.budget(), Hostile: cfg.Hostile,
		Seed: cfg.Seed, Load: cfg.Load, Masker: cfg.Masker}
	p.plan = plan(&cfg, tgt.Addr(), cfg.Masker.URL(tgt.Webhook().URL), len(leads))
	return p, nil
}

// Plan is what the certification will send.
func (p *Prepared) Plan() Plan { return p.plan }

// Run sends the profile's requests and returns the verdict, with its
// reports written into Config.Out. A certification that fails is a
// Verdict with Certified false, not an error; the error is for bad input
// (a vendor feature that does not parse) and for reports that could not be
// written. A cancelled ctx ends the run early: the verdict is marked
// interrupted, and the checks not run are skipped.
func (p *Prepared) Run(ctx context.Context, tb suite.TB) (*Verdict, error) {
	v := &Verdict{Profile: features.ProfileVersion, Hookcert: p.cfg.Version, Time: time.Now(),
		Target:     Target{Host: p.target.Addr(), URL: p.cfg.Masker.URL(p.target.Webhook().URL)},
		Definition: Definition{Name: p.cfg.Webhook.Name, File: p.cfg.DefinitionFile, SHA256: digest(p.cfg.Definition)}}
	p.session.Context = ctx // a signal stops the calls, not only new scenarios
	stop := p.progress(ctx)
	formats := []suite.Format{}
	if p.cfg.Out != "" {
		if err := os.MkdirAll(p.cfg.Out, 0o755); err != nil {
			stop()
			return nil, fmt.Errorf("--out: %w", err)
		}
		formats = append(formats, suite.Format{Name: "cucumber", Path: filepath.Join(p.cfg.Out, CucumberFile)})
	}
	res := suite.Run(tb, suite.Config{FS: p.profile, Paths: []string{"."}, Concurrency: 1, Certify: p.session,
		Formats: formats, Output: io.Discard, Context: ctx, Options: p.cfg.Options})
	stop()
	if res.Status == suite.StatusBadInput {
		return nil, res.Err
	}
	v.Interrupted = ctx.Err() != nil
	for _, c := range p.session.Checks() {
		v.Checks = append(v.Checks, c.Result())
	}
	samples := p.target.Latencies()
	used, total := p.target.Sent()
	v.Requests = Requests{Sent: used, Budget: total, Rate: p.cfg.rate(), Concurrency: p.cfg.concurrency()}
	v.Latency = latencyOf(live.Summarize(samples))
	v.Refused = append([]string{}, p.target.Refused()...)
	v.Elapsed = time.Since(v.Time)
	v.tally()
	if p.cfg.Out == "" {
		return v, nil
	}
	if _, err := writeReports(p.cfg.Out, v, samples, p.cfg.budget()); err != nil {
		return v, err
	}
	return v, nil
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// profileFS is the profile's features, and the vendor's own under custom/.
func profileFS(paths []string) (fs.FS, error) {
	sub, err := fs.Sub(features.Certification, "certification")
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return sub, nil
	}
	m := fstest.MapFS{}
	if err := fs.WalkDir(sub, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(sub, path)
		m["profile/"+path] = &fstest.MapFile{Data: data}
		return err
	}); err != nil {
		return nil, err
	}
	for i, root := range paths {
		if err := addFeatures(m, fmt.Sprintf("custom/%d", i+1), root); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// addFeatures reads the .feature files at root (a file or a folder) into m.
func addFeatures(m fstest.MapFS, prefix, root string) error {
	info, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("--features: %w", err)
	}
	add := func(path string) error {
		data, err := capped.ReadFile(path, "feature file", MaxFeatureBytes)
		if err != nil {
			return fmt.Errorf("--features: %w", err)
		}
		rel, _ := filepath.Rel(filepath.Dir(root), path)
		m[prefix+"/"+filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
		return nil
	}
	if !info.IsDir() {
		return add(root)
	}
	n := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".feature") {
			return err
		}
		n++
		return add(path)
	})
	if err == nil && n == 0 {
		err = fmt.Errorf("--features %s: no .feature files in it", root)
	}
	return err
}

// learnRendered teaches the masker the credentials the request carries for
// a sample lead: secret headers' values and URL user info or key-like query
// parameters, whatever token they came from.
func learnRendered(cfg Config, tgt *live.Target, lead marketo.Lead) {
	if cfg.Masker == nil {
		return
	}
	req, err := marketo.Render(tgt.Webhook(), tgt.Catalog(), lead, cfg.Flow, cfg.Options)
	if err != nil {
		return // the calls will say why
	}
	cfg.Masker.Header(req.Header)
	cfg.Masker.URL(req.URL)
}
