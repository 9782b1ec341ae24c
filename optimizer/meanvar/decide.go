package meanvar

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// candidate is a solution of the continuous problem over some box.
type candidate struct {
	x          []float64
	resid      float64
	tau, theta float64
	err        error

	obj     float64 // continuous objective (no fixed costs)
	touched []bool
	k       int     // number of sources touched
	value   float64 // obj − fixed cost/(V·H)
	frozen  []int   // sources frozen by the fixed-cost search
}

// evaluate fills in the objective and the touched sources of c.
func (in *instance) evaluate(c *candidate) {
	c.obj = in.continuousObjective(c.x)
	c.touched = make([]bool, in.n)
	c.k = 0
	for i := range in.n {
		if c.x[i] != in.x0[i] {
			c.touched[i] = true
			c.k++
		}
	}
	c.value = c.obj - in.fixedCost(c.k)/(in.v*in.h)
}

// solvePlain solves a problem without impact models, costs and turnover
// limit: the classical mean-variance program, from Current as a warm start.
func (in *instance) solvePlain() (Result, error) {
	var err error
	res := Result{CovShift: in.shift}
	s := in.newQP(in.lo, in.up)
	in.setModel(s, in.x0)
	c := &candidate{}
	if in.sig == nil {
		c.x = solveLP(in.mu, in.lo, in.up)
		c.resid = s.residual(c.x)
	} else {
		start := make([]float64, in.m)
		s.prox(start, in.x0, nil, &s.tauI, &s.thetaI)
		c.x, res.Iterations, c.resid, err = s.run(start, maxIterations)
	}
	// The last residual evaluation was at c.x (see localSolve).
	c.tau, c.theta = s.tauI, s.thetaI
	in.evaluate(c)
	in.fill(&res, c)
	if in.validX0 {
		res.Hold = c.k == 0
		res.Reason = in.reason(c, nil)
	} else {
		res.Touched = nil
		res.Gain, res.Benefit, res.Turnover = 0, 0, 0
		res.Reason = "optimal allocation (Current was only a warm start)"
	}
	return res, err
}

// solve solves a problem with impact models, costs or a turnover limit.
func (in *instance) solve() (Result, error) {
	if err := in.feasibility(in.lo, in.up); err != nil {
		if c := in.towardBounds(); c != nil {
			res := Result{CovShift: in.shift}
			in.fill(&res, c)
			res.Reason = fmt.Sprintf("the current allocation is outside its bounds by more than one move within the turnover limit can fix "+
				"(%.4g needed, %.4g allowed): moving toward them as far as the limit allows", (c.resid)/2, in.t/2)
			res.KKTResidual, res.Forced = 0, true
			return res, nil
		}
		return in.hold(strings.TrimPrefix(err.Error(), "meanvar: ")), err
	}
	if !in.scanIncomes() {
		in.scans = nil
	}
	holdOK := in.feasibleX0()
	var best, bestMove *candidate
	if in.srcCost == 0 {
		best = in.continuous(in.lo, in.up, nil, nil)
		bestMove = best
	} else {
		best, bestMove = in.searchFixed()
	}
	if in.modelErr != nil {
		return Result{}, in.modelErr
	}
	in.guardTurnover(best)

	hold := in.continuousObjective(in.x0)
	if holdOK && (best.k == 0 || hold >= best.value) {
		// Explain the hold by the best move there was, if any.
		why := best
		if bestMove != nil && bestMove.k > 0 {
			why = bestMove
		}
		return in.hold(in.reason(why, &hold)), nil
	}
	res := Result{CovShift: in.shift, Iterations: in.iters, Steps: in.steps}
	in.fill(&res, best)
	res.Reason = in.reason(best, nil)
	if !holdOK {
		res.Forced = true
		res.Reason = "the current allocation violates its bounds, so it must move: " + res.Reason
	}
	return res, best.err
}

// fill stores the candidate in res.
func (in *instance) fill(res *Result, c *candidate) {
	n := in.n
	res.Weights = slices.Clone(c.x[:n])
	res.Idle = c.x[n]
	res.Objective = c.value
	res.KKTResidual = c.resid
	res.CashPrice, res.TurnoverPrice = c.tau, c.theta
	res.Touched = c.touched
	var dist float64
	for i := range in.m {
		dist += math.Abs(c.x[i] - in.x0[i])
	}
	res.Turnover = dist / 2
	y, y0 := in.yield(c.x), in.yield(in.x0)
	res.Gain = in.v * (y - y0)
	res.Benefit = in.v * in.h * (y - in.risk(c.x) - y0 + in.risk(in.x0))
	if c.k > 0 {
		res.Cost = in.fixedCost(c.k) + in.v*in.h*in.propCost(c.x)
	}
}

// hold returns the decision to stay at the current allocation.
func (in *instance) hold(reason string) Result {
	obj := in.continuousObjective(in.x0)
	return Result{
		Weights: slices.Clone(in.x0[:in.n]), Idle: in.x0[in.n], Objective: obj,
		CovShift: in.shift, Iterations: in.iters, Steps: in.steps,
		Touched: make([]bool, in.n), Hold: true, Reason: reason,
	}
}

// reason explains the decision for the candidate c; hold is the value of
// holding when the decision is to hold.
func (in *instance) reason(c *candidate, hold *float64) string {
	var b strings.Builder
	if c.k == 0 {
		b.WriteString("the current allocation is optimal")
		if len(c.frozen) > 0 {
			fmt.Fprintf(&b, " once sources %s, whose moves do not pay their fixed cost %.6g, are left alone", indices(c.frozen), in.srcCost)
		}
		return b.String()
	}
	benefit := in.v * in.h * (c.obj + in.propCost(c.x) - in.continuousObjective(in.x0))
	cost := in.fixedCost(c.k) + in.v*in.h*in.propCost(c.x)
	moved := make([]int, 0, c.k)
	for i, t := range c.touched {
		if t {
			moved = append(moved, i)
		}
	}
	if hold != nil {
		fmt.Fprintf(&b, "holding: the best move (sources %s) has a risk-adjusted benefit of %.6g over the %.4g-year horizon, not above its cost %.6g",
			indices(moved), benefit, in.h, cost)
		return b.String()
	}
	// A forced move (the allocation violates its bounds) need not pay.
	verb := "exceeds"
	if benefit <= cost {
		verb = "does not exceed"
	}
	fmt.Fprintf(&b, "moving sources %s: risk-adjusted benefit %.6g over the %.4g-year horizon %s the cost %.6g",
		indices(moved), benefit, in.h, verb, cost)
	if c.theta > 0 {
		fmt.Fprintf(&b, "; the turnover limit binds (price %.4g)", c.theta)
	}
	if len(c.frozen) > 0 {
		fmt.Fprintf(&b, "; sources %s are left alone as their moves do not pay their fixed cost %.6g", indices(c.frozen), in.srcCost)
	}
	return b.String()
}

func indices(idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = strconv.Itoa(i)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// feasibleX0 reports whether the current allocation satisfies the bounds
// within rounding of a_i/V or the Problem's Drift: holding is then a
// feasible decision.
func (in *instance) feasibleX0() bool {
	slack := math.Max(currentSlack, in.drift)
	for i := range in.m {
		if in.x0[i] < in.lo[i]-slack || in.x0[i] > in.up[i]+slack {
			return false
		}
	}
	return true
}

// towardBounds is the move when the bounds can be met but not within the
// turnover limit t (a cap lowered under a position, or withdrawals that
// drained idle): the move of turnover t toward the least-turnover point y
// that meets them,
//
//	x = x⁰ + (t/d)·(y − x⁰),  d = ‖y − x⁰‖₁ > t,
//
// which shrinks every violation by the fraction t/d and, by convexity, keeps
// every coordinate that met its bounds within them (the vault accepts such a
// move: a source above a cap may shrink, idle below its floor may grow). It
// is nil when the bounds cannot be met at all, or can within t. The
// candidate's resid carries d, for the reason.
func (in *instance) towardBounds() *candidate {
	if math.IsInf(in.t, 1) || in.t <= 0 || in.boxFeasibility(in.lo, in.up) != nil {
		return nil
	}
	d, y := minTurnover(in.x0, in.lo, in.up)
	if d <= in.t {
		return nil
	}
	f := in.t / d * (1 - 1e-9) // strictly inside the limit, whatever the rounding
	c := &candidate{x: make([]float64, in.m)}
	for i := range c.x {
		c.x[i] = in.x0[i] + f*(y[i]-in.x0[i])
	}
	in.evaluate(c)
	c.resid = d
	return c
}

// feasibility checks that X_T over the box [lo, up] is not empty.
func (in *instance) feasibility(lo, up []float64) error {
	if err := in.boxFeasibility(lo, up); err != nil {
		return err
	}
	if !math.IsInf(in.t, 1) {
		if d, _ := minTurnover(in.x0, lo, up); d > in.t {
			return fmt.Errorf("%w: meeting the caps and MinIdle needs turnover %.6g > MaxTurnover %.6g", ErrInfeasible, d/2, in.t/2)
		}
	}
	return nil
}

// boxFeasibility checks that the box [lo, up] meets the budget: lo ≤ up and
// Σlo ≤ 1.
func (in *instance) boxFeasibility(lo, up []float64) error {
	var sumLo float64
	for i := range in.m {
		if lo[i] > up[i] {
			if i == in.n {
				return fmt.Errorf("%w: MinIdle %g above 1", ErrInfeasible, lo[i])
			}
			return fmt.Errorf("%w: source %d must keep at least %.6g of capital (Current %.6g less what the pool can pay out) but its cap is %.6g",
				ErrInfeasible, i, lo[i], in.x0[i], up[i])
		}
		sumLo += lo[i]
	}
	if sumLo > 1+1e-15 {
		return fmt.Errorf("%w: the lower bounds (MinIdle and what the pools cannot pay out) sum to %.6g > 1", ErrInfeasible, sumLo)
	}
	return nil
}

// guardTurnover makes the turnover limit hold exactly: if rounding left
// ‖x − x⁰‖₁ above t, x is moved toward the least-turnover point y (which
// satisfies it) just enough, x ← y + α(x − y), which keeps the budget and
// the bounds by convexity.
func (in *instance) guardTurnover(c *candidate) {
	if math.IsInf(in.t, 1) {
		return
	}
	var d float64
	for i := range in.m {
		d += math.Abs(c.x[i] - in.x0[i])
	}
	if d <= in.t {
		return
	}
	dmin, y := minTurnover(in.x0, in.lo, in.up)
	alpha := (in.t - dmin) / (d - dmin) * (1 - 1e-15)
	for i := range in.m {
		if c.x[i] != y[i] {
			c.x[i] = y[i] + alpha*(c.x[i]-y[i])
		}
	}
	in.evaluate(c)
}

// searchFixed handles the fixed cost per source touched, a count that
// makes the problem non-convex.
//
// With at most exactFixedCostMax sources it enumerates the sets of sources
// frozen at their current weight (l_i = u_i = w⁰_i), solves the continuous
// problem for each and keeps the best by the true objective, fixed costs
// included: exact when the continuous problems are.
//
// With more, it uses iteratively reweighted ℓ1 (Candès, Wakin and Boyd,
// 2008), a majorise–minimise scheme for the concave surrogate
// (G/(V·H))·log(1 + |δ_i|/ε) of the fixed charge (G/(V·H))·[δ_i ≠ 0],
// δ = w − w⁰: from the continuous solution, it repeatedly solves the
// continuous problem with the proportional weights raised to
//
//	c_i + G/(V·H·(|δ_i| + ε)),   ε = reweightEps,
//
// at the previous moves δ (warm-started there), which charges a move about
// its fixed cost at its previous size. Moves too small to pay their fixed
// cost are driven to zero and stay there, so the cash they moved comes from
// sources that already move. It stops when the set of moved sources is
// stable (at most maxReweight solves), freezes the sources outside it and
// solves once more with the true costs. Finally it tries freezing, one at
// a time, up to maxDrop moved sources whose surplus is below G, lowest
// first (see surplus), keeping each freeze that improves. The best solution seen
// wins; the caller compares it with holding. This is a heuristic, exact
// search being exponential in n: on random problems of two to four sources
// it matches the enumeration in about 98% of cases (see
// TestFixedCostHeuristicVsExact).
//
// It returns the best candidate and the best that moves something (nil if
// none does), which explains a hold.
func (in *instance) searchFixed() (best, bestMove *candidate) {
	n := in.n
	freezable := make([]bool, n)
	var free []int
	for i := range n {
		freezable[i] = in.x0[i] >= in.lo[i] && in.x0[i] <= in.up[i]
		if freezable[i] {
			free = append(free, i)
		}
	}
	lo, up := slices.Clone(in.lo), slices.Clone(in.up)
	consider := func(c *candidate, frozen []int) {
		c.frozen = slices.Clone(frozen)
		if best == nil || c.value > best.value || (c.value == best.value && c.k < best.k) {
			best = c
		}
		if c.k > 0 && (bestMove == nil || c.value > bestMove.value) {
			bestMove = c
		}
	}
	freeze := func(frozen []int) bool {
		copy(lo, in.lo)
		copy(up, in.up)
		for _, i := range frozen {
			lo[i], up[i] = in.x0[i], in.x0[i]
		}
		return in.feasibility(lo, up) == nil
	}

	if n <= exactFixedCostMax {
		var warm []float64
		for mask := 0; mask < 1<<len(free); mask++ {
			var frozen []int
			for b, i := range free {
				if mask&(1<<b) != 0 {
					frozen = append(frozen, i)
				}
			}
			if !freeze(frozen) {
				continue
			}
			c := in.continuous(lo, up, warm, nil)
			consider(c, frozen)
			if mask == 0 {
				warm = c.x
			}
		}
		return best, bestMove
	}

	first := in.continuous(in.lo, in.up, nil, nil)
	consider(first, nil)
	if first.k == 0 {
		return best, bestMove
	}
	weights := slices.Clone(in.c)
	x := first.x
	support := first.touched
	for range maxReweight {
		for i := range n {
			weights[i] = in.c[i] + in.srcCost/(in.v*in.h*(math.Abs(x[i]-in.x0[i])+reweightEps))
		}
		c := in.continuous(in.lo, in.up, x, weights)
		x = c.x
		stable := slices.Equal(c.touched, support)
		support = c.touched
		if stable {
			break
		}
	}
	var frozen []int
	for i := range n {
		if !support[i] && freezable[i] {
			frozen = append(frozen, i)
		}
	}
	if len(frozen) > 0 && freeze(frozen) {
		consider(in.continuous(lo, up, x, nil), frozen)
	}

	// Greedy drop: freeze, one at a time, the moved sources whose surplus
	// pays their fixed cost least, keeping each freeze that improves.
	cur := best
	if cur.k == 0 {
		return best, bestMove
	}
	type net struct {
		i int
		v float64
	}
	var order []net
	for i := range n {
		// At fixed prices the Lagrangian bounds the re-optimised value, so
		// freezing i loses at least about its surplus: only a source whose
		// surplus is below its fixed cost can pay for being frozen.
		if cur.touched[i] && freezable[i] {
			if v := in.v*in.h*in.surplus(cur, i) - in.srcCost; v < 0 {
				order = append(order, net{i, v})
			}
		}
	}
	slices.SortStableFunc(order, func(a, b net) int { return cmp.Compare(a.v, b.v) })
	for _, o := range order[:min(len(order), maxDrop)] {
		next := append(slices.Clone(cur.frozen), o.i)
		if !freeze(next) {
			continue
		}
		c := in.continuous(lo, up, cur.x, nil)
		consider(c, next)
		if c.value > cur.value {
			cur = c
		}
	}
	return best, bestMove
}

const (
	maxDrop     = 2    // greedy drop attempts after the reweighted search
	maxReweight = 6    // reweighted solves of the fixed-cost search
	reweightEps = 1e-3 // ε of the log surrogate, in weight units
)

// surplus returns the value of source i's move δ_i = w_i − w⁰_i in c at
// c's prices, the cash price τ and the turnover price θ:
//
//	v_i = I_i(w_i) − I_i(w⁰_i) − c_i·|δ_i| − λ·(δ_i·(Σw)_i − ½Σ_ii·δ_i²) − τ·δ_i − θ·|δ_i|,
//
// the objective's change from the move net of what the cash and the
// turnover it uses would earn at the margin elsewhere. V·H·v_i − G is a
// first-order estimate of what freezing the source loses; searchFixed tries
// freezing the sources where it is lowest first.
func (in *instance) surplus(c *candidate, i int) float64 {
	n := in.n
	d := c.x[i] - in.x0[i]
	v := in.income(i, c.x[i]) - in.income(i, in.x0[i]) - in.c[i]*math.Abs(d) - c.tau*d - c.theta*math.Abs(d)
	if in.sig != nil {
		var sw float64
		for j := range n {
			sw += in.sig[i*n+j] * c.x[j]
		}
		v -= in.lam * (d*sw - 0.5*in.sig[i*n+i]*d*d)
	}
	return v
}
