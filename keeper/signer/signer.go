// Package signer signs the keeper's transactions.
//
// The keeper talks to one Signer whatever holds the key. This package has the
// development signer: an in-memory key for local development chains only
// (IsLocalChain), bound to one chain ID and refusing to sign for any other.
// Signers backed by HashiCorp Vault implement the same interface.
package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs transactions for one address.
type Signer interface {
	// Address is the account the signer signs for.
	Address() common.Address
	// SignTx signs tx for chainID, returning the signed transaction.
	SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error)
}

// localChainIDs are the chain IDs of local development chains.
var localChainIDs = []int64{
	31337, // anvil, hardhat
	1337,  // geth --dev, and the keeper's embedded chain
}

// LocalChainIDs returns the chain IDs of local development chains, the only
// ones a Dev key signs for: 31337 (anvil, hardhat) and 1337 (geth --dev,
// the embedded chain).
func LocalChainIDs() []*big.Int {
	ids := make([]*big.Int, len(localChainIDs))
	for i, id := range localChainIDs {
		ids[i] = big.NewInt(id)
	}
	return ids
}

// IsLocalChain reports whether id is one of LocalChainIDs.
func IsLocalChain(id *big.Int) bool {
	if id == nil {
		return false
	}
	for _, l := range localChainIDs {
		if id.IsInt64() && id.Int64() == l {
			return true
		}
	}
	return false
}

// Dev holds a private key in memory, generated at start or handed over by
// the caller, and never written anywhere. It exists only for local chains
// (IsLocalChain) and signs only for the chain ID it was created for.
type Dev struct {
	key     *ecdsa.PrivateKey
	addr    common.Address
	chainID *big.Int
}

// NewDev generates a fresh key bound to chainID, a local chain's.
func NewDev(chainID *big.Int) (*Dev, error) {
	if err := checkLocalChain(chainID); err != nil {
		return nil, err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("dev signer: generating key: %w", err)
	}
	return &Dev{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), chainID: new(big.Int).Set(chainID)}, nil
}

// NewDevFromKey binds key to chainID, which must be a local chain's
// (IsLocalChain): a key from the environment signs for anvil or a geth dev
// node, never for a public chain. The Dev takes key over; the caller must
// not use or print it.
func NewDevFromKey(key *ecdsa.PrivateKey, chainID *big.Int) (*Dev, error) {
	if key == nil || key.D == nil || key.D.Sign() == 0 {
		return nil, errors.New("dev signer: no private key")
	}
	if err := checkLocalChain(chainID); err != nil {
		return nil, err
	}
	return &Dev{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), chainID: new(big.Int).Set(chainID)}, nil
}

func checkLocalChain(chainID *big.Int) error {
	if !IsLocalChain(chainID) {
		return fmt.Errorf("dev signer: chain ID %v is not a local development chain (%v): the in-memory dev key signs only for those", chainID, localChainIDs)
	}
	return nil
}

// ParseHexKey parses a hex secp256k1 private key (64 hex digits, with or
// without 0x, surrounding space ignored). Its error never quotes the input.
func ParseHexKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("not a hex private key: want 64 hex digits (with or without 0x), got %d characters", len(s))
	}
	key, err := crypto.HexToECDSA(s)
	if err != nil {
		// HexToECDSA's error can quote the input: never pass it on.
		return nil, errors.New("not a hex private key: want 64 hex digits encoding a valid secp256k1 scalar")
	}
	return key, nil
}

// Address implements Signer.
func (d *Dev) Address() common.Address { return d.addr }

// ChainID is the only chain the key signs for.
func (d *Dev) ChainID() *big.Int { return new(big.Int).Set(d.chainID) }

// SignTx implements Signer. It refuses any chain but the one the key was
// created for.
func (d *Dev) SignTx(_ context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	if chainID == nil || chainID.Cmp(d.chainID) != 0 {
		return nil, fmt.Errorf("dev signer: refusing to sign for chain ID %v: this in-memory key exists only for the local chain with ID %v", chainID, d.chainID)
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(d.chainID), d.key)
	if err != nil {
		return nil, fmt.Errorf("dev signer: signing transaction: %w", err)
	}
	return signed, nil
}

// Close does nothing: the key lives in memory only and goes with the
// process. It makes Dev a closable signer like the Vault-backed ones.
func (d *Dev) Close() {}

// String never prints the key.
func (d *Dev) String() string {
	return fmt.Sprintf("dev signer %s (chain %v)", d.addr.Hex(), d.chainID)
}

// GoString never prints the key either (%#v).
func (d *Dev) GoString() string { return d.String() }
