package live

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/hookcert/hookcert/marketo"
)

// certWarnWithin is how close to expiry a certificate draws a warning.
const certWarnWithin = 14 * 24 * time.Hour

// ExpectTLS: the endpoint speaks TLS with a certificate valid for its host
// (A13: Marketo verifies certificates), and the evidence names the
// protocol. Plain HTTP is a warning: Marketo calls it, but lead data and
// credentials then cross the internet in the clear.
func (c *Check) ExpectTLS(now time.Time) error {
	probes, err := c.sent()
	if err != nil {
		return err
	}
	u, _ := url.Parse(probes[0].Outcome.Request.URL)
	protos := map[string]int{}
	for _, p := range probes {
		if p.Outcome.Proto != "" {
			protos[p.Outcome.Proto]++
		}
	}
	c.Note("protocol", "%s", protoText(protos))
	if err := c.each("A13", "failed in the TLS handshake (a test CA is trusted with --ca)", func(o *marketo.Outcome) bool {
		return o.Failure == marketo.FailureTLS
	}); err != nil {
		return err
	}
	if u == nil || !strings.EqualFold(u.Scheme, "https") {
		c.Warn("the endpoint is plain HTTP: Marketo calls it, but lead data and any credentials travel unencrypted")
		return nil
	}
	info := c.session.Target.TLS()
	if info == nil {
		return fmt.Errorf("no TLS connection was made to %s (A13)", c.session.Target.Addr())
	}
	c.Note("certificate", "%s, ALPN %q; subject %s; issuer %s; valid for %v until %s",
		info.Version, info.ALPN, info.Subject, info.Issuer, info.DNSNames, info.NotAfter.UTC().Format(time.RFC3339))
	if left := info.NotAfter.Sub(now); left < certWarnWithin {
		c.Warn("the certificate expires in %v", left.Round(time.Hour))
	}
	return nil
}

// protoText lists protocols with their answer counts: "HTTP/2.0 (12 answers)".
func protoText(protos map[string]int) string {
	var parts []string
	for _, p := range slices.Sorted(maps.Keys(protos)) {
		parts = append(parts, fmt.Sprintf("%s (%d answers)", p, protos[p]))
	}
	return strings.Join(parts, ", ")
}
