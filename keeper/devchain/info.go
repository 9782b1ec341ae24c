package devchain

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// InfoFile is the name of the file, next to the keeper's history database,
// where a running embedded chain says how to reach it (no keys): another
// process (keeper governance, keeper status) finds the demo's contracts there.
const InfoFile = "embedded-chain.json"

// Info is where a running embedded chain serves and what it deployed.
type Info struct {
	ChainID  uint64         `json:"chain_id"`
	RPCURL   string         `json:"rpc_url"`
	Token    common.Address `json:"token"`
	Vault    common.Address `json:"vault"`
	Registry common.Address `json:"registry"`
	Timelock common.Address `json:"timelock"`
	// PID is the keeper process the chain lives in.
	PID int `json:"pid"`
}

// Info describes the chain for InfoFile.
func (c *Chain) Info() Info {
	return Info{ChainID: c.ID.Uint64(), RPCURL: c.RPCURL, Token: c.Token, Vault: c.Vault, Registry: c.Registry,
		Timelock: c.Timelock, PID: os.Getpid()}
}

// WriteInfo writes the chain's Info into dir/InfoFile (atomically).
func (c *Chain) WriteInfo(dir string) error {
	raw, err := json.MarshalIndent(c.Info(), "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(dir, InfoFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// RemoveInfo removes dir/InfoFile if this process wrote it.
func RemoveInfo(dir string) {
	path := filepath.Join(dir, InfoFile)
	if info, err := ReadInfo(dir); err == nil && info.PID == os.Getpid() {
		os.Remove(path)
	}
}

// ReadInfo reads dir/InfoFile, which a running `keeper run` on the embedded
// chain writes.
func ReadInfo(dir string) (Info, error) {
	path := filepath.Join(dir, InfoFile)
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Info{}, fmt.Errorf("%s does not exist: no keeper is running the embedded chain with this local.storage.path (start it with make run)", path)
	}
	if err != nil {
		return Info{}, fmt.Errorf("reading %s: %w", path, err)
	}
	var info Info
	if err := json.Unmarshal(raw, &info); err != nil {
		return Info{}, fmt.Errorf("reading %s: %w", path, err)
	}
	if info.RPCURL == "" {
		return Info{}, fmt.Errorf("%s: the embedded chain serves no JSON-RPC (local.chain.embedded.rpc_addr is empty)", path)
	}
	if new(big.Int).SetUint64(info.ChainID).Cmp(ChainID) != 0 {
		return Info{}, fmt.Errorf("%s: chain id %d is not the embedded chain's %s", path, info.ChainID, ChainID)
	}
	return info, nil
}
