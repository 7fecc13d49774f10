package report

import (
	"bytes"
	"fmt"
	"io"
	"text/template"
	"unicode/utf8"
)

// Badge colours: shields.io's green and red, its grey for the right part.
const (
	badgeGreen = "#3fb950"
	badgeRed   = "#e05d44"
	badgeGrey  = "#555"
)

// maxBadgeRunes bounds the profile text of a badge.
const maxBadgeRunes = 40

var badgeTemplate = template.Must(template.New("badge").Funcs(template.FuncMap{"xml": xmlText}).Parse(
	`<svg xmlns="http://www.w3.org/2000/svg" width="{{.W}}" height="20" role="img" aria-label="{{xml .Label}}: {{xml .Message}}">
<title>{{xml .Label}}: {{xml .Message}}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="{{.W}}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="{{.LW}}" height="20" fill="{{.Color}}"/><rect x="{{.LW}}" width="{{.MW}}" height="20" fill="` + badgeGrey + `"/><rect width="{{.W}}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="{{.LX}}" y="15" fill="#010101" fill-opacity=".3">{{xml .Label}}</text><text x="{{.LX}}" y="14">{{xml .Label}}</text>
<text x="{{.MX}}" y="15" fill="#010101" fill-opacity=".3">{{xml .Message}}</text><text x="{{.MX}}" y="14">{{xml .Message}}</text>
</g>
</svg>
`))

// Badge writes a shields-style SVG badge: "certified | profile" on green
// when certified, "not certified | profile" on red otherwise. Each part is
// as wide as its text (Verdana 11 px widths); profile is cut to 40
// characters. As Render, it writes nothing on error.
func Badge(w io.Writer, certified bool, profile string) error {
	label, color := "not certified", badgeRed
	if certified {
		label, color = "certified", badgeGreen
	}
	if utf8.RuneCountInString(profile) > maxBadgeRunes {
		profile = string([]rune(profile)[:maxBadgeRunes-1]) + "…"
	}
	if profile == "" {
		profile = "hookcert"
	}
	lw, mw := textWidth(label)+10, textWidth(profile)+10
	data := map[string]any{
		"Label": label, "Message": profile, "Color": color,
		"W": lw + mw, "LW": lw, "MW": mw, "LX": float64(lw) / 2, "MX": float64(lw) + float64(mw)/2,
	}
	var buf bytes.Buffer
	if err := badgeTemplate.Execute(&buf, data); err != nil {
		return fmt.Errorf("report: badge: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("report: writing the badge: %w", err)
	}
	return nil
}

// textWidth estimates the width in pixels of s in Verdana 11 px, the font
// of shields badges, from per-character classes (exact widths would need the
// font's metrics table; this is within a pixel or two per word).
func textWidth(s string) int {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ':
			w += 3.9
		case r == 'i' || r == 'l' || r == 'j' || r == '.' || r == ',' || r == ':' || r == '|' || r == '!' || r == '\'':
			w += 3.4
		case r == 'f' || r == 't' || r == 'r' || r == '(' || r == ')' || r == '-':
			w += 4.9
		case r == 'm' || r == 'w' || r == 'M' || r == 'W':
			w += 10.5
		case r >= 'A' && r <= 'Z':
			w += 7.6
		case r >= '0' && r <= '9':
			w += 7.0
		case r < utf8.RuneSelf:
			w += 6.6
		default:
			w += 8.5
		}
	}
	return int(w + 0.5)
}
