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
	// Drift is how far outside its bounds the current allocation may be
	// and still be held: a source grows past its cap, and idle falls
	// under MinIdle, by the interest the sources accrue, and trimming a
	// drift smaller than a move worth sending would pay gas every tick
	// for nothing. A move, when there is one, still lands within the
	// bounds; a larger violation (a cap lowered under a position,
	// withdrawals that drained idle) forces one (Result.Forced). In
	// [0, 1]; 0: any violation beyond rounding forces a move.
	Drift float64
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
