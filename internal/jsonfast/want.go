package jsonfast

// Want names the part of a document a reader will look at, so that
// DecodeWanted builds only that part: the rest is checked as strictly as
// Decode checks it (a document one refuses the other refuses) but never
// built. A nil *Want wants nothing.
//
// Keys and Index say which members of an object and which elements of an
// array are wanted, each with what is wanted inside it; Whole wants the value
// with everything in it. Of an array the length is always kept (its elements
// not wanted are nil), so that an index resolves or not as on the whole tree.
type Want struct {
	Whole bool
	Keys  map[string]*Want
	Index map[int]*Want
}

// WholeDocument is the Want of the whole document:
// DecodeWanted(data, WholeDocument()) is Decode(data).
func WholeDocument() *Want { return &Want{Whole: true} }

// DecodeWanted is Decode for the part of data want names: the tree it builds
// is the whole tree with every value want does not name left out (a member)
// or nil (an element). It accepts exactly what Decode accepts.
func DecodeWanted(data string, want *Want) (any, bool) {
	return decodeWanted(data, want)
}

// ParseWanted is Parse for the part of body want names; errors read as
// Parse's.
func ParseWanted(body []byte, text string, want *Want) (any, error) {
	if v, ok := decodeWanted(text, want); ok {
		return v, nil
	}
	return DecodeStd(body)
}

// Add wants what p names (a path of keys, each with an optional index) and,
// at its end, the whole value. It returns w, or a new Want if w is nil.
func (w *Want) Add(p []Step) *Want {
	if w == nil {
		w = &Want{}
	}
	cur := w
	for _, s := range p {
		if cur.Whole {
			return w
		}
		cur = cur.child(&cur.Keys, s.Key)
		if s.HasIndex {
			if cur.Whole {
				return w
			}
			if cur.Index == nil {
				cur.Index = map[int]*Want{}
			}
			next := cur.Index[s.Index]
			if next == nil {
				next = &Want{}
				cur.Index[s.Index] = next
			}
			cur = next
		}
	}
	cur.Whole, cur.Keys, cur.Index = true, nil, nil
	return w
}

func (w *Want) child(keys *map[string]*Want, key string) *Want {
	if *keys == nil {
		*keys = map[string]*Want{}
	}
	next := (*keys)[key]
	if next == nil {
		next = &Want{}
		(*keys)[key] = next
	}
	return next
}

// Step is one step of a path for Add: a key, then an index if HasIndex.
type Step struct {
	Key      string
	Index    int
	HasIndex bool
}

// key is the Want of an object's member key.
func (w *Want) key(key string) *Want {
	switch {
	case w == nil:
		return nil
	case w.Whole:
		return w
	}
	return w.Keys[key]
}

// index is the Want of an array's element i.
func (w *Want) index(i int) *Want {
	switch {
	case w == nil:
		return nil
	case w.Whole:
		return w
	}
	return w.Index[i]
}

// nilIfSkipped is v, or nil when nothing of it is wanted.
func nilIfSkipped[T any](v T, want *Want) any {
	if want == nil {
		return nil
	}
	return v
}
