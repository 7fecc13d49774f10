package report

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// The chart's geometry, in SVG user units.
const (
	chartW, chartH                       = 720.0, 260.0
	padLeft, padRight, padTop, padBottom = 70.0, 20.0, 18.0, 40.0
)

// chart is the latency chart ready for the template: every coordinate
// computed, every label a string.
type chart struct {
	Title         string
	Stats         Stats
	Width, Height float64
	Left, Right   float64 // plot area
	Top, Bottom   float64
	Points        string // the polyline of the sorted series
	Area          string // the same, closed to the x axis
	Markers       []marker
	YTicks        []tick
	XTicks        []tick
	Budget        *tick // Pos is the y of the budget line
	Figures       []figure
}

type marker struct {
	X, Y    float64 // the point on the curve
	Class   string  // the colour: m-p50, m-p95, m-p99, m-max
	Label   string
	LegendY float64 // the marker's row in the legend box
}

type tick struct {
	Pos   float64
	Label string
}

type figure struct {
	Name, Value string
}

// newChart lays out l; nil when there is nothing to draw.
func newChart(l *Latency) *chart {
	if l == nil || len(l.Samples) == 0 {
		return nil
	}
	s := slices.Clone(l.Samples)
	slices.Sort(s)
	st := summarizeSorted(s)
	// The axis fits the samples; the budget joins it only when it is near
	// them, so that a fast series is not a flat line under a far budget.
	top := niceCeil(max(st.Max+st.Max/4, time.Microsecond))
	if l.Budget > 0 && l.Budget <= 2*top {
		top = niceCeil(max(top, l.Budget))
	}
	c := &chart{
		Title: l.Title, Stats: st, Width: chartW, Height: chartH,
		Left: padLeft, Right: chartW - padRight, Top: padTop, Bottom: chartH - padBottom,
	}
	x := func(frac float64) float64 { return round1(c.Left + frac*(c.Right-c.Left)) }
	y := func(d time.Duration) float64 {
		return round1(c.Bottom - float64(d)/float64(top)*(c.Bottom-c.Top))
	}
	var pts strings.Builder
	idx := sampleRanks(len(s), MaxChartPoints)
	for k, i := range idx {
		frac := 1.0
		if len(s) > 1 {
			frac = float64(i) / float64(len(s)-1)
		}
		if k > 0 {
			pts.WriteByte(' ')
		}
		fmt.Fprintf(&pts, "%g,%g", x(frac), y(s[i]))
	}
	c.Points = pts.String()
	first, last := x(0), x(1)
	if len(s) == 1 {
		first = x(0) // one sample: a flat line across
		c.Points = fmt.Sprintf("%g,%g %g,%g", first, y(s[0]), last, y(s[0]))
	}
	c.Area = fmt.Sprintf("%g,%g %s %g,%g", first, c.Bottom, c.Points, last, c.Bottom)
	for i := 0; i <= 4; i++ {
		d := top * time.Duration(i) / 4
		c.YTicks = append(c.YTicks, tick{Pos: y(d), Label: formatDuration(d)})
	}
	for _, p := range []int{0, 25, 50, 75, 100} {
		c.XTicks = append(c.XTicks, tick{Pos: x(float64(p) / 100), Label: fmt.Sprintf("%d%%", p)})
	}
	switch {
	case l.Budget > top:
		c.Budget = &tick{Pos: c.Top, Label: "budget " + formatDuration(l.Budget) + ", far above"}
	case l.Budget > 0:
		c.Budget = &tick{Pos: y(l.Budget), Label: "budget " + formatDuration(l.Budget)}
	}
	c.Markers = markers(st, x, y)
	c.Figures = []figure{{"samples", fmt.Sprint(st.N)}, {"p50", formatDuration(st.P50)}, {"p95", formatDuration(st.P95)},
		{"p99", formatDuration(st.P99)}, {"max", formatDuration(st.Max)}}
	return c
}

// markers places p50, p95, p99 and max on the curve; their labels go in a
// legend box at the top left, where a sorted series leaves room.
func markers(st Stats, x func(float64) float64, y func(time.Duration) float64) []marker {
	ps := []struct {
		name string
		frac float64
		d    time.Duration
	}{{"p50", .50, st.P50}, {"p95", .95, st.P95}, {"p99", .99, st.P99}, {"max", 1, st.Max}}
	out := make([]marker, 0, len(ps))
	for i, p := range ps {
		out = append(out, marker{X: x(p.frac), Y: y(p.d), Class: "m-" + p.name,
			Label: p.name + " " + formatDuration(p.d), LegendY: padTop + 16 + float64(i)*17})
	}
	return out
}

// sampleRanks picks at most n indices spread evenly over 0..size-1, always
// the first and the last.
func sampleRanks(size, n int) []int {
	if size <= n {
		idx := make([]int, size)
		for i := range idx {
			idx[i] = i
		}
		return idx
	}
	idx := make([]int, n)
	for k := range idx {
		idx[k] = int(math.Round(float64(k) * float64(size-1) / float64(n-1)))
	}
	return idx
}

// niceCeil is the smallest round value (1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6 or 8
// times a power of ten nanoseconds, so that quarters are round too) at least
// 8% above d: the top of the chart's y axis.
func niceCeil(d time.Duration) time.Duration {
	want := float64(d) * 1.08
	if want <= 0 {
		return time.Millisecond
	}
	step := math.Pow(10, math.Floor(math.Log10(want)))
	for _, m := range []float64{1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10} {
		if m*step >= want {
			return time.Duration(m * step)
		}
	}
	return time.Duration(10 * step)
}

// formatDuration writes d for people: "0.42 ms", "87 ms", "1.25 s".
func formatDuration(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case d == 0:
		return "0 ms"
	case ms < 10:
		return trimZeros(fmt.Sprintf("%.2f", ms)) + " ms"
	case ms < 1000:
		return fmt.Sprintf("%.0f ms", ms)
	case ms < 10000:
		return trimZeros(fmt.Sprintf("%.2f", ms/1000)) + " s"
	}
	return trimZeros(fmt.Sprintf("%.1f", ms/1000)) + " s"
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }
