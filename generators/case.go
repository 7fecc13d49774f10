package generators

import (
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hookcert/hookcert/harness"
	"github.com/hookcert/hookcert/marketo"
	"pgregory.net/rapid"
)

// HangTimeout is the time-out (R17) of generated cases whose service never
// answers: short, as a hang is a hang however long one waits.
const HangTimeout = 2 * time.Millisecond

// AnswerTimeout is the time-out of the other cases: long enough that no
// answer is ever late, even under the race detector on a loaded machine.
const AnswerTimeout = 10 * time.Second

// Case is one generated execution of the Call Webhook step: the definition,
// the lead, the campaign, the model's options and what the service plays.
// It carries what the generator knows (the body's kind, the plants) so that
// properties state their expectation from the construction.
type Case struct {
	Hook     Hook
	Lead     marketo.Lead
	Campaign marketo.CampaignKind
	Options  marketo.Options
	Answer   harness.Script
	Body     BodyKind
	// Tree is the document the body encodes (see [Doc]); Expect follows
	// the mappings through it.
	Tree   map[string]any
	Plants []Plant
}

// Webhook returns the case's definition.
func (c *Case) Webhook() *marketo.Webhook { return &c.Hook.Webhook }

// Context is the flow step's context of the case (the clock is fixed so
// system tokens are deterministic, A9).
func (c *Case) Context() marketo.Flow {
	return marketo.Flow{
		Campaign: c.Campaign,
		Now:      time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC),
		Tokens:   map[string]string{"campaign.name": "Spring Promo"},
	}
}

// Shape selects the answers a case generator draws.
type Shape int

// The shapes of answers.
const (
	// AnyAnswer: every status, body kind and fault.
	AnyAnswer Shape = iota
	// SuccessAnswer: a 2xx with a body that parses as the Response Type
	// (invariant 3).
	SuccessAnswer
	// NonSuccessAnswer: everything that must not change the lead
	// (invariant 1): a non-2xx with any body, a 2xx with an empty,
	// unparseable or over-size body, a fault.
	NonSuccessAnswer
)

// CaseOf generates cases over cat with answers of shape s, in trigger
// campaigns. Knobs that change what an answer means (WhitespaceIsEmpty,
// EmptyBodyAlways1001) are sometimes on; the others stay at the spec's
// default reading.
func CaseOf(cat *marketo.Catalog, s Shape) *rapid.Generator[Case] {
	return rapid.Custom(func(t *rapid.T) Case {
		rt := rapid.SampledFrom([]marketo.ResponseType{marketo.ResponseJSON, marketo.ResponseXML}).Draw(t, "response type")
		root := "response"
		if rt == marketo.ResponseXML {
			root = pathKey(true).Draw(t, "root")
		}
		ms := Mappings(cat, rt, root, 4).Draw(t, "mappings")
		c := Case{
			Hook:     Webhook(cat, rt, ms).Draw(t, "webhook"),
			Campaign: marketo.Trigger,
			Options:  marketo.Options{Timeout: AnswerTimeout, MaxBodyBytes: SmallBodyCap},
		}
		doc := Document(cat, rt, ms).Draw(t, "document")
		c.Plants, c.Tree = doc.Plants, doc.Tree
		if len(doc.Body) > SmallBodyCap {
			c.Options.MaxBodyBytes = LargeBodyCap
		}
		c.Options.WhitespaceIsEmpty = rapid.IntRange(0, 4).Draw(t, "WhitespaceIsEmpty") == 4
		c.Options.EmptyBodyAlways1001 = rapid.IntRange(0, 4).Draw(t, "EmptyBodyAlways1001") == 4
		c.Lead = leadFor(cat, ms).Draw(t, "lead")
		c.drawAnswer(t, s, doc)
		return c
	})
}

// leadFor generates a lead whose mapped fields usually hold a value, so
// that a wrong write shows. It keeps only values a Gherkin lead table can
// give (see [Enterable]), so that every counterexample can be pasted into
// a feature.
func leadFor(cat *marketo.Catalog, ms []marketo.Mapping) *rapid.Generator[marketo.Lead] {
	return rapid.Custom(func(t *rapid.T) marketo.Lead {
		lead := Lead(cat).Draw(t, "lead")
		for _, m := range ms {
			if _, ok := lead[m.Field]; !ok {
				f, _ := cat.BySOAP(m.Field)
				lead[m.Field] = FieldValue(f.Type).Draw(t, "mapped "+m.Field)
			}
		}
		for k, v := range lead {
			if f, ok := cat.BySOAP(k); !ok || !Enterable(cat, f, v) {
				delete(lead, k)
			}
		}
		return lead
	})
}

// Enterable reports whether a table cell can give field f the value v: its
// text (marketo.FormatValue) is one a cell carries and parses back
// (Catalog.ParseValue) to v. Values beyond a field's limits are not.
func Enterable(cat *marketo.Catalog, f marketo.Field, v any) bool {
	text := marketo.FormatValue(v)
	if text == "" || strings.TrimSpace(text) != text || !utf8.ValidString(text) || hasControl(text) {
		return false
	}
	back, err := cat.ParseValue(f, text)
	return err == nil && reflect.DeepEqual(back, v)
}

// hasControl reports whether s holds an ASCII control character (below
// 0x20, or 0x7f). In UTF-8 those bytes are never part of another
// character, so a scan of the bytes finds them without decoding runes.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return true
		}
	}
	return false
}

// drawAnswer draws the script of shape s around doc.
func (c *Case) drawAnswer(t *rapid.T, s Shape, doc Doc) {
	rt := c.Hook.Webhook.ResponseType
	var status int
	kind := BodyDoc
	switch s {
	case SuccessAnswer:
		status = SuccessCode().Draw(t, "status")
		kind = rapid.SampledFrom([]BodyKind{BodyDoc, BodyBOM}).Draw(t, "body kind")
	case NonSuccessAnswer:
		switch rapid.IntRange(0, 9).Draw(t, "failure class") {
		case 0, 1, 2, 3: // a non-2xx with any body, usually a document that would map
			status = NonSuccessCode().Draw(t, "status")
			kind = rapid.SampledFrom([]BodyKind{BodyDoc, BodyDoc, BodyBOM, BodyEmpty, BodyWhitespace, BodyPlain, BodyOversize}).Draw(t, "body kind")
		case 4, 5, 6, 7: // a 2xx whose body cannot be used
			status = SuccessCode().Draw(t, "status")
			kind = rapid.SampledFrom([]BodyKind{BodyEmpty, BodyWhitespace, BodyTruncated, BodyInvalid, BodyPlain, BodyWrongType, BodyOversize}).Draw(t, "body kind")
		default: // no answer at all
			c.drawFault(t, doc)
			return
		}
	default:
		if rapid.IntRange(0, 9).Draw(t, "fault") == 9 {
			c.drawFault(t, doc)
			return
		}
		status = rapid.OneOf(StatusCode(), SuccessCode()).Draw(t, "status")
		kind = rapid.SampledFrom([]BodyKind{BodyDoc, BodyBOM, BodyEmpty, BodyWhitespace, BodyWhitespace, BodyTruncated, BodyInvalid, BodyPlain, BodyWrongType, BodyOversize}).Draw(t, "body kind")
	}
	c.Body = kind
	body := bodyOf(t, kind, doc, rt, c.Options.MaxBodyBytes)
	c.Answer = script(status, ReasonPhrase(status).Draw(t, "reason"), AnswerHeader(rt, status).Draw(t, "header"), body)
}

// drawFault draws a transport failure in place of an answer (R17, A17).
func (c *Case) drawFault(t *rapid.T, doc Doc) {
	f := rapid.SampledFrom([]harness.Fault{harness.FaultHang, harness.FaultHang, harness.FaultRefused, harness.FaultReset,
		harness.FaultTruncated, harness.FaultGarbage, harness.FaultTLS,
		harness.FaultResetBody, harness.FaultChunked, harness.FaultDrip, harness.FaultHandshake,
		harness.FaultHugeHeader, harness.FaultHugeBody, harness.FaultGzip, harness.FaultRedirectLoop}).Draw(t, "fault")
	c.Answer = script(200, "", nil, doc.Body)
	c.Answer.Fault = f
	c.Body = BodyDoc
	switch f {
	case harness.FaultHang, harness.FaultDrip:
		c.Options.Timeout = HangTimeout // a drip's first byte comes after 50 ms
	case harness.FaultTLS, harness.FaultHandshake:
		if c.Hook.Webhook.URL[:5] == "http:" {
			c.Hook.Webhook.URL = "https" + c.Hook.Webhook.URL[4:] // a TLS failure needs TLS
		}
	case harness.FaultHugeBody:
		c.Options.MaxBodyBytes = 0 // the default cap (1 MiB), far under 100 MiB
	case harness.FaultGzip:
		c.Body = BodyInvalid // compressed bytes parse as no Response Type (A33: nothing is undone)
	case harness.FaultRedirectLoop:
		c.Options.FollowRedirects = rapid.Bool().Draw(t, "follow redirects") // A11 either way
	}
	if (f == harness.FaultTruncated || f == harness.FaultResetBody || f == harness.FaultDrip) && len(doc.Body) < 2 {
		c.Answer.Body = []byte(`{"result": "cut"}`) // something to cut short
	}
}

// cutShort reports whether the fault ends the body early, so that the
// Response is a start of the body sent (A26).
func cutShort(f harness.Fault) bool {
	switch f {
	case harness.FaultTruncated, harness.FaultResetBody, harness.FaultDrip, harness.FaultChunked:
		return true
	}
	return false
}
