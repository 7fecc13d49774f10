//go:build unix

package harness

import (
	"fmt"
	"io"
	"net"
	"syscall"
)

// refusingPort reserves a loopback port that refuses every connection: a
// TCP socket bound to it but never listening. The kernel answers a SYN to it
// with a reset, and, unlike a port that was listened on and closed, no other
// process can take it while the socket stays open. Close releases it.
func refusingPort() (string, io.Closer, error) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		return "", nil, fmt.Errorf("harness: reserve a refusing port: socket: %w", err)
	}
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		syscall.Close(fd)
		return "", nil, fmt.Errorf("harness: reserve a refusing port: bind: %w", err)
	}
	sa, err := syscall.Getsockname(fd)
	in4, ok := sa.(*syscall.SockaddrInet4)
	if err != nil || !ok {
		syscall.Close(fd)
		return "", nil, fmt.Errorf("harness: reserve a refusing port: getsockname: %v", err)
	}
	addr := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: in4.Port}
	return addr.String(), fdCloser(fd), nil
}

type fdCloser int

func (c fdCloser) Close() error { return syscall.Close(int(c)) }
