package rl

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// spec is everything besides the weights that defines what a model computes:
// it is written into the model file and checked by Load.
type spec struct {
	Window      int     // APY history entries used
	ShortHL     float64 // half-life of the short EWMA, steps
	LongHL      float64 // half-life of the long EWMA, steps
	Hidden      int     // hidden units of the scoring network; 0 = linear
	MinWeight   float64 // target weights below this are dropped (renormalised)
	Band        float64 // no-trade band per source, weight units
	GateHorizon float64 // H in the gate feature asinh(H·b/C), steps
	Sigma       float64 // training noise on the logits (not used by Act)
	StepYears   float64 // Δ, one step in years
	Util        float64 // u₀ of the capacity model
	Elasticity  float64 // η of the capacity model
	Dust        float64 // a move ≤ Dust·V does not touch a source
}

func (s spec) impact() impact { return impact{util: s.Util, eta: s.Elasticity} }

// nParams is the number of parameters of a policy with h hidden units.
func nParams(h int) int { return h*(nFeat+2) + nFeat + 1 + nGate }

// layout gives the offsets of each parameter block in the flat vector θ:
//
//	W1 (h×d, row-major) | b1 (h) | w2 (h) | u (d) | c (idle) | φ (gate, 3)
type layout struct{ w1, b1, w2, u, idle, gate, n int }

func layoutFor(h int) layout {
	var l layout
	l.w1 = 0
	l.b1 = h * nFeat
	l.w2 = l.b1 + h
	l.u = l.w2 + h
	l.idle = l.u + nFeat
	l.gate = l.idle + 1
	l.n = l.gate + nGate
	return l
}

// workspace holds per-rollout scratch buffers so that a step allocates
// little. Not safe for concurrent use.
type workspace struct {
	f, a, dz        []float64 // n×d features, n×h activations, n×h backprop
	s, z, eps, g    []float64 // scores, noisy logits, noise, upstream gradient
	omega           []float64 // softmax over available sources + idle
	avail           []int
	target, current []float64 // per source (all sources)
	tmpD, tmpH      []float64
}

func (ws *workspace) grow(n, h int) {
	need := func(b []float64, k int) []float64 {
		if cap(b) < k {
			return make([]float64, k)
		}
		return b[:k]
	}
	ws.f = need(ws.f, n*nFeat)
	ws.a = need(ws.a, max(1, n*h))
	ws.dz = need(ws.dz, max(1, n*h))
	ws.s = need(ws.s, n)
	ws.z = need(ws.z, n+1)
	ws.eps = need(ws.eps, n+1)
	ws.g = need(ws.g, n)
	ws.omega = need(ws.omega, n+1)
	ws.target = need(ws.target, n)
	ws.current = need(ws.current, n)
	ws.tmpD = need(ws.tmpD, nFeat)
	ws.tmpH = need(ws.tmpH, max(1, h))
	if cap(ws.avail) < n {
		ws.avail = make([]int, n)
	}
	ws.avail = ws.avail[:0]
}

// scores computes the per-source scores s (length n) of the feature matrix F
// (n×d):
//
//	s_i = w2ᵀ tanh(W1 f_i + b1) + uᵀ f_i
//
// (only uᵀ f_i when h = 0). A (n×h) receives tanh(W1 f_i + b1) for the
// backward pass.
func scores(theta []float64, h int, F *mat.Dense, A *mat.Dense, s []float64) {
	l := layoutFor(h)
	n, _ := F.Dims()
	sv := mat.NewVecDense(n, s)
	sv.MulVec(F, mat.NewVecDense(nFeat, theta[l.u:l.u+nFeat]))
	if h == 0 {
		return
	}
	W1 := mat.NewDense(h, nFeat, theta[l.w1:l.w1+h*nFeat])
	A.Mul(F, W1.T())
	b1 := theta[l.b1 : l.b1+h]
	w2 := theta[l.w2 : l.w2+h]
	raw := A.RawMatrix()
	for i := 0; i < n; i++ {
		row := raw.Data[i*raw.Stride : i*raw.Stride+h]
		acc := 0.0
		for j := range row {
			row[j] = math.Tanh(row[j] + b1[j])
			acc += w2[j] * row[j]
		}
		s[i] += acc
	}
}

// scoresBackward writes into grad (the W1, b1, w2, u blocks) the gradient of
// Σ_i g_i s_i with respect to θ, given the forward pass's F and A:
//
//	∂/∂u  = Fᵀ g
//	∂/∂w2 = Aᵀ g
//	∂/∂Z  = (g w2ᵀ) ⊙ (1 − A⊙A),  Z = F W1ᵀ + 1 b1ᵀ
//	∂/∂W1 = (∂/∂Z)ᵀ F,  ∂/∂b1 = (∂/∂Z)ᵀ 1
//
// The blocks are overwritten, not accumulated.
func scoresBackward(theta []float64, h int, F, A *mat.Dense, g []float64, dzBuf []float64, grad []float64) {
	l := layoutFor(h)
	n, _ := F.Dims()
	gv := mat.NewVecDense(n, g)
	mat.NewVecDense(nFeat, grad[l.u:l.u+nFeat]).MulVec(F.T(), gv)
	if h == 0 {
		return
	}
	mat.NewVecDense(h, grad[l.w2:l.w2+h]).MulVec(A.T(), gv)
	w2 := theta[l.w2 : l.w2+h]
	dZ := mat.NewDense(n, h, dzBuf[:n*h])
	raw, araw := dZ.RawMatrix(), A.RawMatrix()
	db1 := grad[l.b1 : l.b1+h]
	clear(db1)
	for i := 0; i < n; i++ {
		for j := 0; j < h; j++ {
			a := araw.Data[i*araw.Stride+j]
			v := g[i] * w2[j] * (1 - a*a)
			raw.Data[i*raw.Stride+j] = v
			db1[j] += v
		}
	}
	mat.NewDense(h, nFeat, grad[l.w1:l.w1+h*nFeat]).Mul(dZ.T(), F)
}

// softmax writes softmax(z) into out.
func softmax(z, out []float64) {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	sum := 0.0
	for k, v := range z {
		out[k] = math.Exp(v - m)
		sum += out[k]
	}
	for k := range out {
		out[k] /= sum
	}
}

func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// state is one decision's input, in the form shared by Act and training.
type state struct {
	hist    []histStats // per source; n = 0: unavailable
	liq     []float64   // per source free liquidity
	weights []float64   // per source current weight
	value   float64     // V
	gas     float64     // G per source touched
	costBps float64     // κ in bps
}

// decision is what decide returns.
type decision struct {
	target   []float64 // per source (aliases the workspace; copy to keep)
	touched  int       // sources the move would touch
	gated    bool      // the gate was consulted (touched > 0)
	p        float64   // gate probability of trading
	trade    bool
	gateFeat [nGate]float64
	cost     float64 // C, the move's cost
	benefit  float64 // b, its estimated gain per step
}

// decide runs the policy on st. With rng == nil it is the deterministic
// policy: logits z = s, trade iff p ≥ ½. Otherwise it samples
// z = s + σε, ε ~ N(0, I), and trade ~ Bernoulli(p); when grad is not nil
// it then writes ∇_θ log π(z, trade | st) into grad (length nParams).
func decide(sp spec, theta []float64, st state, ws *workspace, rng *rand.Rand, grad []float64) decision {
	n, h := len(st.hist), sp.Hidden
	ws.grow(n, h)
	im := sp.impact()
	for i := 0; i < n; i++ {
		if st.hist[i].n > 0 {
			ws.avail = append(ws.avail, i)
		}
	}
	na := len(ws.avail)
	l := layoutFor(h)

	// Scores and logits over the available sources, then idle (index na).
	var F, A *mat.Dense
	if na > 0 {
		for k, i := range ws.avail {
			sourceFeatures(ws.f[k*nFeat:(k+1)*nFeat], st.hist[i], st.liq[i], st.value, st.weights[i], im)
		}
		F = mat.NewDense(na, nFeat, ws.f[:na*nFeat])
		if h > 0 {
			A = mat.NewDense(na, h, ws.a[:na*h])
		}
		scores(theta, h, F, A, ws.s[:na])
	}
	z := ws.z[:na+1]
	copy(z, ws.s[:na])
	z[na] = theta[l.idle]
	eps := ws.eps[:na+1]
	if rng != nil {
		for k := range z {
			eps[k] = rng.NormFloat64()
			z[k] += sp.Sigma * eps[k]
		}
	}
	omega := ws.omega[:na+1]
	softmax(z, omega)

	// Target weights: minimum weight, then the no-trade band.
	target := ws.target[:n]
	clear(target)
	postprocess(sp, omega, ws.avail, st.weights, target)

	// Touched sources, cost and estimated gain of the move.
	var d decision
	d.target = target
	moved, turnover := 0.0, 0.0
	for i := 0; i < n; i++ {
		dw := math.Abs(target[i] - st.weights[i])
		turnover += dw
		if dw > sp.Dust {
			d.touched++
			moved += dw * st.value
		}
	}
	d.cost = st.gas*float64(d.touched) + st.costBps/1e4*moved
	for _, i := range ws.avail {
		hs := st.hist[i]
		s := im.supply(st.liq[i])
		xNew, xOld := target[i]*st.value, st.weights[i]*st.value
		d.benefit += (xNew*im.rate(hs.short, s, xNew) - xOld*im.rate(hs.short, s, xOld)) * sp.StepYears
	}
	ratio := 0.0
	switch {
	case d.cost > 0:
		ratio = sp.GateHorizon * d.benefit / d.cost
	case d.benefit > 0:
		ratio = math.Inf(1)
	case d.benefit < 0:
		ratio = math.Inf(-1)
	}
	d.gateFeat = [nGate]float64{1, math.Asinh(clip(ratio, -1e6, 1e6)), turnover}

	if d.touched > 0 {
		d.gated = true
		phi := theta[l.gate : l.gate+nGate]
		lin := 0.0
		for k := range phi {
			lin += phi[k] * d.gateFeat[k]
		}
		d.p = sigmoid(lin)
		if rng != nil {
			d.trade = rng.Float64() < d.p
		} else {
			d.trade = d.p >= 0.5
		}
	}

	if rng != nil && grad != nil {
		clear(grad)
		// ∂ log N(z; s, σ²I)/∂s = (z − s)/σ² = ε/σ.
		if na > 0 {
			g := ws.g[:na]
			for k := range g {
				g[k] = eps[k] / sp.Sigma
			}
			scoresBackward(theta, h, F, A, g, ws.dz, grad)
		}
		grad[l.idle] = eps[na] / sp.Sigma
		if d.gated {
			// ∂ log Bernoulli(trade; σ(φᵀh))/∂φ = (trade − p)·h.
			y := 0.0
			if d.trade {
				y = 1
			}
			for k := 0; k < nGate; k++ {
				grad[l.gate+k] = (y - d.p) * d.gateFeat[k]
			}
		}
	}
	return d
}

// postprocess turns the softmax ω over the available sources avail (and
// idle, last) into target weights over all sources:
//
//  1. a source with ω_i < MinWeight is dropped and ω renormalised (every
//     touch costs gas, so dust positions are never worth opening);
//  2. an unavailable source gets 0;
//  3. the no-trade band: an available source with |ω_i − w_i| ≤ Band keeps
//     its current weight w_i; the moved sources and idle share what is left,
//     1 − Σ_kept w_i, in proportion to ω.
func postprocess(sp spec, omega []float64, avail []int, w, target []float64) {
	na := len(avail)
	sum := omega[na]
	for k := 0; k < na; k++ {
		if omega[k] < sp.MinWeight {
			omega[k] = 0
		}
		sum += omega[k]
	}
	for k := range omega {
		omega[k] /= sum
	}
	kept, q := 0.0, omega[na]
	for k, i := range avail {
		if math.Abs(omega[k]-w[i]) <= sp.Band {
			target[i] = w[i]
			kept += w[i]
		} else {
			target[i] = -1 // moved; filled below
			q += omega[k]
		}
	}
	rest := math.Max(0, 1-kept)
	for k, i := range avail {
		if target[i] < 0 {
			target[i] = 0
			if q > 0 {
				target[i] = omega[k] * rest / q
			}
		}
	}
	// Guard the market's Σ ≤ 1 against rounding.
	tot := 0.0
	for _, v := range target {
		tot += v
	}
	if tot > 1 {
		for i := range target {
			target[i] /= tot
		}
	}
}

// logProb is log π(z, trade | ·) for given scores' inputs: the Gaussian
// density of the logits z (available sources, then idle) around the scores,
// plus the gate's Bernoulli log-probability when gated. It exists for the
// gradient check of decide's hand-written gradient.
func logProb(sp spec, theta []float64, F *mat.Dense, z []float64, gateFeat [nGate]float64, gated, trade bool) float64 {
	h := sp.Hidden
	l := layoutFor(h)
	n, _ := F.Dims()
	s := make([]float64, n)
	var A *mat.Dense
	if h > 0 {
		A = mat.NewDense(n, h, nil)
	}
	scores(theta, h, F, A, s)
	s = append(s, theta[l.idle])
	lp := 0.0
	for k := range z {
		e := (z[k] - s[k]) / sp.Sigma
		lp += -0.5*e*e - math.Log(sp.Sigma*math.Sqrt(2*math.Pi))
	}
	if gated {
		lin := 0.0
		for k := 0; k < nGate; k++ {
			lin += theta[l.gate+k] * gateFeat[k]
		}
		p := sigmoid(lin)
		if trade {
			lp += math.Log(p)
		} else {
			lp += math.Log(1 - p)
		}
	}
	return lp
}
