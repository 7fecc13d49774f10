package tlstrust_test

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/hookcert/hookcert/tlstrust"
	"github.com/hookcert/hookcert/tlstrust/testca"
)

func TestPool(t *testing.T) {
	dir := t.TempDir()
	ca, err := testca.New(dir)
	if err != nil {
		t.Fatal(err)
	}
	pool, err := tlstrust.Pool([]string{ca.CA})
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(ca.Leaf.Certificate[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: pool, DNSName: "127.0.0.1"}); err != nil {
		t.Errorf("A13 the leaf does not verify against the pool with its CA: %v", err)
	}
	tr, err := tlstrust.Transport([]string{ca.CA})
	if err != nil || tr.TLSClientConfig == nil || tr.TLSClientConfig.MinVersion < tls.VersionTLS12 {
		t.Errorf("Transport: %v %+v, want a TLS config with the pool", err, tr)
	}

	notPEM := filepath.Join(dir, "not.pem")
	os.WriteFile(notPEM, []byte("not a certificate"), 0o600)
	for _, tc := range []struct {
		name, file string
		want       error
	}{
		{"A13 missing file", filepath.Join(dir, "absent.pem"), os.ErrNotExist},
		{"A13 no certificate", notPEM, tlstrust.ErrNoCertificate},
		{"A13 a key is no certificate", ca.Key, tlstrust.ErrNoCertificate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tlstrust.Pool([]string{tc.file})
			var fe *tlstrust.FileError
			if !errors.As(err, &fe) || fe.File != tc.file || !errors.Is(err, tc.want) {
				t.Errorf("Pool(%s) = %v, want a FileError naming it, wrapping %v", tc.file, err, tc.want)
			}
		})
	}
}
