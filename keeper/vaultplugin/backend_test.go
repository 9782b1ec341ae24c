package vaultplugin

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/vault/sdk/helper/errutil"
	"github.com/hashicorp/vault/sdk/logical"
)

// harness is one mounted backend over Vault's in-memory storage. Every
// response it sees is recorded so that tests can check that no key ever
// appears in one.
type harness struct {
	t       *testing.T
	b       logical.Backend
	storage *recordingStorage
	logs    *bytes.Buffer
	seen    []string
}

// recordingStorage is Vault's in-memory storage, remembering which entries
// were written with the seal-wrap flag (InmemStorage drops it).
type recordingStorage struct {
	logical.InmemStorage
	sealWrapped map[string]bool
}

func (s *recordingStorage) Put(ctx context.Context, e *logical.StorageEntry) error {
	s.sealWrapped[e.Key] = e.SealWrap
	return s.InmemStorage.Put(ctx, e)
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	conf := logical.TestBackendConfig()
	st := &recordingStorage{sealWrapped: map[string]bool{}}
	logs := new(bytes.Buffer)
	conf.StorageView = st
	conf.Logger = hclog.New(&hclog.LoggerOptions{Output: logs, Level: hclog.Trace})
	b, err := Factory(context.Background(), conf)
	if err != nil {
		t.Fatal(err)
	}
	return &harness{t: t, b: b, storage: st, logs: logs}
}

func (h *harness) do(op logical.Operation, path string, data map[string]any) (*logical.Response, error) {
	h.t.Helper()
	req := &logical.Request{Operation: op, Path: path, Data: data, Storage: h.storage}
	resp, err := h.b.HandleRequest(context.Background(), req)
	b, _ := json.Marshal(resp)
	h.seen = append(h.seen, string(b), fmt.Sprint(err))
	return resp, err
}

// ok runs a request that must succeed.
func (h *harness) ok(op logical.Operation, path string, data map[string]any) *logical.Response {
	h.t.Helper()
	resp, err := h.do(op, path, data)
	if err != nil || (resp != nil && resp.IsError()) {
		h.t.Fatalf("%s %s: %v %v", op, path, err, resp.Error())
	}
	return resp
}

// refused runs a request that must fail with an error mentioning want.
func (h *harness) refused(op logical.Operation, path string, data map[string]any, want string) {
	h.t.Helper()
	resp, err := h.do(op, path, data)
	msg := fmt.Sprint(err)
	if resp != nil && resp.IsError() {
		msg = resp.Error().Error()
	} else if err == nil {
		h.t.Fatalf("%s %s: accepted (%v), want an error mentioning %q", op, path, resp, want)
	}
	if !strings.Contains(msg, want) {
		h.t.Fatalf("%s %s: error %q, want it to mention %q", op, path, msg, want)
	}
}

// noKey fails if any response, error or log line seen so far holds one of
// the keys (hex, either case).
func (h *harness) noKey(keys ...string) {
	h.t.Helper()
	all := strings.ToLower(strings.Join(h.seen, "\n") + h.logs.String())
	for _, k := range keys {
		k = strings.ToLower(strings.TrimPrefix(k, "0x"))
		if k != "" && strings.Contains(all, k) {
			h.t.Fatalf("a private key appears in a response or error")
		}
	}
}

// storedKey is the hex of the key kept in storage (test-only back door).
func (h *harness) storedKey(name string) string {
	h.t.Helper()
	e, err := getKey(context.Background(), h.storage, name)
	if err != nil || e == nil {
		h.t.Fatalf("stored key %q: %v", name, err)
	}
	return hex.EncodeToString(e.Key)
}

func newKeyHex(t *testing.T) (string, common.Address) {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(crypto.FromECDSA(k)), crypto.PubkeyToAddress(k.PublicKey)
}

func TestCreateImportReadListDelete(t *testing.T) {
	h := newHarness(t)

	// Generated in Vault: the response and a read give the address only.
	resp := h.ok(logical.CreateOperation, "keys/keeper", nil)
	addr := resp.Data["address"].(string)
	if len(resp.Data) != 1 || !common.IsHexAddress(addr) {
		t.Fatalf("create response %v: want the address only", resp.Data)
	}
	got := h.ok(logical.ReadOperation, "keys/keeper", nil)
	if len(got.Data) != 1 || got.Data["address"] != addr {
		t.Fatalf("read %v, want only address %s", got.Data, addr)
	}
	generated := h.storedKey("keeper")
	if k, _ := crypto.HexToECDSA(generated); crypto.PubkeyToAddress(k.PublicKey).Hex() != addr {
		t.Fatal("stored key does not match the reported address")
	}

	// Imported: validated, stored, never echoed.
	imp, impAddr := newKeyHex(t)
	resp = h.ok(logical.CreateOperation, "keys/imported", map[string]any{"private_key": "0x" + imp})
	if resp.Data["address"] != impAddr.Hex() || len(resp.Data) != 1 {
		t.Fatalf("import response %v, want address %s only", resp.Data, impAddr.Hex())
	}
	if got := h.ok(logical.ReadOperation, "keys/imported", nil); got.Data["address"] != impAddr.Hex() {
		t.Fatalf("read imported: %v", got.Data)
	}

	// Two distinct generated keys.
	other := h.ok(logical.CreateOperation, "keys/other", nil).Data["address"]
	if other == addr {
		t.Fatal("two generated keys share an address")
	}

	list := h.ok(logical.ListOperation, "keys/", nil).Data["keys"].([]string)
	sort.Strings(list)
	if strings.Join(list, ",") != "imported,keeper,other" {
		t.Fatalf("list: %v", list)
	}

	// Delete: gone for reads and signatures.
	h.ok(logical.DeleteOperation, "keys/other", nil)
	if resp, err := h.do(logical.ReadOperation, "keys/other", nil); err != nil || resp != nil {
		t.Fatalf("read after delete: %v %v, want not found", resp, err)
	}
	h.refused(logical.UpdateOperation, "keys/other/sign", map[string]any{"chain_id": "1", "tx": hexTx(t, dynTx(1))}, `no key named "other"`)
	h.noKey(generated, imp)
}

func TestImportValidation(t *testing.T) {
	h := newHarness(t)
	imp, _ := newKeyHex(t)
	curveOrder := "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"
	for _, tc := range []struct {
		key  any
		want string
	}{
		{imp[:62], "32 bytes of hex"},
		{imp + "00", "32 bytes of hex"},
		{"zz" + imp[2:], "not hex"},
		{strings.Repeat("0", 64), "not a valid secp256k1 private key"},
		{curveOrder, "not a valid secp256k1 private key"},
		// Not a string: the framework would quote the value in its error.
		{[]any{imp}, "must be a hex string"},
		{map[string]any{"k": imp}, "must be a hex string"},
	} {
		h.refused(logical.CreateOperation, "keys/bad", map[string]any{"private_key": tc.key}, tc.want)
	}
	if resp, err := h.do(logical.ReadOperation, "keys/bad", nil); err != nil || resp != nil {
		t.Fatalf("a refused import left a key: %v %v", resp, err)
	}
	// The existence check (run by Vault before routing a write) gets the
	// same guard.
	_, _, err := h.b.HandleExistenceCheck(context.Background(), &logical.Request{Operation: logical.CreateOperation,
		Path: "keys/bad", Data: map[string]any{"private_key": []any{imp}}, Storage: h.storage})
	if _, user := err.(errutil.UserError); !user || !strings.Contains(err.Error(), "must be a hex string") {
		// Vault's core answers a user error with HTTP 400, anything else with 500.
		t.Fatalf("existence check with a non-string key: %T %v, want a user error", err, err)
	}
	h.seen = append(h.seen, fmt.Sprint(err))
	h.noKey(imp, strings.ToUpper(imp))
}

func TestKeysAreNeverOverwritten(t *testing.T) {
	h := newHarness(t)
	addr := h.ok(logical.CreateOperation, "keys/keeper", nil).Data["address"]
	stored := h.storedKey("keeper")
	imp, _ := newKeyHex(t)
	h.refused(logical.UpdateOperation, "keys/keeper", map[string]any{"private_key": imp}, "already exists")
	// Even a create that raced past the existence check.
	h.refused(logical.CreateOperation, "keys/keeper", map[string]any{"private_key": imp}, "already exists")
	h.refused(logical.CreateOperation, "keys/keeper", nil, "already exists")
	if h.ok(logical.ReadOperation, "keys/keeper", nil).Data["address"] != addr || h.storedKey("keeper") != stored {
		t.Fatal("the key changed")
	}
	h.noKey(stored, imp)
}

func TestNoExportPath(t *testing.T) {
	h := newHarness(t)
	h.ok(logical.CreateOperation, "keys/keeper", nil)
	stored := h.storedKey("keeper")
	for _, p := range []string{"keys/keeper/export", "export/keeper", "keys/keeper/private_key", "keys/keeper/backup",
		"backup/keeper", "keys/keeper/raw", "config", ""} {
		for _, op := range []logical.Operation{logical.ReadOperation, logical.UpdateOperation, logical.ListOperation} {
			resp, err := h.do(op, p, nil)
			if err == nil && resp != nil && !resp.IsError() {
				t.Errorf("%s %q answered %v", op, p, resp.Data)
			}
		}
	}
	// Asking for the key field on a read returns the address only.
	resp := h.ok(logical.ReadOperation, "keys/keeper", map[string]any{"private_key": "", "fields": "private_key"})
	if len(resp.Data) != 1 {
		t.Fatalf("read returned %v", resp.Data)
	}
	// The help and OpenAPI text of the mount do not carry key material.
	h.do(logical.HelpOperation, "keys/keeper", nil)
	h.noKey(stored)
}

func TestSealWrapAndStorageLayout(t *testing.T) {
	b := New()
	if got := b.SpecialPaths().SealWrapStorage; len(got) != 1 || got[0] != "keys/" {
		t.Fatalf("seal-wrapped paths %v, want [keys/]", got)
	}
	h := newHarness(t)
	addr := h.ok(logical.CreateOperation, "keys/keeper", nil).Data["address"].(string)
	se, err := h.storage.Get(context.Background(), "keys/keeper")
	if err != nil || se == nil || !h.storage.sealWrapped["keys/keeper"] {
		t.Fatalf("keys/keeper: found %v (%v), seal-wrapped %v; want a seal-wrapped entry", se != nil, err, h.storage.sealWrapped)
	}
	var e keyEntry
	if err := json.Unmarshal(se.Value, &e); err != nil || e.Address.Hex() != addr || len(e.Key) != 32 || e.Imported {
		t.Fatalf("stored entry: %v", err)
	}
}

func dynTx(chainID int64) *types.Transaction {
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	return types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: 7, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e10),
		Gas: 60000, To: &to, Value: big.NewInt(12345), Data: []byte{0xa9, 0x05, 0x9c, 0xbb},
		AccessList: types.AccessList{{Address: to, StorageKeys: []common.Hash{{1}}}}})
}

func legacyTx() *types.Transaction {
	to := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	return types.NewTx(&types.LegacyTx{Nonce: 9, GasPrice: big.NewInt(2e10), Gas: 21000, To: &to, Value: big.NewInt(1)})
}

func hexTx(t *testing.T, tx *types.Transaction) string {
	t.Helper()
	b, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return "0x" + hex.EncodeToString(b)
}

// checkSigned decodes a sign response and checks it against the request.
func checkSigned(t *testing.T, resp *logical.Response, unsigned *types.Transaction, chainID int64, want string) *types.Transaction {
	t.Helper()
	if len(resp.Data) != 3 {
		t.Fatalf("sign response fields %v, want signed_tx, hash, from", resp.Data)
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(resp.Data["signed_tx"].(string), "0x"))
	if err != nil {
		t.Fatal(err)
	}
	signed := new(types.Transaction)
	if err := signed.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	s := types.LatestSignerForChainID(big.NewInt(chainID))
	from, err := types.Sender(s, signed)
	if err != nil {
		t.Fatal(err)
	}
	if from.Hex() != want || resp.Data["from"] != want {
		t.Fatalf("recovered sender %s, response says %v, want %s", from.Hex(), resp.Data["from"], want)
	}
	if resp.Data["hash"] != signed.Hash().Hex() {
		t.Fatalf("hash %v, signed tx hash %s", resp.Data["hash"], signed.Hash().Hex())
	}
	if s.Hash(signed) != s.Hash(unsigned) || signed.Type() != unsigned.Type() {
		t.Fatal("the signed transaction is not the one sent")
	}
	if signed.ChainId().Cmp(big.NewInt(chainID)) != 0 {
		t.Fatalf("signed tx chain ID %v, want %d", signed.ChainId(), chainID)
	}
	return signed
}

func TestSignLegacyAndEIP1559(t *testing.T) {
	h := newHarness(t)
	imp, addr := newKeyHex(t)
	h.ok(logical.CreateOperation, "keys/keeper", map[string]any{"private_key": imp})

	// EIP-1559 on mainnet and on a chain ID beyond 32 bits; chain_id as
	// decimal, hex or a JSON number.
	for _, tc := range []struct {
		id    int64
		field any
	}{{1, "1"}, {8453, json.Number("8453")}, {11155111, "0xaa36a7"}, {1 << 40, fmt.Sprint(int64(1) << 40)}} {
		tx := dynTx(tc.id)
		resp := h.ok(logical.UpdateOperation, "keys/keeper/sign", map[string]any{"chain_id": tc.field, "tx": hexTx(t, tx)})
		signed := checkSigned(t, resp, tx, tc.id, addr.Hex())
		if signed.Type() != types.DynamicFeeTxType || signed.GasFeeCap().Cmp(tx.GasFeeCap()) != 0 || len(signed.AccessList()) != 1 {
			t.Fatalf("1559 fields lost: %+v", signed)
		}
	}

	// Legacy: always EIP-155 protected for the requested chain.
	for _, id := range []int64{1, 137, 1 << 40} {
		tx := legacyTx()
		resp := h.ok(logical.UpdateOperation, "keys/keeper/sign", map[string]any{"chain_id": fmt.Sprint(id), "tx": strings.TrimPrefix(hexTx(t, tx), "0x")})
		signed := checkSigned(t, resp, tx, id, addr.Hex())
		if !signed.Protected() {
			t.Fatal("legacy transaction signed without EIP-155 replay protection")
		}
		// The signature does not verify on another chain.
		if from, err := types.Sender(types.NewEIP155Signer(big.NewInt(id+1)), signed); err == nil && from == addr {
			t.Fatal("legacy signature valid on another chain")
		}
	}
	h.noKey(imp)
}

func TestSignRefusals(t *testing.T) {
	h := newHarness(t)
	h.ok(logical.CreateOperation, "keys/keeper", nil)
	stored := h.storedKey("keeper")
	to := common.HexToAddress("0x01")
	key, _ := crypto.GenerateKey()
	signedTx, _ := types.SignTx(dynTx(1), types.LatestSignerForChainID(big.NewInt(1)), key)

	for _, tc := range []struct {
		name string
		data map[string]any
		want string
	}{
		{"1559 for another chain", map[string]any{"chain_id": "5", "tx": hexTx(t, dynTx(1))}, "chain ID mismatch"},
		{"access-list tx", map[string]any{"chain_id": "1", "tx": hexTx(t, types.NewTx(&types.AccessListTx{ChainID: big.NewInt(1), Gas: 21000, To: &to, GasPrice: big.NewInt(1)}))}, "type 1 is not signed here"},
		{"blob tx", map[string]any{"chain_id": "1", "tx": hexTx(t, types.NewTx(&types.BlobTx{}))}, "type 3 is not signed here"},
		{"set-code tx", map[string]any{"chain_id": "1", "tx": hexTx(t, types.NewTx(&types.SetCodeTx{}))}, "type 4 is not signed here"},
		{"already signed", map[string]any{"chain_id": "1", "tx": hexTx(t, signedTx)}, "already carries a signature"},
		{"no chain id", map[string]any{"tx": hexTx(t, dynTx(1))}, "chain_id"},
		{"zero chain id", map[string]any{"chain_id": "0", "tx": hexTx(t, dynTx(1))}, "positive integer"},
		{"negative chain id", map[string]any{"chain_id": "-1", "tx": hexTx(t, dynTx(1))}, "positive integer"},
		{"junk chain id", map[string]any{"chain_id": "main", "tx": hexTx(t, dynTx(1))}, "positive integer"},
		{"no tx", map[string]any{"chain_id": "1"}, "tx is required"},
		{"not hex", map[string]any{"chain_id": "1", "tx": "0xzz"}, "not hex"},
		{"not a tx", map[string]any{"chain_id": "1", "tx": "0x02c0"}, "does not decode"},
		{"too long", map[string]any{"chain_id": "1", "tx": strings.Repeat("00", maxTxBytes+1)}, "longer than"},
		{"unknown key", nil, `no key named "nobody"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "keys/keeper/sign"
			if tc.data == nil {
				path, tc.data = "keys/nobody/sign", map[string]any{"chain_id": "1", "tx": hexTx(t, dynTx(1))}
			}
			h.refused(logical.UpdateOperation, path, tc.data, tc.want)
		})
	}
	// Signing is a write: a read of the sign path does nothing.
	if resp, err := h.do(logical.ReadOperation, "keys/keeper/sign", nil); err == nil && (resp == nil || !resp.IsError()) {
		t.Fatalf("read on sign: %v", resp)
	}
	h.noKey(stored)
}
