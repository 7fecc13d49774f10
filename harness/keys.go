package harness

import (
	"crypto/rand"
	"crypto/tls"
	"fmt"
)

// Keys is the TLS material wire faces share for a run: the CA the faces'
// clients trust, the untrusted one FaultTLS presents (each with its leaves,
// issued once per host), the keys of the servers' session tickets and the
// clients' session cache, so that a face opened for the next scenario
// resumes the TLS sessions of the last one instead of a full handshake. A
// run makes one with NewKeys and passes it down (Call.Keys, OpenKeyed);
// nothing holds it at package level. A FaultTLS handshake is never resumed:
// the untrusted certificate must be presented. Keys is safe for concurrent
// use.
type Keys struct {
	ca, rogue *certAuthority
	tickets   [32]byte
	sessions  tls.ClientSessionCache
}

// NewKeys makes the TLS material of one run.
func NewKeys() (*Keys, error) {
	k := &Keys{sessions: tls.NewLRUClientSessionCache(256)}
	var err error
	if k.ca, err = newCertAuthority("hookcert test CA"); err != nil {
		return nil, err
	}
	if k.rogue, err = newCertAuthority("hookcert untrusted CA"); err != nil {
		return nil, err
	}
	if _, err := rand.Read(k.tickets[:]); err != nil {
		return nil, fmt.Errorf("harness: session ticket key: %w", err)
	}
	return k, nil
}

// OpenKeyed is Open with the run's TLS material; a nil k is Open.
func OpenKeyed(kind FaceKind, s *Service, k *Keys) (Face, error) {
	if kind == Wire && k != nil {
		return newWire(s, k)
	}
	return Open(kind, s)
}
