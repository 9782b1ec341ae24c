package backtest

import (
	"bytes"
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

	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
)

// Rate-impact models a pool can be given (Data.Models).
const (
	// ModelCapacity is the market's capacity model with the assumed
	// utilisation u₀: S = tvl/(1−u₀). Every pool whose file has tvl only.
	ModelCapacity = "capacity model"
	// ModelPoolState is the capacity model with the pool's own state: its
	// file has supply and borrow, so S is its supply in USD,
	// tvl/(1−u) with u = borrow/supply the observed utilisation.
	ModelPoolState = "pool state (supply/borrow)"
)

// ErrNoPools is Load's error when no pool is left after the checks.
var ErrNoPools = errors.New("no usable pool history")

// LoadOptions are the data checks' settings; see Load.
type LoadOptions struct {
	// Step and MaxGap are history.Align's grid step and longest gap to
	// forward-fill (0: 24h and DefaultMaxGap).
	Step, MaxGap time.Duration
	// MinRows: a pool with fewer rows in its file is dropped (0: 1).
	MinRows int
	// MaxAPY is the largest believable APY, a fraction (0: DefaultMaxAPY).
	MaxAPY float64
}

// DefaultMaxAPY is the APY above which a row is a spike: 100%. The 63 real
// pools never reach it (their highest is 65.7%, on a day Euler's free
// liquidity was $4,408).
const DefaultMaxAPY = 1.0

// Issue is a problem Load found in a history file and what it did.
type Issue struct {
	File   string `json:"file"`           // base name
	Line   int    `json:"line,omitempty"` // 1-based line of the file; 0 when not one row
	Date   string `json:"date,omitempty"`
	Kind   string `json:"kind"` // see Load
	Value  string `json:"value,omitempty"`
	Action string `json:"action"`
}

func (i Issue) String() string {
	var b strings.Builder
	b.WriteString(i.File)
	if i.Line > 0 {
		fmt.Fprintf(&b, ":%d", i.Line)
	}
	if i.Date != "" {
		fmt.Fprintf(&b, " (%s)", i.Date)
	}
	fmt.Fprintf(&b, ": %s", i.Kind)
	if i.Value != "" {
		fmt.Fprintf(&b, " %s", i.Value)
	}
	fmt.Fprintf(&b, ": %s", i.Action)
	return b.String()
}

// Data is a directory of pool histories after Load's checks: the pools
// kept, their chains and rate-impact models, and the issues found.
type Data struct {
	Dir    string
	Series []*history.Series // kept pools, by name
	Chains []string          // chain of each kept pool
	Models []string          // ModelCapacity or ModelPoolState, per kept pool
	Issues []Issue
	opt    LoadOptions
}

// Issue kinds.
const (
	IssueMissingColumn = "missing column"
	IssueNegative      = "negative rate"
	IssueSpike         = "spike"
	IssueFewRows       = "few rows"
	IssueGap           = "gap"
	IssueFilled        = "short gaps"
	IssueChain         = "chain"
)

// Load reads every *.csv history in dir (the format of optimizer/history,
// plus an optional chain column) and checks it. Each problem below is
// reported as an Issue with the file, the line or date and the value, and
// handled as stated:
//
//   - missing column (date, tvl or apy absent from the header): the pool is
//     dropped.
//   - negative rate (apy < 0; lending pools cannot pay one, so it is a bad
//     print): the row's apy is taken as 0, so the pool pays nothing that day.
//   - spike (apy above MaxAPY): the row is dropped, so the day is
//     forward-filled from the row before it like any gap of up to MaxGap.
//   - few rows (fewer than MinRows left): the pool is dropped; it could
//     never meet the eligibility rule of MinRows rows.
//   - gap (consecutive rows more than MaxGap apart): left as no data; the
//     pool pays nothing and takes no deposits until its next row (the
//     market's rule). Shorter gaps are forward-filled and counted in one
//     "short gaps" issue per pool.
//   - chain: a chain column overrides the file name's chain; it must hold
//     one value, and an issue notes where it differs from the file name.
//
// Any other problem in a file (a malformed number, dates out of order, an
// unknown column) is an error naming the file, line, column and value, as
// history.ReadCSV reports it: a file is fixed, not guessed at.
//
// A pool is on the chain of its file name's last "_" field
// (<protocol>_<symbol>_<chain>.csv), or of its chain column. Its model is
// ModelPoolState when every row has supply and borrow, else ModelCapacity.
func Load(dir string, opt LoadOptions) (*Data, error) {
	if opt.Step <= 0 {
		opt.Step = 24 * time.Hour
	}
	if opt.MaxGap == 0 {
		opt.MaxGap = DefaultMaxGap
	}
	if opt.MinRows < 1 {
		opt.MinRows = 1
	}
	if opt.MaxAPY == 0 {
		opt.MaxAPY = DefaultMaxAPY
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return nil, err
	}
	d := &Data{Dir: dir, opt: opt}
	var errs []error
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || fi.IsDir() {
			continue
		}
		if err := d.loadFile(p); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(d.Series) == 0 {
		return nil, fmt.Errorf("%s: %w (%d *.csv files, %d issues)", dir, ErrNoPools, len(paths), len(d.Issues))
	}
	idx := make([]int, len(d.Series))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return d.Series[idx[a]].Name < d.Series[idx[b]].Name })
	ss, cs, ms := make([]*history.Series, len(idx)), make([]string, len(idx)), make([]string, len(idx))
	for k, i := range idx {
		ss[k], cs[k], ms[k] = d.Series[i], d.Chains[i], d.Models[i]
	}
	d.Series, d.Chains, d.Models = ss, cs, ms
	return d, nil
}

func (d *Data) issue(i Issue) { d.Issues = append(d.Issues, i) }

// loadFile checks and loads one file.
func (d *Data) loadFile(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	base := filepath.Base(path)
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		// Empty or malformed: history.ReadCSV says which.
		_, err = history.ReadCSV(bytes.NewReader(raw), path)
		return err
	}
	header = append([]string(nil), header...)
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		header[i] = h
		col[h] = i
	}
	var missing []string
	for _, c := range []string{"date", "tvl", "apy"} {
		if _, ok := col[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		d.issue(Issue{File: base, Line: 1, Kind: IssueMissingColumn, Value: strings.Join(missing, ", "),
			Action: fmt.Sprintf("pool dropped (header %q)", strings.Join(header, ","))})
		return nil
	}
	chainCol, hasChain := col["chain"]
	chain := ""
	// The records go to history.ReadCSV each on its own line number, with
	// blank lines (which it skips) in place of the rows dropped here, so
	// that its errors name the file's lines.
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	lines, rows := 1, 0
	write := func(line int, rec []string) {
		w.Flush()
		for ; lines < line; lines++ {
			buf.WriteByte('\n')
		}
		_ = w.Write(rec) // a bytes.Buffer does not fail
		lines++
	}
	hl, _ := cr.FieldPos(0)
	write(hl, withoutCol(header, chainCol, hasChain))
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			_, err = history.ReadCSV(bytes.NewReader(raw), path)
			return err
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(header) {
			write(line, rec) // history.ReadCSV reports it
			continue
		}
		date := strings.TrimSpace(rec[col["date"]])
		if hasChain {
			c := strings.TrimSpace(rec[chainCol])
			switch {
			case c == "":
				return fmt.Errorf("%s:%d: column chain: empty", path, line)
			case chain == "":
				chain = c
			case c != chain:
				return fmt.Errorf("%s:%d: column chain: %q differs from %q above; a file is one pool on one chain", path, line, c, chain)
			}
		}
		rec = append([]string(nil), rec...)
		if a, err := strconv.ParseFloat(strings.TrimSpace(rec[col["apy"]]), 64); err == nil {
			switch {
			case a < 0:
				d.issue(Issue{File: base, Line: line, Date: date, Kind: IssueNegative, Value: "apy " + strings.TrimSpace(rec[col["apy"]]) + "%",
					Action: "taken as 0 (the pool pays nothing that day)"})
				rec[col["apy"]] = "0"
			case a > 100*d.opt.MaxAPY:
				d.issue(Issue{File: base, Line: line, Date: date, Kind: IssueSpike,
					Value:  fmt.Sprintf("apy %s%% above %g%%", strings.TrimSpace(rec[col["apy"]]), 100*d.opt.MaxAPY),
					Action: "row dropped: the day is filled from the row before it"})
				continue
			}
		}
		write(line, withoutCol(rec, chainCol, hasChain))
		rows++
	}
	w.Flush()
	if rows == 0 {
		d.issue(Issue{File: base, Kind: IssueFewRows, Value: "0 rows left", Action: "pool dropped"})
		return nil
	}
	s, err := history.ReadCSV(&buf, path)
	if err != nil {
		return err
	}
	if hasChain && chain != s.Chain {
		d.issue(Issue{File: base, Kind: IssueChain, Value: fmt.Sprintf("column %q, file name %q", chain, s.Chain),
			Action: "the column's chain is used"})
		s.Chain = chain
	}
	if n := len(s.Points); n < d.opt.MinRows {
		d.issue(Issue{File: base, Kind: IssueFewRows, Value: fmt.Sprintf("%d rows (%s … %s), fewer than %d", n,
			day(s.Points[0].Time), day(s.Points[n-1].Time), d.opt.MinRows), Action: "pool dropped: it could never be eligible"})
		return nil
	}
	d.checkGaps(base, s)
	model := ModelPoolState
	for _, p := range s.Points {
		if math.IsNaN(p.Supply) || math.IsNaN(p.Borrow) {
			model = ModelCapacity
			break
		}
	}
	d.Series, d.Chains, d.Models = append(d.Series, s), append(d.Chains, s.Chain), append(d.Models, model)
	return nil
}

func withoutCol(rec []string, c int, drop bool) []string {
	if !drop {
		return rec
	}
	return append(append([]string(nil), rec[:c]...), rec[c+1:]...)
}

func day(t time.Time) string { return t.Format(time.DateOnly) }

// checkGaps reports every gap longer than MaxGap, and the shorter ones that
// are forward-filled in one issue.
func (d *Data) checkGaps(file string, s *history.Series) {
	short, longest := 0, time.Duration(0)
	for k := 1; k < len(s.Points); k++ {
		gap := s.Points[k].Time.Sub(s.Points[k-1].Time)
		switch {
		case gap > d.opt.MaxGap:
			d.issue(Issue{File: file, Date: day(s.Points[k-1].Time), Kind: IssueGap,
				Value:  fmt.Sprintf("of %s to %s", days(gap), day(s.Points[k].Time)),
				Action: fmt.Sprintf("no data in between (longer than --max-gap %s): the pool pays nothing and takes no deposits", days(d.opt.MaxGap))})
		case gap > d.opt.Step:
			short++
			longest = max(longest, gap)
		}
	}
	if short > 0 {
		d.issue(Issue{File: file, Kind: IssueFilled, Value: fmt.Sprintf("%d, the longest %s", short, days(longest)),
			Action: "forward-filled from the row before"})
	}
}

// days writes a duration in days when it is whole days.
func days(g time.Duration) string {
	if g%(24*time.Hour) == 0 {
		n := int(g / (24 * time.Hour))
		if n == 1 {
			return "1 day"
		}
		return fmt.Sprintf("%d days", n)
	}
	return g.String()
}
