// Package meanvar implements a long-only mean-variance allocator for a vault
// that splits its capital between n yield sources and an idle buffer.
//
// # Problem
//
// Let V be the vault's capital (its total assets before the rebalance, in
// asset units), a_i the assets it holds in source i, w⁰_i = a_i/V the current
// weights and w⁰₀ = 1 − Σ_i w⁰_i the current idle share. The allocator
// chooses weights w ∈ ℝⁿ and an idle share w₀ (zero return, zero risk)
// maximising the yearly objective, a fraction of V per year like an APY,
//
//	F(w) = Y(w) − (λ/2)·wᵀΣw − (1/H)·Σ_i κ_i·|w_i − w⁰_i| − (G_tx·[k > 0] + G·k)/(V·H)
//
// subject to
//
//	Σ_i w_i + w₀ = 1                                   (budget)
//	l_i ≤ w_i ≤ u_i                                    (long-only, caps, liquidity)
//	m ≤ w₀ ≤ 1                                         (minimum idle)
//	½·(Σ_i |w_i − w⁰_i| + |w₀ − w⁰₀|) ≤ T              (turnover)
//
// where
//
//   - Y(w) = Σ_i w_i·r̂_i(w_i) is the expected yearly yield including rate
//     impact. Without an impact model r̂_i = μ_i, the expected APY. With a
//     model R_i (a rateimpact.Model)
//
//     r̂_i(w_i) = μ_i + R_i(V·(w_i − w⁰_i)) − R_i(0).
//
//     R_i is quoted at the current on-chain state of the pool, which
//     already includes the vault's holding a_i, and its argument is the
//     change in that holding, in asset units: exactly what a source's
//     supplyRateAfter(added, removed) answers with added − removed =
//     V·(w_i − w⁰_i). The model contributes only the change of the rate, so
//     μ_i may be a forecast that differs from R_i(0); with μ_i = R_i(0) and
//     targets t_i = V·w_i, V·(Y(w) − Y(w⁰)) = Σ_i t_i·R_i(t_i − a_i) −
//     Σ_i a_i·R_i(0), the keeper's expected yearly gain.
//
//   - Σ is the covariance of APY changes and λ ≥ 0 the risk aversion.
//
//   - κ_i is the proportional cost of moving assets in or out of source i
//     (a fraction of the amount moved), G the fixed cost per source touched
//     and G_tx the fixed cost of a rebalance transaction (asset units), and
//     k = |{i : w_i ≠ w⁰_i}| the number of sources touched. Costs are paid
//     once; dividing them by the holding horizon H (years) makes them
//     comparable with yearly income: a move is worth its cost if it pays it
//     back within H.
//
//   - u_i = min(Caps_i, RelCapsBps_i/10⁴, AbsCaps_i/V), the vault's and the
//     policy's caps, all relative to the total assets before the rebalance
//     as the vault checks them; l_i = max(0, w⁰_i − R_i.MaxWithdraw()/V) for
//     sources with a model (the vault cannot withdraw more than the pool's
//     free liquidity) and 0 otherwise; m is the minimum idle share.
//
//   - T is the vault's maximum turnover (maxTurnoverBps/10⁴). The vault
//     counts turnover as (Σ_i |t_i − a_i| + |Δidle|)/2, the assets that
//     change place; in weights this is ½·‖x − x⁰‖₁ with x = (w, w₀) and
//     x⁰ = (w⁰, w⁰₀), since Δidle = −Σ_i (t_i − a_i).
//
// Without impact models and costs, F is the classical mean-variance
// objective μᵀw − (λ/2)·wᵀΣw and Current is only a warm start.
//
// # Continuous problem
//
// Without the fixed costs (G = G_tx = 0), and writing x = (w, w₀), c_i = κ_i/H
// (c₀ = 0) and X_T the feasible set, the problem is
//
//	minimise  −Y(w) + (λ/2)·wᵀΣw + Σ_i c_i·|x_i − x⁰_i|   over x ∈ X_T,
//	X_T = {x : 1ᵀx = 1, l ≤ x ≤ u, ‖x − x⁰‖₁ ≤ 2T}.
//
// A point x ∈ X_T is stationary if and only if there are multipliers τ (the
// budget's, the cash price) and θ ≥ 0 (the turnover's, zero when the turnover
// constraint is slack) such that for every i, with g = ∇(−Y + (λ/2)wᵀΣw)
// (g₀ = 0) and s_i ∈ ∂|x_i − x⁰_i| (the sign of the move, any value in
// [−1, 1] for an unmoved coordinate),
//
//	g_i + (c_i + θ)·s_i + τ  ≥ 0 if x_i = l_i,  ≤ 0 if x_i = u_i,  = 0 otherwise.
//
// In the maximisation's terms, τ is the net marginal yearly yield of one more
// unit of weight anywhere it can go: the price of cash. Equivalently
// x = P(x − g), where P is the proximal map of the cost term restricted to
// X_T; the solver reports ‖x − P(x − g)‖∞ as the KKT residual. Y is concave
// when every r̂_i is (the income x·r(x) of a kinked or capacity model is
// concave only for holdings below about twice the pool's supply, see
// rateimpact.Income), and then stationary points are optimal.
//
// # Algorithm
//
// Solve handles the rate impact by sequential convexification: at the
// current iterate xᵏ each income term is replaced by its second-order model
//
//	I_i(w_i) ≈ I_i(xᵏ_i) + I_i'(xᵏ_i)·(w_i − xᵏ_i) − (ρ_i/2)·(w_i − xᵏ_i)²,   ρ_i = |I_i''(xᵏ_i)|,
//
// with derivatives by finite differences of the model's rates. Where the
// income is concave this is Newton's model; where it is not (beyond about
// twice the pool's supply, or across a kink of the rate curve) ρ_i acts as
// a proximal term, a trust region. The resulting convex program, a QP with
// an ℓ1 cost, is solved exactly, and the step to its solution is
// safeguarded by a backtracking (Armijo) line search on the true objective,
// so the true objective increases monotonically; the iteration stops when
// the KKT residual of the problem linearised at the iterate is below
// tolerance or the true objective stops improving. The reported objective
// is always the true one.
//
// A local method cannot leave the basin it starts in, and a kinked rate
// curve can give a source's income two concave pieces (withdrawing from a
// pool above its optimal utilisation raises the rate steeply). The income is
// separable, so Solve samples each source's income once on a grid over its
// bounds; for the sources whose samples are not concave it scans, at the
// local solution's prices, that source's share of the Lagrangian on the grid
// and restarts the local method from any better basin (basin hopping),
// keeping the result if the true objective improves.
//
// The QP, minimise ½·xᵀQx − bᵀx + Σ_i c_i·|x_i − x⁰_i| over X_T with
// Q = λΣ + diag(ρ), is solved by FISTA with adaptive restart in the
// diagonal metric D = diag(ρ) + λ·L·I ⪰ Q (L ≥ λ_max(Σ)), whose proximal
// step is exact: for fixed multipliers (τ, θ) it is separable,
// x_i = clamp(x⁰_i + S_{(c_i+θ)/d_i}(v_i − τ/d_i − x⁰_i), l_i, u_i) with S
// the soft threshold, and τ and θ are the roots of two monotone
// piecewise-linear equations (budget and turnover), found by Newton steps
// safeguarded by a bracket, exact once on the right piece. Once an iterate
// identifies the active set (bounds, unmoved sources, sign of each move,
// whether turnover binds), it is polished by solving the
// equality-constrained KKT system, and the result is accepted only if its
// KKT residual is below tolerance; a warm start with the right active set
// needs no iteration at all. Linear programs (no risk, no rate impact) are
// solved exactly by a greedy exchange.
//
// The fixed costs make the problem non-convex: they count moved sources.
// With up to four sources Solve enumerates the sets of sources allowed to
// move and keeps the best. With more it uses iteratively reweighted ℓ1, a
// majorise–minimise scheme for a log surrogate of the fixed charge, which
// drives to zero the moves too small to pay their fixed cost; it then
// re-solves with the true costs on the sources that still move and tries
// freezing, one at a time, the two moved sources whose moves pay least (see
// searchFixed). Either way the answer is compared with holding (no
// transaction, no cost): Solve holds when no move pays, and says why in
// Result.Reason.

package meanvar

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// Tolerance is the KKT residual ‖x − P(x − g)‖∞ at which Solve declares
// convergence. It is scaled by max(1, ‖μ‖∞, λ·L) with L ≥ ‖Σ‖₂ the
// smaller of Σ's trace and largest absolute row sum.
const Tolerance = 1e-12

// maxIterations bounds the number of accelerated projected-gradient steps of
// one QP solve. It is a variable so tests can exercise the non-convergence
// path.
var maxIterations = 200000

// exactFixedCostMax is the largest number of sources for which the fixed
// costs are handled by enumerating the sets of sources allowed to move.
// It is a variable so tests can exercise the heuristic on small problems.
var exactFixedCostMax = 4

var (
	// ErrNotConverged is wrapped by the error Solve returns when the
	// iteration cap is reached before the KKT residual falls below
	// Tolerance.
	ErrNotConverged = errors.New("meanvar: not converged")
	// ErrInvalid is wrapped by the errors Solve returns for a malformed
	// Problem; the message names the field and its value.
	ErrInvalid = errors.New("meanvar: invalid problem")
	// ErrInfeasible is wrapped by the error Solve returns when no
	// allocation satisfies the constraints, for example when the current
	// allocation exceeds a cap by more than the turnover limit allows to
	// move.
	ErrInfeasible = errors.New("meanvar: infeasible")
)

// Problem is an allocation problem; see the package documentation for the
// objective and the constraints. Only Mu is required: the zero value of
// every other field means "absent" (no risk, no cap, no impact, no cost, no
// turnover limit).
type Problem struct {
	// Mu is the expected APY per source, as a fraction (0.05 = 5%).
	Mu []float64
	// Cov is the n×n covariance of APY changes. Nil means zero. If Cov is
	// not positive semidefinite, Solve replaces it by Cov + δI with
	// δ = −λ_min(Cov), the smallest multiple of the identity that makes
	// it positive semidefinite; δ is reported in Result.CovShift.
	Cov *mat.SymDense
	// RiskAversion is λ ≥ 0.
	RiskAversion float64
	// Caps is the maximum weight per source, each in [0, 1]; nil means 1.
	Caps []float64
	// MinIdle is the minimum idle share m, in [0, 1].
	MinIdle float64
	// Current holds the current weights w⁰ (w⁰_i = a_i/V); nil means
	// everything idle. When the problem has no impact model, no cost and
	// no turnover limit, Current is only a warm start (clamped to the
	// caps) and does not change the optimum; otherwise each entry must be
	// in [0, 1] and their sum at most 1.
	Current []float64

	// Capital is V, the vault's total assets before the rebalance, in
	// asset units. It is required (> 0) with Impact, AbsCaps, SourceCost
	// or TxCost.
	Capital float64
	// Impact holds an optional rate-impact model per source (nil entries
	// and a nil slice mean none), quoted at the current on-chain state:
	// RateAfter(δ) is the source's supply rate after the vault's holding
	// changes by δ asset units (δ < 0 withdraws) and MaxWithdraw the most
	// the vault can withdraw now. Solve evaluates the models thousands of
	// times, so they must be in-memory (rateimpact.Kinked built from the
	// pool's supply, borrow and curve), not calls to the chain.
	Impact []rateimpact.Model
	// AbsCaps is the vault's absolute cap per source, in asset units
	// (+Inf for none); nil means none.
	AbsCaps []float64
	// RelCapsBps is the vault's relative cap per source, in basis points
	// of total assets (at most 10 000); nil means none.
	RelCapsBps []uint64

	// PropCost is κ, the proportional cost per source as a fraction of
	// the amount moved in or out (slippage, fees), each in [0, 1); nil
	// means none.
	PropCost []float64
	// SourceCost is G, the fixed cost of touching a source (the gas of
	// its deposit or withdrawal), in asset units.
	SourceCost float64
	// TxCost is G_tx, the fixed cost of a rebalance transaction, in asset
	// units, paid once whenever anything moves.
	TxCost float64
	// Horizon is H, the holding horizon in years over which costs are
	// amortised; required (> 0) when any cost is set. A keeper that moves
	// only when the yearly gain exceeds factor × cost uses H = 1/factor.
	Horizon float64
	// MaxTurnover is T, the vault's maximum turnover as a fraction of
	// total assets (maxTurnoverBps/10⁴), in [0, 1]; 0 means no limit. A
	// vault whose maxTurnoverBps is 0 cannot rebalance at all: callers
	// should hold without solving.
	MaxTurnover float64
}

// Result is the solution of a Problem.
type Result struct {
	// Weights is the allocation per source. When Touched[i] is false,
	// Weights[i] equals Current[i] exactly and the caller should leave
	// the source's assets as they are.
	Weights []float64
	// Idle is the idle share w₀ = 1 − Σ Weights.
	Idle float64
	// Objective is F at the solution: the expected yield including rate
	// impact, minus the risk penalty (with the repaired covariance
	// Σ = Cov + CovShift·I) and the amortised costs, as a yearly fraction
	// of capital.
	Objective float64
	// Iterations is the total number of projected-gradient iterations
	// over all subproblems; zero when every subproblem was solved in
	// closed form or by its active-set polish.
	Iterations int
	// Steps is the total number of sequential-convexification steps
	// (zero without rate-impact models).
	Steps int
	// KKTResidual is ‖x − P(x − g)‖∞ at the returned point for the
	// continuous problem (no fixed costs; sources left alone by the
	// fixed-cost search frozen) linearised there. It is zero for a hold.
	KKTResidual float64
	// CovShift is the diagonal shift δ ≥ 0 added to Cov to make it
	// positive semidefinite (zero when Cov is already PSD or nil).
	CovShift float64

	// CashPrice is the budget multiplier τ, the net marginal yearly yield
	// of one more unit of weight; TurnoverPrice is the turnover
	// multiplier θ ≥ 0, zero unless the turnover limit binds. Both belong
	// to the same continuous problem as KKTResidual; zero for a hold.
	CashPrice, TurnoverPrice float64

	// Touched reports, per source, whether its weight changes. It is nil
	// when Current was only a warm start.
	Touched []bool
	// Turnover is ½·‖x − x⁰‖₁, the turnover as the vault counts it, as a
	// fraction of capital.
	Turnover float64
	// Gain is the change of expected yearly income including rate impact,
	// V·(Y(w) − Y(w⁰)), in asset units per year (in units of capital when
	// Capital is 0).
	Gain float64
	// Benefit is the risk-adjusted gain over the horizon,
	// V·H·(Y(w) − (λ/2)wᵀΣw − Y(w⁰) + (λ/2)w⁰ᵀΣw⁰), in asset units (H is
	// taken as 1 year when Horizon is 0).
	Benefit float64
	// Cost is the one-time cost of the move in asset units:
	// G_tx + G·k + V·Σ_i κ_i·|w_i − w⁰_i| (zero for a hold). Solve moves
	// only when Benefit > Cost, unless the current allocation violates
	// its bounds and must move.
	Cost float64
	// Forced reports that the current allocation is outside its bounds
	// (above a cap, idle below MinIdle), so the move is required whatever it
	// earns or costs; Reason says so.
	Forced bool
	// Hold reports that the best decision is not to move: Weights equal
	// Current and Reason says why. A hold is also returned with an error
	// wrapping ErrInfeasible.
	Hold bool
	// Reason explains the decision in one sentence.
	Reason string
}

// Solve returns the optimal allocation for p; see the package documentation
// for the method.
//
// Without impact models, costs and turnover limit, Solve behaves as a plain
// mean-variance solver: when λ = 0 or Σ = 0 the objective is linear and the
// solution is computed exactly by filling sources with μ_i > 0 in
// descending μ order up to their caps until the budget 1 − MinIdle is spent,
// sources with equal μ sharing the remaining budget equally subject to their
// caps (the minimum-norm optimal split), which makes ties deterministic;
// otherwise it runs the QP solver from Current.
//
// When the iteration cap is reached before the KKT residual falls below
// Tolerance, Solve returns the last feasible iterate together with an error
// wrapping ErrNotConverged. When the constraints cannot be met it returns a
// hold with an error wrapping ErrInfeasible; when they can, but not within
// MaxTurnover of Current (a cap lowered under a position, idle drained by
// withdrawals), it returns the move toward them that spends the whole limit
// (see towardBounds), which the vault accepts, so the keeper is never
// locked out.
//
// Solve is deterministic and does not modify p.
func Solve(p Problem) (Result, error) {
	in, err := newInstance(p)
	if err != nil {
		return Result{}, err
	}
	if in.plain {
		return in.solvePlain()
	}
	return in.solve()
}

// instance is a validated Problem in the solver's terms, x = (w, w₀).
type instance struct {
	n, m   int
	mu     []float64
	lam    float64
	sig    []float64 // n×n row-major repaired Σ; nil when λΣ = 0
	shift  float64
	lmax   float64 // upper bound on λ_max of the repaired Σ
	lo, up []float64
	x0     []float64
	c      []float64 // c_i = κ_i/H, c₀ = 0
	kappa  []float64
	t      float64 // 2T, +Inf without limit

	impact    []rateimpact.Model // len n, nil entries; nil slice when none
	r0        []float64          // R_i(0)
	minW      []float64          // w⁰_i − MaxWithdraw_i/V: below it the model's rate is flat
	capital   float64
	v, h      float64 // capital and horizon used for amounts (1 when unset)
	srcCost   float64
	txCost    float64
	validX0   bool // Current is a valid allocation (sum ≤ 1, entries in [0, 1])
	plain     bool // no impact, costs or turnover limit: Current is a warm start
	scale     float64
	tol       float64
	modelErr  error
	scans     []incomeScan // income samples per source; nil when all are concave
	memo      []derivMemo  // last derivs per source
	ws        *qp          // subproblem workspace, reused across solves
	iters     int          // projected-gradient iterations over all subproblems
	steps     int          // sequential-convexification steps
	noConverg error
}

// validate checks p and returns the number of sources.
func validate(p Problem) (int, error) {
	n := len(p.Mu)
	if n == 0 {
		return 0, fmt.Errorf("%w: len(Mu) = 0: need at least one source", ErrInvalid)
	}
	lengths := []struct {
		name string
		l    int
	}{
		{"Caps", len(p.Caps)}, {"Current", len(p.Current)}, {"Impact", len(p.Impact)},
		{"AbsCaps", len(p.AbsCaps)}, {"RelCapsBps", len(p.RelCapsBps)}, {"PropCost", len(p.PropCost)},
	}
	for _, f := range lengths {
		if f.l != 0 && f.l != n {
			return 0, fmt.Errorf("%w: len(%s) = %d: must be 0 or len(Mu) = %d", ErrInvalid, f.name, f.l, n)
		}
	}
	for i, v := range p.Mu {
		if !finite(v) {
			return 0, fmt.Errorf("%w: Mu[%d] = %v: must be finite", ErrInvalid, i, v)
		}
	}
	for i, v := range p.Caps {
		if !(v >= 0 && v <= 1) {
			return 0, fmt.Errorf("%w: Caps[%d] = %v: must be in [0, 1]", ErrInvalid, i, v)
		}
	}
	for i, v := range p.Current {
		if !finite(v) {
			return 0, fmt.Errorf("%w: Current[%d] = %v: must be finite", ErrInvalid, i, v)
		}
	}
	if !finite(p.RiskAversion) || p.RiskAversion < 0 {
		return 0, fmt.Errorf("%w: RiskAversion = %v: must be finite and >= 0", ErrInvalid, p.RiskAversion)
	}
	if !(p.MinIdle >= 0 && p.MinIdle <= 1) {
		return 0, fmt.Errorf("%w: MinIdle = %v: must be in [0, 1]", ErrInvalid, p.MinIdle)
	}
	if p.Cov != nil {
		if d := p.Cov.SymmetricDim(); d != n {
			return 0, fmt.Errorf("%w: Cov is %d×%d: must be %d×%d (len(Mu))", ErrInvalid, d, d, n, n)
		}
		for i := range n {
			for j := i; j < n; j++ {
				if v := p.Cov.At(i, j); !finite(v) {
					return 0, fmt.Errorf("%w: Cov[%d,%d] = %v: must be finite", ErrInvalid, i, j, v)
				}
			}
			if v := p.Cov.At(i, i); v < 0 {
				return 0, fmt.Errorf("%w: Cov[%d,%d] = %v: diagonal must be >= 0", ErrInvalid, i, i, v)
			}
		}
	}
	if !finite(p.Capital) || p.Capital < 0 {
		return 0, fmt.Errorf("%w: Capital = %v: must be finite and >= 0", ErrInvalid, p.Capital)
	}
	for i, v := range p.AbsCaps {
		if math.IsNaN(v) || v < 0 {
			return 0, fmt.Errorf("%w: AbsCaps[%d] = %v: must be >= 0 (+Inf for none)", ErrInvalid, i, v)
		}
	}
	for i, v := range p.RelCapsBps {
		if v > 10_000 {
			return 0, fmt.Errorf("%w: RelCapsBps[%d] = %d: must be at most 10000", ErrInvalid, i, v)
		}
	}
	for i, v := range p.PropCost {
		if !(v >= 0 && v < 1) {
			return 0, fmt.Errorf("%w: PropCost[%d] = %v: must be in [0, 1)", ErrInvalid, i, v)
		}
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"SourceCost", p.SourceCost}, {"TxCost", p.TxCost}, {"Horizon", p.Horizon}} {
		if !finite(f.v) || f.v < 0 {
			return 0, fmt.Errorf("%w: %s = %v: must be finite and >= 0", ErrInvalid, f.name, f.v)
		}
	}
	if !(p.MaxTurnover >= 0 && p.MaxTurnover <= 1) {
		return 0, fmt.Errorf("%w: MaxTurnover = %v: must be in [0, 1] (0 for no limit)", ErrInvalid, p.MaxTurnover)
	}
	hasImpact := false
	for i, mdl := range p.Impact {
		if mdl == nil {
			continue
		}
		hasImpact = true
		if r := mdl.RateAfter(0); !finite(r) {
			return 0, fmt.Errorf("%w: Impact[%d].RateAfter(0) = %v: must be finite", ErrInvalid, i, r)
		}
		if w := mdl.MaxWithdraw(); math.IsNaN(w) || w < 0 {
			return 0, fmt.Errorf("%w: Impact[%d].MaxWithdraw() = %v: must be >= 0", ErrInvalid, i, w)
		}
	}
	hasProp := false
	for _, v := range p.PropCost {
		hasProp = hasProp || v > 0
	}
	needCapital := ""
	switch {
	case hasImpact:
		needCapital = "Impact"
	case p.AbsCaps != nil:
		needCapital = "AbsCaps"
	case p.SourceCost > 0:
		needCapital = "SourceCost"
	case p.TxCost > 0:
		needCapital = "TxCost"
	}
	if needCapital != "" && p.Capital == 0 {
		return 0, fmt.Errorf("%w: Capital = 0: must be > 0 with %s", ErrInvalid, needCapital)
	}
	if (hasProp || p.SourceCost > 0 || p.TxCost > 0) && p.Horizon == 0 {
		return 0, fmt.Errorf("%w: Horizon = 0: must be > 0 when costs are set", ErrInvalid)
	}
	strict := hasImpact || hasProp || p.SourceCost > 0 || p.TxCost > 0 || p.MaxTurnover > 0
	if strict {
		var sum float64
		for i, v := range p.Current {
			if !(v >= 0 && v <= 1) {
				return 0, fmt.Errorf("%w: Current[%d] = %v: must be in [0, 1]", ErrInvalid, i, v)
			}
			sum += v
		}
		if sum > 1+currentSlack {
			return 0, fmt.Errorf("%w: sum(Current) = %v: must be at most 1", ErrInvalid, sum)
		}
	}
	return n, nil
}

// currentSlack is how far Σ Current may exceed 1 (rounding of a_i/V).
const currentSlack = 1e-9

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// newInstance validates p and builds the instance.
func newInstance(p Problem) (*instance, error) {
	n, err := validate(p)
	if err != nil {
		return nil, err
	}
	sig, shift, lmax, err := repairCov(p.Cov, n)
	if err != nil {
		return nil, err
	}
	m := n + 1
	in := &instance{
		n: n, m: m, mu: p.Mu, lam: p.RiskAversion, shift: shift, lmax: lmax,
		lo: make([]float64, m), up: make([]float64, m), x0: make([]float64, m),
		c: make([]float64, m), kappa: make([]float64, m), t: math.Inf(1),
		capital: p.Capital, v: p.Capital, h: p.Horizon,
		srcCost: p.SourceCost, txCost: p.TxCost,
	}
	if in.v == 0 {
		in.v = 1
	}
	if in.h == 0 {
		in.h = 1
	}
	if in.lam > 0 {
		in.sig = sig
	}
	for _, mdl := range p.Impact {
		if mdl != nil {
			in.impact = p.Impact
			break
		}
	}
	for i := range n {
		in.up[i] = 1
		if p.Caps != nil {
			in.up[i] = p.Caps[i]
		}
		if p.RelCapsBps != nil {
			in.up[i] = math.Min(in.up[i], float64(p.RelCapsBps[i])/10_000)
		}
		if p.AbsCaps != nil {
			in.up[i] = math.Min(in.up[i], p.AbsCaps[i]/p.Capital)
		}
		if p.PropCost != nil {
			in.kappa[i] = p.PropCost[i]
			in.c[i] = p.PropCost[i] / in.h
		}
	}
	in.lo[n], in.up[n] = p.MinIdle, 1

	hasProp := false
	for _, v := range in.kappa {
		hasProp = hasProp || v > 0
	}
	in.plain = in.impact == nil && !hasProp && p.SourceCost == 0 && p.TxCost == 0 && p.MaxTurnover == 0

	// Current allocation, x⁰₀ = 1 − Σw⁰.
	in.validX0 = true
	var sum float64
	for i, v := range p.Current {
		in.x0[i] = v
		sum += v
		in.validX0 = in.validX0 && v >= 0 && v <= 1
	}
	in.x0[n] = 1 - sum
	in.validX0 = in.validX0 && sum <= 1+currentSlack
	if in.plain && !in.validX0 {
		// Only a warm start: clamp it as the plain solver always did.
		sum = 0
		for i := range n {
			in.x0[i] = clamp(in.x0[i], 0, in.up[i])
			sum += in.x0[i]
		}
		in.x0[n] = 1 - sum
	}

	if p.MaxTurnover > 0 {
		in.t = 2 * p.MaxTurnover
	}
	if in.impact != nil {
		in.memo = make([]derivMemo, n)
		in.r0 = make([]float64, n)
		in.minW = make([]float64, n)
		for i, mdl := range in.impact {
			in.minW[i] = math.Inf(-1)
			if mdl == nil {
				continue
			}
			in.r0[i] = mdl.RateAfter(0)
			in.minW[i] = in.x0[i] - mdl.MaxWithdraw()/p.Capital
			in.lo[i] = math.Max(in.lo[i], in.minW[i])
		}
	}

	L := in.lam * lmax
	in.scale = 1
	for _, v := range p.Mu {
		in.scale = math.Max(in.scale, math.Abs(v))
	}
	in.scale = math.Max(in.scale, L)
	in.tol = Tolerance * in.scale
	return in, nil
}

// repairCov returns Σ̃ = Σ + δI, row-major, with δ = max(0, −λ_min(Σ)), the
// shift δ and an upper bound on λ_max(Σ̃): min(trace, largest absolute row
// sum), both bounds for a positive semidefinite matrix (Gershgorin). It
// returns nil when cov is nil or zero. A successful Cholesky factorisation
// proves Σ positive definite (δ = 0); only otherwise are the eigenvalues
// computed. The input is not modified.
func repairCov(cov *mat.SymDense, n int) ([]float64, float64, float64, error) {
	if cov == nil {
		return nil, 0, 0, nil
	}
	s := make([]float64, n*n)
	zero := true
	for i := range n {
		for j := range n {
			s[i*n+j] = cov.At(i, j)
			zero = zero && s[i*n+j] == 0
		}
	}
	if zero {
		return nil, 0, 0, nil
	}
	var shift float64
	if !positiveDefinite(s, n) {
		var eig mat.EigenSym
		if !eig.Factorize(cov, false) {
			return nil, 0, 0, errors.New("meanvar: Cov: eigendecomposition failed")
		}
		if lmin := eig.Values(nil)[0]; lmin < 0 {
			shift = -lmin
			for i := range n {
				s[i*n+i] += shift
			}
		}
	}
	var trace, rows float64
	for i := range n {
		trace += s[i*n+i]
		var r float64
		for _, v := range s[i*n : i*n+n] {
			r += math.Abs(v)
		}
		rows = math.Max(rows, r)
	}
	return s, shift, math.Min(trace, rows), nil
}

// positiveDefinite reports whether the Cholesky factorisation of the n×n
// row-major symmetric s, s = LLᵀ, succeeds with positive pivots.
func positiveDefinite(s []float64, n int) bool {
	l := make([]float64, n*n)
	for j := range n {
		d := s[j*n+j]
		lj := l[j*n : j*n+j]
		for _, v := range lj {
			d -= v * v
		}
		if !(d > 0) {
			return false
		}
		d = math.Sqrt(d)
		l[j*n+j] = d
		for i := j + 1; i < n; i++ {
			v := s[i*n+j]
			for k, ljk := range lj {
				v -= l[i*n+k] * ljk
			}
			l[i*n+j] = v / d
		}
	}
	return true
}

// risk returns (λ/2)·wᵀΣw with the repaired Σ.
func (in *instance) risk(x []float64) float64 {
	if in.sig == nil {
		return 0
	}
	n := in.n
	var v float64
	for i := range n {
		row := in.sig[i*n : i*n+n]
		var s float64
		for j, sij := range row {
			s += sij * x[j]
		}
		v += x[i] * s
	}
	return in.lam / 2 * v
}

// derivMemo is the last evaluation of derivs for a source.
type derivMemo struct {
	ok         bool
	w, f, g, h float64
}

// income returns I_i(w) = w·r̂_i(w), source i's yearly income per unit of
// capital at weight w.
func (in *instance) income(i int, w float64) float64 {
	if in.impact == nil || in.impact[i] == nil {
		return in.mu[i] * w
	}
	if e := &in.memo[i]; e.ok && e.w == w {
		return e.f
	}
	return w * in.rate(i, w)
}

// rate returns r̂_i(w) = μ_i + R_i(V·(w − w⁰_i)) − R_i(0) for a source with
// a model, recording the first non-finite rate in in.modelErr.
func (in *instance) rate(i int, w float64) float64 {
	d := in.capital * (w - in.x0[i])
	r := in.impact[i].RateAfter(d)
	if !finite(r) {
		if in.modelErr == nil {
			in.modelErr = fmt.Errorf("%w: Impact[%d].RateAfter(%g) = %v: must be finite", ErrInvalid, i, d, r)
		}
		return in.mu[i]
	}
	return in.mu[i] + r - in.r0[i]
}

// yield returns Y(w) = Σ_i I_i(w_i).
func (in *instance) yield(x []float64) float64 {
	var y float64
	for i := range in.n {
		y += in.income(i, x[i])
	}
	return y
}

// propCost returns Σ_i c_i·|x_i − x⁰_i|, the amortised proportional cost.
func (in *instance) propCost(x []float64) float64 { return l1Cost(in.c, x, in.x0) }

func l1Cost(c, x, x0 []float64) float64 {
	var v float64
	for i, ci := range c {
		v += ci * math.Abs(x[i]-x0[i])
	}
	return v
}

// continuousObjective returns Y(w) − (λ/2)·wᵀΣw − Σ_i c_i·|x_i − x⁰_i|, the
// objective without the fixed costs.
func (in *instance) continuousObjective(x []float64) float64 {
	return in.yield(x) - in.risk(x) - in.propCost(x)
}

// fixedCost returns G_tx·[k > 0] + G·k in asset units for k touched sources.
func (in *instance) fixedCost(k int) float64 {
	if k == 0 {
		return 0
	}
	return in.txCost + in.srcCost*float64(k)
}
