package marketo

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// ParseXMLBody parses an answer body as XML into the same tree shape as JSON
// (R24): a map holding the root element's name; an element with children is a
// map; repeated children form a []any; a text-only element is XMLText;
// attributes and mixed text are dropped (A23); a namespaced element keeps its
// prefixed name ("ns:foo").
//
// Details of the shape:
//   - A child name that occurs once is a single value; one that occurs more
//     than once is a []any of the values in document order, wherever the
//     repetitions stand among the other children (R24 leaves mixing undefined).
//   - A leaf's text is kept exactly, white space included, with entities and
//     CDATA sections resolved; an element with child elements drops its own
//     text. An empty element is XMLText("").
//   - Comments, processing instructions and the DOCTYPE are ignored; prefixes
//     are not resolved against namespace declarations.
//   - Errors (A16): an empty or white-space body, malformed markup, an end tag
//     that does not match, an unclosed element, text outside the root element
//     or a second root element. The declaration's encoding is honoured (A32)
//     for every charset golang.org/x/text knows; an unknown one is an error.
func ParseXMLBody(body []byte) (any, error) {
	return parseXML(body, xmlCharsetReader)
}

// parseXML is ParseXMLBody with the CharsetReader for the declaration's
// encoding. A body of the common subset scanXML reads is read there, into
// the tree encoding/xml would build; every other body, and so every error,
// is decodeXML's.
func parseXML(body []byte, charset func(string, io.Reader) (io.Reader, error)) (any, error) {
	body = bytes.TrimPrefix(body, []byte(utf8BOM))
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, &BodyError{Type: ResponseXML, Message: "no root element, only white space"}
	}
	if doc, ok := scanXML(body); ok {
		return doc, nil
	}
	return decodeXML(body, charset)
}

// decodeXML is parseXML through encoding/xml: the path that decides every
// body the fast scanner (scanXML) declines, and every error.
func decodeXML(body []byte, charset func(string, io.Reader) (io.Reader, error)) (any, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.CharsetReader = charset
	var (
		stack []*xmlElement
		root  map[string]any
	)
	for {
		// RawToken keeps prefixes as written (A23); it does not match end
		// tags to start tags, so the stack below does.
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &BodyError{Type: ResponseXML, Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if root != nil {
				return nil, xmlBodyError("second root element <%s>", xmlName(t.Name))
			}
			stack = append(stack, &xmlElement{name: xmlName(t.Name)})
		case xml.EndElement:
			name := xmlName(t.Name)
			if len(stack) == 0 {
				return nil, xmlBodyError("end tag </%s> without start tag", name)
			}
			e := stack[len(stack)-1]
			if e.name != name {
				return nil, xmlBodyError("end tag </%s> does not match <%s>", name, e.name)
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				root = map[string]any{name: e.value()}
			} else {
				stack[len(stack)-1].add(name, e.value())
			}
		case xml.CharData:
			if len(stack) == 0 {
				if len(bytes.TrimSpace(t)) > 0 {
					return nil, &BodyError{Type: ResponseXML, Message: "text outside the root element"}
				}
				continue
			}
			stack[len(stack)-1].appendText(t)
		}
	}
	if len(stack) > 0 {
		return nil, xmlBodyError("element <%s> is not closed", stack[len(stack)-1].name)
	}
	if root == nil {
		return nil, &BodyError{Type: ResponseXML, Message: "no root element"}
	}
	return root, nil
}

// xmlElement is an element being read.
type xmlElement struct {
	name     string
	text     []byte          // the character data read directly inside the element
	children map[string]any  // nil while the element has no child elements
	repeated map[string]bool // nil until a child name repeats
}

// add records a child's value; a second child of the same name turns the
// entry into a []any.
func (e *xmlElement) add(name string, v any) {
	if e.children == nil {
		e.children = make(map[string]any)
	}
	old, ok := e.children[name]
	switch {
	case !ok:
		e.children[name] = v
	case e.repeated[name]:
		e.children[name] = append(old.([]any), v)
	default:
		if e.repeated == nil { // made at the first repetition: most elements have none
			e.repeated = make(map[string]bool)
		}
		e.children[name] = []any{old, v}
		e.repeated[name] = true
	}
}

// appendText adds character data to the element's text; t is copied.
func (e *xmlElement) appendText(t []byte) {
	e.text = append(e.text, t...)
}

// keepText adds character data to the element's text without copying it
// when it is the first: t must not change afterwards, and appending to it
// must not write into memory another slice uses (the fast path passes
// capacity-clipped slices of the body).
func (e *xmlElement) keepText(t []byte) {
	if e.text == nil {
		e.text = t[:len(t):len(t)]
		return
	}
	e.text = append(e.text, t...)
}

// value is the element's place in the tree: its children, or its text.
func (e *xmlElement) value() any {
	if e.children != nil {
		return e.children
	}
	return XMLText(e.text)
}

// xmlName is the name as written, prefix included.
func xmlName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// xmlBodyError is a BodyError of an XML body whose message is formatted.
func xmlBodyError(format string, args ...any) error {
	return &BodyError{Type: ResponseXML, Message: fmt.Sprintf(format, args...)}
}
