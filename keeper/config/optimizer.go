package config

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// Optimizer strategies.
const (
	StrategyMeanVar = "meanvar" // rebalance with the mean-variance optimizer
	StrategyRL      = "rl"      // rebalance with the RL model's targets
	StrategyShadow  = "shadow"  // rebalance with meanvar, record what the RL model would have done
)

// Optimizer configures the allocator. The mean-variance strategy's settings
// (forecaster … cost_horizon) are those of optimizer/strategy.MeanVar, which
// the keeper runs at every tick and `keeper backtest` measures with this
// file; they are durations, so they mean the same whatever the schedule.
type Optimizer struct {
	// Strategy picks the allocator: "meanvar" (default), "rl" or "shadow".
	Strategy string `yaml:"strategy"`
	// ModelSHA256 is the hex SHA-256 of the RL model file (local.model_file)
	// for strategy rl and shadow: governance approves the model by its hash.
	ModelSHA256 string `yaml:"model_sha256"`
	// Forecaster predicts each source's APY from its history: "ewma"
	// (default; weights halving every ForecastHalfLife of age) or "last"
	// (the APY now).
	Forecaster string `yaml:"forecaster"`
	// ForecastHalfLife is the EWMA forecast's half-life.
	ForecastHalfLife Duration `yaml:"forecast_half_life"`
	// Window is how far back the stored history is read for the forecast
	// and the covariance.
	Window Duration `yaml:"window"`
	// CovarianceHalfLife is the half-life of the covariance of daily APY
	// changes.
	CovarianceHalfLife Duration `yaml:"covariance_half_life"`
	// RiskAversion is λ in f·w − (λ/2)·wᵀΣw, Σ the covariance of daily APY
	// changes; 0 ignores risk.
	RiskAversion float64 `yaml:"risk_aversion"`
	// CostHorizon is the time over which a move must pay back its gas (the
	// optimizer amortises costs over it).
	CostHorizon Duration `yaml:"cost_horizon"`
	// MinIdle is the share of total assets the keeper leaves idle (0..1); the
	// vault's on-chain minimum applies when larger.
	MinIdle float64 `yaml:"min_idle"`
	// MeasuredOnlyCap is the largest share of a measured-only source's pool
	// (the total assets of the ERC-4626 vault it supplies to, the vault's own
	// holding included, after the move) that the vault may hold, in (0, 1];
	// 1 adds no cap. A measured-only source's rate after a move is its past
	// share-price growth, not a quote of the move (the adapter cannot see the
	// target's internals), so the optimizer cannot tell how far its own
	// deposit would dilute that rate: the cap keeps the vault's share of
	// such a pool small enough for the dilution to stay small. The cap
	// never falls below what the vault holds there now: it stops new money
	// and forces no sale.
	MeasuredOnlyCap float64 `yaml:"measured_only_cap"`
}

// MeanVar is the mean-variance strategy with these settings, as the keeper
// runs it and `keeper backtest` measures it.
func (o Optimizer) MeanVar() strategy.MeanVar {
	return strategy.MeanVar{Forecaster: o.Forecaster, HalfLife: o.ForecastHalfLife.D(), Window: o.Window.D(),
		CovHalfLife: o.CovarianceHalfLife.D(), RiskAversion: o.RiskAversion, CostHorizon: o.CostHorizon.D()}
}

// maxStrategyDuration bounds the strategy's durations (ten years).
const maxStrategyDuration = 3650 * 24 * time.Hour

func (o Optimizer) validate(errs *[]error) {
	switch o.Forecaster {
	case strategy.ForecastEWMA, strategy.ForecastLast:
	case strategy.ForecastLocalLevel:
		*errs = append(*errs, fieldError("governed.optimizer.forecaster", o.Forecaster, "the local-level filter runs row by row and needs "+
			"evenly spaced observations, which the keeper's ticks are not (keeper backtest --tune-forecasters tries it on a daily grid); want %q or %q",
			strategy.ForecastEWMA, strategy.ForecastLast))
	default:
		*errs = append(*errs, fieldError("governed.optimizer.forecaster", o.Forecaster, "unknown forecaster; want %q or %q",
			strategy.ForecastEWMA, strategy.ForecastLast))
	}
	for _, f := range []struct {
		name string
		d    time.Duration
	}{
		{"governed.optimizer.forecast_half_life", o.ForecastHalfLife.D()},
		{"governed.optimizer.window", o.Window.D()},
		{"governed.optimizer.covariance_half_life", o.CovarianceHalfLife.D()},
		{"governed.optimizer.cost_horizon", o.CostHorizon.D()},
	} {
		if f.d <= 0 || f.d > maxStrategyDuration {
			*errs = append(*errs, fieldError(f.name, f.d, "must be positive and at most 3650d"))
		}
	}
	if math.IsNaN(o.RiskAversion) || math.IsInf(o.RiskAversion, 0) || o.RiskAversion < 0 {
		*errs = append(*errs, fieldError("governed.optimizer.risk_aversion", o.RiskAversion, "must be a finite number ≥ 0"))
	}
	checkFraction("governed.optimizer.min_idle", o.MinIdle, errs)
	if math.IsNaN(o.MeasuredOnlyCap) || o.MeasuredOnlyCap <= 0 || o.MeasuredOnlyCap > 1 {
		*errs = append(*errs, fieldError("governed.optimizer.measured_only_cap", o.MeasuredOnlyCap,
			"must be above 0 and at most 1 (a share of a measured-only source's pool; 1 adds no cap)"))
	}
}

// UsesRL reports whether the strategy runs the RL model.
func (o Optimizer) UsesRL() bool { return o.Strategy == StrategyRL || o.Strategy == StrategyShadow }

var sha256RE = regexp.MustCompile(`^[0-9a-f]{64}$`)

// LoadModel reads local.model_file, checks that its SHA-256 is the approved
// governed.optimizer.model_sha256, and loads it with rl.Load. Validate calls
// it, so a config that parses has a loadable, approved model; the keeper
// loads it again at start (the file may have changed since). Errors name the
// fields and values.
func (c *Config) LoadModel() (*rl.Model, error) {
	o := c.Optimizer
	if !sha256RE.MatchString(o.ModelSHA256) {
		return nil, fieldError("governed.optimizer.model_sha256", o.ModelSHA256, "want the model file's SHA-256 as 64 lower-case hex digits (keeper train prints it)")
	}
	if strings.TrimSpace(c.ModelFile) == "" {
		return nil, fieldError("local.model_file", c.ModelFile, "required with governed.optimizer.strategy %q", o.Strategy)
	}
	raw, err := os.ReadFile(c.ModelFile)
	if err != nil {
		return nil, fieldError("local.model_file", c.ModelFile, "cannot read the RL model: %v", err)
	}
	if sum := sha256.Sum256(raw); hex.EncodeToString(sum[:]) != o.ModelSHA256 {
		return nil, fieldError("local.model_file", c.ModelFile, "SHA-256 %x is not governed.optimizer.model_sha256 %s: not the approved model", sum, o.ModelSHA256)
	}
	m, err := rl.Load(bytes.NewReader(raw))
	if err != nil {
		return nil, fieldError("local.model_file", c.ModelFile, "not a usable RL model: %v", err)
	}
	return m, nil
}
