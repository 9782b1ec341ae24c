package devchain

import (
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// The same market deploys on an external anvil node: the vault names the
// given keeper, every source reports a rate, and the simulator's rounds move
// the rates in blocks sealed with evm_mine.
func TestAttachDeploysTheMarketOnAnvil(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil")
	}
	ctx := context.Background()
	node := anviltest.Start(t)
	cfg := kindsConfig(t)
	keeper := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	ch, err := Attach(ctx, node.URL, cfg.Chain.Embedded, cfg.Sources, keeper, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	if ch.Backend != nil || ch.Keeper != nil || ch.ID.Int64() != anviltest.ChainID {
		t.Fatalf("attached chain: backend %v, keeper %v, chain id %v", ch.Backend, ch.Keeper, ch.ID)
	}
	vc, err := vaults.New(ch.Vault, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	st, err := vc.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Keeper != keeper || len(st.Sources) != len(cfg.Sources) || st.TotalAssets.Cmp(Tokens(cfg.Chain.Embedded.Deposit)) < 0 {
		t.Fatalf("vault on anvil: keeper %s, %d sources, total %v", st.Keeper.Hex(), len(st.Sources), st.TotalAssets)
	}
	if bal, err := ch.Client.BalanceAt(ctx, keeper, nil); err != nil || bal.Cmp(ether(1_000)) != 0 {
		t.Fatalf("keeper balance %v, %v", bal, err)
	}
	head, err := ch.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 6; i++ {
		ch.Step(ctx)
	}
	moved, err := vc.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range moved.Sources {
		if s.SupplyRate.Cmp(st.Sources[i].SupplyRate) == 0 || s.SupplyAPY <= 0 {
			t.Errorf("pool %s (%s): APY %v → %v", ch.Pools[i].Config.Name, ch.Pools[i].Config.Kind, st.Sources[i].SupplyAPY, s.SupplyAPY)
		}
	}
	after, err := ch.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Each round seals a time jump of block_time and the market's block.
	if jump := after.Time - head.Time; jump < 6*uint64(cfg.Chain.Embedded.BlockTime.D().Seconds()) {
		t.Errorf("chain time moved %d s over 6 rounds of %s", jump, cfg.Chain.Embedded.BlockTime.D())
	}
	if n := node.PendingCount(t); n != 0 {
		t.Errorf("%d transactions left unsealed", n)
	}
}

func TestAttachRefusesANodeThatIsNotAnvil(t *testing.T) {
	cfg := kindsConfig(t)
	emb := cfg.Chain.Embedded
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	emb.RPCAddr = ln.Addr().String()
	ln.Close()
	ch, err := Start(context.Background(), emb, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	_, err = Attach(context.Background(), ch.RPCURL, cfg.Chain.Embedded, cfg.Sources, common.Address{1}, nil)
	if err == nil || !strings.Contains(err.Error(), "is not anvil") || !strings.Contains(err.Error(), ch.RPCURL) {
		t.Fatalf("attaching to go-ethereum's simulated chain: %v", err)
	}
}
