package report_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hookcert/hookcert/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// certification is a failing certification with every part a report has.
func certification() *report.Document {
	rng := rand.New(rand.NewPCG(1, 2))
	var samples []time.Duration
	for range 240 {
		samples = append(samples, time.Duration(40+rng.ExpFloat64()*25)*time.Millisecond)
	}
	samples = append(samples, 610*time.Millisecond, 980*time.Millisecond)
	return &report.Document{
		Title:   "hookcert certification",
		Subject: "enrich.vendor.example",
		Passed:  false,
		Verdict: "not certified",
		Summary: "2 of 5 checks failed: leads with '+' in the e-mail address answer 500",
		Meta: []report.Meta{
			{"profile", "certification/1"},
			{"definition sha256", "9f2c1d5e7a3b4c6d8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"},
			{"hookcert", "v0.9.0"},
			{"time", "2026-12-01T21:30:00Z"},
			{"target host", "enrich.vendor.example:443"},
		},
		Checks: []report.Check{
			{ID: "C01", Name: "every sample lead gets a 2xx", Rules: []string{"R18"}, Verdict: report.Pass, Detail: "12 of 12 leads answered 200",
				Evidence: []report.Evidence{{"status", "200 OK (12 times)"}}},
			{ID: "C05", Name: "hostile lead values never break the endpoint", Rules: []string{"R18", "A16"}, Verdict: report.Fail,
				Detail: "1 of 40 hostile leads answered 500; shrunk to the lead below",
				Evidence: []report.Evidence{
					{"request", "POST https://enrich.vendor.example/v2/person?source=marketo\nContent-Type: application/json\nX-Api-Key: ****\n\n{\"email\": \"a+b@example.com\"}"},
					{"status", "500 Internal Server Error"},
					{"latency", "14 ms"},
					{"body excerpt", `{"error": "cannot parse the e-mail address"}`},
				}},
			{ID: "C04", Name: "latency within the budget", Rules: []string{"R17", "R4"}, Verdict: report.Warn,
				Detail: "p99 610 ms is over the 500 ms budget; at your p95 of 98 ms, 100,000 leads take about 2.7 hours of flow time"},
			{ID: "C02", Name: "the body parses as the Response Type", Rules: []string{"R9", "A16"}, Verdict: report.Fail,
				Detail: "Content-Type text/html does not declare JSON", Evidence: []report.Evidence{{"header", "Content-Type: text/html; charset=utf-8"}}},
			{ID: "C09", Name: "a valid certificate for the host", Rules: []string{"A13"}, Verdict: report.Skipped, Detail: "plain HTTP target"},
		},
		Latency: &report.Latency{Title: "idle, 242 calls", Samples: samples, Budget: 500 * time.Millisecond},
	}
}

func passing() *report.Document {
	return &report.Document{
		Title: "hookcert certification", Subject: "127.0.0.1:8089", Passed: true, Verdict: "certified",
		Meta:   []report.Meta{{"profile", "certification/1"}},
		Checks: []report.Check{{ID: "C01", Name: "every sample lead gets a 2xx", Rules: []string{"R18"}, Verdict: report.Pass}},
	}
}

func render(t *testing.T, d *report.Document) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Render(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the rendering (go test ./report -update rewrites it); got:\n%s", path, firstDiff(got, string(want)))
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  got  " + g[i] + "\n  want " + w[i]
		}
	}
	return "lengths differ: " + strconv.Itoa(len(g)) + " lines, want " + strconv.Itoa(len(w))
}

func TestRenderGolden(t *testing.T) {
	golden(t, "certification.html", render(t, certification()))
	golden(t, "passing.html", render(t, passing()))
	f, err := os.Open("testdata/run.cucumber.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := report.FromCucumberJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "run.html", render(t, d))
	var badge bytes.Buffer
	if err := report.Badge(&badge, true, "certification/1"); err != nil {
		t.Fatal(err)
	}
	golden(t, "certified.svg", badge.String())
}

// hostile is planted in every string of a document: it must come out as text.
const hostile = `<script>alert(1)</script></style><img src=x onerror=alert(2)>"'&`

func TestRenderEscapesEveryField(t *testing.T) {
	d := &report.Document{
		Title: hostile, Subject: hostile, Verdict: hostile, Summary: hostile,
		Meta: []report.Meta{{hostile, hostile}},
		Checks: []report.Check{{ID: hostile, Name: hostile, Rules: []string{hostile}, Verdict: report.Verdict(hostile), Detail: hostile,
			Evidence: []report.Evidence{{hostile, hostile}}}},
		Latency: &report.Latency{Title: hostile, Samples: []time.Duration{time.Millisecond}},
	}
	out := render(t, d)
	for _, bad := range []string{"<script", "<img", "</script"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q unescaped", bad)
		}
	}
	if n := strings.Count(out, "</style>"); n != 1 {
		t.Errorf("</style> occurs %d times, want 1 (the stylesheet's own)", n)
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the planted text is not shown escaped")
	}
	if !strings.Contains(out, `class="check fail"`) {
		t.Error("an unknown verdict is not shown as a failure")
	}
	var badge bytes.Buffer
	if err := report.Badge(&badge, false, hostile); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(badge.String(), "<script") || strings.Contains(badge.String(), "<img") {
		t.Errorf("badge not escaped:\n%s", badge.String())
	}
	wantXML(t, badge.Bytes())
}

func TestRenderSelfContained(t *testing.T) {
	out := render(t, certification())
	for _, external := range []string{"<script", "<link", "src=", "href=", "@import", "url(http"} {
		if strings.Contains(out, external) {
			t.Errorf("the report refers to %q: it must load nothing", external)
		}
	}
}

func TestRenderFailedFirst(t *testing.T) {
	out := render(t, certification())
	got := regexp.MustCompile(`data-check-id="(C\d+)"`).FindAllStringSubmatch(out, -1)
	var ids []string
	for _, m := range got {
		ids = append(ids, m[1])
	}
	if want := "C05 C02 C04 C01 C09"; strings.Join(ids, " ") != want {
		t.Errorf("checks in order %v, want %s (failed, warned, passed, skipped; given order within)", ids, want)
	}
}

func TestRenderBounds(t *testing.T) {
	big := strings.Repeat("é", report.MaxEvidenceBytes) // two bytes each
	var ev []report.Evidence
	for range report.MaxEvidence + 3 {
		ev = append(ev, report.Evidence{Label: "body", Text: big})
	}
	samples := make([]time.Duration, 10_000)
	for i := range samples {
		samples[i] = time.Duration(i) * time.Microsecond
	}
	out := render(t, &report.Document{
		Checks:  []report.Check{{ID: "C1", Name: "big", Verdict: report.Fail, Evidence: ev}},
		Latency: &report.Latency{Samples: samples},
	})
	if n := strings.Count(out, "<pre>"); n != report.MaxEvidence {
		t.Errorf("%d evidence blocks shown, want %d", n, report.MaxEvidence)
	}
	if !strings.Contains(out, "3 more evidence blocks not shown") {
		t.Error("the blocks left out are not counted")
	}
	if !strings.Contains(out, strconv.Itoa(report.MaxEvidenceBytes)+" more bytes not shown") {
		t.Error("the bytes cut are not counted")
	}
	pts := regexp.MustCompile(`<polyline class="curve" points="([^"]*)"`).FindStringSubmatch(out)
	if pts == nil {
		t.Fatal("no latency curve")
	}
	if n := len(strings.Fields(pts[1])); n != report.MaxChartPoints {
		t.Errorf("curve has %d points, want %d", n, report.MaxChartPoints)
	}
	if len(out) > 200_000 {
		t.Errorf("report is %d bytes: the bounds do not hold", len(out))
	}
}

func TestSummarize(t *testing.T) {
	ms := func(n ...int) []time.Duration {
		var d []time.Duration
		for _, v := range n {
			d = append(d, time.Duration(v)*time.Millisecond)
		}
		return d
	}
	tests := []struct {
		name    string
		samples []time.Duration
		want    report.Stats
	}{
		{"R17 no samples", nil, report.Stats{}},
		{"R17 one sample is every percentile", ms(7), report.Stats{N: 1, P50: 7 * time.Millisecond, P95: 7 * time.Millisecond, P99: 7 * time.Millisecond, Max: 7 * time.Millisecond}},
		{"R17 nearest rank, unsorted input", ms(10, 1, 9, 2, 8, 3, 7, 4, 6, 5), report.Stats{N: 10, P50: 5 * time.Millisecond, P95: 10 * time.Millisecond, P99: 10 * time.Millisecond, Max: 10 * time.Millisecond}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := report.Summarize(tc.samples); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	if got := report.Summarize(ms(hundred...)); got.P50 != 50*time.Millisecond || got.P95 != 95*time.Millisecond || got.P99 != 99*time.Millisecond {
		t.Errorf("1..100 ms: got %+v, want p50 50, p95 95, p99 99", got)
	}
}

func wantXML(t *testing.T, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("not well-formed XML: %v\n%s", err, b)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Space + " " + se.Name.Local
		}
	}
	if root != "http://www.w3.org/2000/svg svg" {
		t.Fatalf("root element %q, want svg in the SVG namespace", root)
	}
}

func TestBadge(t *testing.T) {
	widths := map[string]string{}
	for _, tc := range []struct {
		name      string
		certified bool
		profile   string
		color     string
		label     string
	}{
		{"certified is green", true, "certification/1", "#3fb950", "certified"},
		{"not certified is red", false, "certification/1", "#e05d44", "not certified"},
		{"a longer profile is wider", true, "certification/1 + vendor checks", "#3fb950", "certified"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.Badge(&b, tc.certified, tc.profile); err != nil {
				t.Fatal(err)
			}
			wantXML(t, b.Bytes())
			s := b.String()
			if !strings.Contains(s, `fill="`+tc.color+`"`) || !strings.Contains(s, ">"+tc.label+"<") || !strings.Contains(s, ">"+tc.profile+"<") {
				t.Errorf("badge lacks colour %s, label %q or profile %q:\n%s", tc.color, tc.label, tc.profile, s)
			}
			widths[tc.name] = regexp.MustCompile(`^<svg [^>]*width="(\d+)"`).FindStringSubmatch(s)[1]
		})
	}
	w := func(k string) int { n, _ := strconv.Atoi(widths[k]); return n }
	if !(w("not certified is red") > w("certified is green") && w("a longer profile is wider") > w("certified is green")) {
		t.Errorf("widths %v do not follow the text lengths", widths)
	}
}

func TestFromCucumberJSON(t *testing.T) {
	f, err := os.Open("testdata/run.cucumber.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := report.FromCucumberJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if d.Passed || d.Subject != "features/status.feature" || len(d.Checks) != 3 {
		t.Fatalf("passed %v, subject %q, %d checks; want failed, features/status.feature, 3", d.Passed, d.Subject, len(d.Checks))
	}
	want := []struct {
		id      string
		verdict report.Verdict
		rules   string
	}{{"features/status.feature:3", report.Pass, "R18 R21"}, {"features/status.feature:21", report.Fail, "R18"}, {"features/status.feature:38", report.Fail, "A99"}}
	for i, w := range want {
		c := d.Checks[i]
		if c.ID != w.id || c.Verdict != w.verdict || strings.Join(c.Rules, " ") != w.rules {
			t.Errorf("check %d: %s %s %v, want %s %s %s", i, c.ID, c.Verdict, c.Rules, w.id, w.verdict, w.rules)
		}
	}
	if !strings.Contains(d.Checks[1].Evidence[0].Text, "200") || !strings.Contains(d.Checks[2].Detail, "undefined") {
		t.Errorf("failure evidence %q / detail %q do not say what failed", d.Checks[1].Evidence[0].Text, d.Checks[2].Detail)
	}
	if d.Latency == nil || len(d.Latency.Samples) != 3 {
		t.Errorf("latency %+v, want the 3 scenario durations", d.Latency)
	}
	for _, bad := range []string{``, `{"uri": "x"}`, `[{"elements": 3}]`} {
		if _, err := report.FromCucumberJSON(strings.NewReader(bad)); err == nil {
			t.Errorf("FromCucumberJSON(%q): no error", bad)
		}
	}
}
