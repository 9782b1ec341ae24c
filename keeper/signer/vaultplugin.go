package signer

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"regexp"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	vault "github.com/hashicorp/vault/api"
)

// Defaults of VaultPlugin: the mount of vaultkeeper's signing plugin and the
// key's name in it (the names scripts/vault/keeper-plugin.hcl grants).
const (
	DefaultPluginMount = "vaultkeeper"
	DefaultPluginKey   = "keeper"
)

// pluginKeyName is the plugin's key-name pattern (framework.GenericNameRegex).
var pluginKeyName = regexp.MustCompile(`^\w([\w.-]*\w)?$`)

// VaultPlugin signs through vaultkeeper's own Vault secrets plugin
// (keeper/vaultplugin): the key is created or imported in Vault and never
// leaves it. The keeper sends the unsigned transaction to
// <mount>/keys/<name>/sign and checks what comes back: the signed
// transaction must be the one sent, for the chain asked, and recover to the
// key's address. Only the address is kept here.
//
// If the key is replaced in Vault (deleted and created again), the first
// signature that notices is refused, the new address is reported, and the
// signer signs with the new key from then on (the vault's keeper role must
// be moved to it by governance). Token login and renewal are VaultKV's.
type VaultPlugin struct {
	*vaultConn
	mount, key string

	mu   sync.Mutex
	addr common.Address
}

// NewVaultPlugin logs in to Vault, reads the key's address from
// <cfg.Mount>/keys/<cfg.Path>, and starts renewing the token. cfg.Mount is
// the plugin's mount (default "vaultkeeper"), cfg.Path the key's name
// (default "keeper"); cfg.Field is not used.
func NewVaultPlugin(ctx context.Context, cfg VaultConfig, log *slog.Logger) (*VaultPlugin, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg.defaults()
	cfg.Mount = strings.Trim(cfg.Mount, "/")
	if cfg.Mount == "" {
		cfg.Mount = DefaultPluginMount
	}
	if cfg.Path == "" {
		cfg.Path = DefaultPluginKey
	}
	if err := cfg.validateAddress(); err != nil {
		return nil, err
	}
	if !pluginKeyName.MatchString(cfg.Path) {
		return nil, fmt.Errorf("vault-plugin signer: key name %q: want letters, digits, '_', '-' or '.', without '/'", cfg.Path)
	}
	if err := cfg.validateAuth(); err != nil {
		return nil, err
	}
	conn, login, err := dialVault(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	s := &VaultPlugin{vaultConn: conn, mount: cfg.Mount, key: cfg.Path}
	addr, err := s.readAddress(ctx)
	if err != nil {
		return nil, err
	}
	s.addr = addr
	s.startRenewal(login)
	return s, nil
}

func (s *VaultPlugin) keyPath() string { return s.mount + "/keys/" + s.key }

// readAddress reads the key's address (the only thing the plugin tells).
func (s *VaultPlugin) readAddress(ctx context.Context) (common.Address, error) {
	var sec *vault.Secret
	err := s.call(ctx, func() (err error) {
		sec, err = s.client.Logical().ReadWithContext(ctx, s.keyPath())
		return err
	})
	if err != nil {
		return common.Address{}, fmt.Errorf("vault-plugin signer: reading key %s at %s: %w", s.keyPath(), s.cfg.Address, cleanErr(err))
	}
	if sec == nil {
		return common.Address{}, fmt.Errorf("vault-plugin signer: no key %q at %s (mount %s): an administrator creates it with `vault write %s`",
			s.key, s.cfg.Address, s.mount, s.keyPath())
	}
	a, _ := sec.Data["address"].(string)
	if !common.IsHexAddress(a) {
		return common.Address{}, fmt.Errorf("vault-plugin signer: %s returned no address: is the mount vaultkeeper's signing plugin?", s.keyPath())
	}
	return common.HexToAddress(a), nil
}

// Close stops the token renewal.
func (s *VaultPlugin) Close() { s.close() }

// Address implements Signer.
func (s *VaultPlugin) Address() common.Address {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// SignTx implements Signer for legacy (signed with EIP-155 for chainID) and
// EIP-1559 transactions; tx's signature, if any, is ignored.
func (s *VaultPlugin) SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("vault-plugin signer: chain ID %v: must be positive", chainID)
	}
	unsigned, err := unsignedCopy(tx, chainID)
	if err != nil {
		return nil, err
	}
	raw, err := unsigned.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("vault-plugin signer: encoding the transaction: %w", err)
	}
	var sec *vault.Secret
	err = s.call(ctx, func() (err error) {
		sec, err = s.client.Logical().WriteWithContext(ctx, s.keyPath()+"/sign",
			map[string]any{"chain_id": chainID.String(), "tx": "0x" + hex.EncodeToString(raw)})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("vault-plugin signer: signing with %s at %s: %w", s.keyPath(), s.cfg.Address, cleanErr(err))
	}
	signed, from, err := checkSigned(sec, unsigned, chainID)
	if err != nil {
		return nil, fmt.Errorf("vault-plugin signer: %s: %w", s.keyPath(), err)
	}
	s.mu.Lock()
	prev := s.addr
	s.addr = from
	s.mu.Unlock()
	if prev != from {
		s.log.Warn("vault-plugin signer: signing key replaced", "key", s.keyPath(), "from", prev.Hex(), "to", from.Hex())
		return nil, fmt.Errorf("vault-plugin signer: %w in %s: address %s → %s; the transaction signed by the new key was dropped",
			errRotated, s.keyPath(), prev.Hex(), from.Hex())
	}
	return signed, nil
}

// checkSigned verifies the plugin's answer: the signed transaction is the
// one sent (same type and signing hash), for chainID with replay
// protection, its hash is the one reported, and its sender, recovered here,
// is the one reported. It returns the transaction and the recovered sender.
func checkSigned(sec *vault.Secret, unsigned *types.Transaction, chainID *big.Int) (*types.Transaction, common.Address, error) {
	if sec == nil {
		return nil, common.Address{}, errors.New("the plugin returned nothing")
	}
	str := func(k string) string { v, _ := sec.Data[k].(string); return v }
	raw, err := hex.DecodeString(strings.TrimPrefix(str("signed_tx"), "0x"))
	if err != nil || len(raw) == 0 {
		return nil, common.Address{}, errors.New("the plugin returned no hex signed_tx")
	}
	signed := new(types.Transaction)
	if err := signed.UnmarshalBinary(raw); err != nil {
		return nil, common.Address{}, fmt.Errorf("the plugin's signed_tx does not decode: %v", err)
	}
	signer := types.NewLondonSigner(chainID)
	if signed.Type() != unsigned.Type() || signer.Hash(signed) != signer.Hash(unsigned) {
		return nil, common.Address{}, errors.New("the plugin signed a different transaction from the one sent")
	}
	if !signed.Protected() || signed.ChainId() == nil || signed.ChainId().Cmp(chainID) != 0 {
		return nil, common.Address{}, fmt.Errorf("the plugin's signature is not bound to chain %v", chainID)
	}
	from, err := types.Sender(signer, signed)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("the plugin's signature does not verify: %v", err)
	}
	if !common.IsHexAddress(str("from")) || common.HexToAddress(str("from")) != from {
		return nil, common.Address{}, fmt.Errorf("the plugin reports sender %q, the signature recovers %s", str("from"), from.Hex())
	}
	if str("hash") != signed.Hash().Hex() {
		return nil, common.Address{}, fmt.Errorf("the plugin reports hash %q, the signed transaction's is %s", str("hash"), signed.Hash().Hex())
	}
	return signed, from, nil
}

// unsignedCopy checks tx's type and chain and returns it without a
// signature: the plugin signs legacy and EIP-1559 transactions only.
func unsignedCopy(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	switch tx.Type() {
	case types.LegacyTxType:
		return types.NewTx(&types.LegacyTx{Nonce: tx.Nonce(), GasPrice: tx.GasPrice(), Gas: tx.Gas(), To: tx.To(),
			Value: tx.Value(), Data: tx.Data()}), nil
	case types.DynamicFeeTxType:
		if tx.ChainId().Cmp(chainID) != 0 {
			return nil, fmt.Errorf("vault-plugin signer: refusing to sign an EIP-1559 transaction for chain %v as chain %v", tx.ChainId(), chainID)
		}
		return types.NewTx(&types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: tx.Nonce(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
			Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList()}), nil
	}
	return nil, fmt.Errorf("vault-plugin signer: transaction type %d: the plugin signs legacy and EIP-1559 (type 2) transactions only", tx.Type())
}

// String never prints the token.
func (s *VaultPlugin) String() string {
	return fmt.Sprintf("vault-plugin signer %s (%s %s)", s.Address().Hex(), s.cfg.Address, s.keyPath())
}

// GoString never prints the token either.
func (s *VaultPlugin) GoString() string { return s.String() }
