package rebalancer

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
)

// Under a governed config whose hash is not the one approved in the
// ConfigRegistry the keeper observes and records, and sends nothing; once
// governance approves it (through the timelock) the same config rebalances.
// Every decision records the running and the approved hash.
func TestTickRefusesAnUnapprovedConfigAndActsOnceApproved(t *testing.T) {
	f := newFixture(t, testConfig(t))
	ctx := context.Background()
	reg, err := governance.NewRegistry(f.chain.Registry, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	running := f.cfg.GovernedHash()
	other := running
	other[0] ^= 0xff
	if err := f.chain.ApproveConfig(ctx, other, "file://other.yaml"); err != nil {
		t.Fatal(err)
	}
	p := f.p
	p.Approvals, p.ConfigHash = reg, running
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
