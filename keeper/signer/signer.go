// Package signer signs the keeper's transactions.
//
// The keeper talks to one Signer whatever holds the key. This package has the
// development signer: an in-memory key that exists only for the embedded
// chain and refuses to sign for any other chain ID. Signers backed by
// HashiCorp Vault implement the same interface.
package signer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

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

// Dev holds a private key in memory, generated at start and never written
// anywhere. It signs only for the chain ID it was created for.
type Dev struct {
	key     *ecdsa.PrivateKey
	addr    common.Address
	chainID *big.Int
}

// NewDev generates a fresh key bound to chainID.
func NewDev(chainID *big.Int) (*Dev, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("dev signer: chain ID %v: must be positive", chainID)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("dev signer: generating key: %w", err)
	}
	return &Dev{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), chainID: new(big.Int).Set(chainID)}, nil
}

// Address implements Signer.
func (d *Dev) Address() common.Address { return d.addr }

// ChainID is the only chain the key signs for.
func (d *Dev) ChainID() *big.Int { return new(big.Int).Set(d.chainID) }

// SignTx implements Signer. It refuses any chain but the one the key was
// created for.
func (d *Dev) SignTx(_ context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	if chainID == nil || chainID.Cmp(d.chainID) != 0 {
		return nil, fmt.Errorf("dev signer: refusing to sign for chain ID %v: this in-memory key exists only for the embedded chain (ID %v)", chainID, d.chainID)
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(d.chainID), d.key)
	if err != nil {
		return nil, fmt.Errorf("dev signer: signing transaction: %w", err)
	}
	return signed, nil
}

// String never prints the key.
func (d *Dev) String() string {
	return fmt.Sprintf("dev signer %s (chain %v)", d.addr.Hex(), d.chainID)
}

// GoString never prints the key either (%#v).
func (d *Dev) GoString() string { return d.String() }
