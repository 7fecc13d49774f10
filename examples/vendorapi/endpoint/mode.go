package endpoint

import (
	"fmt"
	"strings"
)

// Mode is how the endpoint behaves: Conformant answers as the example
// definition expects; every other mode breaks one rule on purpose, so that a
// certification run has something to catch.
type Mode string

// The modes. The comment names the rule a certification finds broken.
const (
	Conformant       Mode = "conformant"         // 200, JSON, every mapped field filled
	EmptyBody        Mode = "empty-body"         // 200 without a body: Marketo records 1001 (R20)
	TextOK           Mode = "text-ok"            // 200 "ok" as text/plain: does not parse as JSON (R9, A16)
	Redirect         Mode = "redirect"           // 302 to another path: not followed (A11)
	Slow             Mode = "slow"               // sleeps past the budget before a conformant answer (R17)
	PlusFails        Mode = "plus-500"           // 500 when the e-mail address contains '+' (R18)
	WrongContentType Mode = "wrong-content-type" // the JSON body declared text/html (A16)
	NoContent        Mode = "no-content"         // 204: no body, 1001 (R20)
	XMLForJSON       Mode = "xml-for-json"       // an XML body declared application/json (R9, A16)
	StringForInteger Mode = "string-for-integer" // employees as a JSON string: not written into an Integer field (R25)
	Flaky            Mode = "flaky-503"          // every 10th request answers 503 (R18)
)

// Modes lists every mode, Conformant first.
func Modes() []Mode {
	return []Mode{Conformant, EmptyBody, TextOK, Redirect, Slow, PlusFails,
		WrongContentType, NoContent, XMLForJSON, StringForInteger, Flaky}
}

// ParseMode reads a mode by its name, e.g. "plus-500"; an unknown name is an
// error that lists the modes.
func ParseMode(s string) (Mode, error) {
	for _, m := range Modes() {
		if strings.EqualFold(s, string(m)) {
			return m, nil
		}
	}
	names := make([]string, 0, len(Modes()))
	for _, m := range Modes() {
		names = append(names, string(m))
	}
	return "", fmt.Errorf("unknown mode %q; use one of %s", s, strings.Join(names, ", "))
}
