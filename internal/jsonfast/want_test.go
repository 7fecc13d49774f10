package jsonfast

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
)

// checkDecodeWanted holds DecodeWanted to Decode (and so to encoding/json):
// it accepts exactly what Decode accepts, and every path of the want resolves
// on its tree to what it resolves to on the whole tree (A16, A20, A23). The
// paths are those of the document itself (every member and element, so some
// resolve) and some that resolve nowhere.
func checkDecodeWanted(t *testing.T, data []byte, rng *rand.Rand) {
	t.Helper()
	whole, ok := Decode(string(data))
	paths := [][]Step{{{Key: "a"}}, {{Key: "a", HasIndex: true, Index: 1}}, {{Key: "missing"}, {Key: "b"}}}
	if ok {
		paths = append(paths, pathsOf(whole, nil, 0)...)
	}
	rng.Shuffle(len(paths), func(i, j int) { paths[i], paths[j] = paths[j], paths[i] })
	for _, n := range []int{0, 1, 3, len(paths)} {
		var want *Want
		for _, p := range paths[:min(n, len(paths))] {
			want = want.Add(p)
		}
		got, gotOK := DecodeWanted(string(data), want)
		if gotOK != ok {
			t.Fatalf("DecodeWanted(%q, %d paths) accepts: %v, Decode: %v", data, n, gotOK, ok)
		}
		for _, p := range paths[:min(n, len(paths))] {
			gv, gok := resolve(got, p)
			wv, wok := resolve(whole, p)
			if gok != wok || !reflect.DeepEqual(gv, wv) {
				t.Fatalf("DecodeWanted(%q): path %v resolves to %#v, %v; want %#v, %v as on the whole tree", data, p, gv, gok, wv, wok)
			}
		}
	}
}

// pathsOf lists the paths of v's members and elements, shallow ones first.
func pathsOf(v any, prefix []Step, depth int) [][]Step {
	if depth > 3 {
		return nil
	}
	var out [][]Step
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := append(append([]Step{}, prefix...), Step{Key: k})
		out = append(out, p)
		out = append(out, pathsOf(m[k], p, depth+1)...)
		if arr, ok := m[k].([]any); ok {
			for i := range arr {
				q := append(append([]Step{}, prefix...), Step{Key: k, Index: i, HasIndex: true})
				out = append(out, q)
				out = append(out, pathsOf(arr[i], q, depth+1)...)
			}
		}
	}
	return out
}

// resolve is marketo.Resolve, which jsonfast cannot import: keys, then an
// index on an array.
func resolve(doc any, p []Step) (any, bool) {
	cur := doc
	for _, s := range p {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[s.Key]; !ok {
			return nil, false
		}
		if s.HasIndex {
			arr, ok := cur.([]any)
			if !ok || s.Index >= len(arr) {
				return nil, false
			}
			cur = arr[s.Index]
		}
	}
	return cur, true
}

// TestDecodeWantedRandom is TestDecodeJSONRandom for DecodeWanted.
func TestDecodeWantedRandom(t *testing.T) {
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, seed))
	defer func() {
		if t.Failed() {
			t.Logf("seed %d", seed)
		}
	}()
	noise := []byte(" \t\n\r{}[],:\"\\/-+.0123456789eEabfnrtu\x00\x1f\x7f\x80\xff")
	for range 5000 {
		doc := []byte(randomJSON(rng, 3))
		switch rng.IntN(4) {
		case 0:
		case 1:
			doc[rng.IntN(len(doc))] = noise[rng.IntN(len(noise))]
		case 2:
			i := rng.IntN(len(doc))
			doc = append(doc[:i:i], doc[i+1:]...)
		case 3:
			doc = doc[:rng.IntN(len(doc)+1)]
		}
		checkDecodeWanted(t, doc, rng)
	}
}

func TestWantAdd(t *testing.T) {
	w := (*Want)(nil).Add([]Step{{Key: "p"}, {Key: "c", HasIndex: true, Index: 2}, {Key: "n"}}).Add([]Step{{Key: "p"}, {Key: "t"}})
	if got := w.key("p").key("c").index(2).key("n"); got == nil || !got.Whole {
		t.Errorf("p.c[2].n: got %+v, want a whole value", got)
	}
	if w.key("p").key("x") != nil || w.key("p").key("c").index(1) != nil {
		t.Errorf("unnamed members are wanted: %+v", w.key("p"))
	}
	w.Add([]Step{{Key: "p"}})
	if got := w.key("p"); !got.Whole || got.key("anything") != got {
		t.Errorf("after adding p: got %+v, want p whole", got)
	}
}
