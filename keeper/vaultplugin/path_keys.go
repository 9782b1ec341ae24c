package vaultplugin

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/vault/sdk/framework"
	"github.com/hashicorp/vault/sdk/logical"
)

const (
	fieldName       = "name"
	fieldPrivateKey = "private_key"
)

// keyEntry is what is stored under keys/<name>. Only Address ever leaves the
// backend.
type keyEntry struct {
	Key      []byte         `json:"key"` // 32-byte secp256k1 scalar
	Address  common.Address `json:"address"`
	Imported bool           `json:"imported"`
	Created  time.Time      `json:"created"`
}

// wipe zeroes the scalar's bytes (best effort: Go may have copied them).
func (e *keyEntry) wipe() {
	if e != nil {
		clear(e.Key)
	}
}

func (b *Backend) pathKeysList() *framework.Path {
	return &framework.Path{
		Pattern: "keys/?$",
		Operations: map[logical.Operation]framework.OperationHandler{
			logical.ListOperation: &framework.PathOperation{Callback: b.listKeys, Summary: "List the key names."},
		},
		HelpSynopsis: "List the signing keys.",
	}
}

func (b *Backend) pathKey() *framework.Path {
	return &framework.Path{
		Pattern: "keys/" + framework.GenericNameRegex(fieldName),
		Fields: map[string]*framework.FieldSchema{
			fieldName: {Type: framework.TypeString, Description: "Name of the key."},
			fieldPrivateKey: {
				Type: framework.TypeString,
				Description: "Import: hex secp256k1 private key (32 bytes, optional 0x). Write-only: " +
					"never returned. Leave empty to generate a key in Vault.",
				DisplayAttrs: &framework.DisplayAttributes{Sensitive: true},
			},
		},
		ExistenceCheck: b.keyExists,
		Operations: map[logical.Operation]framework.OperationHandler{
			logical.CreateOperation: &framework.PathOperation{Callback: b.createKey, Summary: "Create or import a key."},
			logical.UpdateOperation: &framework.PathOperation{Callback: b.refuseOverwrite, Summary: "Keys are never overwritten."},
			logical.ReadOperation:   &framework.PathOperation{Callback: b.readKey, Summary: "Read the key's address."},
			logical.DeleteOperation: &framework.PathOperation{Callback: b.deleteKey, Summary: "Destroy the key."},
		},
		HelpSynopsis: "Create, import, inspect (address only) or destroy a signing key.",
		HelpDescription: "Writing to a new name generates a key with a cryptographic random source, or imports " +
			"the hex key in private_key. Existing keys are never overwritten: delete first. Reading returns the " +
			"address only; no path returns a private key.",
	}
}

func (b *Backend) keyExists(ctx context.Context, req *logical.Request, d *framework.FieldData) (bool, error) {
	e, err := getKey(ctx, req.Storage, d.Get(fieldName).(string))
	defer e.wipe()
	return e != nil, err
}

// getKey loads a key entry; nil when there is none. Callers wipe it.
func getKey(ctx context.Context, s logical.Storage, name string) (*keyEntry, error) {
	se, err := s.Get(ctx, keyPrefix+name)
	if err != nil {
		return nil, fmt.Errorf("reading key %q from storage: %w", name, err)
	}
	if se == nil {
		return nil, nil
	}
	var e keyEntry
	// se.Value may be the storage's own buffer (in-memory storage): it is
	// not ours to wipe.
	if err := json.Unmarshal(se.Value, &e); err != nil {
		// The decoder's error may quote the entry: say only where it failed.
		return nil, fmt.Errorf("key %q: stored entry is not readable", name)
	}
	if len(e.Key) != 32 {
		e.wipe()
		return nil, fmt.Errorf("key %q: stored entry is malformed", name)
	}
	return &e, nil
}

func (b *Backend) listKeys(ctx context.Context, req *logical.Request, _ *framework.FieldData) (*logical.Response, error) {
	names, err := req.Storage.List(ctx, keyPrefix)
	if err != nil {
		return nil, fmt.Errorf("listing keys: %w", err)
	}
	return logical.ListResponse(names), nil
}

func (b *Backend) createKey(ctx context.Context, req *logical.Request, d *framework.FieldData) (*logical.Response, error) {
	name := d.Get(fieldName).(string)
	b.mu.Lock()
	defer b.mu.Unlock()
	existing, err := getKey(ctx, req.Storage, name)
	existing.wipe()
	if err != nil {
		return nil, err
	}
	if existing != nil {
		return overwriteRefused(name), nil
	}

	var key *ecdsa.PrivateKey
	imported := false
	if raw, ok := d.GetOk(fieldPrivateKey); ok && raw.(string) != "" {
		imported = true
		key, err = parseKey(raw.(string))
		if err != nil {
			return logical.ErrorResponse(err.Error()), nil
		}
	} else {
		key, err = crypto.GenerateKey() // ecdsa.GenerateKey(secp256k1, crypto/rand.Reader)
		if err != nil {
			return nil, fmt.Errorf("generating key %q: %w", name, err)
		}
	}
	e := &keyEntry{Key: crypto.FromECDSA(key), Address: crypto.PubkeyToAddress(key.PublicKey), Imported: imported, Created: time.Now().UTC()}
	key.D.SetInt64(0)
	defer e.wipe()
	val, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("encoding key %q", name)
	}
	if err := req.Storage.Put(ctx, &logical.StorageEntry{Key: keyPrefix + name, Value: val, SealWrap: true}); err != nil {
		return nil, fmt.Errorf("storing key %q: %w", name, err)
	}
	b.Logger().Info("key stored", "name", name, "address", e.Address.Hex(), "imported", imported)
	return &logical.Response{Data: map[string]any{"address": e.Address.Hex()}}, nil
}

// parseKey validates an imported key. Its errors never quote the input.
func parseKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("private_key must be 32 bytes of hex (64 digits, optional 0x); got %d digits", len(s))
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("private_key is not hex")
	}
	defer clear(raw)
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		// Zero or not below the curve order.
		return nil, fmt.Errorf("private_key is not a valid secp256k1 private key")
	}
	return key, nil
}

func overwriteRefused(name string) *logical.Response {
	return logical.ErrorResponse(fmt.Sprintf("key %q already exists; keys are never overwritten (delete it first to replace it)", name))
}

func (b *Backend) refuseOverwrite(_ context.Context, _ *logical.Request, d *framework.FieldData) (*logical.Response, error) {
	return overwriteRefused(d.Get(fieldName).(string)), nil
}

func (b *Backend) readKey(ctx context.Context, req *logical.Request, d *framework.FieldData) (*logical.Response, error) {
	e, err := getKey(ctx, req.Storage, d.Get(fieldName).(string))
	defer e.wipe()
	if err != nil || e == nil {
		return nil, err // nil, nil: 404
	}
	return &logical.Response{Data: map[string]any{"address": e.Address.Hex()}}, nil
}

func (b *Backend) deleteKey(ctx context.Context, req *logical.Request, d *framework.FieldData) (*logical.Response, error) {
	name := d.Get(fieldName).(string)
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := req.Storage.Delete(ctx, keyPrefix+name); err != nil {
		return nil, fmt.Errorf("deleting key %q: %w", name, err)
	}
	b.Logger().Info("key deleted", "name", name)
	return nil, nil
}
