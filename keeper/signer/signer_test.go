package signer

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestDevSignsOnlyForItsChain(t *testing.T) {
	d, err := NewDev(big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to})
	signed, err := d.SignTx(context.Background(), big.NewInt(1337), tx)
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(1337)), signed)
	if err != nil || from != d.Address() {
		t.Fatalf("recovered %s, %v; want %s", from, err, d.Address())
	}
	for _, id := range []int64{1, 10, 8453, 31337} {
		if _, err := d.SignTx(context.Background(), big.NewInt(id), tx); err == nil || !strings.Contains(err.Error(), fmt.Sprint(id)) {
			t.Fatalf("chain %d: want a refusal naming the chain, got %v", id, err)
		}
	}
	if _, err := d.SignTx(context.Background(), nil, tx); err == nil {
		t.Fatal("signed for a nil chain ID")
	}
}

func TestDevNeverPrintsKey(t *testing.T) {
	d, err := NewDev(big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	keyHex := fmt.Sprintf("%x", d.key.D.Bytes())
	for _, s := range []string{fmt.Sprint(d), fmt.Sprintf("%v", d), fmt.Sprintf("%+v", d), fmt.Sprintf("%#v", d), d.String()} {
		if strings.Contains(s, keyHex) {
			t.Fatalf("formatted signer leaks the key: %s", s)
		}
	}
	if _, err := NewDev(big.NewInt(0)); err == nil {
		t.Fatal("accepted chain ID 0")
	}
}
