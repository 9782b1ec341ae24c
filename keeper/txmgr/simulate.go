package txmgr

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// msg is snd's call, from the signer.
func (m *Manager) msg(snd store.Send) ethereum.CallMsg {
	return ethereum.CallMsg{From: m.signer.Address(), To: sendTarget(snd), Data: snd.Data, Value: snd.Value}
}

// simulate runs snd's call against the latest block, or the pending one
// with Config.SimulatePending.
func (m *Manager) simulate(ctx context.Context, snd store.Send) error {
	var block *big.Int
	if m.cfg.SimulatePending {
		block = big.NewInt(int64(rpc.PendingBlockNumber))
	}
	_, err := m.chain.CallContract(ctx, m.msg(snd), block)
	return err
}

// sendTarget is the send's target, or nil for a contract creation.
func sendTarget(snd store.Send) *common.Address {
	if snd.Create {
		return nil
	}
	to := common.HexToAddress(snd.To)
	return &to
}
