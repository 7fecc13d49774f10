package harness

import (
	"fmt"
	"strings"
)

// FaceKind names one face of a scripted service.
type FaceKind string

// The faces a service has.
const (
	Mock FaceKind = "mock" // in process, through httpmock
	Wire FaceKind = "wire" // over a real loopback socket
)

// Transport selects the faces a run uses.
type Transport string

// The transports a run may ask for.
const (
	TransportMock Transport = "mock" // in process, through httpmock
	TransportWire Transport = "wire" // over a real loopback socket
	TransportBoth Transport = "both" // each call on both faces, which must agree
)

// ParseTransport parses a transport name (case-insensitive, surrounding space
// ignored). The error, meant for the user, names the accepted values.
func ParseTransport(s string) (Transport, error) {
	switch t := Transport(strings.ToLower(strings.TrimSpace(s))); t {
	case TransportMock, TransportWire, TransportBoth:
		return t, nil
	}
	return "", fmt.Errorf("unknown transport %q: want %s, %s or %s", s, TransportMock, TransportWire, TransportBoth)
}

// Faces returns the faces t runs on, in order: mock -> [Mock], wire ->
// [Wire], both -> [Mock Wire]. An unknown transport has none.
func (t Transport) Faces() []FaceKind {
	switch t {
	case TransportMock:
		return []FaceKind{Mock}
	case TransportWire:
		return []FaceKind{Wire}
	case TransportBoth:
		return []FaceKind{Mock, Wire}
	}
	return nil
}

// Open serves s on the face kind. The caller closes it. Only a FaceKind
// other than Mock and Wire (a programming error: parse user input with
// ParseTransport) fails without opening anything.
func Open(kind FaceKind, s *Service) (Face, error) {
	switch kind {
	case Mock:
		return NewMock(s), nil
	case Wire:
		return NewWire(s)
	}
	return nil, fmt.Errorf("harness.Open: face kind %q is neither %s nor %s", kind, Mock, Wire)
}
