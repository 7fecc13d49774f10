package main

import (
	"flag"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"

	"github.com/hookcert/hookcert/tlstrust"
)

// caFlag registers --ca on fs into l, for every command that can reach a
// live URL. Its environment variable, HOOKCERT_CA (parseFlags), may list
// several files with the platform's list separator (":" on Unix).
func caFlag(fs *flag.FlagSet, l *caList) {
	fs.Var(l, "ca", "also trust the CA certificates in PEM `FILE` for live URLs, beside the system roots (repeatable)")
}

// caList is the repeatable --ca flag: each value may list files.
type caList []string

func (l *caList) String() string { return strings.Join(*l, string(filepath.ListSeparator)) }
func (l *caList) Set(v string) error {
	for _, f := range filepath.SplitList(v) {
		if f = strings.TrimSpace(f); f != "" {
			*l = append(*l, f)
		}
	}
	return nil
}

// liveClient is the HTTP client for a live URL: the system roots plus the
// CAs of --ca. A CA file that cannot be used is bad input.
func liveClient(cas caList) (*http.Client, error) {
	t, err := tlstrust.Transport(cas)
	if err != nil {
		return nil, fmt.Errorf("--ca: %w", err)
	}
	return &http.Client{Transport: t}, nil
}
