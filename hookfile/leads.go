package hookfile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/hookcert/hookcert/internal/capped"
	"github.com/hookcert/hookcert/marketo"
	"go.yaml.in/yaml/v3"
)

// Bounds of a leads file.
const (
	// MaxLeadsFileBytes is the largest leads file read.
	MaxLeadsFileBytes = 8 << 20
	// MaxLeads is the most leads one file may hold.
	MaxLeads = 10_000
)

// LoadLeads reads a file of sample leads: CSV (a header row of field names,
// display or SOAP, one lead a row: the shape of a Marketo list export) when
// its name ends in .csv, else YAML (a list of lead maps, as in a lead file).
// Every value is checked against its field's type in cat (R26); an empty
// CSV cell is no value. The error is Errors, every problem at once.
func LoadLeads(path string, cat *marketo.Catalog) ([]marketo.Lead, error) {
	data, err := capped.ReadFile(path, "leads file", MaxLeadsFileBytes)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		return ParseLeadsCSV(path, data, cat)
	}
	return ParseLeadsYAML(path, data, cat)
}

// ParseLeadsYAML checks a YAML list of leads read from name.
func ParseLeadsYAML(name string, data []byte, cat *marketo.Catalog) ([]marketo.Lead, error) {
	r := &reader{file: name}
	root := r.root(data)
	if root == nil {
		return nil, r.result()
	}
	if root.Kind != yaml.SequenceNode {
		r.fail(root, "", ruleFormat, "a leads file is a YAML list of leads (- Email Address: ...), or CSV")
		return nil, r.result()
	}
	if len(root.Content) > MaxLeads {
		r.fail(root, "", ruleFormat, "%d leads; at most %d", len(root.Content), MaxLeads)
		return nil, r.result()
	}
	var leads []marketo.Lead
	for i, n := range root.Content {
		if n.Kind != yaml.MappingNode {
			r.fail(n, fmt.Sprintf("[%d]", i), ruleFormat, "each lead is a map of field name to value")
			continue
		}
		leads = append(leads, r.lead(n, cat))
	}
	if len(r.errs) > 0 {
		return nil, r.result()
	}
	return leads, nil
}

// ParseLeadsCSV checks CSV leads read from name: a header row of field
// names, then one lead a row.
func ParseLeadsCSV(name string, data []byte, cat *marketo.Catalog) ([]marketo.Lead, error) {
	r := &reader{file: name}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) // Excel's BOM
	cr.FieldsPerRecord = 0                                                               // every row as wide as the header
	header, err := cr.Read()
	if err != nil {
		r.csvFail(err, "the header row of field names")
		return nil, r.result()
	}
	fields := r.csvHeader(header, cat)
	var leads []marketo.Lead
	for len(r.errs) == 0 {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.csvFail(err, "a row")
			break
		}
		if len(leads) == MaxLeads {
			line, _ := cr.FieldPos(0)
			r.add(Error{File: name, Line: line, Rule: ruleFormat, Msg: fmt.Sprintf("more than %d leads", MaxLeads)})
			break
		}
		leads = append(leads, r.csvLead(cr, row, fields, cat))
	}
	if len(r.errs) > 0 {
		return nil, r.result()
	}
	return leads, nil
}

func (r *reader) csvFail(err error, what string) {
	e := Error{File: r.file, Rule: ruleFormat, Msg: fmt.Sprintf("reading %s: %v", what, err)}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		e.Line, e.Column, e.Msg = pe.Line, pe.Column, fmt.Sprintf("reading %s: %v", what, pe.Err)
	}
	if errors.Is(err, io.EOF) {
		e.Msg = "the file is empty; want a header row of field names"
	}
	r.add(e)
}

// csvHeader finds each column's field, reporting unknown and repeated names.
func (r *reader) csvHeader(header []string, cat *marketo.Catalog) []marketo.Field {
	fields := make([]marketo.Field, len(header))
	seen := map[string]int{}
	for i, name := range header {
		name = strings.TrimSpace(name)
		f, ok := cat.ByName(name)
		switch {
		case !ok:
			r.add(Error{File: r.file, Line: 1, Column: i + 1, Key: name, Rule: "R26",
				Msg: "no lead field is named " + fmt.Sprintf("%q", name) + cat.NameHint(name) + "; declare custom fields in the webhook file, or remove the column"})
		case seen[f.SOAPName] > 0:
			r.add(Error{File: r.file, Line: 1, Column: i + 1, Key: name, Rule: ruleFormat,
				Msg: fmt.Sprintf("field %s is already column %d", f.SOAPName, seen[f.SOAPName])})
		default:
			seen[f.SOAPName] = i + 1
		}
		fields[i] = f
	}
	return fields
}

// csvLead reads one row; empty cells are no value.
func (r *reader) csvLead(cr *csv.Reader, row []string, fields []marketo.Field, cat *marketo.Catalog) marketo.Lead {
	lead := marketo.Lead{}
	for i, cell := range row {
		if cell == "" {
			continue
		}
		v, err := cat.ParseValue(fields[i], cell)
		if err != nil {
			line, col := cr.FieldPos(i)
			r.add(Error{File: r.file, Line: line, Column: col, Key: fields[i].Name, Rule: "R26", Msg: valueMessage(fields[i], err)})
			continue
		}
		lead[fields[i].SOAPName] = v
	}
	return lead
}
