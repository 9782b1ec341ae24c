package backtest

import (
	"fmt"
	"image/color"
	"math"
	"os"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// palette is Tableau 10, then grey for "other pools" and a light grey for
// idle.
var palette = []color.RGBA{
	{31, 119, 180, 255}, {255, 127, 14, 255}, {44, 160, 44, 255}, {214, 39, 40, 255},
	{148, 103, 189, 255}, {140, 86, 75, 255}, {227, 119, 194, 255}, {188, 189, 34, 255},
	{23, 190, 207, 255}, {127, 127, 127, 255},
}

var (
	otherColor = color.RGBA{90, 90, 90, 255}
	idleColor  = color.RGBA{215, 215, 215, 255}
)

func unix(r *Result, k int) float64 { return float64(r.Times[k].Unix()) }

// PlotValue writes a PNG of each result's value over time, in millions of
// USD, one line per strategy.
func PlotValue(path string, results []*Result) error {
	return plotLines(path, "Portfolio value (net of gas and fees)", "value, million USD", results,
		func(r *Result, k int) float64 { return r.Value[k] / 1e6 })
}

// PlotRelative writes a PNG of each result's value relative to base's over
// time, V_k/B_k − 1 in percent (base, e.g. equal, is the flat line at 0).
// Every result must span base's rows.
func PlotRelative(path string, results []*Result, base *Result) error {
	for _, r := range results {
		if len(r.Value) != len(base.Value) {
			return fmt.Errorf("plotting %s relative to %s: %d and %d rows", r.Strategy, base.Strategy, len(r.Value), len(base.Value))
		}
	}
	return plotLines(path, "Growth relative to "+base.Strategy, "value / "+base.Strategy+"'s − 1, %", results,
		func(r *Result, k int) float64 { return 100 * (r.Value[k]/base.Value[k] - 1) })
}

// PlotDrawdown writes a PNG of each result's drawdown over time, the fall
// from the highest value so far, in percent (Metrics.MaxDrawdownPct is its
// largest value).
func PlotDrawdown(path string, results []*Result) error {
	return plotLines(path, "Drawdown", "below the previous peak, %", results, func(r *Result, k int) float64 {
		peak := r.Value[0]
		for _, v := range r.Value[:k+1] {
			peak = math.Max(peak, v)
		}
		return -100 * (peak - r.Value[k]) / peak
	})
}

// plotLines writes a PNG of y(r, k) over each result's times, one line per
// strategy, in the palette's order (dashed after the tenth).
func plotLines(path, title, ylabel string, results []*Result, y func(r *Result, k int) float64) error {
	p := plot.New()
	p.Title.Text = title
	p.X.Tick.Marker = plot.TimeTicks{Format: "2006-01"}
	p.Y.Label.Text = ylabel
	p.Legend.Top, p.Legend.Left = true, true
	p.Add(plotter.NewGrid())
	for k, r := range results {
		xy := make(plotter.XYs, len(r.Value))
		for j := range r.Value {
			xy[j] = plotter.XY{X: unix(r, j), Y: y(r, j)}
		}
		l, err := plotter.NewLine(xy)
		if err != nil {
			return fmt.Errorf("plotting %s: %w", r.Strategy, err)
		}
		l.Color = palette[k%len(palette)]
		l.Width = vg.Points(1.5)
		if k >= len(palette) {
			l.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
		}
		p.Add(l)
		p.Legend.Add(r.Strategy, l)
	}
	return p.Save(10*vg.Inch, 5*vg.Inch, path)
}

// PoolColors gives the pools that matter most in any of results their own
// colour, the same in every chart: up to nine pools, ranked by their
// largest average weight in any result; the others are drawn together as
// "other pools". The map is pool column → colour.
func PoolColors(results []*Result) map[int]color.Color {
	best := map[int]float64{}
	for _, r := range results {
		for i, a := range averageWeights(r) {
			if a > 0 {
				best[i] = max(best[i], a)
			}
		}
	}
	order := make([]int, 0, len(best))
	for i := range best {
		order = append(order, i)
	}
	sort.Slice(order, func(a, b int) bool {
		if best[order[a]] != best[order[b]] {
			return best[order[a]] > best[order[b]]
		}
		return order[a] < order[b]
	})
	const maxBands = 9
	out := map[int]color.Color{}
	for k, i := range order {
		if k == maxBands {
			break
		}
		out[i] = palette[k]
	}
	return out
}

func averageWeights(r *Result) []float64 {
	if len(r.Weights) == 0 {
		return nil
	}
	avg := make([]float64, len(r.Weights[0]))
	for _, w := range r.Weights {
		for i, x := range w {
			avg[i] += x / float64(len(r.Weights))
		}
	}
	return avg
}

// PlotAllocation writes a PNG of one result's weights over time as stacked
// areas: each pool of colors gets a band in its colour (PoolColors, so that
// a pool has the same colour in every strategy's chart), the rest are
// summed as "other pools", and idle fills the top. A nil colors means
// PoolColors of r alone.
func PlotAllocation(path string, r *Result, names []string, colors map[int]color.Color) error {
	K := len(r.Weights)
	if K == 0 {
		return fmt.Errorf("plotting %s: no steps", r.Strategy)
	}
	if colors == nil {
		colors = PoolColors([]*Result{r})
	}
	avg := averageWeights(r)
	var shown, rest []int
	for i := range avg {
		switch {
		case avg[i] <= 0:
		case colors[i] != nil:
			shown = append(shown, i)
		default:
			rest = append(rest, i)
		}
	}
	sort.SliceStable(shown, func(a, b int) bool { return avg[shown[a]] > avg[shown[b]] })
	type band struct {
		label string
		color color.Color
		w     func(k int) float64
	}
	var bands []band
	for _, i := range shown {
		bands = append(bands, band{names[i], colors[i], func(k int) float64 { return r.Weights[k][i] }})
	}
	if len(rest) > 0 {
		bands = append(bands, band{fmt.Sprintf("%d other pools", len(rest)), otherColor, func(k int) float64 {
			s := 0.0
			for _, i := range rest {
				s += r.Weights[k][i]
			}
			return s
		}})
	}
	bands = append(bands, band{"idle", idleColor, func(k int) float64 {
		s := 0.0
		for _, x := range r.Weights[k] {
			s += x
		}
		return max(0, 1-s)
	}})

	p := plot.New()
	p.Title.Text = "Allocation over time: " + r.Strategy
	p.X.Tick.Marker = plot.TimeTicks{Format: "2006-01"}
	p.Y.Label.Text = "weight"
	p.Y.Min, p.Y.Max = 0, 1
	leg := plot.NewLegend()
	leg.Top, leg.Left = true, true
	// Each row's weights are held until the next row: draw steps.
	lower := make([]float64, K)
	for _, b := range bands {
		upper := make([]float64, K)
		for k := 0; k < K; k++ {
			upper[k] = lower[k] + b.w(k)
		}
		var ring plotter.XYs
		for k := 0; k < K; k++ {
			ring = append(ring, plotter.XY{X: unix(r, k), Y: upper[k]}, plotter.XY{X: unix(r, k+1), Y: upper[k]})
		}
		for k := K - 1; k >= 0; k-- {
			ring = append(ring, plotter.XY{X: unix(r, k+1), Y: lower[k]}, plotter.XY{X: unix(r, k), Y: lower[k]})
		}
		poly, err := plotter.NewPolygon(ring)
		if err != nil {
			return fmt.Errorf("plotting %s: %w", r.Strategy, err)
		}
		poly.Color = b.color
		poly.LineStyle = draw.LineStyle{}
		p.Add(poly)
		leg.Add(b.label, poly)
		lower = upper
	}
	p.X.Min, p.X.Max = unix(r, 0), unix(r, K)
	return saveWithLegend(p, leg, path, 12*vg.Inch, 5*vg.Inch, 3.4*vg.Inch)
}

// saveWithLegend writes p as a PNG of width w and height h, with the legend
// leg in a column of width lw on the right instead of over the data.
func saveWithLegend(p *plot.Plot, leg plot.Legend, path string, w, h, lw vg.Length) error {
	img := vgimg.New(w, h)
	dc := draw.New(img)
	p.Draw(draw.Crop(dc, 0, -lw, 0, 0))
	leg.Draw(draw.Crop(dc, w-lw+vg.Points(8), 0, 0, -vg.Points(20)))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
