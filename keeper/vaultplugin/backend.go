// Package vaultplugin is vaultkeeper's HashiCorp Vault secrets plugin: it
// keeps secp256k1 keys in Vault's storage and signs Ethereum transactions
// with them, so that the keeper's key never leaves Vault.
//
// Paths (relative to the mount, "vaultkeeper/" by default):
//
//	keys/              LIST    names of the keys
//	keys/<name>        WRITE   create a key (random) or import one (write-only field private_key);
//	                           existing keys are never overwritten
//	                   READ    the key's address; nothing else
//	                   DELETE  destroy the key
//	keys/<name>/sign   WRITE   chain_id, tx (hex of an unsigned legacy or EIP-1559
//	                           transaction, types.Transaction.MarshalBinary) →
//	                           signed_tx, hash, from
//
// There is no export, backup or read path for a private key, and no response,
// error or log line carries one. Stored keys are marked for seal wrapping
// (extra encryption by the seal on Vault editions and seals that support it;
// Vault's barrier encrypts them in every case).
package vaultplugin

import (
	"context"
	"strings"
	"sync"

	"github.com/hashicorp/vault/sdk/framework"
	"github.com/hashicorp/vault/sdk/helper/errutil"
	"github.com/hashicorp/vault/sdk/logical"
)

// keyPrefix is the storage (and API) prefix of the keys.
const keyPrefix = "keys/"

// Factory creates the backend for one mount; it is the logical.Factory the
// plugin serves (and the one a Vault core can register as a builtin).
func Factory(ctx context.Context, conf *logical.BackendConfig) (logical.Backend, error) {
	b := New()
	if err := b.Setup(ctx, conf); err != nil {
		return nil, err
	}
	return b, nil
}

// Backend is the signing backend of one mount.
type Backend struct {
	*framework.Backend
	// mu serialises key creation and deletion (signing only reads).
	mu sync.Mutex
}

// New returns an unconfigured backend (Factory sets it up).
func New() *Backend {
	b := &Backend{}
	b.Backend = &framework.Backend{
		Help:        strings.TrimSpace(backendHelp),
		BackendType: logical.TypeLogical,
		PathsSpecial: &logical.Paths{
			SealWrapStorage: []string{keyPrefix},
		},
		Paths: []*framework.Path{b.pathKeysList(), b.pathSign(), b.pathKey()},
	}
	return b
}

// HandleRequest refuses a private_key that is not a string before the
// framework parses the request: the framework's conversion errors quote the
// raw value, and a key must never appear in a response or a log.
func (b *Backend) HandleRequest(ctx context.Context, req *logical.Request) (*logical.Response, error) {
	if resp := guardKeyField(req); resp != nil {
		return resp, nil
	}
	return b.Backend.HandleRequest(ctx, req)
}

// HandleExistenceCheck applies the same guard before the framework's field
// validation, whose error quotes raw values and which Vault's core both
// returns (as a user error, HTTP 400) and logs.
func (b *Backend) HandleExistenceCheck(ctx context.Context, req *logical.Request) (bool, bool, error) {
	if resp := guardKeyField(req); resp != nil {
		return false, false, errutil.UserError{Err: resp.Error().Error()}
	}
	return b.Backend.HandleExistenceCheck(ctx, req)
}

func guardKeyField(req *logical.Request) *logical.Response {
	if req == nil || req.Data == nil {
		return nil
	}
	v, ok := req.Data[fieldPrivateKey]
	if !ok {
		return nil
	}
	if _, isString := v.(string); !isString {
		return logical.ErrorResponse("private_key must be a hex string (32 bytes)")
	}
	return nil
}

const backendHelp = `
The vaultkeeper signer keeps secp256k1 keys in Vault and signs Ethereum
transactions (legacy with EIP-155, and EIP-1559) with them. Keys are created
in Vault or imported once; only their addresses can be read back.
`
