package marketo

import (
	"net/http"
	"time"
)

// Marketo's own response codes (R19).
const (
	// CodeBatch is recorded when the Call Webhook step sits in a batch
	// campaign: no request is sent (R2).
	CodeBatch = 1000
	// CodeEmptyBody is recorded when the service answered with an empty body (R20).
	CodeEmptyBody = 1001
)

// ActivityCallWebhook is the activity type id of Call Webhook (A18).
const ActivityCallWebhook = 110

// Failure names what went wrong when there was no usable answer (A12, A16, A17).
// The empty Failure means the answer was usable.
type Failure string

// The failure kinds.
const (
	FailureNone        Failure = ""
	FailureTimeout     Failure = "timeout"     // no answer within the time-out (R17)
	FailureRefused     Failure = "refused"     // connection refused
	FailureDNS         Failure = "dns"         // the host name does not resolve
	FailureReset       Failure = "reset"       // connection reset (TCP RST, HTTP/2 RST_STREAM), before or during the answer
	FailureClosed      Failure = "closed"      // the connection closed cleanly before a final answer's header
	FailureTruncated   Failure = "truncated"   // the connection closed cleanly before the body's end
	FailureTLS         Failure = "tls"         // certificate or handshake failure (A13)
	FailureTransport   Failure = "transport"   // any other transport failure (a malformed answer)
	FailureTooLarge    Failure = "too-large"   // body over the size cap (A12); the status is kept
	FailureUnparseable Failure = "unparseable" // 2xx body that does not parse as the Response Type (A16)
)

// Request is the request as Marketo sent it, after token rendering.
//
// In an Outcome, Header is every header that went on the wire (SentHeader):
// the custom headers and Content-Type, User-Agent, Content-Length, Host,
// Authorization from URL user info and Connection (A34, A35). No
// Accept-Encoding is sent, so no answer is decompressed (A33).
type Request struct {
	Method string      `json:"method"` // the Request Type (R6)
	URL    string      `json:"url"`    // the rendered URL, typed characters as written (R5)
	Header http.Header `json:"header"` // every header on the wire (R10, A4, A33-A35)
	Body   string      `json:"body"`   // the rendered payload template (R7); empty for GET
}

// Answer is what came back from the service, or the failure that stood in for
// it. Judge decides what Marketo does with it.
type Answer struct {
	// Status is the HTTP status code; zero when Failure allowed no answer.
	Status int
	// Reason is the reason phrase as received on the status line (A17); empty
	// when the transport carries none (HTTP/2).
	Reason string
	// Proto is the protocol of the answer, e.g. "HTTP/1.1".
	Proto string
	// Header is the answer's header.
	Header http.Header
	// Body is the body as delivered by the transport, up to the size cap.
	Body []byte
	// Failure is set for a time-out, a transport failure or an over-size body.
	Failure Failure
	// Detail describes the failure for people, e.g. the transport's error text.
	Detail string

	unsent bool // the request never left: the activity records no request (A18)
}

// Change is one lead field written from the answer.
type Change struct {
	Field     string `json:"field"`     // SOAP API name
	Old       any    `json:"old"`       // nil when the field had no value
	New       any    `json:"new"`       // the value written, canonical for the field's type
	Attribute string `json:"attribute"` // the mapping's Response Attribute
	// Same is true when the value written equals the one the field had: a
	// write that leaves the lead as it was (R18 still counts it a change).
	Same bool `json:"same"`
}

// Skip is one mapping that was not applied, with the reason and its rule id.
type Skip struct {
	Attribute string `json:"attribute"` // the mapping's Response Attribute
	Field     string `json:"field"`     // the mapping's SOAP field name
	Reason    string `json:"reason"`    // why it was not applied, for people
	Rule      string `json:"rule"`      // the rule id, e.g. "R25", "A20"
}

// Activity is the Call Webhook activity (type 110) recorded on the lead; the
// Webhook is Called trigger fires with it for every completed execution (A18).
type Activity struct {
	TypeID      int    `json:"typeId"`      // always ActivityCallWebhook (110)
	Webhook     string `json:"webhook"`     // the webhook's name
	Code        int    `json:"code"`        // the recorded response code (see Outcome.Code)
	ErrorType   string `json:"errorType"`   // the Error Type the trigger exposes (R21)
	Response    string `json:"response"`    // the Response the trigger exposes (R21)
	RequestSent bool   `json:"requestSent"` // false for 1000 (R2)
}

// Outcome is everything Marketo records and does for one execution of the
// Call Webhook step.
type Outcome struct {
	// Webhook is the definition's name.
	Webhook string `json:"webhook"`
	// Campaign is the campaign kind the step ran in.
	Campaign CampaignKind `json:"campaign"`
	// Request is the request as sent; nil when nothing was sent (R2).
	Request *Request `json:"request"`
	// Status is the HTTP status code received; zero when there was none.
	Status int `json:"status"`
	// Reason is the reason phrase as received.
	Reason string `json:"reason"`
	// Proto is the answer's protocol.
	Proto string `json:"proto"`
	// Header is the answer's header.
	Header http.Header `json:"header"`
	// Code is the response code Marketo records: the HTTP status, CodeBatch or
	// CodeEmptyBody (R19-R20, A15); zero for a failure without a status.
	Code int `json:"code"`
	// ErrorType is the Error Type the Webhook is Called trigger exposes: the
	// reason phrase, or a description of Marketo's own code or the failure (R21, A17).
	ErrorType string `json:"errorType"`
	// Failure names what made the answer unusable, if anything.
	Failure Failure `json:"failure"`
	// Detail explains the failure.
	Detail string `json:"detail"`
	// Response is the literal response payload (R21).
	Response string `json:"response"`
	// Changes lists each field written, in mapping order (R18, A19).
	Changes []Change `json:"changes"`
	// Skipped lists each mapping not applied, with its reason (A19-A22).
	Skipped []Skip `json:"skipped"`
	// Lead is the lead after the call.
	Lead Lead `json:"lead"`
	// Activity is the Call Webhook activity recorded (A18).
	Activity Activity `json:"activity"`
	// Elapsed is how long the call took.
	Elapsed time.Duration `json:"elapsedNs"`
}

// Is2xx reports whether status is a success code, the only kind whose answer
// may change lead fields (R18).
func Is2xx(status int) bool { return status >= 200 && status <= 299 }
