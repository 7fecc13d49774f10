package marketo

import (
	"math"
	"time"
)

// Defaults of the documented limits and of the assumptions' values.
const (
	// DefaultTimeout is how long Marketo waits for the service (R17).
	DefaultTimeout = 30 * time.Second
	// DefaultMaxConcurrent is the number of calls one instance keeps in flight (A1).
	DefaultMaxConcurrent = 20
	// DefaultMaxBodyBytes is the largest response body that is read (A12).
	DefaultMaxBodyBytes = 1 << 20
)

// Options are the knobs of the model. The zero value is the spec's default
// reading of every assumption; each field names the rule it switches.
type Options struct {
	// Timeout is the longest wait for the answer (R17); zero means DefaultTimeout.
	// Tests set a short value instead of waiting 30 s.
	Timeout time.Duration
	// MaxConcurrent bounds the calls one Caller has in flight (A1); zero means
	// DefaultMaxConcurrent. Further calls queue; they do not fail.
	MaxConcurrent int
	// MaxBodyBytes is the response size cap (A12); zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// NoDefaultContentType sends no Content-Type unless a custom header gives one
	// (A4 knob). By default the encoding picks one.
	NoDefaultContentType bool
	// FollowRedirects follows 3xx answers (A11 knob). By default a 3xx is an
	// ordinary non-2xx answer.
	FollowRedirects bool
	// WhitespaceIsEmpty treats a body of only white space as empty, code 1001
	// (A14 knob). By default such a body is unparseable.
	WhitespaceIsEmpty bool
	// EmptyBodyAlways1001 records 1001 for an empty body whatever the status
	// (A15 knob). By default a non-2xx keeps its status.
	EmptyBodyAlways1001 bool
	// AcceptNumericStrings writes a JSON string that parses as a number into
	// numeric fields (A21 knob). By default R25 is read literally: no.
	AcceptNumericStrings bool
	// TruncateLongValues cuts an over-long value to the field's limit (A22 knob).
	// By default such a value is not written.
	TruncateLongValues bool
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o Options) maxConcurrent() int {
	if o.MaxConcurrent > 0 {
		return o.MaxConcurrent
	}
	return DefaultMaxConcurrent
}

func (o Options) maxBodyBytes() int64 {
	if o.MaxBodyBytes > 0 {
		return min(o.MaxBodyBytes, math.MaxInt64-1) // the reader asks for one byte more
	}
	return DefaultMaxBodyBytes
}
