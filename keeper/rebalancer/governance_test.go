package rebalancer

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// unapproved is a fixture whose registry approves another governed hash
// than its config's: the Params check approvals, and running and other are
// the two hashes.
func unapproved(t *testing.T) (f *fixture, p Params, running, other [32]byte) {
	t.Helper()
	f = newFixture(t, testConfig(t))
	reg, err := governance.NewRegistry(f.chain.Registry, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	running = f.cfg.GovernedHash()
	other = running
	other[0] ^= 0xff
	if err := f.chain.ApproveConfig(context.Background(), other, "file://other.yaml"); err != nil {
		t.Fatal(err)
	}
	p = f.p
	p.Approvals, p.ConfigHash = reg, running
	return f, p, running, other
}

// Under a governed config whose hash is not the one approved in the
// ConfigRegistry the keeper observes and records, and sends nothing; once
// governance approves it (through the timelock) the same config rebalances.
// Every decision records the running and the approved hash.
func TestTickRefusesAnUnapprovedConfigAndActsOnceApproved(t *testing.T) {
	f, p, running, other := unapproved(t)
	ctx := context.Background()
	stop := f.mineInBackground(t)
	out, err := f.tick(t, p, false)
	if err != nil {
		t.Fatal(err)
	}
	d := out.Decision
	if d.Action != ActionHold || out.Tx != nil || !strings.Contains(d.Reason, "refusing to act") ||
		!strings.Contains(d.Reason, hexutil.Encode(running[:])) || !strings.Contains(d.Reason, hexutil.Encode(other[:])) {
		t.Fatalf("under an unapproved config: %+v, tx %+v", d, out.Tx)
	}
	if n, err := f.chain.Client.NonceAt(ctx, f.chain.Keeper.Address(), nil); err != nil || n != 0 {
		t.Fatalf("keeper sent %d transactions under an unapproved config (%v)", n, err)
	}
	rec, err := f.store.Decision(ctx, d.ID)
	if err != nil || rec.ConfigHash != hexutil.Encode(running[:]) || rec.ApprovedHash != hexutil.Encode(other[:]) {
		t.Fatalf("recorded decision hashes %q / %q (%v)", rec.ConfigHash, rec.ApprovedHash, err)
	}
	// The observations were still recorded.
	if obs, err := f.store.APYHistory(ctx, d.ChainID, d.Vault, d.Sources, 10); err != nil || len(obs) == 0 {
		t.Fatalf("no observations recorded while refusing: %v, %v", obs, err)
	}

	stop() // ApproveConfig seals its own blocks
	if err := f.chain.ApproveConfig(ctx, running, "file://config.yaml"); err != nil {
		t.Fatal(err)
	}
	f.mineInBackground(t)
	out, err = f.tick(t, p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionRebalance || out.Tx == nil || out.Tx.Status != "mined" ||
		out.Decision.ApprovedHash != out.Decision.ConfigHash {
		t.Fatalf("under the approved config: %+v, tx %+v", out.Decision, out.Tx)
	}
}

// A send left open (here: decided, not yet built or signed) is not driven
// while the running config is not approved: nothing is signed or sent until
// approval returns, and then it is finished.
func TestOpenSendWaitsWhileTheConfigIsNotApproved(t *testing.T) {
	f, p, _, _ := unapproved(t)
	ctx := context.Background()
	keeper := f.chain.Keeper.Address()
	vaultABI, err := bindings.VaultMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	heartbeat, err := vaultABI.Pack("heartbeat")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.store.CreateSend(ctx, store.Send{Key: "heartbeat/test", ChainID: devchain.ChainID.Uint64(),
		From: keeper.Hex(), To: f.chain.Vault.Hex(), Data: heartbeat, Value: new(big.Int), State: store.SendDecided}); err != nil {
		t.Fatal(err)
	}
	f.mineInBackground(t)
	out, err := f.tick(t, p, false)
	if err != nil {
		t.Fatal(err)
	}
	snd, err := f.store.SendByKey(ctx, "heartbeat/test")
	if err != nil || snd.State != store.SendDecided || !strings.Contains(out.Decision.Reason, "refusing to act") {
		t.Fatalf("under an unapproved config the open send is %+v (%v); decision %q", snd, err, out.Decision.Reason)
	}
	if n, err := f.chain.Client.NonceAt(ctx, keeper, nil); err != nil || n != 0 {
		t.Fatalf("keeper nonce %d (%v): something was sent", n, err)
	}
}
