package deploy

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings/morpho"
)

// morphoMarketID is Morpho's market id: keccak256 of the five parameters, a word each.
func morphoMarketID(mp morpho.MarketParams) string {
	var b []byte
	for _, a := range []common.Address{mp.LoanToken, mp.CollateralToken, mp.Oracle, mp.Irm} {
		b = append(b, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	b = append(b, common.LeftPadBytes(mp.Lltv.Bytes(), 32)...)
	return hexutil.Encode(crypto.Keccak256(b))
}

// A morpho source: the spec names the Morpho Blue singleton and a market id;
// the deploy reads the market's parameters from Morpho for the adapter,
// refuses a market that does not exist or lends another asset, and verify
// checks the adapter's Morpho and market.
func TestDeployMorphoSource(t *testing.T) {
	m := newMarket(t)
	ctx := context.Background()

	// Morpho Blue (the npm package's, from contracts/artifacts/Morpho.json) and two markets, one lending the
	// vault's asset, set up by another account: the deployer's nonces count the deploy's steps.
	ownerKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(ownerKey.PublicKey)
	m.node.Call(t, nil, "anvil_setBalance", owner, (*hexutil.Big)(big.NewInt(params.Ether)))
	o, err := bind.NewKeyedTransactorWithChainID(ownerKey, big.NewInt(anviltest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if r, err := bind.WaitMined(ctx, m.node.Client, tx); err != nil || r.Status != 1 {
			t.Fatalf("transaction %s: %+v, %v", tx.Hash().Hex(), r, err)
		}
	}
	morphoAddr, tx, mc, err := morpho.DeployMorpho(o, m.node.Client, owner)
	mined(tx, err)
	lltv := new(big.Int).Mul(big.NewInt(8), big.NewInt(1e17))
	mined(mc.EnableIrm(o, common.Address{}))
	mined(mc.EnableLltv(o, lltv))
	usdMarket := morpho.MarketParams{LoanToken: m.ch.Token, CollateralToken: addr(0x55), Oracle: addr(0x56), Lltv: lltv}
	mined(mc.CreateMarket(o, usdMarket))
	other, tx, _, err := bindings.DeployMockStablecoin(o, m.node.Client, "Other", "OTH")
	mined(tx, err)
	otherMarket := morpho.MarketParams{LoanToken: other, CollateralToken: addr(0x55), Oracle: addr(0x56), Lltv: lltv}
	mined(mc.CreateMarket(o, otherMarket))

	src := SourceSpec{Name: "src-morpho", Kind: KindMorpho, Address: morphoAddr.Hex(), Market: morphoMarketID(usdMarket),
		AbsCap: "5000000000000", RelCapBps: 6000}
	withMorpho := func(market string) *Spec {
		s := m.spec()
		sm := src
		sm.Market = market
		s.Sources = append(s.Sources, sm)
		return s
	}

	// The spec: a morpho source needs a market id, and only a morpho source has one; two sources may share the
	// Morpho address, not the market.
	bad := withMorpho("0x1234")
	bad.Sources[0].Market = src.Market
	second := src
	second.Name = "src-morpho-2"
	bad.Sources = append(bad.Sources, second)
	err = bad.Validate()
	for _, want := range []string{
		`sources[3].market: "0x1234": want the Morpho Blue market id`,
		// (a 32-byte hex value is not echoed: it could be a key pasted in the wrong field)
		`sources[0].market: (value not shown: it looks like a secret): only a morpho source names a market`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v\nwant it to contain %q", err, want)
		}
	}
	dup := withMorpho(src.Market)
	dup.Sources = append(dup.Sources, second)
	if err := dup.Validate(); err == nil || !strings.Contains(err.Error(), "sources[4].address: \""+morphoAddr.Hex()+"\": duplicate source: sources[3] has the same address and market") {
		t.Errorf("the same market twice: %v", err)
	}
	two := withMorpho(src.Market)
	second.Market = morphoMarketID(otherMarket)
	two.Sources = append(two.Sources, second)
	if err := two.Validate(); err != nil {
		t.Errorf("two markets on one Morpho: %v", err)
	}

	// On chain: a market that does not exist, or lends another asset, is refused before anything is sent.
	missing := hexutil.Encode(crypto.Keccak256([]byte("no such market")))
	if _, err := m.deployer_(t, withMorpho(missing)).DryRun(ctx); err == nil ||
		!strings.Contains(err.Error(), `sources[3].market: (value not shown: it looks like a secret): no market with this id on the Morpho Blue at `+morphoAddr.Hex()) {
		t.Errorf("missing market: %v", err)
	}
	if _, err := m.deployer_(t, withMorpho(morphoMarketID(otherMarket))).DryRun(ctx); err == nil || !strings.Contains(err.Error(), "wrong asset") {
		t.Errorf("market of another asset: %v", err)
	}

	// The deployment: the adapter supplies to the named market; verify checks it.
	s := withMorpho(src.Market)
	plan, err := m.deployer_(t, s).DryRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	journal, err := store.Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer journal.Close()
	dep, err := m.deployer_(t, s).Run(ctx, journal, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := m.nonce(t); n != uint64(len(plan.Steps)) {
		t.Fatalf("the deployer sent %d transactions for %d steps", n, len(plan.Steps))
	}
	adapter := common.HexToAddress(dep.Sources[3].Adapter)
	ma, err := bindings.NewMorphoBlueAdapterCaller(adapter, m.node.Client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	if got, err := ma.MORPHO(call); err != nil || got != morphoAddr {
		t.Fatalf("adapter's MORPHO: %s, %v", got.Hex(), err)
	}
	if got, err := ma.MarketParams(call); err != nil || got.LoanToken != m.ch.Token || got.CollateralToken != usdMarket.CollateralToken ||
		got.Oracle != usdMarket.Oracle || got.Irm != usdMarket.Irm || got.Lltv.Cmp(lltv) != 0 {
		t.Fatalf("adapter's market params: %+v, %v", got, err)
	}
	checks, err := Verify(ctx, m.node.Client, dep)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range checks {
		found = found || (c.OK && c.What == "adapter src-morpho's market is "+src.Market)
	}
	if !found {
		t.Fatal("verify did not check the adapter's market")
	}
	// What verify says of a record naming another market.
	wrong := *dep
	wrong.Sources = append([]SourceRecord(nil), dep.Sources...)
	wrong.Sources[3].Market = morphoMarketID(otherMarket)
	if _, err := Verify(ctx, m.node.Client, &wrong); err == nil || !strings.Contains(err.Error(), "adapter src-morpho's market is "+wrong.Sources[3].Market) {
		t.Fatalf("verify of another market: %v", err)
	}
}
