package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/vaultkeeper/vaultkeeper/contracts"
)

// buildVersion is the binary's version and VCS commit from its build
// information: the main module's version ("devel" when built from a
// checkout, "unknown" without build information) and vcs.revision with
// "-dirty" when vcs.modified ("unknown" when the build recorded no VCS
// information, e.g. -buildvcs=false).
func buildVersion() (version, commit string) {
	version, commit = "unknown", "unknown"
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return version, commit
	}
	version = bi.Main.Version
	if version == "" || version == "(devel)" {
		version = "devel"
	}
	var modified bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if modified && commit != "unknown" {
		commit += "-dirty"
	}
	return version, commit
}

// runVersion is `keeper version` and `keeper --version`: the version, the
// commit and the hash of the contract artifacts the binary embeds
// (contracts.ArtifactsHash), which identifies the contracts it deploys and
// verifies against.
func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "keeper version: unexpected argument %q\n", args[0])
		return 2
	}
	version, commit := buildVersion()
	h := contracts.ArtifactsHash()
	fmt.Fprintf(stdout, "keeper %s\ncommit    %s\ncontracts 0x%s (keccak256 of contracts/artifacts/*.json)\n", version, commit, hex.EncodeToString(h[:]))
	return 0
}
