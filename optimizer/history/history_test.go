package history

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"
)

const (
	testdataDir = "../testdata/defillama"
	sharedDir   = "../../../shared/data/defillama" // /work/shared/data/defillama from optimizer/history
	hdr         = "date,tvl,apy,apy_base,apy_reward\n"
	hdrSB       = "date,tvl,apy,apy_base,apy_reward,supply,borrow\n"
	fname       = "aave-v3_USDC_Ethereum.csv"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReadCSVErrors(t *testing.T) {
	type tc struct {
		name string
		file string // defaults to fname
		in   string
		want string // the full error message
		// For cell errors: the expected ParseError fields.
		line       int
		col, value string
	}
	ok1 := "2024-06-06,100,5,5,0\n"
	cases := []tc{
		{name: "not a number", in: hdr + ok1 + "2024-06-07,100,abc,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column apy: "abc" is not a number`, line: 3, col: "apy", value: "abc"},
		{name: "tvl not a number", in: hdr + "2024-06-06,1_000,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column tvl: "1_000" is not a number`, line: 2, col: "tvl", value: "1_000"},
		{name: "hexadecimal", in: hdr + "2024-06-06,0x1p4,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column tvl: "0x1p4" is not a number`, line: 2, col: "tvl", value: "0x1p4"},
		{name: "NaN", in: hdr + "2024-06-06,NaN,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column tvl: "NaN" is not finite`, line: 2, col: "tvl", value: "NaN"},
		{name: "Inf", in: hdr + ok1 + "2024-06-07,100,+Inf,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column apy: "+Inf" is not finite`, line: 3, col: "apy", value: "+Inf"},
		{name: "apy_reward inf", in: hdr + "2024-06-06,100,5,5,infinity\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column apy_reward: "infinity" is not finite`, line: 2, col: "apy_reward", value: "infinity"},
		{name: "out of range", in: hdr + "2024-06-06,100,5,1e999,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column apy_base: "1e999" is out of range`, line: 2, col: "apy_base", value: "1e999"},
		{name: "negative tvl", in: hdr + ok1 + "2024-06-07,-1,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column tvl: "-1" is negative`, line: 3, col: "tvl", value: "-1"},
		{name: "negative supply", in: hdrSB + "2024-06-06,100,5,5,0,-3,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column supply: "-3" is negative`, line: 2, col: "supply", value: "-3"},
		{name: "negative borrow", in: hdrSB + "2024-06-06,100,5,5,0,10,-0.5\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column borrow: "-0.5" is negative`, line: 2, col: "borrow", value: "-0.5"},
		{name: "borrow > supply", in: hdrSB + "2024-06-06,100,5,5,0,10,9\n2024-06-07,100,5,5,0,10,10.5\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column borrow: "10.5" exceeds supply "10"`, line: 3, col: "borrow", value: "10.5"},
		{name: "apy below -100%", in: hdr + "2024-06-06,100,-100.5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column apy: "-100.5" is below -100%`, line: 2, col: "apy", value: "-100.5"},
		{name: "apy_base below -100%", in: hdr + "2024-06-06,100,5,-101,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column apy_base: "-101" is below -100%`, line: 2, col: "apy_base", value: "-101"},
		{name: "duplicate date", in: hdr + ok1 + "2024-06-07,100,5,5,0\n2024-06-07,100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:4: column date: "2024-06-07" duplicates the date on line 3 ("2024-06-07")`, line: 4, col: "date", value: "2024-06-07"},
		{name: "duplicate instant, RFC 3339", in: hdr + "2024-06-06T12:00:00Z,100,5,5,0\n2024-06-06T14:00:00+02:00,100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column date: "2024-06-06T14:00:00+02:00" duplicates the date on line 2 ("2024-06-06T12:00:00Z")`, line: 3, col: "date", value: "2024-06-06T14:00:00+02:00"},
		{name: "decreasing date", in: hdr + "2024-06-08,100,5,5,0\n2024-06-07,100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column date: "2024-06-07" is before the date on line 2 ("2024-06-08"); dates must be strictly increasing`, line: 3, col: "date", value: "2024-06-07"},
		{name: "mixed formats day then RFC 3339", in: hdr + ok1 + "2024-06-07T00:00:00Z,100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column date: "2024-06-07T00:00:00Z" is RFC 3339 but line 2 uses YYYY-MM-DD; use one date format per file`, line: 3, col: "date", value: "2024-06-07T00:00:00Z"},
		{name: "mixed formats RFC 3339 then day", in: hdr + "2024-06-06T13:00:00Z,100,5,5,0\n2024-06-07,100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column date: "2024-06-07" is YYYY-MM-DD but line 2 uses RFC 3339; use one date format per file`, line: 3, col: "date", value: "2024-06-07"},
		{name: "bad date", in: hdr + "2024-13-01,100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column date: "2024-13-01" is not a date (want YYYY-MM-DD or RFC 3339)`, line: 2, col: "date", value: "2024-13-01"},
		{name: "US date", in: hdr + "06/07/2024,100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column date: "06/07/2024" is not a date (want YYYY-MM-DD or RFC 3339)`, line: 2, col: "date", value: "06/07/2024"},
		{name: "empty date", in: hdr + ",100,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column date: "" is empty`, line: 2, col: "date", value: ""},
		{name: "empty tvl", in: hdr + ok1 + "2024-06-07,,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column tvl: "" is empty`, line: 3, col: "tvl", value: ""},
		{name: "empty apy", in: hdr + "2024-06-07,1, ,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column apy: "" is empty`, line: 2, col: "apy", value: ""},
		{name: "empty supply", in: hdrSB + "2024-06-06,100,5,5,0,,1\n",
			want: `aave-v3_USDC_Ethereum.csv:2: column supply: "" is empty`, line: 2, col: "supply", value: ""},
		{name: "line numbers count quoted newlines", in: hdr + "\"2024-06-06\",100,5,5,\"0\n\"\n2024-06-07,100,x,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:4: column apy: "x" is not a number`, line: 4, col: "apy", value: "x"},
		{name: "cell line after quoted newline", in: hdr + "2024-06-06,\"100\",\"5\n\",x,0\n",
			want: `aave-v3_USDC_Ethereum.csv:3: column apy_base: "x" is not a number`, line: 3, col: "apy_base", value: "x"},
		{name: "too few fields", in: hdr + ok1 + "2024-06-07,100,5,5\n",
			want: `aave-v3_USDC_Ethereum.csv:3: row has 4 fields, header has 5`, line: 3},
		{name: "malformed quote", in: hdr + "2024-06-06,1\"00,5,5,0\n",
			want: `aave-v3_USDC_Ethereum.csv:2: malformed CSV at column 13: bare " in non-quoted-field`, line: 2},
		{name: "empty file", in: "",
			want: `aave-v3_USDC_Ethereum.csv: empty file (no header)`},
		{name: "header only", in: hdr,
			want: `aave-v3_USDC_Ethereum.csv: no data rows after the header`},
		{name: "header and blank lines only", in: hdr + "\n\n",
			want: `aave-v3_USDC_Ethereum.csv: no data rows after the header`},
		{name: "missing header", in: ok1 + ok1,
			want: `aave-v3_USDC_Ethereum.csv:1: missing header row (first row starts with date "2024-06-06")`, line: 1},
		{name: "unknown column", in: "date,tvl,apy,suply,borrow,Foo\n" + "2024-06-06,100,5,5,0,1\n",
			want: `aave-v3_USDC_Ethereum.csv:1: unknown column(s) "suply", "Foo" (known: date, tvl, apy, apy_base, apy_reward, supply, borrow)`, line: 1},
		{name: "missing required column", in: "date,tvl,apy_base\n2024-06-06,100,5\n",
			want: `aave-v3_USDC_Ethereum.csv:1: missing required column "apy"`, line: 1},
		{name: "missing date column", in: "tvl,apy\n100,5\n",
			want: `aave-v3_USDC_Ethereum.csv:1: missing required column "date"`, line: 1},
		{name: "supply without borrow", in: "date,tvl,apy,supply\n2024-06-06,100,5,10\n",
			want: `aave-v3_USDC_Ethereum.csv:1: column "supply" requires column "borrow"`, line: 1},
		{name: "borrow without supply", in: "date,tvl,apy,borrow\n2024-06-06,100,5,10\n",
			want: `aave-v3_USDC_Ethereum.csv:1: column "borrow" requires column "supply"`, line: 1},
		{name: "duplicate column", in: "date,tvl,apy,apy\n2024-06-06,100,5,5\n",
			want: `aave-v3_USDC_Ethereum.csv:1: duplicate column "apy"`, line: 1},
		{name: "bad file name", file: "data/aave-v3-USDC.csv", in: hdr + ok1,
			want: `data/aave-v3-USDC.csv: file name "aave-v3-USDC" is not <protocol>_<symbol>_<chain>.csv`},
		{name: "path in message", file: "some/dir/aave-v3_USDC_Ethereum.csv", in: hdr + "2024-06-06,x,5,5,0\n",
			want: `some/dir/aave-v3_USDC_Ethereum.csv:2: column tvl: "x" is not a number`, line: 2, col: "tvl", value: "x"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := c.file
			if file == "" {
				file = fname
			}
			s, err := ReadCSV(strings.NewReader(c.in), file)
			if err == nil {
				t.Fatalf("no error; got %d points", len(s.Points))
			}
			if s != nil {
				t.Errorf("series returned together with error")
			}
			if err.Error() != c.want {
				t.Fatalf("error\n got: %s\nwant: %s", err, c.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *ParseError", err)
			}
			if pe.File != file || pe.Line != c.line || pe.Column != c.col || pe.Value != c.value {
				t.Errorf("ParseError{File %q, Line %d, Column %q, Value %q}, want {%q, %d, %q, %q}",
					pe.File, pe.Line, pe.Column, pe.Value, file, c.line, c.col, c.value)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b)) }

func TestReadCSVDayFormat(t *testing.T) {
	in := "\ufeffdate,tvl,apy,apy_base,apy_reward\r\n" +
		"2024-06-06,102232913,11.91186,11.91186,0\r\n" +
		"\r\n" + // blank lines are skipped
		"2024-06-07, 1e-05 ,0.0,-0.5,0.5\r\n" +
		"2024-06-09,0,-100,,\r\n"
	s, err := ReadCSV(strings.NewReader(in), "dir/euler-v2_USDT_Ethereum.csv")
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "euler-v2_USDT_Ethereum" || s.Protocol != "euler-v2" || s.Symbol != "USDT" || s.Chain != "Ethereum" {
		t.Errorf("name parts %q %q %q %q", s.Name, s.Protocol, s.Symbol, s.Chain)
	}
	if len(s.Points) != 3 {
		t.Fatalf("%d points, want 3", len(s.Points))
	}
	p := s.Points[0]
	if !p.Time.Equal(day("2024-06-06")) || p.Time.Location() != time.UTC {
		t.Errorf("time %v", p.Time)
	}
	if !near(p.APY, 0.1191186) || !near(p.APYBase, 0.1191186) || p.APYReward != 0 || p.TVL != 102232913 {
		t.Errorf("point 0 = %+v", p)
	}
	if !math.IsNaN(p.Supply) || !math.IsNaN(p.Borrow) {
		t.Errorf("supply/borrow without columns = %v/%v, want NaN", p.Supply, p.Borrow)
	}
	p = s.Points[1]
	if p.TVL != 1e-5 || p.APY != 0 || !near(p.APYBase, -0.005) || !near(p.APYReward, 0.005) {
		t.Errorf("point 1 = %+v", p)
	}
	p = s.Points[2]
	if !p.Time.Equal(day("2024-06-09")) || p.APY != -1 || p.TVL != 0 || !math.IsNaN(p.APYBase) || !math.IsNaN(p.APYReward) {
		t.Errorf("point 2 = %+v (empty apy_base/apy_reward must be NaN)", p)
	}
}

func TestReadCSVRFC3339SupplyBorrow(t *testing.T) {
	// Columns in another order, optional apy columns absent, intraday times
	// with offsets and fractional seconds.
	in := "borrow,date,apy,supply,tvl\n" +
		"80,2020-05-04T13:22:13Z,3.5,100,20\n" +
		"90,2020-05-04T15:22:13.5+02:00,4,100,10\n" + // 13:22:13.5 UTC: after the first
		"100,2020-05-05T00:00:00-00:30,5.25,100,0\n"
	s, err := ReadCSV(strings.NewReader(in), "compound-v2_USDC_Ethereum.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Point{
		{Time: time.Date(2020, 5, 4, 13, 22, 13, 0, time.UTC), APY: 0.035, TVL: 20, Supply: 100, Borrow: 80},
		{Time: time.Date(2020, 5, 4, 13, 22, 13, 5e8, time.UTC), APY: 0.04, TVL: 10, Supply: 100, Borrow: 90},
		{Time: time.Date(2020, 5, 5, 0, 30, 0, 0, time.UTC), APY: 0.0525, TVL: 0, Supply: 100, Borrow: 100},
	}
	if len(s.Points) != len(want) {
		t.Fatalf("%d points", len(s.Points))
	}
	for i, w := range want {
		g := s.Points[i]
		if !g.Time.Equal(w.Time) || g.Time.Location() != time.UTC {
			t.Errorf("point %d time %v, want %v UTC", i, g.Time, w.Time)
		}
		if !near(g.APY, w.APY) || g.TVL != w.TVL || g.Supply != w.Supply || g.Borrow != w.Borrow {
			t.Errorf("point %d = %+v, want %+v", i, g, w)
		}
		if !math.IsNaN(g.APYBase) || !math.IsNaN(g.APYReward) {
			t.Errorf("point %d: absent apy_base/apy_reward = %v/%v, want NaN", i, g.APYBase, g.APYReward)
		}
	}
}

func TestLoadFileErrors(t *testing.T) {
	if _, err := LoadFile(filepath.Join(t.TempDir(), "x_y_z.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, fname)
	if err := os.WriteFile(path, []byte(hdr+"2024-06-06,100,abc,5,0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(path)
	if want := path + `:2: column apy: "abc" is not a number`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestLoadDirTestdata(t *testing.T) {
	ss, err := LoadDir(testdataDir)
	if err != nil {
		t.Fatal(err)
	}
	wantRows := map[string]int{
		"aave-v3_USDC_Arbitrum":          365,
		"aave-v3_USDC_Avalanche":         213,
		"aave-v3_USDC_Base":              365,
		"aave-v3_USDC_Ethereum":          365,
		"aave-v3_USDC_Polygon":           365,
		"aave-v3_USDTB_Ethereum":         2,
		"aave-v3_USDT_Ethereum":          365,
		"aave-v3_USDT_Polygon":           365,
		"euler-v2_USDC_Ethereum":         136,
		"euler-v2_USDT_Ethereum":         219,
		"fluid-lending_USDC_Base":        234,
		"fluid-lending_USDC_Ethereum":    365,
		"morpho-blue_HYUSDC_Ethereum":    7,
		"morpho-blue_RE7USDCC_Ethereum":  24,
		"morpho-blue_STEAKUSDC_Ethereum": 362,
		"morpho-blue_SUSDS_Ethereum":     152,
	}
	// All 63 pools of the shared data set; these 16 are the ones tests rely on.
	if len(ss) != 63 {
		t.Errorf("%d series, want 63", len(ss))
	}
	names := make([]string, len(ss))
	seen := 0
	for i, s := range ss {
		names[i] = s.Name
		if n, ok := wantRows[s.Name]; ok {
			seen++
			if len(s.Points) != n {
				t.Errorf("%s: %d points, want %d", s.Name, len(s.Points), n)
			}
		}
		if s.Protocol+"_"+s.Symbol+"_"+s.Chain != s.Name {
			t.Errorf("%s: parts %q %q %q", s.Name, s.Protocol, s.Symbol, s.Chain)
		}
		if !s.Points[len(s.Points)-1].Time.Equal(day("2025-06-05")) {
			t.Errorf("%s: last day %v, want 2025-06-05", s.Name, s.Points[len(s.Points)-1].Time)
		}
	}
	if seen != len(wantRows) {
		t.Errorf("found %d of the %d pools the tests rely on", seen, len(wantRows))
	}
	if !slices.IsSorted(names) {
		t.Errorf("names not sorted: %v", names)
	}
	byName := map[string]*Series{}
	for _, s := range ss {
		byName[s.Name] = s
	}

	// Late-listed pools with few rows.
	u := byName["aave-v3_USDTB_Ethereum"]
	if !u.Points[0].Time.Equal(day("2025-05-29")) || !u.Points[1].Time.Equal(day("2025-06-05")) ||
		u.Points[0].TVL != 1521 || !near(u.Points[0].APY, 0.0004739) {
		t.Errorf("aave-v3_USDTB_Ethereum = %+v", u.Points)
	}
	h := byName["morpho-blue_HYUSDC_Ethereum"]
	if !h.Points[0].Time.Equal(day("2025-05-30")) || !near(h.Points[6].APYReward, 0) || !near(h.Points[0].APYReward, 0.0114638) {
		t.Errorf("morpho-blue_HYUSDC_Ethereum = %+v", h.Points)
	}
	// Scientific notation in the real data: 3e-05 percent.
	if r := byName["morpho-blue_RE7USDCC_Ethereum"]; !near(r.Points[0].APY, 3e-7) {
		t.Errorf("RE7USDCC first APY %v, want 3e-7", r.Points[0].APY)
	}
	// The spike the README mentions.
	e := byName["aave-v3_USDC_Ethereum"]
	maxAPY, at := 0.0, time.Time{}
	for _, p := range e.Points {
		if p.APY > maxAPY {
			maxAPY, at = p.APY, p.Time
		}
	}
	if !near(maxAPY, 0.4139938) || !at.Equal(day("2024-12-02")) {
		t.Errorf("max APY %v on %v, want 0.4139938 on 2024-12-02", maxAPY, at)
	}
}

// checkRealSeries checks invariants every loaded DefiLlama file satisfies.
func checkRealSeries(t *testing.T, ss []*Series) {
	t.Helper()
	for _, s := range ss {
		for i, p := range s.Points {
			if i > 0 && !p.Time.After(s.Points[i-1].Time) {
				t.Errorf("%s: point %d not increasing", s.Name, i)
			}
			if p.Time.Location() != time.UTC || p.Time.Hour() != 0 {
				t.Errorf("%s: point %d time %v", s.Name, i, p.Time)
			}
			// Real files have no empty cells, and apy = apy_base + apy_reward.
			if math.IsNaN(p.APYBase) || math.IsNaN(p.APYReward) || math.Abs(p.APY-p.APYBase-p.APYReward) > 1e-5 {
				t.Errorf("%s: point %d: %+v", s.Name, i, p)
			}
			if !math.IsNaN(p.Supply) || !math.IsNaN(p.Borrow) {
				t.Errorf("%s: point %d has supply/borrow", s.Name, i)
			}
		}
	}
}

func TestLoadDirShared(t *testing.T) {
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	ss, err := LoadDir(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 63 {
		t.Errorf("%d series, want 63", len(ss))
	}
	checkRealSeries(t, ss)
	// The testdata copies must be byte-identical to the shared files.
	copies, err := filepath.Glob(filepath.Join(testdataDir, "*.csv"))
	if err != nil || len(copies) == 0 {
		t.Fatalf("testdata: %v, %d files", err, len(copies))
	}
	for _, c := range copies {
		a, err1 := os.ReadFile(c)
		b, err2 := os.ReadFile(filepath.Join(sharedDir, filepath.Base(c)))
		if err1 != nil || err2 != nil || string(a) != string(b) {
			t.Errorf("%s differs from the shared copy (%v, %v)", filepath.Base(c), err1, err2)
		}
	}
}

func TestLoadDirTestdataInvariants(t *testing.T) {
	ss, err := LoadDir(testdataDir)
	if err != nil {
		t.Fatal(err)
	}
	checkRealSeries(t, ss)
}

func TestLoadDirErrors(t *testing.T) {
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(empty); err == nil || !strings.Contains(err.Error(), "no *.csv history files") {
		t.Errorf("empty dir: %v", err)
	}

	dir := t.TempDir()
	files := map[string]string{
		"b_USDC_Base.csv":     hdr + "2024-06-06,1,5,5,0\n",
		"a_USDC_Base.csv":     hdr + "2024-06-06,1,5,5,0\n2024-06-06,1,5,5,0\n",
		"c_USDC_Base.csv":     "",
		"d_USDC_Base.csv.bak": "garbage",
	}
	for n, c := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := LoadDir(dir)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		filepath.Join(dir, "a_USDC_Base.csv") + `:3: column date: "2024-06-06" duplicates`,
		filepath.Join(dir, "c_USDC_Base.csv") + `: empty file`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "b_USDC_Base") || strings.Contains(err.Error(), ".bak") {
		t.Errorf("error mentions a good or non-csv file: %v", err)
	}

	// Sorted by name, whatever the directory order.
	dir = t.TempDir()
	for _, n := range []string{"z_A_B.csv", "a_A_B.csv", "m_A_B.csv"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(hdr+"2024-06-06,1,5,5,0\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ss, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{ss[0].Name, ss[1].Name, ss[2].Name}; !slices.Equal(got, []string{"a_A_B", "m_A_B", "z_A_B"}) {
		t.Errorf("order %v", got)
	}
}

// series builds a daily series from day offsets (relative to 2024-01-01)
// with APY = offset/100 and TVL = offset·1000 + 1.
func series(name string, days ...int) *Series {
	s := &Series{Name: name}
	for _, d := range days {
		s.Points = append(s.Points, Point{
			Time: day("2024-01-01").AddDate(0, 0, d),
			APY:  float64(d) / 100, TVL: float64(d)*1000 + 1,
		})
	}
	return s
}

// checkColumn compares column j of p with want, where NaN means "no data";
// filled lists the rows whose Filled flag must be 1.
func checkColumn(t *testing.T, p *Panel, j int, wantDays []float64, filled []int) {
	t.Helper()
	rows, _ := p.APY.Dims()
	if rows != len(wantDays) {
		t.Fatalf("column %d: %d rows, want %d", j, rows, len(wantDays))
	}
	for i, d := range wantDays {
		apy, tvl, f := p.APY.At(i, j), p.TVL.At(i, j), p.Filled.At(i, j)
		wantF := 0.0
		if slices.Contains(filled, i) {
			wantF = 1
		}
		if math.IsNaN(d) {
			if !math.IsNaN(apy) || !math.IsNaN(tvl) || f != 0 {
				t.Errorf("%s row %d: apy %v tvl %v filled %v, want NaN, NaN, 0", p.Names[j], i, apy, tvl, f)
			}
			continue
		}
		if apy != d/100 || tvl != d*1000+1 || f != wantF {
			t.Errorf("%s row %d: apy %v tvl %v filled %v, want %v, %v, %v", p.Names[j], i, apy, tvl, f, d/100, d*1000+1, wantF)
		}
	}
}

func TestAlign(t *testing.T) {
	nan := math.NaN()
	const d = 24 * time.Hour
	// a: gaps of 2 days (day 2 missing) and 4 days (days 4..6 missing).
	// b: listed late (day 2), delisted early (after day 4).
	a := series("a", 0, 1, 3, 7)
	b := series("b", 2, 3, 4)

	p, err := Align([]*Series{a, b}, d, d)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Times) != 8 || !p.Times[0].Equal(day("2024-01-01")) || !p.Times[7].Equal(day("2024-01-08")) {
		t.Fatalf("times %v", p.Times)
	}
	if !slices.Equal(p.Names, []string{"a", "b"}) || p.Index("b") != 1 || p.Index("c") != -1 {
		t.Errorf("names %v", p.Names)
	}
	// maxGap one day: day 2 and day 4 are filled from the day before; days
	// 5 and 6 are 2 and 3 days after day 3: NaN.
	checkColumn(t, p, 0, []float64{0, 1, 1, 3, 3, nan, nan, 7}, []int{2, 4})
	checkColumn(t, p, 1, []float64{nan, nan, 2, 3, 4, nan, nan, nan}, nil)

	// maxGap 0: only exact observations.
	p, err = Align([]*Series{a, b}, d, 0)
	if err != nil {
		t.Fatal(err)
	}
	checkColumn(t, p, 0, []float64{0, 1, nan, 3, nan, nan, nan, 7}, nil)

	// maxGap three days: the whole 4-day gap is bridged; b still ends at day 4.
	p, err = Align([]*Series{b, a}, d, 3*d)
	if err != nil {
		t.Fatal(err)
	}
	checkColumn(t, p, 1, []float64{0, 1, 1, 3, 3, 3, 3, 7}, []int{2, 4, 5, 6})
	checkColumn(t, p, 0, []float64{nan, nan, 2, 3, 4, nan, nan, nan}, nil)

	// Two-day step: grid days 0, 2, 4, 6 (day 7, the latest time, is not on
	// the grid). b's day 3 falls between grid times.
	p, err = Align([]*Series{a, b}, 2*d, d)
	if err != nil {
		t.Fatal(err)
	}
	checkColumn(t, p, 0, []float64{0, 1, 3, nan}, []int{1, 2})
	checkColumn(t, p, 1, []float64{nan, 2, 4, nan}, nil)

	// A single one-point series.
	p, err = Align([]*Series{series("x", 5)}, d, d)
	if err != nil {
		t.Fatal(err)
	}
	checkColumn(t, p, 0, []float64{5}, nil)
}

func TestAlignIntraday(t *testing.T) {
	t0 := time.Date(2020, 5, 4, 13, 22, 13, 0, time.UTC)
	s := &Series{Name: "s", Points: []Point{
		{Time: t0, APY: 0.01, TVL: 1},
		{Time: t0.Add(90 * time.Minute), APY: 0.02, TVL: 2},
		{Time: t0.Add(5 * time.Hour), APY: 0.03, TVL: 3},
	}}
	p, err := Align([]*Series{s}, time.Hour, 2*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	// Grid t0, t0+1h, …, t0+5h.
	wantAPY := []float64{0.01, 0.01, 0.02, 0.02, math.NaN(), 0.03}
	wantFilled := []float64{0, 1, 1, 1, 0, 0}
	if len(p.Times) != len(wantAPY) {
		t.Fatalf("%d times", len(p.Times))
	}
	for i := range wantAPY {
		g := p.APY.At(i, 0)
		if (math.IsNaN(wantAPY[i]) != math.IsNaN(g)) || (!math.IsNaN(g) && g != wantAPY[i]) || p.Filled.At(i, 0) != wantFilled[i] {
			t.Errorf("row %d (%v): apy %v filled %v, want %v %v", i, p.Times[i], g, p.Filled.At(i, 0), wantAPY[i], wantFilled[i])
		}
	}
}

func TestAlignErrors(t *testing.T) {
	const d = 24 * time.Hour
	unsorted := series("u", 0, 2)
	unsorted.Points[0], unsorted.Points[1] = unsorted.Points[1], unsorted.Points[0]
	cases := []struct {
		name   string
		ss     []*Series
		step   time.Duration
		maxGap time.Duration
		want   string
	}{
		{"no series", nil, d, 0, "no series"},
		{"zero step", []*Series{series("a", 0)}, 0, 0, "step 0s must be positive"},
		{"negative maxGap", []*Series{series("a", 0)}, d, -1, "maxGap -1ns must not be negative"},
		{"nil series", []*Series{series("a", 0), nil}, d, 0, "series 1 is nil or has no points"},
		{"empty series", []*Series{{Name: "e"}}, d, 0, "series 0 is nil or has no points"},
		{"duplicate names", []*Series{series("a", 0), series("a", 1)}, d, 0, `duplicate series name "a"`},
		{"unsorted", []*Series{unsorted}, d, 0, `series "u": point 1`},
		{"too many cells", []*Series{series("a", 0, 3650)}, time.Second, 0, "too many grid times"},
	}
	for _, c := range cases {
		if _, err := Align(c.ss, c.step, c.maxGap); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestWinsorizeRealSpike(t *testing.T) {
	s, err := LoadFile(filepath.Join(testdataDir, "aave-v3_USDC_Ethereum.csv"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadFile(filepath.Join(testdataDir, "aave-v3_USDTB_Ethereum.csv"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Align([]*Series{s, other}, 24*time.Hour, 0)
	if err != nil {
		t.Fatal(err)
	}
	before := mat.DenseCopyOf(p.APY)
	tvlBefore := mat.DenseCopyOf(p.TVL)
	spike := slices.IndexFunc(p.Times, func(t time.Time) bool { return t.Equal(day("2024-12-02")) })
	if spike < 0 || before.At(spike, 0) != 0.4139938 {
		t.Fatalf("spike row %d, value %v", spike, before.At(spike, 0))
	}

	n := Winsorize(p, 30, 5)

	// Independently: median and MAD of the 30 raw days before 2024-12-02.
	win := make([]float64, 30)
	for i := range win {
		win[i] = before.At(spike-30+i, 0)
	}
	slices.Sort(win)
	m := (win[14] + win[15]) / 2
	dev := make([]float64, 30)
	for i, v := range win {
		dev[i] = math.Abs(v - m)
	}
	slices.Sort(dev)
	mad := (dev[14] + dev[15]) / 2
	if got, want := p.APY.At(spike, 0), m+5*mad; !near(got, want) || math.Abs(got-0.207294) > 1e-6 {
		t.Errorf("spike clipped to %v, want %v (= 20.7294%%)", got, want)
	}
	if n != 26 {
		t.Errorf("clipped %d, want 26 (as documented)", n)
	}
	// Count changed cells; the neighbours of the spike are kept; the first 30
	// days are never clipped; TVL and the 2-point pool are untouched.
	changed := 0
	rows, _ := p.APY.Dims()
	for i := range rows {
		if p.APY.At(i, 0) != before.At(i, 0) {
			changed++
			if i < 30 {
				t.Errorf("row %d clipped within the first window", i)
			}
		}
		a, b := p.APY.At(i, 1), before.At(i, 1)
		if a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
			t.Errorf("row %d of the 2-point pool changed", i)
		}
	}
	if changed != n {
		t.Errorf("%d cells changed, Winsorize reported %d", changed, n)
	}
	for _, i := range []int{spike - 1, spike + 1} {
		if p.APY.At(i, 0) != before.At(i, 0) {
			t.Errorf("row %d (%v) changed from %v to %v", i, p.Times[i], before.At(i, 0), p.APY.At(i, 0))
		}
	}
	for i := range rows {
		for j := range 2 {
			a, b := p.TVL.At(i, j), tvlBefore.At(i, j)
			if a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
				t.Fatalf("TVL changed at row %d column %d", i, j)
			}
		}
	}
}

func TestWinsorizeSynthetic(t *testing.T) {
	const d = 24 * time.Hour
	// Alternating 5%/6% for 10 days (median 5.5%, MAD 0.5%), then a spike
	// of 50% on day 10, a gap filled on day 11, a drop to −20% on day 12.
	s := &Series{Name: "s"}
	add := func(dayN int, apy float64) {
		s.Points = append(s.Points, Point{Time: day("2024-01-01").AddDate(0, 0, dayN), APY: apy, TVL: 1})
	}
	for i := range 10 {
		add(i, 0.05+0.01*float64(i%2))
	}
	add(10, 0.50)
	add(12, -0.20)
	// A pool at exactly 0% that starts paying: MAD 0, never clipped.
	z := &Series{Name: "z"}
	for i := range 12 {
		z.Points = append(z.Points, Point{Time: day("2024-01-01").AddDate(0, 0, i), APY: 0, TVL: 1})
	}
	z.Points = append(z.Points, Point{Time: day("2024-01-13"), APY: 0.3, TVL: 1})
	// A pool listed on day 8 with too little history.
	late := series("late", 8, 9, 10, 11, 12)
	late.Points[2].APY = 5

	p, err := Align([]*Series{s, z, late}, d, d)
	if err != nil {
		t.Fatal(err)
	}
	if p.Filled.At(11, 0) != 1 || p.APY.At(11, 0) != 0.50 {
		t.Fatalf("setup: day 11 = %v filled %v", p.APY.At(11, 0), p.Filled.At(11, 0))
	}
	n := Winsorize(p, 10, 3)
	if n != 2 {
		t.Errorf("clipped %d, want 2", n)
	}
	hi := 0.055 + 3*0.005
	if !near(p.APY.At(10, 0), hi) || !near(p.APY.At(11, 0), hi) {
		t.Errorf("spike %v, filled copy %v, want both %v", p.APY.At(10, 0), p.APY.At(11, 0), hi)
	}
	// Day 12's window is days 1..10 (the filled day 11 is skipped) with the
	// raw 50%: five 6%, four 5%, one 50%: median 6%, MAD 0.5%.
	lo := 0.06 - 3*0.005
	if !near(p.APY.At(12, 0), lo) {
		t.Errorf("drop clipped to %v, want %v", p.APY.At(12, 0), lo)
	}
	if p.APY.At(12, 1) != 0.3 {
		t.Errorf("zero-MAD pool changed: %v", p.APY.At(12, 1))
	}
	if p.APY.At(10, 2) != 5 {
		t.Errorf("late pool clipped without history: %v", p.APY.At(10, 2))
	}
	for i := range 8 {
		if !math.IsNaN(p.APY.At(i, 2)) {
			t.Errorf("NaN before listing lost at row %d", i)
		}
	}

	for _, bad := range []func(){
		func() { Winsorize(nil, 10, 3) },
		func() { Winsorize(p, 2, 3) },
		func() { Winsorize(p, 10, 0) },
		func() { Winsorize(p, 10, math.NaN()) },
		func() { Winsorize(p, 10, math.Inf(1)) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			bad()
		}()
	}
}

func TestAlignTestdata(t *testing.T) {
	ss, err := LoadDir(testdataDir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Align(ss, 24*time.Hour, 3*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Times) != 365 || !p.Times[0].Equal(day("2024-06-06")) || !p.Times[364].Equal(day("2025-06-05")) {
		t.Fatalf("grid %v .. %v (%d)", p.Times[0], p.Times[len(p.Times)-1], len(p.Times))
	}
	row := func(s string) int {
		return slices.IndexFunc(p.Times, func(t time.Time) bool { return t.Equal(day(s)) })
	}
	at := func(name, date string) (apy, filled float64) {
		i, j := row(date), p.Index(name)
		return p.APY.At(i, j), p.Filled.At(i, j)
	}
	// Aave USDC on Avalanche has no rows from 2024-10-09 to 2025-03-09.
	if v, f := at("aave-v3_USDC_Avalanche", "2024-10-10"); v == 0 || f != 1 {
		t.Errorf("Avalanche 2 days into the gap: %v filled %v, want filled", v, f)
	}
	if v, _ := at("aave-v3_USDC_Avalanche", "2024-12-01"); !math.IsNaN(v) {
		t.Errorf("Avalanche inside the 153-day gap: %v, want NaN", v)
	}
	// Morpho STEAKUSDC misses 2024-09-08 and 09-09: filled from 09-07.
	v7, _ := at("morpho-blue_STEAKUSDC_Ethereum", "2024-09-07")
	if v, f := at("morpho-blue_STEAKUSDC_Ethereum", "2024-09-09"); v != v7 || f != 1 {
		t.Errorf("STEAKUSDC 2024-09-09: %v filled %v, want %v filled", v, f, v7)
	}
	// Late listing: NaN before the first row.
	if v, _ := at("aave-v3_USDTB_Ethereum", "2025-05-28"); !math.IsNaN(v) {
		t.Errorf("USDTB before listing: %v", v)
	}
	// USDTB's two rows are 7 days apart: the middle days stay NaN with maxGap 3 days.
	if v, _ := at("aave-v3_USDTB_Ethereum", "2025-06-02"); !math.IsNaN(v) {
		t.Errorf("USDTB 4 days after its first row: %v, want NaN", v)
	}
	if v, f := at("aave-v3_USDTB_Ethereum", "2025-06-01"); v != 0.0004739 || f != 1 {
		t.Errorf("USDTB 3 days after its first row: %v filled %v", v, f)
	}
	// NaN and filled counts are consistent between APY and TVL.
	rows, cols := p.APY.Dims()
	for i := range rows {
		for j := range cols {
			if math.IsNaN(p.APY.At(i, j)) != math.IsNaN(p.TVL.At(i, j)) {
				t.Fatalf("APY/TVL NaN mismatch at %d,%d", i, j)
			}
		}
	}
}
