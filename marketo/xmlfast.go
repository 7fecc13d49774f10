package marketo

import (
	"bytes"
	"strings"
)

// scanXML is a fast path in front of encoding/xml for ParseXMLBody (R24,
// A23): a scanner for a strict, common subset of XML that builds the tree
// decodeXML builds, without a token per byte. The subset is UTF-8 (no
// encoding declared, or UTF-8 declared), elements with attributes (their
// syntax checked as encoding/xml checks it, then dropped), character data
// with the five predefined entities and decimal or hexadecimal character
// references, CDATA sections, comments and processing instructions.
//
// ok is false whenever the body leaves the subset or anything is doubtful
// (a DOCTYPE, another charset, invalid UTF-8, a character outside XML's Char
// range, a name that is not plain ASCII, an `&` that is not a plain entity,
// `]]>` in text, any markup error, non-space text outside the root...): then
// decodeXML decides the body, so every error and every accepted edge case is
// encoding/xml's. scanXML never reports an error of its own; when ok is true,
// decodeXML would have returned the same tree without an error. body has no
// byte order mark.
func scanXML(body []byte) (doc any, ok bool) {
	s := xmlScan{in: body}
	for s.pos < len(s.in) {
		if s.in[s.pos] != '<' {
			if !s.charData() {
				return nil, false
			}
			continue
		}
		if !s.markup() {
			return nil, false
		}
	}
	if len(s.stack) > 0 || s.root == nil {
		return nil, false
	}
	return s.root, true
}

// xmlScan is scanXML's state: the input, the position, the open elements.
type xmlScan struct {
	in    []byte
	pos   int
	stack []*xmlElement
	root  map[string]any
}

// charData reads text up to the next '<' or the end: kept as the open
// element's text, or, outside the root, allowed only as XML white space.
func (s *xmlScan) charData() bool {
	seg, ok := s.segment('<', false)
	if !ok {
		return false
	}
	if len(s.stack) == 0 {
		return isXMLSpace(seg)
	}
	s.stack[len(s.stack)-1].keepText(seg)
	return true
}

// markup reads the markup at s.pos, which is '<'.
func (s *xmlScan) markup() bool {
	rest := s.in[s.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("</")):
		return s.endTag()
	case bytes.HasPrefix(rest, []byte("<!--")):
		return s.comment()
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		return s.cdata()
	case bytes.HasPrefix(rest, []byte("<?")):
		return s.procInst()
	case bytes.HasPrefix(rest, []byte("<!")):
		return false // a DOCTYPE or another directive
	}
	return s.startTag()
}

// startTag reads an element's start tag, attributes included, and opens it;
// an empty-element tag (<a/>) closes it at once.
func (s *xmlScan) startTag() bool {
	s.pos++ // '<'
	name, ok := s.name()
	if !ok || s.root != nil {
		return false // not a name, or a second root element
	}
	for {
		s.space()
		if s.pos >= len(s.in) {
			return false
		}
		switch s.in[s.pos] {
		case '>':
			s.pos++
			s.stack = append(s.stack, &xmlElement{name: name})
			return true
		case '/':
			if s.pos+1 >= len(s.in) || s.in[s.pos+1] != '>' {
				return false
			}
			s.pos += 2
			s.stack = append(s.stack, &xmlElement{name: name})
			return s.close()
		}
		if !s.attribute() {
			return false
		}
	}
}

// attribute reads name = "value" (or 'value'); A23 drops it, so only its
// syntax counts. Like encoding/xml's RawToken, no white space is needed
// before an attribute and a repeated attribute is not an error.
func (s *xmlScan) attribute() bool {
	if _, ok := s.name(); !ok {
		return false
	}
	s.space()
	if s.pos >= len(s.in) || s.in[s.pos] != '=' {
		return false
	}
	s.pos++
	s.space()
	if s.pos >= len(s.in) || (s.in[s.pos] != '"' && s.in[s.pos] != '\'') {
		return false
	}
	quote := s.in[s.pos]
	s.pos++
	if _, ok := s.segment(quote, false); !ok || s.pos >= len(s.in) {
		return false
	}
	s.pos++ // the closing quote
	return true
}

// endTag reads </name> and closes the open element of that name.
func (s *xmlScan) endTag() bool {
	s.pos += 2 // "</"
	start := s.pos
	if !s.nameEnd() {
		return false
	}
	name := s.in[start:s.pos]
	s.space()
	if s.pos >= len(s.in) || s.in[s.pos] != '>' {
		return false
	}
	s.pos++
	if len(s.stack) == 0 || s.stack[len(s.stack)-1].name != string(name) {
		return false
	}
	return s.close()
}

// close ends the innermost open element: it becomes the root, or a child
// of the element around it.
func (s *xmlScan) close() bool {
	e := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if len(s.stack) == 0 {
		s.root = map[string]any{e.name: e.value()}
	} else {
		s.stack[len(s.stack)-1].add(e.name, e.value())
	}
	return true
}

// comment skips <!-- ... -->; as in encoding/xml, the first "--" must end
// the comment.
func (s *xmlScan) comment() bool {
	s.pos += len("<!--")
	k := bytes.Index(s.in[s.pos:], []byte("--"))
	if k < 0 || s.pos+k+2 >= len(s.in) || s.in[s.pos+k+2] != '>' {
		return false
	}
	s.pos += k + 3
	return true
}

// cdata reads <![CDATA[ ... ]]> as the open element's text.
func (s *xmlScan) cdata() bool {
	s.pos += len("<![CDATA[")
	k := bytes.Index(s.in[s.pos:], []byte("]]>"))
	if k < 0 || len(s.stack) == 0 {
		return false // unclosed, or outside the root
	}
	section := xmlScan{in: s.in[s.pos : s.pos+k]}
	seg, ok := section.segment(0, true)
	if !ok {
		return false
	}
	s.pos += k + 3
	s.stack[len(s.stack)-1].keepText(seg)
	return true
}

// procInst skips a processing instruction. The XML declaration's version
// must be 1.0 and its encoding, if any, UTF-8; other targets are skipped as
// encoding/xml skips them, content unread.
func (s *xmlScan) procInst() bool {
	s.pos += 2 // "<?"
	target, ok := s.name()
	if !ok {
		return false
	}
	s.space()
	k := bytes.Index(s.in[s.pos:], []byte("?>"))
	if k < 0 {
		return false
	}
	content := s.in[s.pos : s.pos+k]
	s.pos += k + 2
	return target != "xml" || plainDeclaration(string(content))
}

// plainDeclaration reports whether the XML declaration's content (after the
// target and its white space) is version="1.0", then optionally
// encoding="UTF-8" (any case), then optionally standalone="yes" or "no", in
// that order, single or double quoted.
func plainDeclaration(content string) bool {
	rest := content
	for i, param := range []string{"version", "encoding", "standalone"} {
		value, after, found := declParam(rest, param)
		if !found {
			if i == 0 {
				return false
			}
			continue
		}
		switch {
		case param == "version" && value != "1.0",
			param == "encoding" && !strings.EqualFold(value, "utf-8"),
			param == "standalone" && value != "yes" && value != "no":
			return false
		}
		rest = strings.TrimLeft(after, " \t\r\n")
		if rest != "" && len(rest) == len(after) {
			return false // parameters are separated by white space
		}
	}
	return rest == ""
}

// declParam reads param="value" or param='value' at the start of s.
func declParam(s, param string) (value, rest string, ok bool) {
	after, found := strings.CutPrefix(s, param+"=")
	if !found || after == "" || (after[0] != '"' && after[0] != '\'') {
		return "", s, false
	}
	end := strings.IndexByte(after[1:], after[0])
	if end < 0 {
		return "", s, false
	}
	return after[1 : 1+end], after[2+end:], true
}

// name reads an XML name of plain ASCII letters, digits and _:.- (not
// starting with a digit, '.' or '-') with at most one colon.
func (s *xmlScan) name() (string, bool) {
	start := s.pos
	if !s.nameEnd() {
		return "", false
	}
	return string(s.in[start:s.pos]), true
}

// nameEnd moves s.pos past the name at s.pos; see name.
func (s *xmlScan) nameEnd() bool {
	start, colons := s.pos, 0
	for s.pos < len(s.in) {
		c := s.in[s.pos]
		if c >= 0x80 {
			return false // encoding/xml reads it as part of the name
		}
		if !isNameByte(c) {
			break
		}
		if c == ':' {
			colons++
		}
		s.pos++
	}
	if s.pos == start || colons > 1 {
		return false
	}
	c := s.in[start]
	return (c < '0' || c > '9') && c != '.' && c != '-'
}

// isNameByte reports whether c may stand in a plain ASCII XML name.
func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// space skips XML white space.
func (s *xmlScan) space() {
	for s.pos < len(s.in) && isSpaceByte(s.in[s.pos]) {
		s.pos++
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isXMLSpace reports whether b is only XML white space.
func isXMLSpace(b []byte) bool {
	for _, c := range b {
		if !isSpaceByte(c) {
			return false
		}
	}
	return true
}
