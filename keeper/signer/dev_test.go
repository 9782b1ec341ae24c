package signer

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestIsLocalChain(t *testing.T) {
	for _, id := range LocalChainIDs() {
		if !IsLocalChain(id) {
			t.Errorf("LocalChainIDs has %v, IsLocalChain refuses it", id)
		}
	}
	if got := fmt.Sprint(LocalChainIDs()); got != "[31337 1337]" {
		t.Errorf("LocalChainIDs = %s", got)
	}
	LocalChainIDs()[0].SetInt64(1) // a copy: the next call is unchanged
	if IsLocalChain(big.NewInt(1)) || !IsLocalChain(big.NewInt(31337)) {
		t.Error("LocalChainIDs hands out the package's own values")
	}
	for _, id := range []*big.Int{nil, big.NewInt(0), big.NewInt(-31337), big.NewInt(1), big.NewInt(10), big.NewInt(8453),
		big.NewInt(11155111), new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(31337))} {
		if IsLocalChain(id) {
			t.Errorf("IsLocalChain(%v) = true", id)
		}
	}
}

// A key handed over (from the environment) signs for the local chain it is
// bound to, and for nothing else; a public chain is refused before any
// signer exists.
func TestDevFromKey(t *testing.T) {
	const keyHex = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	want := common.HexToAddress("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")
	for _, in := range []string{keyHex, "0x" + keyHex, "  0x" + strings.ToUpper(keyHex) + "\n"} {
		key, err := ParseHexKey(in)
		if err != nil {
			t.Fatalf("ParseHexKey: %v", err)
		}
		if crypto.PubkeyToAddress(key.PublicKey) != want {
			t.Fatalf("parsed key's address %s, want %s", crypto.PubkeyToAddress(key.PublicKey).Hex(), want.Hex())
		}
	}
	for _, bad := range []string{"", "0x", keyHex[:63], keyHex + "00", strings.Repeat("g", 64), strings.Repeat("0", 64),
		"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"} {
		_, err := ParseHexKey(bad)
		if err == nil {
			t.Errorf("ParseHexKey(%q) accepted", bad)
			continue
		}
		if len(bad) > 8 && strings.Contains(err.Error(), bad[:8]) {
			t.Errorf("ParseHexKey error quotes its input: %v", err)
		}
	}

	for _, id := range []int64{1, 10, 137, 8453, 11155111} {
		key, _ := ParseHexKey(keyHex)
		if _, err := NewDevFromKey(key, big.NewInt(id)); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("chain ID %d is not a local", id)) {
			t.Errorf("chain %d: %v, want a refusal naming the chain", id, err)
		}
	}
	if _, err := NewDevFromKey(nil, big.NewInt(31337)); err == nil {
		t.Error("accepted a nil key")
	}
	if _, err := NewDev(big.NewInt(1)); err == nil {
		t.Error("NewDev generated a key for chain 1")
	}

	key, _ := ParseHexKey(keyHex)
	d, err := NewDevFromKey(key, big.NewInt(31337))
	if err != nil {
		t.Fatal(err)
	}
	if d.Address() != want || d.ChainID().Int64() != 31337 {
		t.Fatalf("dev signer %s on chain %v", d.Address().Hex(), d.ChainID())
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to})
	signed, err := d.SignTx(context.Background(), big.NewInt(31337), tx)
	if err != nil {
		t.Fatal(err)
	}
	if from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(31337)), signed); err != nil || from != want {
		t.Fatalf("recovered %s, %v", from.Hex(), err)
	}
	if _, err := d.SignTx(context.Background(), big.NewInt(1337), tx); err == nil || !strings.Contains(err.Error(), "1337") {
		t.Fatalf("signed for another local chain: %v", err)
	}
	d.Close() // a no-op: the signer still works
	if _, err := d.SignTx(context.Background(), big.NewInt(31337), tx); err != nil {
		t.Fatalf("after Close: %v", err)
	}
	for _, s := range []string{fmt.Sprint(d), fmt.Sprintf("%+v", d), fmt.Sprintf("%#v", d), d.String()} {
		if strings.Contains(strings.ToLower(s), keyHex) || !strings.Contains(s, want.Hex()) {
			t.Fatalf("formatted signer %q: leaks the key or lacks the address", s)
		}
	}
}
