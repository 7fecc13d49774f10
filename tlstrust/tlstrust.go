// Package tlstrust builds the certificates hookcert trusts when it calls a
// live URL: the system roots plus the test or private CAs a user names (the
// CLI's --ca FILE and HOOKCERT_CA). Go's own SSL_CERT_FILE works on Linux
// only and replaces the system roots; this adds to them on every platform.
package tlstrust

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"os"
)

// EnvVar names the environment variable of the CLI's --ca flag: CA files,
// separated by the platform's list separator (":" on Unix, ";" on Windows).
const EnvVar = "HOOKCERT_CA"

// FileError says which CA file could not be used, and why.
type FileError struct {
	File string
	Err  error
}

func (e *FileError) Error() string { return fmt.Sprintf("CA file %s: %v", e.File, e.Err) }
func (e *FileError) Unwrap() error { return e.Err }

// ErrNoCertificate is a CA file without a PEM "CERTIFICATE" block.
var ErrNoCertificate = errors.New("no PEM CERTIFICATE block in it")

// Pool returns the system roots plus every certificate in files (PEM). An
// unreadable file, one with no certificate or with a certificate that does
// not parse is a *FileError. Where the system has no roots to read, the
// pool holds files alone.
func Pool(files []string) (*x509.CertPool, error) {
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	for _, f := range files {
		if err := addFile(pool, f); err != nil {
			return nil, err
		}
	}
	return pool, nil
}

func addFile(pool *x509.CertPool, file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return &FileError{File: file, Err: err}
	}
	n := 0
	for len(data) > 0 {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" {
			continue
		}
		cert, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return &FileError{File: file, Err: fmt.Errorf("certificate %d: %w", n+1, err)}
		}
		pool.AddCert(cert)
		n++
	}
	if n == 0 {
		return &FileError{File: file, Err: ErrNoCertificate}
	}
	return nil
}

// Transport returns a copy of net/http's default transport that trusts
// the system roots plus files. With no files it trusts the system roots.
func Transport(files []string) (*http.Transport, error) {
	t := http.DefaultTransport.(*http.Transport).Clone()
	if len(files) == 0 {
		return t, nil
	}
	pool, err := Pool(files)
	if err != nil {
		return nil, err
	}
	t.TLSClientConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return t, nil
}
