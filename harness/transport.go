package harness

import (
	"fmt"
	"strings"
)

// Transport selects the faces a run uses.
type Transport string

// The transports a run may ask for.
const (
	TransportMock Transport = "mock" // in process, through httpmock
	TransportWire Transport = "wire" // over a real loopback socket
	TransportBoth Transport = "both" // each scenario on both faces, which must agree
)

// ParseTransport parses a transport name (case-insensitive, surrounding space
// ignored). The error lists the valid values.
func ParseTransport(s string) (Transport, error) {
	switch t := Transport(strings.ToLower(strings.TrimSpace(s))); t {
	case TransportMock, TransportWire, TransportBoth:
		return t, nil
	}
	return "", fmt.Errorf("harness: unknown transport %q: want %s, %s or %s", s, TransportMock, TransportWire, TransportBoth)
}

// Faces returns the names of the faces t runs on, for Open: mock -> [mock],
// wire -> [wire], both -> [mock wire]. An unknown transport has none.
func (t Transport) Faces() []string {
	switch t {
	case TransportMock:
		return []string{"mock"}
	case TransportWire:
		return []string{"wire"}
	case TransportBoth:
		return []string{"mock", "wire"}
	}
	return nil
}

// Open serves s on the named face, "mock" or "wire". The caller closes it.
func Open(face string, s *Service) (Face, error) {
	switch face {
	case "mock":
		return NewMock(s), nil
	case "wire":
		return NewWire(s)
	}
	return nil, fmt.Errorf("harness: unknown face %q: want mock or wire", face)
}
