//go:build !unix

package harness

import (
	"fmt"
	"io"
	"net"
)

// refusingPort reserves a loopback port that refuses connections. Without
// unix sockets to bind and not listen on, it listens and closes: another
// process could take the port meanwhile, so FaultRefused is weaker here.
func refusingPort() (string, io.Closer, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("harness: reserve a refusing port: %w", err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr, io.NopCloser(nil), nil
}
