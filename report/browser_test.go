package report_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/hookcert/hookcert/report"
)

var screenshot = flag.String("screenshot", "", "save the browser test's screenshot (PNG) at this path instead of a temporary folder")

// chromium is the path of the browser, or "" when there is none. Locally
// the browser test then skips loudly; under CI=true it fails, because CI
// installs chromium (.ci/run).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed, and CI=true: the HTML report must be checked in a browser (apt-get install chromium)")
	}
	t.Skip("SKIPPED: chromium is not installed; the HTML report is not checked in a browser (apt-get install chromium; with CI=true this fails)")
	return ""
}

// shownBox is what the page reports of one element.
type shownBox struct {
	Name  string  `json:"name"`
	Text  string  `json:"text"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Shown bool    `json:"shown"`
}

// boxesScript measures the verdict, the chart, its curve and every failed check.
const boxesScript = `(() => {
  const box = (el, name) => {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return {name, text: el.textContent.trim().replace(/\s+/g, ' ').slice(0, 200), w: r.width, h: r.height,
      shown: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && s.visibility !== 'hidden' &&
        s.display !== 'none' && parseFloat(s.opacity) > 0};
  };
  const out = [];
  for (const [sel, name] of [['#verdict', 'verdict'], ['#latency-chart', 'chart'], ['#latency-chart polyline.curve', 'curve']]) {
    const el = document.querySelector(sel);
    if (el) out.push(box(el, name));
  }
  document.querySelectorAll('article.check.fail').forEach(e => out.push(box(e, 'fail ' + e.dataset.checkId)));
  return out;
})()`

// TestReportInChromium opens a failing certification report in headless
// Chromium and checks that the verdict, each failed check and the latency
// chart are shown, that the page loads nothing, and saves a screenshot.
func TestReportInChromium(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var html bytes.Buffer
	if err := report.Render(&html, certification()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, html.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// A bound, not a timing assertion: a browser that hangs fails the test.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1100, 900))
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	if err := chromedp.Do(bctx, chromedp.Navigate("file://"+page), chromedp.WaitVisible("#verdict")); err != nil {
		t.Fatalf("opening %s in chromium: %v", page, err)
	}
	boxes, err := chromedp.Run(bctx, chromedp.Evaluate[[]shownBox](boxesScript))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]shownBox{}
	for _, b := range boxes {
		got[b.Name] = b
	}
	want := []string{"verdict", "chart", "curve"}
	for _, c := range certification().Checks {
		if c.Verdict == report.Fail {
			want = append(want, "fail "+c.ID)
		}
	}
	for _, name := range want {
		b, ok := got[name]
		if !ok || !b.Shown {
			t.Errorf("%s: not shown (found %v, box %+v)", name, ok, b)
		}
	}
	if n := len(boxes); n != len(want) {
		t.Errorf("page has %d measured elements %v, want %d: one per failed check", n, boxes, len(want))
	}
	if v := got["verdict"].Text; v != "not certified" {
		t.Errorf("verdict shows %q, want %q", v, "not certified")
	}
	if c := got["fail C05"].Text; !strings.Contains(c, "hostile lead values never break the endpoint") {
		t.Errorf("failed check C05 shows %q, want its name", c)
	}
	resources, err := chromedp.Run(bctx, chromedp.Evaluate[int](`performance.getEntriesByType('resource').length`))
	if err != nil || resources != 0 {
		t.Errorf("the page loaded %d resources (%v), want none: it must be self-contained", resources, err)
	}

	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
	}
	out := *screenshot
	if out == "" {
		out = filepath.Join(dir, "report.png")
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", out, len(png))
}
