package marketo

// UnescapeTemplate is unescapeTemplate, for the external tests (A3).
func UnescapeTemplate(tmpl string) (string, error) { return unescapeTemplate(tmpl) }
