package hookfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/hookcert/hookcert/marketo"
	"go.yaml.in/yaml/v3"
)

// reader walks one YAML file's nodes and collects every problem with its
// position, so a user sees them all at once.
type reader struct {
	file string
	errs Errors
	more int                   // problems past MaxErrors, counted, not kept
	pos  map[string]*yaml.Node // problem field path -> node, for Validate's problems
}

func (r *reader) fail(n *yaml.Node, key, rule, format string, args ...any) {
	msg := strings.TrimSuffix(fmt.Sprintf(format, args...), " ("+rule+")") // the rule is printed once
	e := Error{File: r.file, Key: key, Rule: rule, Msg: msg}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	r.add(e)
}

// add records a problem, or counts it past MaxErrors.
func (r *reader) add(e Error) {
	if len(r.errs) >= MaxErrors {
		r.more++
		return
	}
	r.errs = append(r.errs, e)
}

// result is the problems in file order, the last line saying how many
// more there were past MaxErrors.
func (r *reader) result() Errors {
	sort.SliceStable(r.errs, func(i, j int) bool {
		if r.errs[i].Line != r.errs[j].Line {
			return r.errs[i].Line < r.errs[j].Line
		}
		return r.errs[i].Column < r.errs[j].Column
	})
	if r.more > 0 {
		r.errs = append(r.errs, Error{File: r.file, Rule: ruleFormat,
			Msg: fmt.Sprintf("and %d more problems (only the first %d are listed)", r.more, MaxErrors)})
		r.more = 0
	}
	return r.errs
}

// yamlLine finds the line in yaml's error texts ("yaml: line 3: ...").
var yamlLine = regexp.MustCompile(`line (\d+): `)

// document parses data and returns its top-level mapping, or nil after
// recording why there is none.
func (r *reader) document(data []byte) *yaml.Node {
	root := r.root(data)
	if root != nil && root.Kind != yaml.MappingNode {
		r.fail(root, "", ruleFormat, "the file must be a YAML map of keys")
		return nil
	}
	return root
}

// root parses data and returns its top node of any kind, or nil after
// recording why there is none. A UTF-8 byte order mark at the start is
// skipped; a second document (after "---") is an error, well-formed or not:
// hookcert reads one.
func (r *reader) root(data []byte) *yaml.Node {
	data = bytes.TrimPrefix(data, utf8BOM)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		r.yamlError(err)
		return nil
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		line := secondDocument(data)
		if line == 0 {
			line = next.Line
		}
		r.errs = append(r.errs, Error{File: r.file, Line: line, Rule: ruleFormat,
			Msg: "a second YAML document (after ---); a file holds one definition or lead"})
		return nil
	}
	if len(doc.Content) == 0 {
		r.fail(nil, "", ruleFormat, "the file is empty")
		return nil
	}
	return doc.Content[0]
}

// yamlError records a syntax error of the YAML parser with its line.
func (r *reader) yamlError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	e := Error{File: r.file, Rule: ruleFormat, Msg: "not valid YAML: " + msg}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = "not valid YAML: " + strings.Replace(msg, m[0], "", 1)
	}
	r.errs = append(r.errs, e)
}

var utf8BOM = []byte("\xef\xbb\xbf")

// secondDocument is the line of the "---" that starts a second document:
// the first marker at column 0 after some content; 0 when there is none.
func secondDocument(data []byte) int {
	content := false
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		marker := bytes.HasPrefix(line, []byte("---")) && (len(line) == 3 || line[3] == ' ' || line[3] == '\t')
		switch {
		case marker && content:
			return i + 1
		case marker, len(bytes.TrimSpace(line)) == 0, line[0] == '#', line[0] == '%':
		default:
			content = true
		}
	}
	return 0
}

// mapping calls fn for each key of a mapping node, in order, and reports a
// node that is not a mapping and keys given twice.
func (r *reader) mapping(n *yaml.Node, path string, fn func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		r.fail(n, path, ruleFormat, "expected a map")
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			r.fail(k, path, ruleFormat, "keys must be plain text")
			continue
		}
		if line, dup := seen[k.Value]; dup {
			r.fail(k, join(path, k.Value), ruleFormat, "key given twice (first on line %d)", line)
			continue
		}
		seen[k.Value] = k.Line
		fn(k.Value, k, v)
	}
}

// str returns a scalar node's text, reporting any other node.
func (r *reader) str(n *yaml.Node, key string) string {
	if n.Kind != yaml.ScalarNode {
		r.fail(n, key, ruleFormat, "expected a single value, not a map or list")
		return ""
	}
	return n.Value
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// ruleOf is the rule id a marketo error carries (its Problem's Rule), or def
// for an error that carries none.
func ruleOf(err error, def string) string {
	var p marketo.Problem
	if errors.As(err, &p) {
		return p.Rule
	}
	return def
}
