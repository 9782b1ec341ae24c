package backtest

import (
	"fmt"
	"image/color"
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
	p := plot.New()
	p.Title.Text = "Portfolio value (net of gas and fees)"
	p.X.Tick.Marker = plot.TimeTicks{Format: "2006-01"}
	p.Y.Label.Text = "value, million USD"
	p.Legend.Top, p.Legend.Left = true, true
	p.Add(plotter.NewGrid())
	for k, r := range results {
		xy := make(plotter.XYs, len(r.Value))
		for j, v := range r.Value {
			xy[j] = plotter.XY{X: unix(r, j), Y: v / 1e6}
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

// PlotAllocation writes a PNG of one result's weights over time as stacked
// areas: the pools with the largest average weight each get a band (up to
// nine), the rest are summed as "other pools", and idle fills the top.
func PlotAllocation(path string, r *Result, names []string) error {
	K := len(r.Weights)
	if K == 0 {
		return fmt.Errorf("plotting %s: no steps", r.Strategy)
	}
	n := len(r.Weights[0])
	avg := make([]float64, n)
	for _, w := range r.Weights {
		for i, x := range w {
			avg[i] += x / float64(K)
		}
	}
	order := make([]int, 0, n)
	for i := range avg {
		if avg[i] > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return avg[order[a]] > avg[order[b]] })
	const maxBands = 9
	shown := order
	if len(order) > maxBands {
		shown = order[:maxBands]
	}
	type band struct {
		label string
		color color.Color
		w     func(k int) float64
	}
	var bands []band
	for j, i := range shown {
		i := i
		bands = append(bands, band{names[i], palette[j%len(palette)], func(k int) float64 { return r.Weights[k][i] }})
	}
	if len(order) > len(shown) {
		rest := order[len(shown):]
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
