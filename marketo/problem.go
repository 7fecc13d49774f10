package marketo

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a definition, its rendering or a value:
// where it is (Field, a path such as "headers[1].value"), which rule it breaks
// and why. Every error of this package that breaks a rule is a Problem or
// wraps one (a *BodyError for answers): read the rule with errors.As.
type Problem struct {
	// Field is the path of the offending part of the definition, e.g. "method",
	// "template", "headers[0].value", "mappings[2].attribute"; for a catalog
	// or a value, what was being read (`catalog`, `field "Email" (email)`);
	// empty when the whole input is at fault.
	Field string
	// Rule is the spec id the problem breaks, e.g. "A2"; a choice that two
	// rules define names both ("R1, R2").
	Rule string
	// Message says what is wrong, for people.
	Message string
}

// Error reads "field: message (rule)", or "message (rule)" without a field.
func (p Problem) Error() string {
	if p.Field == "" {
		return fmt.Sprintf("%s (%s)", p.Message, p.Rule)
	}
	return fmt.Sprintf("%s: %s (%s)", p.Field, p.Message, p.Rule)
}

// Problems is a list of problems; as an error it reports them all.
type Problems []Problem

// Error joins every problem with "; ".
func (ps Problems) Error() string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Error()
	}
	return strings.Join(parts, "; ")
}

// Err returns ps as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// BodyError is why a 2xx answer's body does not parse as the webhook's
// Response Type (A16); Judge records its text as Outcome.Detail. It reads
// "JSON body (A16): ..." and wraps the decoder's error when there is one.
type BodyError struct {
	// Type is the Response Type the body was read as.
	Type ResponseType
	// Message says what is wrong; empty when Err says it.
	Message string
	// Err is the decoder's error, if one was the cause.
	Err error
}

// Error reads "JSON body (A16): message" (or XML).
func (e *BodyError) Error() string {
	msg := e.Message
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return fmt.Sprintf("%s body (%s): %s", strings.ToUpper(string(e.Type)), e.Rule(), msg)
}

// Rule is the rule an unparseable body breaks: A16.
func (e *BodyError) Rule() string { return "A16" }

// Unwrap returns the decoder's error.
func (e *BodyError) Unwrap() error { return e.Err }
