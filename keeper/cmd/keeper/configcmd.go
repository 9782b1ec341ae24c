package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

const configUsage = `usage: keeper config <hash | canonical> [--config PATH]

  hash       print the governed part's hash (keccak256 of its canonical
             encoding): what governance approves in the ConfigRegistry
  canonical  print the governed part's canonical encoding (the hashed bytes)
`

// runConfig is `keeper config`.
func runConfig(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, configUsage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	sub := args[0]
	if sub != "hash" && sub != "canonical" {
		fmt.Fprintf(stderr, "keeper config: unknown subcommand %q\n\n%s", sub, configUsage)
		return 2
	}
	fs := flag.NewFlagSet("keeper config "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "config.yaml", "config file")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "keeper config %s: unexpected argument %q\n", sub, fs.Arg(0))
		return 2
	}
	cfg, err := config.Load(*path)
	if err != nil {
		fmt.Fprintf(stderr, "keeper config %s: %v\n", sub, err)
		return 1
	}
	if sub == "hash" {
		h := cfg.GovernedHash()
		fmt.Fprintln(stdout, hexutil.Encode(h[:]))
	} else {
		fmt.Fprintf(stdout, "%s\n", cfg.Governed.Canonical())
	}
	return 0
}
