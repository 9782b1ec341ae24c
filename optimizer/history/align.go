package history

import (
	"errors"
	"fmt"
	"math"
	"time"

	"gonum.org/v1/gonum/mat"
)

// Panel is several series on one time grid.
type Panel struct {
	Times  []time.Time // UTC, evenly spaced by the step given to Align
	Names  []string    // Series.Name of each column, in the order given to Align
	APY    *mat.Dense  // len(Times) × len(Names), fraction; NaN where the pool has no data (not listed yet / delisted / gap longer than maxGap)
	TVL    *mat.Dense  // same shape, USD; NaN exactly where APY is NaN
	Filled *mat.Dense  // 1 where a value was forward-filled across a gap, 0 otherwise (also 0 where NaN)
}

// Index returns the column of the series with the given name, or -1.
func (p *Panel) Index(name string) int {
	for j, n := range p.Names {
		if n == name {
			return j
		}
	}
	return -1
}

// maxPanelCells bounds len(Times)·len(Names) so that a too-small step fails
// with an error instead of exhausting memory.
const maxPanelCells = 1 << 26

// Align puts series on a common grid of the given step (e.g. 24h), from the
// earliest to the latest time of any series: the grid times are
// start, start+step, … up to and including the latest time, where start is
// the earliest time; if the latest time is not on the grid, the last grid
// time is the one before it.
//
// For each series and grid time t within the series' life (first ≤ t ≤ last
// point): if the series has an observation exactly at t, that observation is
// used (Filled 0); otherwise the latest observation before t is forward-filled
// if it is at most maxGap older than t (Filled 1), else the cell is NaN.
// Before a series' first point and after its last: NaN. APY and TVL are
// filled from the same observation. With maxGap 0 only exact grid hits are
// used, so intraday series whose times are not on the grid need maxGap ≥ step
// to be represented.
//
// Errors: no series, step ≤ 0, maxGap < 0, a nil or empty series, duplicate
// names, points not strictly increasing in time, or a grid with more than
// 2^26 cells.
func Align(series []*Series, step, maxGap time.Duration) (*Panel, error) {
	if len(series) == 0 {
		return nil, errors.New("history.Align: no series")
	}
	if step <= 0 {
		return nil, fmt.Errorf("history.Align: step %v must be positive", step)
	}
	if maxGap < 0 {
		return nil, fmt.Errorf("history.Align: maxGap %v must not be negative", maxGap)
	}
	names := make([]string, len(series))
	seen := map[string]bool{}
	var start, end time.Time
	for j, s := range series {
		if s == nil || len(s.Points) == 0 {
			return nil, fmt.Errorf("history.Align: series %d is nil or has no points", j)
		}
		if seen[s.Name] {
			return nil, fmt.Errorf("history.Align: duplicate series name %q", s.Name)
		}
		seen[s.Name] = true
		names[j] = s.Name
		for i := 1; i < len(s.Points); i++ {
			if !s.Points[i].Time.After(s.Points[i-1].Time) {
				return nil, fmt.Errorf("history.Align: series %q: point %d (%v) is not after point %d (%v)",
					s.Name, i, s.Points[i].Time, i-1, s.Points[i-1].Time)
			}
		}
		first, last := s.Points[0].Time, s.Points[len(s.Points)-1].Time
		if j == 0 || first.Before(start) {
			start = first
		}
		if j == 0 || last.After(end) {
			end = last
		}
	}
	start = start.UTC()
	span := end.Sub(start) // saturates at ~292 years, which the cell limit rejects anyway
	steps := int64(span / step)
	if steps >= maxPanelCells/int64(len(series)) {
		return nil, fmt.Errorf("history.Align: step %v over %v gives too many grid times for %d series", step, span, len(series))
	}
	rows, cols := int(steps)+1, len(series)

	p := &Panel{
		Times:  make([]time.Time, rows),
		Names:  names,
		APY:    mat.NewDense(rows, cols, nil),
		TVL:    mat.NewDense(rows, cols, nil),
		Filled: mat.NewDense(rows, cols, nil),
	}
	for i := range rows {
		p.Times[i] = start.Add(time.Duration(i) * step)
	}
	nan := math.NaN()
	for j, s := range series {
		pts := s.Points
		first, last := pts[0].Time, pts[len(pts)-1].Time
		k := 0 // index of the latest point at or before the grid time
		for i, t := range p.Times {
			if t.Before(first) || t.After(last) {
				p.APY.Set(i, j, nan)
				p.TVL.Set(i, j, nan)
				continue
			}
			for k+1 < len(pts) && !pts[k+1].Time.After(t) {
				k++
			}
			pt := pts[k]
			switch {
			case pt.Time.Equal(t):
				p.APY.Set(i, j, pt.APY)
				p.TVL.Set(i, j, pt.TVL)
			case t.Sub(pt.Time) <= maxGap:
				p.APY.Set(i, j, pt.APY)
				p.TVL.Set(i, j, pt.TVL)
				p.Filled.Set(i, j, 1)
			default:
				p.APY.Set(i, j, nan)
				p.TVL.Set(i, j, nan)
			}
		}
	}
	return p, nil
}
