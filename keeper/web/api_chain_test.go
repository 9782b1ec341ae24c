package web

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// fetch GETs url from a real HTTP server, as curl would, and decodes its
// JSON into v: it must answer 200 with the security headers and no CORS.
func fetch(t *testing.T, url string, v any) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Security-Policy") != ContentSecurityPolicy ||
		res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("GET %s: %d %v", url, res.StatusCode, res.Header)
	}
	decodeJSON(t, url, res, v)
}

// Every /api/ endpoint of a keeper that ticked on the embedded demo chain,
// fetched over HTTP and checked against the store (what the keeper
// recorded) and the chain (what the contracts say, read here through their
// bindings, not the page's code).
func TestAPIEveryEndpointAgainstStoreAndChain(t *testing.T) {
	f := newChainFixture(t)
	ctx := context.Background()
	for range 3 {
		f.tick(t)
	}
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	chainID := devchain.ChainID.Uint64()
	vaultAddr := f.chain.Vault.Hex()
	vault, err := bindings.NewVaultCaller(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	at := func(block uint64) *bind.CallOpts { return &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(block)} }
	shareDec, err := vault.Decimals(nil)
	if err != nil {
		t.Fatal(err)
	}
	oneShare := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shareDec)), nil)
	receipt := func(hash string) *types.Receipt {
		t.Helper()
		r, err := f.chain.Client.TransactionReceipt(ctx, common.HexToHash(hash))
		if err != nil {
			t.Fatalf("receipt of %s: %v", hash, err)
		}
		return r
	}

	// /api/vault: the latest tick and decision as stored, the chain now.
	var v VaultNow
	fetch(t, srv.URL+"/api/vault", &v)
	tick, obs, err := f.st.LatestObservations(ctx, chainID, vaultAddr)
	if err != nil {
		t.Fatal(err)
	}
	last, _, err := f.st.LastDecision(ctx, chainID, vaultAddr)
	if err != nil {
		t.Fatal(err)
	}
	if v.ChainID != chainID || v.Observed == nil || v.Observed.TickID != tick || len(v.Observed.Sources) != len(obs) ||
		v.LastDecision == nil || v.LastDecision.ID != last.ID || v.Chain == nil {
		t.Fatalf("/api/vault %+v; the store's latest tick %d, decision %d", v, tick, last.ID)
	}
	for i, s := range v.Observed.Sources {
		if s.Assets != obs[i].Assets.String() || s.SupplyAPY != obs[i].SupplyAPY {
			t.Errorf("/api/vault observed source %d %+v, the store's %+v", i, s, obs[i])
		}
	}
	if total, err := vault.TotalAssets(at(v.Chain.Block)); err != nil || total.String() != v.Chain.TotalAssets {
		t.Errorf("/api/vault total %s at block %d; the vault's %v (%v)", v.Chain.TotalAssets, v.Chain.Block, total, err)
	}

	// /api/history: each sampled tick as stored, and as the chain had it
	// at its block (each source's holding, the share price).
	var h History
	fetch(t, srv.URL+"/api/history", &h)
	if len(h.Ticks) != 3 || len(h.Sources) != len(obs) {
		t.Fatalf("/api/history: %d ticks of %d sources, want the 3 ticks of %d", len(h.Ticks), len(h.Sources), len(obs))
	}
	for _, tk := range h.Ticks {
		d, ok, err := f.st.DecisionAtTick(ctx, tk.TickID, chainID, vaultAddr)
		if err != nil || !ok {
			t.Fatalf("tick %d: no stored decision (%v)", tk.TickID, err)
		}
		price, err := vault.ConvertToAssets(at(tk.Block), oneShare)
		if err != nil {
			t.Fatal(err)
		}
		if tk.TotalAssets == nil || *tk.TotalAssets != d.TotalAssets.String() || tk.SharePrice == nil || *tk.SharePrice != d.SharePrice.String() ||
			*tk.SharePrice != price.String() {
			t.Errorf("tick %d: total %v share price %v; stored %v %v, the vault's at block %d %v", tk.TickID, deref(tk.TotalAssets),
				deref(tk.SharePrice), d.TotalAssets, d.SharePrice, tk.Block, price)
		}
		for i, s := range h.Sources {
			src, err := bindings.NewSourceCaller(common.HexToAddress(s.Source), f.chain.Client)
			if err != nil {
				t.Fatal(err)
			}
			held, err := src.TotalAssets(at(tk.Block))
			if err != nil {
				t.Fatal(err)
			}
			if tk.Assets[i] == nil || *tk.Assets[i] != held.String() {
				t.Errorf("tick %d source %s: %v, the source's totalAssets at block %d %v", tk.TickID, s.Name, deref(tk.Assets[i]), tk.Block, held)
			}
		}
	}
	mined, err := f.st.MinedRebalances(ctx, chainID, vaultAddr, h.From, h.To, maxRebalances)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Rebalances) != len(mined) || len(mined) == 0 {
		t.Fatalf("/api/history: %d rebalances, the store %d mined", len(h.Rebalances), len(mined))
	}
	for i, g := range h.Rebalances {
		if d := mined[len(mined)-1-i]; g.DecisionID != d.ID || g.ExpectedGain != d.ExpectedGain {
			t.Errorf("rebalance %d: %+v, the store's decision %d expecting %v", i, g, d.ID, d.ExpectedGain)
		}
	}

	// /api/decisions: the store's log, newest first; each transaction as
	// the chain mined it.
	var log Decisions
	fetch(t, srv.URL+"/api/decisions", &log)
	stored, err := f.st.VaultDecisions(ctx, chainID, vaultAddr, 0, DefaultLimit)
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Decisions) != len(stored) || len(stored) != 3 {
		t.Fatalf("/api/decisions: %d, the store %d", len(log.Decisions), len(stored))
	}
	var rebalanceID int64
	for i, b := range log.Decisions {
		e := stored[i]
		if b.ID != e.Decision.ID || b.Action != e.Decision.Action || b.Reason != e.Decision.Reason || len(b.Transactions) != len(e.Transactions) {
			t.Errorf("decision %d: %+v, the store's %+v", i, b, e.Decision)
		}
		for _, tx := range b.Transactions {
			if r := receipt(tx.Hash); tx.Status != "mined" || r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Uint64() != tx.Block {
				t.Errorf("decision %d tx %s: %s in block %d; the chain: status %d block %v", b.ID, tx.Hash, tx.Status, tx.Block, r.Status, r.BlockNumber)
			}
			rebalanceID = b.ID
		}
	}

	// /api/decisions/{id}: keeper explain's report of the stored decision,
	// and its transaction agreeing with the chain.
	var e Explained
	fetch(t, srv.URL+"/api/decisions/"+strconv.FormatInt(rebalanceID, 10), &e)
	if e.Report == nil || e.Decision.ID != rebalanceID || e.OnChain == nil || !e.OnChain.Matches ||
		e.OnChain.Block != receipt(e.OnChain.TxHash).BlockNumber.Uint64() {
		t.Errorf("/api/decisions/%d: %+v", rebalanceID, e.OnChain)
	}

	// /api/governance: the registry's approval, the keeper's config.
	var g Governance
	fetch(t, srv.URL+"/api/governance", &g)
	reg, err := bindings.NewConfigRegistryCaller(f.chain.Registry, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	approved, err := reg.ConfigHash(nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.ApprovedConfigHash != hexutil.Encode(approved[:]) || g.LastDecisionHash != last.ConfigHash || g.RunsApproved == nil || !*g.RunsApproved ||
		len(g.Executed) == 0 {
		t.Errorf("/api/governance %+v; the registry approves %x, the last decision ran %s", g, approved, last.ConfigHash)
	}
}
