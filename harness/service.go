package harness

// STUB: API fixed; implementation owned by the harness work.

import (
	"net/http"
	"sync"
	"time"
)

// Fault is a transport failure a scripted service plays instead of an answer.
type Fault string

// The faults a service can play.
const (
	FaultNone      Fault = ""
	FaultRefused   Fault = "refused"   // the connection is refused
	FaultReset     Fault = "reset"     // the connection is reset before an answer
	FaultHang      Fault = "hang"      // no answer at all: the caller times out
	FaultTruncated Fault = "truncated" // the body stops short of its Content-Length
	FaultGarbage   Fault = "garbage"   // a malformed status line
	FaultTLS       Fault = "tls"       // a certificate the caller does not trust
)

// Script is one scripted answer of a vendor service.
type Script struct {
	// Status is the HTTP status code.
	Status int
	// Reason is the reason phrase; empty means the standard phrase of Status
	// (or none for a non-standard code).
	Reason string
	// Header is sent with the answer.
	Header http.Header
	// Body is the answer's body, sent as is.
	Body []byte
	// Delay is how long the service waits before it answers.
	Delay time.Duration
	// Fault, when set, replaces the answer with a transport failure.
	Fault Fault
}

// Recorded is one request a service received.
type Recorded struct {
	Face   string // "mock" or "wire"
	Method string
	URL    string // as the caller addressed it, scheme and host included
	Header http.Header
	Body   []byte
}

// Service is a scripted vendor service: the script it plays and the requests
// it received. It is safe for concurrent use.
type Service struct {
	mu       sync.Mutex
	script   Script
	requests []Recorded
}

// NewService returns a service that plays s.
func NewService(s Script) *Service { return &Service{script: s} }
