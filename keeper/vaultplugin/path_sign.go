package vaultplugin

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/vault/sdk/framework"
	"github.com/hashicorp/vault/sdk/logical"
)

const (
	fieldChainID = "chain_id"
	fieldTx      = "tx"

	// maxTxBytes bounds the encoded transaction (go-ethereum's pool takes
	// at most 128 KiB).
	maxTxBytes = 128 * 1024
)

func (b *Backend) pathSign() *framework.Path {
	return &framework.Path{
		Pattern: "keys/" + framework.GenericNameRegex(fieldName) + "/sign",
		Fields: map[string]*framework.FieldSchema{
			fieldName:    {Type: framework.TypeString, Description: "Name of the key."},
			fieldChainID: {Type: framework.TypeString, Description: "Chain ID to sign for (decimal, or 0x hex).", Required: true},
			fieldTx: {Type: framework.TypeString, Required: true,
				Description: "Hex of the unsigned transaction (types.Transaction.MarshalBinary): legacy, or EIP-1559 " +
					"(type 2) whose chain ID equals chain_id."},
		},
		Operations: map[logical.Operation]framework.OperationHandler{
			logical.UpdateOperation: &framework.PathOperation{Callback: b.sign, Summary: "Sign a transaction."},
		},
		HelpSynopsis: "Sign a legacy (EIP-155) or EIP-1559 transaction for a chain ID.",
		HelpDescription: "Returns signed_tx (hex of the signed transaction's MarshalBinary), hash and from. " +
			"Legacy transactions are always signed with EIP-155 replay protection for chain_id; EIP-1559 " +
			"transactions must carry chain_id. Other transaction types are refused.",
	}
}

func (b *Backend) sign(ctx context.Context, req *logical.Request, d *framework.FieldData) (*logical.Response, error) {
	name := d.Get(fieldName).(string)
	chainID, err := parseChainID(d.Get(fieldChainID).(string))
	if err != nil {
		return logical.ErrorResponse(err.Error()), nil
	}
	tx, err := parseUnsignedTx(d.Get(fieldTx).(string), chainID)
	if err != nil {
		return logical.ErrorResponse(err.Error()), nil
	}

	e, err := getKey(ctx, req.Storage, name)
	defer e.wipe()
	if err != nil {
		return nil, err
	}
	if e == nil {
		return logical.ErrorResponse(fmt.Sprintf("no key named %q", name)), nil
	}
	key, err := crypto.ToECDSA(e.Key)
	if err != nil {
		return nil, fmt.Errorf("key %q: stored entry is malformed", name)
	}
	signer := types.NewLondonSigner(chainID) // EIP-155 for legacy, EIP-1559 for type 2
	signed, err := types.SignTx(tx, signer, key)
	key.D.SetInt64(0)
	if err != nil {
		return logical.ErrorResponse(fmt.Sprintf("signing: %v", err)), nil
	}
	from, err := types.Sender(signer, signed)
	if err != nil || from != e.Address {
		return nil, fmt.Errorf("key %q: signature does not recover to the key's address", name)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encoding the signed transaction: %w", err)
	}
	return &logical.Response{Data: map[string]any{
		"signed_tx": "0x" + hex.EncodeToString(raw),
		"hash":      signed.Hash().Hex(),
		"from":      from.Hex(),
	}}, nil
}

func parseChainID(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("chain_id is required")
	}
	id, ok := new(big.Int).SetString(s, 0)
	if !ok || id.Sign() <= 0 || id.BitLen() > 256 {
		return nil, fmt.Errorf("chain_id %q: want a positive integer", s)
	}
	return id, nil
}

// parseUnsignedTx decodes tx and accepts only unsigned legacy and EIP-1559
// transactions; an EIP-1559 transaction must be for chainID.
func parseUnsignedTx(s string, chainID *big.Int) (*types.Transaction, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	if s == "" {
		return nil, fmt.Errorf("tx is required: hex of the unsigned transaction (MarshalBinary)")
	}
	if len(s) > 2*maxTxBytes {
		return nil, fmt.Errorf("tx is longer than %d bytes", maxTxBytes)
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("tx is not hex")
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("tx does not decode as a transaction: %v", err)
	}
	switch tx.Type() {
	case types.LegacyTxType:
		// Signed with EIP-155 for chain_id: the signature binds the chain.
	case types.DynamicFeeTxType:
		if tx.ChainId() == nil || tx.ChainId().Cmp(chainID) != 0 {
			return nil, fmt.Errorf("chain ID mismatch: the EIP-1559 transaction is for chain %v, the request for chain_id %v", tx.ChainId(), chainID)
		}
	default:
		return nil, fmt.Errorf("transaction type %d is not signed here: only legacy (0) and EIP-1559 (2) transactions", tx.Type())
	}
	if v, r, sig := tx.RawSignatureValues(); v.Sign() != 0 || r.Sign() != 0 || sig.Sign() != 0 {
		return nil, fmt.Errorf("tx already carries a signature: send the unsigned transaction")
	}
	return tx, nil
}
