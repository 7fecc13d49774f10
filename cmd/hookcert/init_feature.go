package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hookcert/hookcert/marketo"
)

// initMapping is one --mapping of init, with the sample value the feature's
// 2xx answer gives it.
type initMapping struct {
	attr  string
	field marketo.Field
	value any
}

// parsedMappings checks each ATTR=FIELD against the catalog.
func (p project) parsedMappings(cat *marketo.Catalog) ([]initMapping, error) {
	var out []initMapping
	for i, m := range p.mappings {
		attr, field, ok := strings.Cut(m, "=")
		attr, field = strings.TrimSpace(attr), strings.TrimSpace(field)
		if !ok || attr == "" || field == "" {
			return nil, fmt.Errorf("--mapping %q: want ATTR=FIELD, e.g. person.score=leadScore (R11)", m)
		}
		f, ok := cat.BySOAP(field)
		if !ok {
			return nil, fmt.Errorf("--mapping %q: no lead field has the SOAP API name %q (R11; hookcert fields lists them)", m, field)
		}
		v := sampleValue(f, i+1)
		if j := slices.IndexFunc(out, func(o initMapping) bool { return o.attr == attr }); j >= 0 {
			if fmt.Sprintf("%T", out[j].value) != fmt.Sprintf("%T", v) {
				return nil, fmt.Errorf("--mapping %q: %s is mapped to fields of different types; init gives an attribute one sample value, so write such a feature by hand (R25)", m, attr)
			}
			v = out[j].value // one attribute, one value in the answer
		}
		out = append(out, initMapping{attr: attr, field: f, value: v})
	}
	return out, nil
}

// sampleValue is a value of f's type that differs from the scaffolded lead's.
func sampleValue(f marketo.Field, n int) any {
	switch f.Type {
	case marketo.TypeInteger, marketo.TypeScore, marketo.TypePercent:
		return 40 + n
	case marketo.TypeFloat, marketo.TypeCurrency:
		return float64(n) + 0.5
	case marketo.TypeBoolean:
		return true
	case marketo.TypeDate:
		return "2026-01-31"
	case marketo.TypeDatetime:
		return "2026-01-31T12:00:00Z"
	case marketo.TypeEmail:
		return fmt.Sprintf("sample%d@example.com", n)
	case marketo.TypeURL:
		return fmt.Sprintf("https://example.com/sample/%d", n)
	case marketo.TypePhone:
		return fmt.Sprintf("+1 555 010%d", n%10)
	}
	return fmt.Sprintf("Sample %s %d", f.Name, n)
}

// webhookYAML is the webhook file of the project.
func (p project) webhookYAML() ([]byte, error) {
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	var b bytes.Buffer
	fmt.Fprintf(&b, "# The webhook as its Marketo admin screen shows it (hookcert fields lists the lead fields).\n")
	fmt.Fprintf(&b, "name: %s\nurl: %s\nmethod: %s\ntokenEncoding: %s\nresponseType: %s\n",
		q(p.name), q(p.url), q(p.method), q(p.encoding), q(p.responseType))
	if !strings.EqualFold(p.method, "GET") { // no template on GET (A2)
		fmt.Fprintf(&b, "template: |\n  %s\n", initTemplate(p.encoding))
	}
	fmt.Fprintf(&b, "mappings:\n")
	for _, m := range p.mappings {
		attr, field, _ := strings.Cut(m, "=")
		fmt.Fprintf(&b, "  - {attribute: %s, field: %s}\n", q(strings.TrimSpace(attr)), q(strings.TrimSpace(field)))
	}
	return b.Bytes(), nil
}

// initTemplate is a payload template for the encoding (R8, R14-R16).
func initTemplate(encoding string) string {
	switch e := strings.ToLower(encoding); {
	case strings.HasPrefix(e, "form"):
		return "email={{lead.Email Address}}&company={{lead.Company Name}}"
	case e == "json":
		return `{"email": {{lead.Email Address}}, "company": {{lead.Company Name}}}`
	}
	return `{"email": "{{lead.Email Address}}", "company": "{{lead.Company Name}}"}`
}

// sampleBody is an answer that holds each mapping's sample value at its
// attribute, as JSON or, for the XML Response Type, as XML (R23, R24).
func sampleBody(ms []initMapping, xmlBody bool) (string, error) {
	var doc any
	for _, m := range ms {
		segs, err := pathSegments(m.attr)
		if err != nil {
			return "", err
		}
		if xmlBody && slices.ContainsFunc(segs, func(s pathSegment) bool { return s.key == "" }) {
			return "", fmt.Errorf("--mapping attribute %q: init scaffolds XML answers without [n] indexes; add such mappings to the feature by hand (R24)", m.attr)
		}
		v := m.value
		if xmlBody {
			v = marketo.FormatValue(v)
		}
		doc = setPath(doc, segs, v)
	}
	if !xmlBody {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err := enc.Encode(doc)
		return strings.TrimSuffix(b.String(), "\n"), err
	}
	root, ok := doc.(map[string]any)
	if !ok || len(root) != 1 {
		return "", fmt.Errorf("--response-type xml: every mapping must start at one root element, e.g. person.score and person.company (R24)")
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>`)
	return b.String() + xmlElements(root), nil
}

// xmlElements writes a tree of maps as nested elements, names sorted.
func xmlElements(m map[string]any) string {
	var b strings.Builder
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		b.WriteString("<" + k + ">")
		if sub, ok := m[k].(map[string]any); ok {
			b.WriteString(xmlElements(sub))
		} else {
			xml.EscapeText(&b, []byte(fmt.Sprint(m[k])))
		}
		b.WriteString("</" + k + ">")
	}
	return b.String()
}

// pathSegment is a key, or an index when key is "".
type pathSegment struct {
	key   string
	index int
}

// pathSegments splits a Response Attribute such as orders[0].date (R22).
func pathSegments(attr string) ([]pathSegment, error) {
	var segs []pathSegment
	for _, part := range strings.Split(attr, ".") {
		name, rest, _ := strings.Cut(part, "[")
		if name == "" {
			return nil, fmt.Errorf("--mapping attribute %q: an empty name in the path (R22)", attr)
		}
		segs = append(segs, pathSegment{key: name})
		for rest != "" {
			num, after, ok := strings.Cut(rest, "]")
			n, err := strconv.Atoi(num)
			if !ok || err != nil || n < 0 || n > 99 {
				return nil, fmt.Errorf("--mapping attribute %q: want an index such as [0] (R22)", attr)
			}
			segs = append(segs, pathSegment{index: n})
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return segs, nil
}

// setPath returns node with v at segs, making maps and lists as needed.
func setPath(node any, segs []pathSegment, v any) any {
	if len(segs) == 0 {
		return v
	}
	s := segs[0]
	if s.key != "" {
		m, ok := node.(map[string]any)
		if !ok {
			m = map[string]any{}
		}
		m[s.key] = setPath(m[s.key], segs[1:], v)
		return m
	}
	list, _ := node.([]any)
	for len(list) <= s.index {
		list = append(list, nil)
	}
	list[s.index] = setPath(list[s.index], segs[1:], v)
	return list
}

// feature is the project's feature: the seed's rules for this webhook.
func (p project) feature(cat *marketo.Catalog) ([]byte, error) {
	ms, err := p.parsedMappings(cat)
	if err != nil {
		return nil, err
	}
	body, err := sampleBody(ms, strings.EqualFold(p.responseType, "xml"))
	if err != nil {
		return nil, err
	}
	doc := "      \"\"\"\n      " + strings.ReplaceAll(body, "\n", "\n      ") + "\n      \"\"\"\n"
	var b strings.Builder
	fmt.Fprintf(&b, `Feature: %s follows Marketo's webhook rules
  The webhook of webhook.yaml, called for the lead of lead.yaml. Each scenario
  checks one documented rule; its tag is the rule's id (hookcert's docs/rules.md).
  The steps are listed by: hookcert steps

  Background:
    Given the webhook from "../webhook.yaml"
    And the lead from "../lead.yaml"

  @R18
  Scenario: a 2xx answer writes each mapped field
    Given the service answers 200 "OK" with body:
%s    When the webhook is called
    Then the recorded code is 200
`, p.name, doc)
	final := map[string]any{} // a later mapping to the same field wins (A19)
	var order []string
	for _, m := range ms {
		if _, seen := final[m.field.SOAPName]; !seen {
			order = append(order, m.field.SOAPName)
		}
		final[m.field.SOAPName] = m.value
	}
	for _, f := range order {
		fmt.Fprintf(&b, "    And the field %s is %s\n", gherkinString(f), gherkinString(marketo.FormatValue(final[f])))
	}
	fmt.Fprintf(&b, `    And no mapping was skipped

  @R18
  Scenario: a 503 answer changes nothing and records its reason as the Error Type
    Given the service answers 503 "Service Unavailable" with body:
%s    When the webhook is called
    Then the recorded code is 503
    And the Error Type is "Service Unavailable"
    And no lead field was written

  @R20
  Scenario: an empty 200 answer is recorded as 1001
    Given the service answers 200 "OK"
    When the webhook is called
    Then the recorded code is 1001
    And no lead field was written

  @R2
  Scenario: in a batch campaign nothing is sent and 1000 is recorded
    Given the step runs in a batch campaign
    When the webhook is called
    Then the recorded code is 1000
    And no request was sent

  @R17
  Scenario: no answer within the time-out records no status and changes nothing
    Given the time-out is 200 ms
    And the service never answers
    When the webhook is called
    Then no HTTP status was recorded
    And the failure is "timeout"
    And no lead field was written
`, doc)
	return []byte(b.String()), nil
}
