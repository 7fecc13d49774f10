package harness

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"testing"
)

// tlsGet makes one https request on a fresh connection of f's client (which
// keeps the run's sessions in its cache).
func tlsGet(t *testing.T, f Face) error {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, "https://enrich.vendor.example/hook", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Close = true // a connection of its own: each request shakes hands
	resp, err := f.Client().Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// resumes reports whether a TLS connection to f's listener, with the run's
// session cache and roots, resumes a session (the face's client reads the
// plain bytes through the model's guard, which hides the TLS state).
func resumes(t *testing.T, f Face, k *Keys) (bool, error) {
	t.Helper()
	c, err := tls.Dial("tcp", f.(*wireFace).secure.Addr().String(), &tls.Config{
		ServerName: "enrich.vendor.example", RootCAs: k.ca.pool(), NextProtos: []string{"http/1.1"},
		ClientSessionCache: k.sessions, CurvePreferences: []tls.CurveID{tls.X25519},
	})
	if err != nil {
		return false, err
	}
	defer c.Close()
	return c.ConnectionState().DidResume, nil
}

// TestKeysResumeAcrossFaces: A13: faces opened with one run's Keys resume
// the TLS sessions of earlier faces (each scenario opens its own), and a
// FaultTLS face still presents the untrusted certificate, resumption or not.
func TestKeysResumeAcrossFaces(t *testing.T) {
	keys, err := NewKeys()
	if err != nil {
		t.Fatalf("NewKeys: %v", err)
	}
	open := func(sc Script) Face {
		f, err := OpenKeyed(Wire, NewService(sc), keys)
		if err != nil {
			t.Fatalf("OpenKeyed: %v", err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	if err := tlsGet(t, open(Script{Status: 200})); err != nil {
		t.Fatalf("first face: %v", err)
	}
	if ok, err := resumes(t, open(Script{Status: 200}), keys); !ok || err != nil {
		t.Errorf("second face of the run: resumed %v, error %v; want the first face's session resumed", ok, err)
	}
	var ua x509.UnknownAuthorityError
	if err := tlsGet(t, open(Script{Status: 200, Fault: FaultTLS})); !errors.As(err, &ua) {
		t.Errorf("FaultTLS face of the run: got %v, want x509.UnknownAuthorityError (A13)", err)
	}
	other, err := NewKeys()
	if err != nil {
		t.Fatal(err)
	}
	f, err := OpenKeyed(Wire, NewService(Script{Status: 200}), other)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A full handshake, whose certificate this run's roots do not trust.
	if ok, err := resumes(t, f, keys); ok || err == nil {
		t.Errorf("face of another run: resumed %v, error %v; want a full handshake that fails", ok, err)
	}
}
