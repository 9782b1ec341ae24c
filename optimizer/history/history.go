// Package history loads historical yield series (daily or intraday APY and
// free-liquidity observations of a yield source) for backtests, puts several
// of them on a common time grid, and offers an explicit spike filter.
//
// # File format
//
// One CSV file per yield source, named <protocol>_<symbol>_<chain>.csv (e.g.
// aave-v3_USDC_Ethereum.csv; the protocol and chain must not contain '_').
// This is the format of the DefiLlama exports in optimizer/testdata/defillama
// (see optimizer/testdata/README.md for their origin and licence).
//
// The first row is a header; columns are matched by name, in any order:
//
//	date        required  YYYY-MM-DD (UTC midnight) or RFC 3339, e.g.
//	                      2020-05-04T13:22:13Z (intraday; converted to UTC).
//	                      One format per file; strictly increasing.
//	tvl         required  USD; for lending pools DefiLlama's tvl is free
//	                      liquidity (supplied − borrowed). Must be ≥ 0.
//	apy         required  total APY in percent; must be ≥ −100.
//	apy_base    optional  interest APY in percent; ≥ −100.
//	apy_reward  optional  incentive APY in percent; ≥ −100.
//	supply      optional  total supplied, asset units, ≥ 0.
//	borrow      optional  total borrowed, asset units, 0 ≤ borrow ≤ supply.
//	                      supply and borrow come together or not at all.
//
// Decisions:
//   - An unknown column is an error naming it, so that a typo such as
//     "suply" cannot silently drop data. Duplicate columns are an error.
//   - Cells may carry surrounding spaces; a UTF-8 byte-order mark before the
//     header is ignored; blank lines are skipped (encoding/csv).
//   - apy_base and apy_reward are the only cells that may be empty. DefiLlama's
//     API reports them as null when unknown, so an empty cell, like an absent
//     column, becomes NaN ("unknown") rather than 0. (The 63 DefiLlama files
//     in the shared data set have no empty cells at all.) Any other empty cell
//     is an error. apy is not checked against apy_base + apy_reward.
//   - Numbers are decimal, optionally with an exponent (1e-05 and 0.0 occur
//     in the real data); NaN, ±Inf, hexadecimal and digit separators (1_000)
//     are rejected.
//   - Percent values are divided by 100: Point.APY is a fraction.
//
// Every error in a file is reported as a *ParseError whose message names
// the file, the line, the column and the offending value, e.g.
//
//	aave-v3_USDC_Ethereum.csv:17: column apy: "abc" is not a number
package history

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Point is one observation.
type Point struct {
	Time      time.Time // UTC
	APY       float64   // fraction (the CSV's percent / 100)
	APYBase   float64   // fraction; NaN when the column is absent or the cell empty
	APYReward float64   // fraction; NaN when the column is absent or the cell empty
	TVL       float64   // free liquidity in USD (DefiLlama's tvl for lending pools)
	Supply    float64   // asset units; NaN when the columns are absent
	Borrow    float64   // asset units; NaN when the columns are absent
}

// Series is the history of one yield source.
type Series struct {
	Name     string // file name without .csv, e.g. "aave-v3_USDC_Ethereum"
	Protocol string // parsed from <protocol>_<symbol>_<chain>
	Symbol   string
	Chain    string
	Points   []Point // strictly increasing time, at least one
}

// ParseError describes a problem in a history file.
type ParseError struct {
	File   string // as passed to ReadCSV (LoadFile passes the path)
	Line   int    // 1-based; 0 when the problem is not on one line
	Column string // column name; empty when the problem is not in one cell
	Value  string // the offending cell, when Column is set
	Msg    string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Column != "" {
		fmt.Fprintf(&b, "column %s: %q ", e.Column, e.Value)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Column names.
const (
	colDate      = "date"
	colTVL       = "tvl"
	colAPY       = "apy"
	colAPYBase   = "apy_base"
	colAPYReward = "apy_reward"
	colSupply    = "supply"
	colBorrow    = "borrow"
)

var knownColumns = []string{colDate, colTVL, colAPY, colAPYBase, colAPYReward, colSupply, colBorrow}

const dayLayout = "2006-01-02"

type dateFormat int

const (
	formatDay dateFormat = iota + 1
	formatRFC3339
)

func (f dateFormat) String() string {
	if f == formatDay {
		return "YYYY-MM-DD"
	}
	return "RFC 3339"
}

// parseDate accepts YYYY-MM-DD (UTC midnight) or RFC 3339 and returns the
// time in UTC and which format it was.
func parseDate(s string) (time.Time, dateFormat, bool) {
	if len(s) == len(dayLayout) {
		t, err := time.Parse(dayLayout, s)
		return t, formatDay, err == nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	return t.UTC(), formatRFC3339, err == nil
}

// parseName splits "<protocol>_<symbol>_<chain>" (path and .csv removed).
func parseName(name string) (base, protocol, symbol, chain string, ok bool) {
	base = strings.TrimSuffix(filepath.Base(name), ".csv")
	parts := strings.Split(base, "_")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return base, "", "", "", false
	}
	return base, parts[0], parts[1], parts[2], true
}

// ReadCSV reads one history in the format described in the package
// documentation. name is the file name (a path is allowed): it is used in
// error messages, and its base without .csv must be
// <protocol>_<symbol>_<chain>.
func ReadCSV(r io.Reader, name string) (*Series, error) {
	base, protocol, symbol, chain, ok := parseName(name)
	if !ok {
		return nil, &ParseError{File: name, Msg: fmt.Sprintf("file name %q is not <protocol>_<symbol>_<chain>.csv", base)}
	}
	fail := func(line int, col, val, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Column: col, Value: val, Msg: fmt.Sprintf(format, args...)}
	}

	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // checked below, with a clearer message
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fail(0, "", "", "empty file (no header)")
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	header = append([]string(nil), header...)
	header[0] = strings.TrimPrefix(header[0], "\ufeff")
	idx := map[string]int{}
	var unknown []string
	for i, h := range header {
		h = strings.TrimSpace(h)
		header[i] = h
		if !isKnown(h) {
			unknown = append(unknown, strconv.Quote(h))
			continue
		}
		if _, dup := idx[h]; dup {
			return nil, fail(1, "", "", "duplicate column %q", h)
		}
		idx[h] = i
	}
	if _, _, isDate := parseDate(header[0]); isDate {
		return nil, fail(1, "", "", "missing header row (first row starts with date %q)", header[0])
	}
	if len(unknown) > 0 {
		return nil, fail(1, "", "", "unknown column(s) %s (known: %s)", strings.Join(unknown, ", "), strings.Join(knownColumns, ", "))
	}
	for _, c := range []string{colDate, colTVL, colAPY} {
		if _, ok := idx[c]; !ok {
			return nil, fail(1, "", "", "missing required column %q", c)
		}
	}
	_, hasSupply := idx[colSupply]
	_, hasBorrow := idx[colBorrow]
	if hasSupply != hasBorrow {
		if hasSupply {
			return nil, fail(1, "", "", "column %q requires column %q", colSupply, colBorrow)
		}
		return nil, fail(1, "", "", "column %q requires column %q", colBorrow, colSupply)
	}

	s := &Series{Name: base, Protocol: protocol, Symbol: symbol, Chain: chain}
	var (
		prevFormat dateFormat
		prevLine   int
		prevDate   string
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			return nil, fail(line, "", "", "row has %d fields, header has %d", len(rec), len(header))
		}
		cell := func(col string) (string, int) {
			i := idx[col]
			l, _ := cr.FieldPos(i)
			return strings.TrimSpace(rec[i]), l
		}

		// Date.
		ds, dl := cell(colDate)
		if ds == "" {
			return nil, fail(dl, colDate, ds, "is empty")
		}
		t, f, ok := parseDate(ds)
		if !ok {
			return nil, fail(dl, colDate, ds, "is not a date (want YYYY-MM-DD or RFC 3339)")
		}
		if prevFormat != 0 && f != prevFormat {
			return nil, fail(dl, colDate, ds, "is %v but line %d uses %v; use one date format per file", f, prevLine, prevFormat)
		}
		if n := len(s.Points); n > 0 {
			last := s.Points[n-1].Time
			if t.Equal(last) {
				return nil, fail(dl, colDate, ds, "duplicates the date on line %d (%q)", prevLine, prevDate)
			}
			if t.Before(last) {
				return nil, fail(dl, colDate, ds, "is before the date on line %d (%q); dates must be strictly increasing", prevLine, prevDate)
			}
		}
		prevFormat, prevLine, prevDate = f, dl, ds

		// Numbers. optional: empty cell gives NaN; absent column gives NaN.
		num := func(col string, optional bool) (float64, error) {
			if _, ok := idx[col]; !ok {
				return math.NaN(), nil
			}
			v, l := cell(col)
			if v == "" {
				if optional {
					return math.NaN(), nil
				}
				return 0, fail(l, col, v, "is empty")
			}
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				if errors.Is(err, strconv.ErrRange) {
					return 0, fail(l, col, v, "is out of range")
				}
				return 0, fail(l, col, v, "is not a number")
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return 0, fail(l, col, v, "is not finite")
			}
			if strings.IndexFunc(v, notDecimal) >= 0 { // ParseFloat also takes 1_000 and 0x1p4
				return 0, fail(l, col, v, "is not a number")
			}
			switch col {
			case colTVL, colSupply, colBorrow:
				if x < 0 {
					return 0, fail(l, col, v, "is negative")
				}
			case colAPY, colAPYBase, colAPYReward:
				if x < -100 {
					return 0, fail(l, col, v, "is below -100%%")
				}
			}
			return x, nil
		}
		p := Point{Time: t}
		var e error
		if p.TVL, e = num(colTVL, false); e != nil {
			return nil, e
		}
		if p.APY, e = num(colAPY, false); e != nil {
			return nil, e
		}
		if p.APYBase, e = num(colAPYBase, true); e != nil {
			return nil, e
		}
		if p.APYReward, e = num(colAPYReward, true); e != nil {
			return nil, e
		}
		if p.Supply, e = num(colSupply, false); e != nil {
			return nil, e
		}
		if p.Borrow, e = num(colBorrow, false); e != nil {
			return nil, e
		}
		if p.Borrow > p.Supply { // false when both are NaN (columns absent)
			v, l := cell(colBorrow)
			sv, _ := cell(colSupply)
			return nil, fail(l, colBorrow, v, "exceeds supply %q", sv)
		}
		p.APY /= 100
		p.APYBase /= 100
		p.APYReward /= 100
		s.Points = append(s.Points, p)
	}
	if len(s.Points) == 0 {
		return nil, fail(0, "", "", "no data rows after the header")
	}
	return s, nil
}

func notDecimal(r rune) bool {
	return !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == '+' || r == 'e' || r == 'E')
}

func isKnown(col string) bool {
	for _, k := range knownColumns {
		if col == k {
			return true
		}
	}
	return false
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: name, Line: pe.Line, Msg: fmt.Sprintf("malformed CSV at column %d: %v", pe.Column, pe.Err)}
	}
	return fmt.Errorf("%s: %w", name, err)
}

// LoadFile reads the history file at path; error messages name the path.
func LoadFile(path string) (*Series, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCSV(f, path)
}

// LoadDir loads every *.csv file directly in dir (not recursively), sorted
// by Series.Name. It is an error if there are none. If some files are bad,
// the error reports each of them (errors.Join) and no series are returned.
func LoadDir(dir string) ([]*Series, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return nil, err
	}
	var (
		out  []*Series
		errs []error
	)
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			continue
		}
		s, err := LoadFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, s)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no *.csv history files", dir)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
