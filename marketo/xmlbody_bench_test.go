package marketo_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hookcert/hookcert/marketo"
)

// xmlBenchAnswer is an XML answer of the shape: a declaration, a
// person with a few fields, and a notes Text Area of textLen bytes with an
// entity and line breaks in it, padded so the whole is about size bytes.
func xmlBenchAnswer(size int) []byte {
	head := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<response><person id="7"><title>CTO</title>` +
		`<location><city>London</city><country>UK</country></location>` +
		`<company><name>Analytical Engines &amp; Co</name><employees>1843</employees></company><notes>`
	tail := "</notes></person></response>\n"
	line := "Met at the Difference Engine demo; wants a follow-up &amp; a quote.\n"
	fill := size - len(head) - len(tail)
	notes := strings.Repeat(line, fill/len(line)) + strings.Repeat("x", fill%len(line))
	return []byte(head + notes + tail)
}

// BenchmarkParseXMLBody: ParseXMLBody (fast path in front of encoding/xml)
// against encoding/xml alone, on a 1 KiB answer and on one with a 30 KiB
// Text Area value, in blocks that alternate within the same run (R24).
// x-fast is fast-path time over encoding/xml time (lower is better).
func BenchmarkParseXMLBody(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"1KiB", 1024}, {"30KiB-text", 30 * 1024}} {
		b.Run(size.name, func(b *testing.B) {
			body := xmlBenchAnswer(size.n)
			fast, err1 := marketo.ParseXMLBody(body)
			slow, err2 := marketo.DecodeXMLBody(body)
			if err1 != nil || err2 != nil || !reflect.DeepEqual(fast, slow) {
				b.Fatalf("the paths disagree: %v, %v", err1, err2)
			}
			parse := func(f func([]byte) (any, error)) func() {
				return func() {
					if _, err := f(body); err != nil {
						b.Fatal(err)
					}
				}
			}
			sides := []benchSide{{name: "encoding-xml", run: parse(marketo.DecodeXMLBody)}, {name: "fast", run: parse(marketo.ParseXMLBody)}}
			b.SetBytes(int64(len(body)))
			runSides(b, sides)
			slowSide, fastSide := sides[0], sides[1]
			b.ReportMetric(float64(fastSide.wall)/float64(slowSide.wall), "x-fast")
			b.ReportMetric(float64(fastSide.cpu)/float64(slowSide.cpu), "cpu-x-fast")
			b.ReportMetric(float64(slowSide.wall.Nanoseconds())/float64(slowSide.calls), "encoding-xml-ns/parse")
			b.ReportMetric(float64(fastSide.wall.Nanoseconds())/float64(fastSide.calls), "fast-ns/parse")
		})
	}
}
