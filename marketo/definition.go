package marketo

// Method is a webhook's Request Type (R6).
type Method string

// The request types of R6.
const (
	MethodGet    Method = "GET"
	MethodPost   Method = "POST"
	MethodPut    Method = "PUT"
	MethodPatch  Method = "PATCH"
	MethodDelete Method = "DELETE"
)

// Encoding is a webhook's Request Token Encoding (R8).
type Encoding string

// The encodings of R8.
const (
	EncodingNone Encoding = "none" // values inserted raw (R16)
	EncodingJSON Encoding = "json" // JSON literals, strings with their quotes (R14)
	EncodingForm Encoding = "form" // application/x-www-form-urlencoded (R15)
)

// ResponseType is the format a webhook expects back (R9).
type ResponseType string

// The response types of R9.
const (
	ResponseJSON ResponseType = "json"
	ResponseXML  ResponseType = "xml"
)

// Header is one custom header of a definition (R10). Value may hold tokens.
type Header struct {
	Name  string // the header name, sent as written (canonicalised by net/http)
	Value string // the value; tokens are rendered raw (A7) and may not yield CR or LF (A5)
}

// Mapping is one response mapping (R11): the value at Attribute in the answer
// goes into the lead field whose SOAP API name is Field.
type Mapping struct {
	Attribute string // the Response Attribute path, e.g. "orders[0].orderDate" (R22-R24)
	Field     string // the SOAP API name of the lead field written (R11)
}

// Webhook is a webhook definition as entered in Marketo's admin screen.
type Webhook struct {
	Name         string       // free text, shown in the activity (A18)
	Description  string       // free text
	URL          string       // R5: tokens allowed, typed characters sent as written
	Method       Method       // R6
	Template     string       // R7: the payload template; none on GET (A2)
	Encoding     Encoding     // R8
	ResponseType ResponseType // R9
	Headers      []Header     // R10
	Mappings     []Mapping    // R11
}
