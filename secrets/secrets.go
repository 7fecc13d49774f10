// Package secrets masks credentials in everything hookcert prints or writes:
// header values whose names carry credentials, URL user info and query
// parameters that look like keys, and any value a run was told is secret
// (my.* tokens marked secret, values of masked headers, which reappear in
// bodies and error texts).
//
// A [Masker] is built once per run; [Masker.Text] is the last line of
// defence, applied to every string that leaves the process.
package secrets

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// Mask replaces a secret in output.
const Mask = "****"

// minSecret is the shortest value masked wherever it appears: shorter ones
// ("1", "on") would mask ordinary text. Such values are still masked where
// they stand (a header value, a URL part).
const minSecret = 4

// Masker masks credentials. The zero Masker masks by name only; Add teaches
// it values. It is safe for concurrent use. A nil *Masker masks nothing: it
// is what --show-secrets gives.
type Masker struct {
	mu     sync.RWMutex
	values []string // longest first, so a secret that contains another is masked whole
}

// New returns a Masker that knows values as secret.
func New(values ...string) *Masker {
	m := &Masker{}
	m.Add(values...)
	return m
}

// Add teaches m more secret values.
func (m *Masker) Add(values ...string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, v := range values {
		if len(v) >= minSecret && !slices.Contains(m.values, v) {
			m.values = append(m.values, v)
		}
	}
	slices.SortFunc(m.values, func(a, b string) int { return len(b) - len(a) })
}

// SecretName reports whether a header, query parameter or token name
// carries credentials: Authorization, Cookie, Set-Cookie, Proxy-Authorization,
// or a name containing key, token, secret, password, passwd, auth, session
// or signature, in any letter case.
func SecretName(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "authorization", "proxy-authorization", "cookie", "set-cookie":
		return true
	}
	for _, w := range []string{"key", "token", "secret", "password", "passwd", "auth", "session", "signature", "credential"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// Header returns h with the values of secret headers masked (and learns
// them, so they are masked in bodies too). h itself is not changed.
func (m *Masker) Header(h http.Header) http.Header {
	if m == nil || h == nil {
		return h
	}
	for k, vs := range h { // learn first: other headers may echo a secret
		if SecretName(k) {
			for _, v := range vs {
				m.Add(credential(v), v)
			}
		}
	}
	out := make(http.Header, len(h))
	for k, vs := range h {
		masked := make([]string, len(vs))
		for i, v := range vs {
			if SecretName(k) {
				masked[i] = maskedValue(k, v)
			} else {
				masked[i] = m.Text(v)
			}
		}
		out[k] = masked
	}
	return out
}

// credential is the secret part of a header value: "Bearer abc" holds "abc".
func credential(v string) string {
	if scheme, rest, ok := strings.Cut(v, " "); ok && !strings.ContainsAny(scheme, "=,") {
		return strings.TrimSpace(rest)
	}
	return v
}

// maskedValue keeps an Authorization scheme ("Bearer ****"), which helps
// debugging and reveals nothing.
func maskedValue(name, v string) string {
	if strings.Contains(strings.ToLower(name), "authorization") {
		if scheme, _, ok := strings.Cut(v, " "); ok {
			return scheme + " " + Mask
		}
	}
	return Mask
}

// URL returns raw with its user info and the values of secret query
// parameters masked; text that does not parse as a URL goes through Text.
func (m *Masker) URL(raw string) string {
	if m == nil {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return m.Text(raw)
	}
	if u.User != nil {
		if pw, ok := u.User.Password(); ok {
			m.Add(pw)
		}
		m.Add(u.User.Username())
		u.User = url.User(Mask)
	}
	if u.RawQuery != "" {
		u.RawQuery = m.query(u.RawQuery)
	}
	return m.Text(strings.Replace(u.String(), url.User(Mask).String()+"@", Mask+"@", 1))
}

// query masks secret parameters in place, keeping the rest byte for byte
// (R5: typed characters are not re-escaped).
func (m *Masker) query(q string) string {
	parts := strings.Split(q, "&")
	for i, p := range parts {
		k, v, ok := strings.Cut(p, "=")
		name, err := url.QueryUnescape(k)
		if err != nil {
			name = k
		}
		if ok && v != "" && SecretName(name) {
			if dv, err := url.QueryUnescape(v); err == nil {
				m.Add(dv)
			}
			m.Add(v)
			parts[i] = k + "=" + Mask
		}
	}
	return strings.Join(parts, "&")
}

// Text masks every secret value m knows wherever it appears in s, and the
// user info of URLs written in it.
func (m *Masker) Text(s string) string {
	if m == nil || s == "" {
		return s
	}
	m.mu.RLock()
	for _, v := range m.values {
		if strings.Contains(s, v) {
			s = strings.ReplaceAll(s, v, Mask)
		}
	}
	m.mu.RUnlock()
	return maskUserInfo(s)
}

// maskUserInfo masks "scheme://user:pw@" in free text, such as a transport
// error that quotes the URL.
func maskUserInfo(s string) string {
	for start := 0; ; {
		i := strings.Index(s[start:], "://")
		if i < 0 {
			return s
		}
		i += start + 3
		end := strings.IndexAny(s[i:], "/?# \"'")
		if end < 0 {
			end = len(s) - i
		}
		if at := strings.LastIndexByte(s[i:i+end], '@'); at > 0 && s[i:i+at] != Mask {
			s = s[:i] + Mask + s[i+at:]
			end = len(Mask) + (end - at)
		}
		start = i + end
	}
}
