package harness

import (
	"encoding/binary"
	"hash/fnv"
)

// Chaos resets a share of a service's connections, chosen by a seed: a
// request is reset or answered by a hash of the seed and the request
// itself (method, URL, body), not by its order, so that one seed replays
// the same run exactly on either face and with any concurrency.
type Chaos struct {
	Percent int // 0 to 100: the share of requests reset before the answer
	Seed    int64
}

// Resets reports whether the request with method, url and body is one the
// chaos resets.
func (c Chaos) Resets(method, url string, body []byte) bool {
	if c.Percent <= 0 {
		return false
	}
	h := fnv.New64a()
	var seed [8]byte
	binary.LittleEndian.PutUint64(seed[:], uint64(c.Seed))
	h.Write(seed[:])
	h.Write([]byte(method))
	h.Write([]byte{0})
	h.Write([]byte(url))
	h.Write([]byte{0})
	h.Write(body)
	return h.Sum64()%100 < uint64(c.Percent)
}
