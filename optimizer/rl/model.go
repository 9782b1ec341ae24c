package rl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"time"
)

// File format identifiers. Load accepts exactly these.
const (
	FileFormat  = "vaultkeeper-rl-model"
	FileVersion = 1
	ModelID     = "rl/v1"
)

// Model is a trained allocator: the network's parameters with everything
// needed to compute its features and to know what it was trained on. It is
// read-only after Train or Load and safe for concurrent use.
type Model struct {
	spec  spec
	theta []float64
	info  TrainInfo
}

// TrainInfo records how a model was trained.
type TrainInfo struct {
	First, Last string // dates (YYYY-MM-DD) of the first and last row training read
	Rows        int    // rows [0, Rows) were used
	Seed        uint64
	Parent      string        // warm start: the initial model's description; "" when trained from scratch
	Market      MarketInfo    // the training market's cost and impact model
	Hyper       HyperSettings // the training hyperparameters
}

// MarketInfo is market.Config as recorded in a model file.
type MarketInfo struct {
	GasUSD, CostBps, Util, Elasticity, Dust float64
}

// HyperSettings are the hyperparameters of TrainConfig that shape the
// optimisation (the ones that shape the policy itself are in the spec).
type HyperSettings struct {
	Iterations, Episodes, Rollouts int
	MinLen, MaxLen                 int
	MinPools, MaxPools             int
	MinHistory                     int
	CapitalMin, CapitalMax         float64
	LearningRate, ClipNorm, L2     float64
	Gamma                          float64
}

// ID is the model kind, "rl/v1".
func (md *Model) ID() string { return ModelID }

// Window is the number of APY history entries the model uses; an
// Observation should carry at least this many per source.
func (md *Model) Window() int { return md.spec.Window }

// StepHours is the spacing of the APY history the model expects (24 for a
// daily model).
func (md *Model) StepHours() float64 { return md.spec.StepYears * 365 * 24 }

// Info is how the model was trained.
func (md *Model) Info() TrainInfo { return md.info }

// String describes the model in one line.
func (md *Model) String() string {
	if md.info.Rows == 0 {
		return ModelID + " " + md.info.Parent
	}
	return fmt.Sprintf("%s trained on %s…%s (%d rows) seed %d", ModelID, md.info.First, md.info.Last, md.info.Rows, md.info.Seed)
}

// Action is Act's result with the quantities behind the decision, for logs.
type Action struct {
	Weights   []float64 // target weights per source (the current ones when Trade is false); idle is 1 − Σ
	Trade     bool      // rebalance to Weights now
	TradeProb float64   // the gate's probability of trading (0 when the proposal touches nothing)
	Proposal  []float64 // the proposed target weights, whether or not the gate opened
	Touched   int       // sources the proposal would touch
	Cost      float64   // its cost, Gas·Touched + fees, unit of Value
	Benefit   float64   // its estimated gain per step (short-EWMA rates after impact), unit of Value
}

// Act is the deterministic policy (the mean action): the target weights and
// whether to trade. When trade is false, weights are the current weights.
func (md *Model) Act(obs Observation) (weights []float64, trade bool, err error) {
	a, err := md.Decide(obs)
	if err != nil {
		return nil, false, err
	}
	return a.Weights, a.Trade, nil
}

// Decide is Act with the quantities behind the decision.
func (md *Model) Decide(obs Observation) (Action, error) {
	hs, err := obs.validate(md.spec.Window, md.spec.ShortHL, md.spec.LongHL)
	if err != nil {
		return Action{}, err
	}
	n := len(obs.Sources)
	st := state{hist: hs, liq: make([]float64, n), weights: make([]float64, n), value: obs.Value, gas: obs.Gas, costBps: obs.CostBps}
	for i, s := range obs.Sources {
		st.liq[i], st.weights[i] = s.Liquidity, s.Weight
	}
	var ws workspace
	d := decide(md.spec, md.theta, st, &ws, nil, nil)
	a := Action{
		Trade:     d.trade,
		TradeProb: d.p,
		Proposal:  append([]float64(nil), d.target...),
		Touched:   d.touched,
		Cost:      d.cost,
		Benefit:   d.benefit,
	}
	if d.trade {
		a.Weights = append([]float64(nil), d.target...)
	} else {
		a.Weights = append([]float64(nil), st.weights...)
	}
	return a, nil
}

// ---------------------------------------------------------------------------
// Model file (JSON, versioned).

type modelFile struct {
	Format       string       `json:"format"`
	Version      int          `json:"version"`
	Model        string       `json:"model"`
	Features     []string     `json:"features"`
	GateFeatures []string     `json:"gate_features"`
	Windows      fileWindows  `json:"windows"`
	Policy       filePolicy   `json:"policy"`
	Market       fileMarket   `json:"market"`
	Training     fileTraining `json:"training"`
	Weights      fileWeights  `json:"weights"`
}

type fileWindows struct {
	History       int `json:"history"`
	ShortHalfLife num `json:"short_half_life"`
	LongHalfLife  num `json:"long_half_life"`
	StepHours     num `json:"step_hours"`
}

type filePolicy struct {
	Hidden      int `json:"hidden"`
	MinWeight   num `json:"min_weight"`
	Band        num `json:"band"`
	GateHorizon num `json:"gate_horizon"`
	Sigma       num `json:"sigma"`
}

type fileMarket struct {
	GasUSD     num `json:"gas_usd"`
	CostBps    num `json:"cost_bps"`
	Util       num `json:"util"`
	Elasticity num `json:"elasticity"`
	Dust       num `json:"dust"`
}

type fileTraining struct {
	First  string    `json:"first"`
	Last   string    `json:"last"`
	Rows   int       `json:"rows"`
	Seed   uint64    `json:"seed"`
	Parent string    `json:"parent"`
	Hyper  fileHyper `json:"hyper"`
}

type fileHyper struct {
	Iterations   int `json:"iterations"`
	Episodes     int `json:"episodes"`
	Rollouts     int `json:"rollouts"`
	MinLen       int `json:"min_len"`
	MaxLen       int `json:"max_len"`
	MinPools     int `json:"min_pools"`
	MaxPools     int `json:"max_pools"`
	MinHistory   int `json:"min_history"`
	CapitalMin   num `json:"capital_min"`
	CapitalMax   num `json:"capital_max"`
	LearningRate num `json:"learning_rate"`
	ClipNorm     num `json:"clip_norm"`
	L2           num `json:"l2"`
	Gamma        num `json:"gamma"`
}

type fileWeights struct {
	W1     [][]num `json:"w1"`     // hidden × features
	B1     []num   `json:"b1"`     // hidden
	W2     []num   `json:"w2"`     // hidden
	Linear []num   `json:"linear"` // features
	Idle   num     `json:"idle"`
	Gate   []num   `json:"gate"` // gate features
}

// num is a float64 that also decodes "NaN", "Inf" and out-of-range numbers
// (as strings or bare numbers) so that Load can reject them by field name
// rather than fail with a bare syntax error.
type num float64

func (x *num) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return fmt.Errorf("%s is not a number", b)
	}
	*x = num(v)
	return nil
}

func nums(v []float64) []num {
	out := make([]num, len(v))
	for i, x := range v {
		out[i] = num(x)
	}
	return out
}

// Save writes the model as an indented JSON document (see Load). The same
// model always produces the same bytes.
func (md *Model) Save(w io.Writer) error {
	sp, l := md.spec, layoutFor(md.spec.Hidden)
	h := sp.Hidden
	f := modelFile{
		Format: FileFormat, Version: FileVersion, Model: ModelID,
		Features: featureNames, GateFeatures: gateFeatureNames,
		Windows: fileWindows{History: sp.Window, ShortHalfLife: num(sp.ShortHL), LongHalfLife: num(sp.LongHL), StepHours: num(md.StepHours())},
		Policy:  filePolicy{Hidden: h, MinWeight: num(sp.MinWeight), Band: num(sp.Band), GateHorizon: num(sp.GateHorizon), Sigma: num(sp.Sigma)},
		Market: fileMarket{GasUSD: num(md.info.Market.GasUSD), CostBps: num(md.info.Market.CostBps),
			Util: num(sp.Util), Elasticity: num(sp.Elasticity), Dust: num(sp.Dust)},
		Training: fileTraining{First: md.info.First, Last: md.info.Last, Rows: md.info.Rows, Seed: md.info.Seed, Parent: md.info.Parent,
			Hyper: fileHyper{
				Iterations: md.info.Hyper.Iterations, Episodes: md.info.Hyper.Episodes, Rollouts: md.info.Hyper.Rollouts,
				MinLen: md.info.Hyper.MinLen, MaxLen: md.info.Hyper.MaxLen, MinPools: md.info.Hyper.MinPools, MaxPools: md.info.Hyper.MaxPools,
				MinHistory: md.info.Hyper.MinHistory, CapitalMin: num(md.info.Hyper.CapitalMin), CapitalMax: num(md.info.Hyper.CapitalMax),
				LearningRate: num(md.info.Hyper.LearningRate), ClipNorm: num(md.info.Hyper.ClipNorm), L2: num(md.info.Hyper.L2), Gamma: num(md.info.Hyper.Gamma),
			}},
		Weights: fileWeights{
			W1:     make([][]num, h),
			B1:     nums(md.theta[l.b1 : l.b1+h]),
			W2:     nums(md.theta[l.w2 : l.w2+h]),
			Linear: nums(md.theta[l.u : l.u+nFeat]),
			Idle:   num(md.theta[l.idle]),
			Gate:   nums(md.theta[l.gate : l.gate+nGate]),
		},
	}
	for j := 0; j < h; j++ {
		f.Weights.W1[j] = nums(md.theta[l.w1+j*nFeat : l.w1+(j+1)*nFeat])
	}
	for _, v := range md.theta {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("rl: model has a non-finite weight %v", v)
		}
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("rl: encoding model: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// Load reads a model written by Save. It rejects, with an error naming the
// field and its value: another format or version, an unknown model id,
// unknown fields, a feature list other than this build's, out-of-range
// windows or settings, weight arrays of the wrong shape, and NaN or infinite
// numbers.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("rl: reading model: %w", err)
	}
	// Check the header first, so that a future version is reported as such
	// rather than as an unknown field.
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
		Model   string `json:"model"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("rl: model file: %w", err)
	}
	switch {
	case head.Format != FileFormat:
		return nil, fmt.Errorf("rl: model file format %q, want %q", head.Format, FileFormat)
	case head.Version != FileVersion:
		return nil, fmt.Errorf("rl: model file version %d not supported (this build reads version %d)", head.Version, FileVersion)
	case head.Model != ModelID:
		return nil, fmt.Errorf("rl: model id %q not supported (want %q)", head.Model, ModelID)
	}
	var f modelFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("rl: model file: %w", err)
	}
	if dec.More() {
		return nil, errors.New("rl: model file: data after the JSON document")
	}
	if err := checkNames("features", f.Features, featureNames); err != nil {
		return nil, err
	}
	if err := checkNames("gate_features", f.GateFeatures, gateFeatureNames); err != nil {
		return nil, err
	}

	var bad error
	check := func(field string, v num, ok func(float64) bool, want string) float64 {
		x := float64(v)
		if bad == nil {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				bad = fmt.Errorf("rl: model %s = %v: not finite", field, x)
			} else if !ok(x) {
				bad = fmt.Errorf("rl: model %s = %v: %s", field, x, want)
			}
		}
		return x
	}
	all := func(float64) bool { return true }
	pos := func(x float64) bool { return x > 0 }
	nonneg := func(x float64) bool { return x >= 0 }
	unit := func(x float64) bool { return x >= 0 && x < 1 }

	sp := spec{Window: f.Windows.History, Hidden: f.Policy.Hidden}
	if sp.Window < 1 || sp.Window > 1<<16 {
		return nil, fmt.Errorf("rl: model windows.history = %d: must be in [1, 65536]", sp.Window)
	}
	if sp.Hidden < 0 || sp.Hidden > 1024 {
		return nil, fmt.Errorf("rl: model policy.hidden = %d: must be in [0, 1024]", sp.Hidden)
	}
	sp.ShortHL = check("windows.short_half_life", f.Windows.ShortHalfLife, pos, "must be > 0")
	sp.LongHL = check("windows.long_half_life", f.Windows.LongHalfLife, pos, "must be > 0")
	sp.StepYears = check("windows.step_hours", f.Windows.StepHours, pos, "must be > 0") / (24 * 365)
	sp.MinWeight = check("policy.min_weight", f.Policy.MinWeight, unit, "must be in [0, 1)")
	sp.Band = check("policy.band", f.Policy.Band, unit, "must be in [0, 1)")
	sp.GateHorizon = check("policy.gate_horizon", f.Policy.GateHorizon, pos, "must be > 0")
	sp.Sigma = check("policy.sigma", f.Policy.Sigma, pos, "must be > 0")
	sp.Util = check("market.util", f.Market.Util, unit, "must be in [0, 1)")
	sp.Elasticity = check("market.elasticity", f.Market.Elasticity, nonneg, "must be ≥ 0")
	sp.Dust = check("market.dust", f.Market.Dust, unit, "must be in [0, 1)")
	info := TrainInfo{
		First: f.Training.First, Last: f.Training.Last, Rows: f.Training.Rows, Seed: f.Training.Seed, Parent: f.Training.Parent,
		Market: MarketInfo{
			GasUSD:     check("market.gas_usd", f.Market.GasUSD, nonneg, "must be ≥ 0"),
			CostBps:    check("market.cost_bps", f.Market.CostBps, nonneg, "must be ≥ 0"),
			Util:       sp.Util,
			Elasticity: sp.Elasticity,
			Dust:       sp.Dust,
		},
	}
	hy := f.Training.Hyper
	info.Hyper = HyperSettings{
		Iterations: hy.Iterations, Episodes: hy.Episodes, Rollouts: hy.Rollouts,
		MinLen: hy.MinLen, MaxLen: hy.MaxLen, MinPools: hy.MinPools, MaxPools: hy.MaxPools, MinHistory: hy.MinHistory,
		CapitalMin:   check("training.hyper.capital_min", hy.CapitalMin, all, ""),
		CapitalMax:   check("training.hyper.capital_max", hy.CapitalMax, all, ""),
		LearningRate: check("training.hyper.learning_rate", hy.LearningRate, all, ""),
		ClipNorm:     check("training.hyper.clip_norm", hy.ClipNorm, all, ""),
		L2:           check("training.hyper.l2", hy.L2, all, ""),
		Gamma:        check("training.hyper.gamma", hy.Gamma, all, ""),
	}
	if bad != nil {
		return nil, bad
	}
	for _, d := range []struct{ field, v string }{{"training.first", info.First}, {"training.last", info.Last}} {
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return nil, fmt.Errorf("rl: model %s = %q: not a YYYY-MM-DD date", d.field, d.v)
		}
	}
	if info.Rows < 2 {
		return nil, fmt.Errorf("rl: model training.rows = %d: must be ≥ 2", info.Rows)
	}

	// Weights: shapes, then finiteness.
	h := sp.Hidden
	w := f.Weights
	shape := func(field string, got, want int) error {
		if got != want {
			return fmt.Errorf("rl: model weights.%s has %d entries, want %d", field, got, want)
		}
		return nil
	}
	if err := errors.Join(
		shape("w1", len(w.W1), h), shape("b1", len(w.B1), h), shape("w2", len(w.W2), h),
		shape("linear", len(w.Linear), nFeat), shape("gate", len(w.Gate), nGate)); err != nil {
		return nil, err
	}
	l := layoutFor(h)
	theta := make([]float64, l.n)
	put := func(field string, dst []float64, src []num) {
		for k, v := range src {
			dst[k] = check(fmt.Sprintf("weights.%s[%d]", field, k), v, all, "")
		}
	}
	for j, row := range w.W1 {
		if err := shape(fmt.Sprintf("w1[%d]", j), len(row), nFeat); err != nil {
			return nil, err
		}
		put(fmt.Sprintf("w1[%d]", j), theta[l.w1+j*nFeat:l.w1+(j+1)*nFeat], row)
	}
	put("b1", theta[l.b1:l.b1+h], w.B1)
	put("w2", theta[l.w2:l.w2+h], w.W2)
	put("linear", theta[l.u:l.u+nFeat], w.Linear)
	theta[l.idle] = check("weights.idle", w.Idle, all, "")
	put("gate", theta[l.gate:l.gate+nGate], w.Gate)
	if bad != nil {
		return nil, bad
	}
	return &Model{spec: sp, theta: theta, info: info}, nil
}

func checkNames(field string, got, want []string) error {
	if len(got) != len(want) {
		return fmt.Errorf("rl: model %s has %d names, want %d (%q)", field, len(got), len(want), want)
	}
	for k := range want {
		if got[k] != want[k] {
			return fmt.Errorf("rl: model %s[%d] = %q, want %q", field, k, got[k], want[k])
		}
	}
	return nil
}
