package report

import (
	"encoding/xml"
	"strings"
)

// xmlText escapes s for XML text and attribute values (text/template does
// not, so the badge template calls it on every string it writes), after
// dropping what XML 1.0 cannot carry at all: invalid UTF-8 and control
// characters other than tab, CR and LF.
func xmlText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF && !(r >= 0xD800 && r <= 0xDFFF) {
			return r
		}
		return -1
	}, strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}
