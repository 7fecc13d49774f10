package report_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/report"
)

// wholeHTML is the HTML report made the way that holds everything: the
// Document of the whole report, rendered at once.
func wholeHTML(input []byte) (string, error) {
	d, err := report.FromCucumberJSON(bytes.NewReader(input))
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = report.Render(&buf, d)
	return buf.String(), err
}

// streamedHTML is the HTML report RenderCucumberJSON streams.
func streamedHTML(input []byte) (string, error) {
	var buf bytes.Buffer
	err := report.RenderCucumberJSON(&buf, bytes.NewReader(input))
	return buf.String(), err
}

// sameHTML fails t unless both ways make the same page of input, or both
// refuse it, the streamed one before writing anything.
func sameHTML(t *testing.T, input []byte) {
	t.Helper()
	want, wantErr := wholeHTML(input)
	got, err := streamedHTML(input)
	switch {
	case (err != nil) != (wantErr != nil):
		t.Fatalf("streamed error %v, whole error %v, for\n%.300s", err, wantErr, input)
	case err != nil && got != "":
		t.Fatalf("refused input %v but wrote %d bytes", err, len(got))
	case got != want:
		t.Fatalf("the streamed page (%d bytes) differs from the whole one (%d bytes): %s", len(got), len(want), firstDiff(got, want))
	}
}

// generatedCucumber is a cucumber report as godog lays it out
// (json.MarshalIndent, four spaces) of features with scenarios of every
// outcome: passed, failed with long and invalid UTF-8 errors, undefined,
// pending, ambiguous, skipped, with backgrounds, tags, doc strings and tables.
func generatedCucumber(features, scenarios int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 7))
	statuses := []string{"passed", "passed", "passed", "failed", "skipped", "undefined", "pending", "ambiguous"}
	var out []map[string]any
	for f := range features {
		var els []map[string]any
		for s := range scenarios {
			typ := "scenario"
			if s%17 == 0 {
				typ = "background"
			}
			var steps []map[string]any
			for k := range 1 + rng.IntN(6) {
				st := statuses[rng.IntN(len(statuses))]
				if s%5 == 0 {
					st = "skipped"
				}
				step := map[string]any{"keyword": "Given ", "name": fmt.Sprintf("step %d <b>&", k), "line": 10 + k,
					"result": map[string]any{"status": st, "duration": rng.Int64N(5e8)}}
				switch rng.IntN(3) {
				case 0:
					step["doc_string"] = map[string]any{"value": "{\"a\": 1}"}
				case 1:
					step["rows"] = []map[string]any{{"cells": []string{"a", "b"}}, {"cells": []string{"1", "2"}}}
				}
				if st == "failed" {
					step["result"].(map[string]any)["error_message"] = strings.Repeat("got 200 \xff, want 503 <script>\n", 1+rng.IntN(400))
				}
				steps = append(steps, step)
			}
			els = append(els, map[string]any{"id": fmt.Sprintf("f%d;s%d", f, s), "keyword": "Scenario", "name": fmt.Sprintf("scenario %d", s),
				"line": 3 + s, "type": typ, "tags": []map[string]any{{"name": "@R18"}, {"name": "@wip"}, {"name": fmt.Sprintf("@A%d", s%40)}}, "steps": steps})
		}
		out = append(out, map[string]any{"uri": fmt.Sprintf("features/f%02d.feature", f), "id": fmt.Sprintf("f%d", f), "keyword": "Feature",
			"name": fmt.Sprintf("feature %d", f), "description": "  about it", "line": 1, "elements": els})
	}
	b, err := json.MarshalIndent(out, "", "    ")
	if err != nil {
		panic(err)
	}
	return b
}

func TestRenderCucumberJSONAsWhole(t *testing.T) {
	run, err := os.ReadFile("testdata/run.cucumber.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		input []byte
	}{
		{"R18 the run of testdata", run},
		{"R18 a large generated report", generatedCucumber(9, 700, 1)},
		{"R18 one feature", generatedCucumber(1, 30, 2)},
		{"R18 all passed or skipped", []byte(`[{"uri": "a.feature", "elements": [{"line": 3, "steps": [{"result": {"status": "passed", "duration": 5}}]}, {"line": 4, "steps": [{"result": {"status": "skipped"}}]}]}]`)},
		{"R18 no features", []byte(`[]`)},
		{"R18 null", []byte(`null`)},
		{"R18 a null feature and element", []byte(`[null, {"uri": "b", "elements": [null, {"line": 2}]}]`)},
		{"R18 elements before the uri, keys in capitals", []byte(`[{"elements": [{"Line": 7, "steps": []}], "URI": "c.feature", "Name": "C", "extra": {"x": [1, 2]}}]`)},
		{"R18 a key given twice: the last counts", []byte(`[{"uri": "a", "elements": [{"line": 1}], "uri": "b", "elements": [{"line": 2}, {"line": 3}]}]`)},
		{"R18 no elements, null elements", []byte(`[{"uri": "a"}, {"uri": "b", "elements": null}]`)},
		{"R18 not an array", []byte(`{"uri": "x"}`)},
		{"R18 elements not an array", []byte(`[{"elements": 3}]`)},
		{"R18 a feature not an object", []byte(`[3]`)},
		{"R18 a wrong type deep inside", []byte(`[{"uri": "a", "elements": [{"line": "x"}]}]`)},
		{"R18 cut short", generatedCucumber(2, 5, 3)[:900]},
		{"R18 empty", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { sameHTML(t, tc.input) })
	}
}

// FuzzRenderCucumberJSON checks that the streamed HTML report is the
// whole one for any input, or that both refuse it.
func FuzzRenderCucumberJSON(f *testing.F) {
	if run, err := os.ReadFile("testdata/run.cucumber.json"); err == nil {
		f.Add(run)
	}
	f.Add(generatedCucumber(2, 4, 4))
	f.Add([]byte(`[{"uri": "a", "elements": [{"line": 1}], "elements": [{"type": "background"}, {"line": 2}]}]`))
	f.Fuzz(func(t *testing.T, input []byte) { sameHTML(t, input) })
}
