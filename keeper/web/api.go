package web

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/explain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// History defaults and bounds (/api/history).
const (
	DefaultPoints  = 400
	DefaultLimit   = 50  // decisions a page
	MaxLimit       = 500 // decisions a page at most
	defaultHistory = 30 * 24 * time.Hour
)

// Palette is the colour of each source, by its place among the vault's
// sources sorted by address; the page uses the same colour for a source in
// every table and chart.
var Palette = []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"}

// VaultNow is /api/vault.
type VaultNow struct {
	ChainID       uint64 `json:"chain_id"`
	Vault         string `json:"vault"`
	AssetDecimals *uint8 `json:"asset_decimals"`
	// Observed is the newest tick's observations; null before the first.
	Observed *explain.Tick `json:"observed"`
	// Colors maps each source's lower-case address to its Palette colour.
	Colors       map[string]string `json:"colors"`
	LastDecision *Brief            `json:"last_decision"`
	Now          time.Time         `json:"now"`
	LastTickAge  *float64          `json:"last_tick_age_seconds"`
	Schedule     string            `json:"schedule"`
	NextTick     *time.Time        `json:"next_tick"`
	// Chain is the vault read from the chain now; null before the keeper
	// is set up or when the chain could not be read (ChainError says so).
	Chain      *ChainNow `json:"chain"`
	ChainError string    `json:"chain_error,omitempty"`
}

// Brief is a decision in the log.
type Brief struct {
	ID           int64     `json:"id"`
	TickID       int64     `json:"tick_id"`
	Time         time.Time `json:"time"`
	Block        uint64    `json:"block"`
	Action       string    `json:"action"`
	DryRun       bool      `json:"dry_run"`
	Reason       string    `json:"reason"`
	ExpectedGain float64   `json:"expected_gain"`
	GasCost      float64   `json:"gas_cost"`
	Transactions []TxBrief `json:"transactions"`
}

// TxBrief is a transaction of a decision.
type TxBrief struct {
	Hash   string `json:"tx_hash"`
	Status string `json:"status"`
	Block  uint64 `json:"block"`
}

// vaultRef is the vault the running config keeps (as keeper status picks
// it): local.vault.address on an rpc chain, the vault observed last on the
// embedded chain, which deploys a new one at every start.
func (a *api) vaultRef(ctx context.Context, cfg *config.Config) (store.VaultRef, bool, error) {
	want := ""
	if cfg.Chain.Kind == config.ChainRPC {
		want = cfg.Vault.Address
	}
	ref, ok, err := a.Store.LatestVault(ctx, want)
	if err != nil {
		return store.VaultRef{}, false, fmt.Errorf("finding the vault: %w", err)
	}
	return ref, ok, nil
}

func (a *api) vault(ctx context.Context, _ *http.Request) (any, error) {
	v, err := a.vaultStored(ctx)
	if err != nil {
		return nil, err
	}
	// The chain now, named and coloured as the history is.
	if ch := a.Chain(); ch != nil {
		names := map[string]string{}
		if v.Observed != nil {
			for _, s := range v.Observed.Sources {
				names[strings.ToLower(s.Source)] = s.Name
			}
		}
		if v.Chain, err = readVault(ctx, ch, names, v.Colors); err != nil {
			a.Log.Error("transparency page: reading the vault from the chain", "err", err)
			v.ChainError = chainReadError
		} else if len(v.Colors) == 0 {
			for _, s := range v.Chain.Sources {
				v.Colors[strings.ToLower(s.Source)] = s.Color
			}
		}
	}
	return v, nil
}

// vaultStored is /api/vault from the history: its latest tick and decision.
func (a *api) vaultStored(ctx context.Context) (*VaultNow, error) {
	cfg := a.Config()
	now := a.Now().UTC()
	v := &VaultNow{Vault: cfg.Vault.Address, Now: now, Schedule: cfg.Schedule, Colors: map[string]string{}}
	if sched, err := config.CronParser.Parse(cfg.Schedule); err == nil {
		next := sched.Next(now).UTC()
		v.NextTick = &next
	}
	ref, ok, err := a.vaultRef(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if !ok {
		v.AssetDecimals = explain.AssetDecimals(cfg, store.Decision{})
		return v, nil
	}
	v.ChainID, v.Vault = ref.ChainID, ref.Vault
	last, haveLast, err := a.Store.LastDecision(ctx, ref.ChainID, ref.Vault)
	if err != nil {
		return nil, fmt.Errorf("reading the last decision: %w", err)
	}
	v.AssetDecimals = explain.AssetDecimals(cfg, last)
	if haveLast {
		b := brief(store.HistoryEntry{Decision: last})
		v.LastDecision = &b
	}
	tick, obs, err := a.Store.LatestObservations(ctx, ref.ChainID, ref.Vault)
	if err != nil {
		return nil, fmt.Errorf("reading the latest observations: %w", err)
	}
	if len(obs) == 0 {
		return v, nil
	}
	var total *big.Int
	if d, ok, err := a.Store.DecisionAtTick(ctx, tick, ref.ChainID, ref.Vault); err != nil {
		return nil, fmt.Errorf("reading the decision of tick %d: %w", tick, err)
	} else if ok {
		total = d.TotalAssets
	}
	v.Observed, v.Colors = explain.NewTick(tick, obs, total, v.AssetDecimals), colorsOf(obs)
	age := now.Sub(v.Observed.Time).Seconds()
	v.LastTickAge = &age
	return v, nil
}

// colorsOf gives each source of obs its Palette colour (by lower-case
// address).
func colorsOf(obs []store.Observation) map[string]string {
	addrs := make([]string, 0, len(obs))
	for _, o := range obs {
		addrs = append(addrs, o.Source)
	}
	return paletteOf(addrs)
}

// paletteOf gives each address its Palette colour, by its place in address
// order (keyed by lower-case address).
func paletteOf(addrs []string) map[string]string {
	addrs = slices.Clone(addrs)
	for i, a := range addrs {
		addrs[i] = strings.ToLower(a)
	}
	sort.Strings(addrs)
	out := make(map[string]string, len(addrs))
	for i, a := range addrs {
		out[a] = Palette[i%len(Palette)]
	}
	return out
}

// History is /api/history: the vault's ticks between From and To, at most
// Points of them, each the last tick of its bucket of BucketSeconds.
type History struct {
	From          time.Time       `json:"from"`
	To            time.Time       `json:"to"`
	Points        int             `json:"points"`
	BucketSeconds float64         `json:"bucket_seconds"`
	AssetDecimals *uint8          `json:"asset_decimals"`
	Sources       []HistorySource `json:"sources"`
	Ticks         []HistoryTick   `json:"ticks"`
	// Rebalances are the newest mined rebalances of the range (at most
	// 100), oldest first, each expected against realised gain.
	Rebalances []RebalanceGain `json:"rebalances"`
}

// HistorySource is a source of the history, in the order of each tick's
// Assets and APY.
type HistorySource struct {
	Source string `json:"source"`
	Name   string `json:"name"`
	Color  string `json:"color"`
}

// HistoryTick is one sampled tick: each source's assets (base units,
// decimal strings; null where the tick did not observe it) and supply APY.
type HistoryTick struct {
	TickID      int64     `json:"tick_id"`
	Time        time.Time `json:"time"`
	Block       uint64    `json:"block"`
	TotalAssets *string   `json:"total_assets"`
	// SharePrice is the vault's convertToAssets of one share at the tick,
	// in asset base units; null where the tick did not record it.
	SharePrice *string    `json:"share_price"`
	Assets     []*string  `json:"assets"`
	APY        []*float64 `json:"apy"`
}

func (a *api) history(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	now := a.Now().UTC()
	to, err := timeParam(q.Get("to"), now)
	if err != nil {
		return nil, err
	}
	from, err := timeParam(q.Get("from"), to.Add(-defaultHistory))
	if err != nil {
		return nil, err
	}
	defaultFrom := q.Get("from") == ""
	points, err := intParam(q.Get("points"), DefaultPoints, 1, store.MaxSamplePoints, "points")
	if err != nil {
		return nil, err
	}
	if !to.After(from) {
		return nil, badRequest("to must be after from")
	}
	cfg := a.Config()
	h := &History{From: from, To: to, Points: points, BucketSeconds: to.Sub(from).Seconds() / float64(points),
		Sources: []HistorySource{}, Ticks: []HistoryTick{}, Rebalances: []RebalanceGain{}}
	ref, ok, err := a.vaultRef(ctx, cfg)
	if err != nil || !ok {
		return h, err
	}
	last, _, err := a.Store.LastDecision(ctx, ref.ChainID, ref.Vault)
	if err != nil {
		return nil, fmt.Errorf("reading the last decision: %w", err)
	}
	h.AssetDecimals = explain.AssetDecimals(cfg, last)
	if defaultFrom {
		// By default the last 30 days, or all of a younger history (from is
		// exclusive: just before its first tick).
		first, ok, err := a.Store.FirstObservation(ctx, ref.ChainID, ref.Vault)
		if err != nil {
			return nil, fmt.Errorf("reading the first observation: %w", err)
		}
		if ok && first.After(from) && first.Before(to) {
			from = first.Add(-time.Nanosecond)
			h.From, h.BucketSeconds = from, to.Sub(from).Seconds()/float64(points)
		}
	}
	pts, err := a.Store.SampledHistory(ctx, ref.ChainID, ref.Vault, from, to, points)
	if err != nil {
		return nil, fmt.Errorf("sampling the history: %w", err)
	}
	// The sources in address order (their colours' order).
	idx := map[string]int{}
	var all []store.Observation
	for _, p := range pts {
		for _, o := range p.Observations {
			if _, seen := idx[strings.ToLower(o.Source)]; !seen {
				idx[strings.ToLower(o.Source)] = -1
				all = append(all, o)
			}
		}
	}
	colors := colorsOf(all)
	sort.Slice(all, func(i, j int) bool { return strings.ToLower(all[i].Source) < strings.ToLower(all[j].Source) })
	for i, o := range all {
		idx[strings.ToLower(o.Source)] = i
		h.Sources = append(h.Sources, HistorySource{Source: o.Source, Name: o.Name, Color: colors[strings.ToLower(o.Source)]})
	}
	for _, p := range pts {
		t := HistoryTick{TickID: p.TickID, Time: p.Time, Block: p.Block,
			Assets: make([]*string, len(all)), APY: make([]*float64, len(all))}
		if p.TotalAssets != nil {
			s := p.TotalAssets.String()
			t.TotalAssets = &s
		}
		if p.SharePrice != nil {
			s := p.SharePrice.String()
			t.SharePrice = &s
		}
		for _, o := range p.Observations {
			i := idx[strings.ToLower(o.Source)]
			s, apy := o.Assets.String(), o.SupplyAPY
			t.Assets[i], t.APY[i] = &s, &apy
		}
		h.Ticks = append(h.Ticks, t)
	}
	if h.Rebalances, err = a.rebalanceGains(ctx, ref, from, to); err != nil {
		return nil, fmt.Errorf("measuring the rebalances' gains: %w", err)
	}
	return h, nil
}

// Decisions is /api/decisions: a page of the decision log, newest first;
// NextBefore is the before of the next page (null on the last).
type Decisions struct {
	Decisions  []Brief `json:"decisions"`
	NextBefore *int64  `json:"next_before"`
}

func (a *api) decisions(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	before, err := intParam(q.Get("before"), 0, 0, 1<<62, "before")
	if err != nil {
		return nil, err
	}
	limit, err := intParam(q.Get("limit"), DefaultLimit, 1, MaxLimit, "limit")
	if err != nil {
		return nil, err
	}
	out := &Decisions{Decisions: []Brief{}}
	ref, ok, err := a.vaultRef(ctx, a.Config())
	if err != nil || !ok {
		return out, err
	}
	// One more than a page tells whether there is a next one.
	es, err := a.Store.VaultDecisions(ctx, ref.ChainID, ref.Vault, int64(before), limit+1)
	if err != nil {
		return nil, fmt.Errorf("reading the decision log: %w", err)
	}
	for i, e := range es {
		if i == limit {
			next := out.Decisions[limit-1].ID
			out.NextBefore = &next
			break
		}
		out.Decisions = append(out.Decisions, brief(e))
	}
	return out, nil
}

func brief(e store.HistoryEntry) Brief {
	d := e.Decision
	b := Brief{ID: d.ID, TickID: d.TickID, Time: d.Time, Block: d.Block, Action: d.Action, DryRun: d.DryRun, Reason: d.Reason,
		ExpectedGain: d.ExpectedGain, GasCost: d.GasCost, Transactions: []TxBrief{}}
	for _, t := range e.Transactions {
		b.Transactions = append(b.Transactions, TxBrief{Hash: t.Hash, Status: t.Status, Block: t.Block})
	}
	return b
}

func (a *api) decision(ctx context.Context, r *http.Request) (any, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, badRequest("the decision id must be a positive integer")
	}
	rep, err := explain.Build(ctx, a.Store, a.Config(), id)
	if err != nil {
		return nil, fmt.Errorf("explaining decision %d: %w", id, err)
	}
	return a.explained(ctx, rep)
}

// timeParam parses an RFC 3339 time or unix seconds; "" is def.
func timeParam(s string, def time.Time) (time.Time, error) {
	if s == "" {
		return def, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(n, 0).UTC(), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, badRequest(fmt.Sprintf("time %q: want RFC 3339 or unix seconds", s))
	}
	return t.UTC(), nil
}

// intParam parses an integer in [lo, hi]; "" is def.
func intParam(s string, def, lo, hi int, name string) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badRequest(fmt.Sprintf("%s %q: want an integer from %d to %d", name, s, lo, hi))
	}
	return n, nil
}
