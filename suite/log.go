package suite

import (
	"fmt"
	"strings"
	"sync"
)

// Log is a TB that keeps what a run reports instead of failing anything:
// for runs meant to fail (negative controls, tests of the suite itself) and
// for programs that decide on Result alone. The zero Log is ready to use and
// safe for concurrent use.
type Log struct {
	mu   sync.Mutex
	msgs []string
}

// Helper does nothing; it is part of TB.
func (l *Log) Helper() {}

// Logf keeps a message.
func (l *Log) Logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.msgs = append(l.msgs, fmt.Sprintf(format, args...))
}

// Errorf keeps a message, like Logf.
func (l *Log) Errorf(format string, args ...any) { l.Logf(format, args...) }

// String returns the messages kept, one per line.
func (l *Log) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.msgs, "\n")
}
