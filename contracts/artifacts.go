// Package contracts embeds the committed contract artifacts
// (contracts/artifacts/*.json, written by `make generate`), so the keeper
// binary can say which contracts it was built with (keeper --version) and
// check deployed code against them (keeper deploy verify).
package contracts

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/ethereum/go-ethereum/crypto"
)

//go:embed artifacts/*.json
var artifacts embed.FS

// Artifact returns the artifact JSON of the named contract (e.g. "Vault").
func Artifact(name string) ([]byte, error) {
	b, err := artifacts.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no artifact named %q: %w", name, err)
	}
	return b, nil
}

// ArtifactsHash is keccak256 over every artifact, in file-name order, each
// as its file name, a zero byte, its length as a decimal and a zero byte,
// then its bytes: one hash that changes when any committed artifact does.
func ArtifactsHash() [32]byte {
	names, err := fs.Glob(artifacts, "artifacts/*.json")
	if err != nil {
		panic("contracts: globbing embedded artifacts: " + err.Error()) // the pattern is constant
	}
	sort.Strings(names)
	h := crypto.NewKeccakState()
	for _, n := range names {
		b, err := artifacts.ReadFile(n)
		if err != nil {
			panic("contracts: reading embedded " + n + ": " + err.Error()) // embedded, cannot fail
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n[len("artifacts/"):], len(b))
		h.Write(b)
	}
	var out [32]byte
	h.Read(out[:])
	return out
}
