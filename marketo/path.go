package marketo

// STUB: signatures fixed; implementation owned by the catalog/convert/path work.

// PathStep is one step of a response attribute path: a key, optionally
// followed by an integer index ("orders[0]" is Key "orders", Index 0, HasIndex).
type PathStep struct {
	Key      string
	Index    int
	HasIndex bool
}

// Path is a parsed response attribute path (R22-R24).
type Path []PathStep

// ParsePath parses a Response Attribute such as "orders[0].orderDate". It
// fails with a Problem-ready message and rule id (R22, R23, A23) for keys with
// characters outside letters, digits, '-', '_', ':' and white space, string
// subscripts, or a path that starts with an index.
func ParsePath(s string) (Path, error) { panic("not implemented") }

// ParseJSONBody parses an answer body as JSON (A16): a UTF-8 BOM is tolerated,
// trailing garbage is an error; numbers are json.Number.
func ParseJSONBody(body []byte) (any, error) { panic("not implemented") }

// ParseXMLBody parses an answer body as XML into the same tree shape as JSON
// (R24): a map holding the root element's name; an element with children is a
// map; repeated children form a []any; a text-only element is XMLText;
// attributes and mixed text are dropped (A23); a namespaced element keeps its
// prefixed name ("ns:foo").
func ParseXMLBody(body []byte) (any, error) { panic("not implemented") }

// Resolve walks a parsed body (from ParseJSONBody or ParseXMLBody) along p.
// It reports false when the path does not resolve (A20, A23).
func Resolve(doc any, p Path) (any, bool) { panic("not implemented") }
