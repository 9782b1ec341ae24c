package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// A keeper configured for chain 1 pointed at anvil (chain 31337) refuses
// the node before anything is signed or sent: `keeper run` exits at once
// (no start-up retry) with both ids in the error, `keeper governance
// propose` refuses the same way, and `keeper status` shows it as a problem
// and still prints the rest. The dev key, which anvil's chain id would let
// sign and which has the funds to send, has sent nothing: its nonce, pending
// included, is 0 and the journal holds no send.
func TestWrongChainIsRefused(t *testing.T) {
	bin := buildKeeper(t)
	node := anviltest.Start(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	node.Call(t, nil, "anvil_setBalance", from, (*hexutil.Big)(new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))))
	t.Setenv("WRONG_CHAIN_TEST_KEY", hex.EncodeToString(crypto.FromECDSA(key)))

	dir := t.TempDir()
	db := filepath.Join(dir, "keeper.db")
	vault := "0x00000000000000000000000000000000000000a1"
	cfg := filepath.Join(dir, "config.yaml")
	yaml := fmt.Sprintf(`governed:
  schedule: "* * * * * *"
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000b2", cap: 0.5}
local:
  chain:
    kind: rpc
    rpc_url: %q
    chain_id: 1
  vault:
    address: %q
    registry: "0x00000000000000000000000000000000000000a2"
  signer:
    kind: dev
    dev:
      key_env: WRONG_CHAIN_TEST_KEY
  storage:
    path: %q
`, node.URL, vault, db)
	if err := os.WriteFile(cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("local.chain.chain_id 1: the node at %s reports chain id %d", node.URL, anviltest.ChainID)

	k := startKeeper(t, bin, "run", "--config", cfg)
	if code := k.wait(t, 2*time.Minute); code != 1 {
		t.Fatalf("keeper run on the wrong chain exited %d:\n%s", code, k.stderr.String())
	}
	logs := k.stderr.String()
	if !strings.Contains(logs, want) || strings.Contains(logs, "retrying") {
		t.Errorf("keeper run: want one refusal saying %q, not retried:\n%s", want, logs)
	}

	code, out, errb := keeperRun(t, "governance", "propose", "--config", cfg)
	if code == 0 || !strings.Contains(errb, want) {
		t.Errorf("governance propose on the wrong chain: exit %d, stderr %q, want %q\n%s", code, errb, want, out)
	}

	s := readStatus(t, cfg)
	if len(s.Vaults) != 1 || s.Vaults[0].Vault != vault || s.StoragePath != db {
		t.Fatalf("status lacks the rest: %+v", s)
	}
	if a := s.Vaults[0].ConfigHashes.Approved; a.Source != "wrong_chain" || a.Error != want || a.Hash != "" {
		t.Errorf("status approval on the wrong chain: %+v, want source wrong_chain and %q", a, want)
	}
	if text := keeperOK(t, "status", "--config", cfg); !hasText(text, "approved now               not read, wrong chain: "+want) {
		t.Errorf("status text does not show the wrong chain:\n%s", text)
	}

	ctx := context.Background()
	if n, err := node.Client.PendingNonceAt(ctx, from); err != nil || n != 0 || node.PendingCount(t) != 0 {
		t.Errorf("the dev key's pending nonce is %d (%v), %d transaction(s) pending; want nothing sent", n, err, node.PendingCount(t))
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if sends, err := st.RecentSends(ctx, 10); err != nil || len(sends) != 0 {
		t.Errorf("the journal holds %d send(s) (%v), want none", len(sends), err)
	}
}
