package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/deploy"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

const deployUsage = `usage: keeper deploy --spec SPEC.yaml --out DIR [--dry-run] [--json]
       keeper deploy verify --rpc-url URL DIR/deployment.json [--json]

deploy puts a complete governed vault on the chain at the spec's
chain.rpc_url: governance's TimelockController (delay, proposers, executors;
the guardian is made a canceller and the deployer renounces the admin role),
the ConfigRegistry (owned by the timelock), the Vault (asset, name, symbol,
limits; governance handed to the timelock once its sources and limits are
set), one adapter per source (an existing Aave v3 pool, Compound v3 Comet
market or ERC-4626 vault, each checked to be one, with the vault's asset,
before anything is sent), and the keeper's first config, proposed for
approval through the timelock (when the deployer is a proposer; otherwise
deployment.json has the calldata for one). It signs with the spec's signer
(vault-kv or vault-plugin; dev with signer.dev.key_env only on chain id
31337 or 1337).

Every step is journaled in DIR/journal.db before it is sent: a deploy stopped
at any point and run again finishes the job and never deploys a contract
twice. At the end it verifies what is on-chain and writes DIR/deployment.json
(chain id, every address with its transaction and block, code and artifact
hashes) and DIR/config.yaml (the keeper's config; its governed part is the
one proposed).

  --spec FILE  the deploy spec (see the README's "Deploy a vault")
  --out DIR    where deployment.json, config.yaml and journal.db go
  --dry-run    check the sources and print the plan, each step's gas and
               the cost at the current base fee; sign and send nothing
  --json       print JSON

verify re-checks a deployment.json against the chain at any time (code
against the committed artifacts, roles, limits, sources) and exits 1 when a
check fails.
`

func runDeploy(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		fmt.Fprint(stderr, deployUsage)
		return 0
	}
	if len(args) > 0 && args[0] == "verify" {
		return runDeployVerify(ctx, args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("keeper deploy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	specPath := fs.String("spec", "", "deploy spec file")
	out := fs.String("out", "", "output directory")
	dryRun := fs.Bool("dry-run", false, "print the plan and its gas; send nothing")
	asJSON := fs.Bool("json", false, "print JSON")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "keeper deploy: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *specPath == "" {
		fmt.Fprintf(stderr, "keeper deploy: --spec is required\n\n%s", deployUsage)
		return 2
	}
	if *out == "" && !*dryRun {
		fmt.Fprintf(stderr, "keeper deploy: --out is required (where deployment.json, config.yaml and journal.db go)\n")
		return 2
	}
	if *logFormat != "text" && *logFormat != "json" {
		fmt.Fprintf(stderr, "keeper deploy: --log-format %q: want text or json\n", *logFormat)
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "keeper deploy: %v\n", err)
		return 1
	}
	spec, err := deploy.LoadSpec(*specPath)
	if err != nil {
		return fail(err)
	}
	log := newLogger(config.Log{Format: *logFormat, Level: "info"}, stderr)
	cl, err := dialChain(ctx, spec.Chain.RPCURL, config.Default().Chain, log, nil)
	if err != nil {
		return fail(fmt.Errorf("connecting to chain.rpc_url %s: %w", config.RedactURL(spec.Chain.RPCURL), err))
	}
	defer cl.Close()
	id, err := cl.ChainID(ctx)
	if err != nil {
		return fail(fmt.Errorf("reading the chain id from chain.rpc_url %s: %w", config.RedactURL(spec.Chain.RPCURL), err))
	}
	sg, err := openSigner(ctx, spec.Signer, id, log)
	if err != nil {
		return fail(fmt.Errorf("signer: %w", err))
	}
	defer sg.Close()
	d, err := deploy.New(ctx, spec, cl, sg, log)
	if err != nil {
		return fail(err)
	}
	if *dryRun {
		p, err := d.DryRun(ctx)
		if err != nil {
			return fail(err)
		}
		return printPlan(p, *asJSON, stdout, stderr)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fail(fmt.Errorf("--out %q: %w", *out, err))
	}
	journal, err := store.Open(filepath.Join(*out, "journal.db"))
	if err != nil {
		return fail(fmt.Errorf("opening the deploy journal: %w", err))
	}
	defer journal.Close()
	if err := installCrashTest(journal, log); err != nil {
		return fail(err)
	}
	dep, err := d.Run(ctx, journal, nil)
	if err != nil {
		return fail(fmt.Errorf("deploying (run the same command again to continue; the journal %s keeps every step): %w",
			filepath.Join(*out, "journal.db"), err))
	}
	checks, verr := deploy.Verify(ctx, cl, dep)
	if err := d.WriteOutputs(*out, dep); err != nil {
		return fail(err)
	}
	if verr != nil {
		return fail(fmt.Errorf("the deployment does not verify: %w", verr))
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(dep); err != nil {
			return fail(err)
		}
		return 0
	}
	fmt.Fprintf(stdout, "deployed on chain %d by %s; %d checks passed\n", dep.ChainID, dep.Deployer, len(checks))
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CONTRACT\tADDRESS\tTX\tBLOCK")
	for _, c := range dep.Contracts {
		tx := c.TxHash
		if tx == "" {
			tx = "-"
		}
		fmt.Fprintf(tw, "%s (%s)\t%s\t%s\t%d\n", c.Key, c.Contract, c.Address, tx, c.Block)
	}
	tw.Flush()
	fmt.Fprintf(stdout, "wrote %s and %s\n", filepath.Join(*out, "deployment.json"), filepath.Join(*out, "config.yaml"))
	if dep.Config.Scheduled {
		fmt.Fprintf(stdout, "the keeper config (governed hash %s) is proposed as timelock operation %s;\n"+
			"execute it once the delay has passed: keeper governance execute --config %s --id %s\n",
			dep.Config.Hash, dep.Config.OperationID, filepath.Join(*out, "config.yaml"), dep.Config.OperationID)
	} else {
		fmt.Fprintf(stdout, "the deployer is not a proposer: a proposer sends to the timelock %s\n  schedule calldata: %s\nthen, after the delay, an executor sends\n  execute calldata: %s\n",
			dep.Governance.Timelock, dep.Config.ScheduleCalldata, dep.Config.ExecuteCalldata)
	}
	return 0
}

func printPlan(p *deploy.Plan, asJSON bool, stdout, stderr io.Writer) int {
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(p); err != nil {
			fmt.Fprintf(stderr, "keeper deploy: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "dry run on chain %d from %s: nothing is signed or sent\n", p.ChainID, p.Deployer)
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tSTEP\tGAS\tADDRESS\tWHAT")
	for i, s := range p.Steps {
		gas := fmt.Sprint(s.Gas)
		if !s.Estimated {
			gas = "≈" + gas
		}
		addr := s.Address
		if addr == "" {
			addr = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", i+1, s.Key, gas, addr, s.What)
	}
	tw.Flush()
	fmt.Fprintf(stdout, "total %d gas; at base fee %s gwei + tip %s gwei: %s ETH (deployer balance %s ETH)\n",
		p.TotalGas, gwei(p.BaseFee), gwei(p.TipCap), ether(p.CostWei), ether(p.Balance))
	fmt.Fprintln(stdout, "≈: a call to a contract deployed earlier in the plan, which the node cannot estimate yet (a measured figure)")
	return 0
}

func gwei(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.GWei)).Float64()
	return fmt.Sprintf("%.3f", f)
}

func ether(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether)).Float64()
	return fmt.Sprintf("%.6f", f)
}

func runDeployVerify(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("keeper deploy verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rpcURL := fs.String("rpc-url", "", "the chain's JSON-RPC endpoint")
	asJSON := fs.Bool("json", false, "print JSON")
	// The deployment file may come before or after the flags.
	var file string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if file == "" && fs.NArg() == 1 {
		file = fs.Arg(0)
	} else if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "keeper deploy verify: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if file == "" || *rpcURL == "" {
		fmt.Fprintf(stderr, "keeper deploy verify: want --rpc-url URL and the deployment.json\n\n%s", deployUsage)
		return 2
	}
	dep, err := deploy.ReadDeployment(file)
	if err != nil {
		fmt.Fprintf(stderr, "keeper deploy verify: %v\n", err)
		return 1
	}
	cl, err := dialChain(ctx, *rpcURL, config.Default().Chain, nil, nil)
	if err != nil {
		fmt.Fprintf(stderr, "keeper deploy verify: connecting to --rpc-url %s: %v\n", config.RedactURL(*rpcURL), err)
		return 1
	}
	defer cl.Close()
	checks, verr := deploy.Verify(ctx, cl, dep)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(checks)
	} else {
		for _, c := range checks {
			mark := "ok  "
			if !c.OK {
				mark = "FAIL"
			}
			fmt.Fprintf(stdout, "%s %s", mark, c.What)
			if c.Detail != "" {
				fmt.Fprintf(stdout, ": %s", c.Detail)
			}
			fmt.Fprintln(stdout)
		}
	}
	if verr != nil {
		fmt.Fprintf(stderr, "keeper deploy verify: %v\n", verr)
		return 1
	}
	fmt.Fprintf(stdout, "%s verifies: %d checks passed\n", file, len(checks))
	return 0
}
