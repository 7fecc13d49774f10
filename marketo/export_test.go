package marketo

// UnescapeTemplate is unescapeTemplate, for the external tests (A3).
func UnescapeTemplate(tmpl string) (string, error) { return unescapeTemplate(tmpl) }

// DecodeXMLBody is ParseXMLBody through encoding/xml only, without the fast
// path (R24): the baseline of the fast path's benchmark.
func DecodeXMLBody(body []byte) (any, error) { return decodeXML(body, xmlCharsetReader) }
