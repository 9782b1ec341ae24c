package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// keeperRun runs the keeper in-process and returns its exit code, stdout
// and stderr.
func keeperRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// keeperOK runs the keeper in-process and fails the test unless it exits 0.
func keeperOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errb := keeperRun(t, args...)
	if code != 0 {
		t.Fatalf("keeper %v exited %d:\n%s%s", args, code, out, errb)
	}
	return out
}

// editConfig replaces, in the config file at path, each old string (which
// must be there) with its new one, once.
func editConfig(t *testing.T, path string, oldNew ...string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for i := 0; i < len(oldNew); i += 2 {
		if !strings.Contains(s, oldNew[i]) {
			t.Fatalf("%s does not contain %q", path, oldNew[i])
		}
		s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
	}
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

// recorded is the history the store at db holds, newest first.
func recorded(t *testing.T, db string) []store.HistoryEntry {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, err := st.History(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// observedAt is what the store at db recorded for a vault at one tick.
func observedAt(t *testing.T, db string, tick int64, vault string) []store.Observation {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	all, err := st.Observations(context.Background(), tick)
	if err != nil {
		t.Fatal(err)
	}
	var out []store.Observation
	for _, o := range all {
		if strings.EqualFold(o.Vault, vault) {
			out = append(out, o)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no observations of %s at tick %d", vault, tick)
	}
	return out
}

// hasText reports whether text contains want, with every run of spaces
// in either taken as one (the columns' widths are the tabwriter's).
func hasText(text, want string) bool {
	squeeze := func(s string) string { return spaces.ReplaceAllString(s, " ") }
	return strings.Contains(squeeze(text), squeeze(want))
}

var spaces = regexp.MustCompile(` +`)

// fixClock makes keeper status read now as its clock for the test.
func fixClock(t *testing.T, now time.Time) {
	t.Helper()
	saved := statusNow
	statusNow = func() time.Time { return now }
	t.Cleanup(func() { statusNow = saved })
}

// configHash is `keeper config hash` of the file at path.
func configHash(t *testing.T, path string) string {
	t.Helper()
	return strings.TrimSpace(keeperOK(t, "config", "hash", "--config", path))
}

// statusJSON is keeper status --json as its help documents it.
type statusJSON struct {
	ConfigFile        string    `json:"config_file"`
	ConfigFileHash    string    `json:"config_file_hash"`
	StoragePath       string    `json:"storage_path"`
	ChainKind         string    `json:"chain_kind"`
	Now               time.Time `json:"now"`
	RunningConfigFile string    `json:"running_config_file"`
	RunningConfigFrom string    `json:"running_config_from"`
	Schedule          string    `json:"schedule"`
	NextTick          time.Time `json:"next_tick"`
	RunningConfigHash string    `json:"running_config_hash"`
	Vaults            []struct {
		ChainID       uint64 `json:"chain_id"`
		Vault         string `json:"vault"`
		AssetDecimals *uint8 `json:"asset_decimals"`
		Observed      *struct {
			TickID            int64        `json:"tick_id"`
			Time              time.Time    `json:"time"`
			Block             uint64       `json:"block"`
			TotalAssets       *string      `json:"total_assets"`
			TotalAssetsTokens *string      `json:"total_assets_tokens"`
			Idle              *string      `json:"idle"`
			IdleTokens        *string      `json:"idle_tokens"`
			Sources           []sourceJSON `json:"sources"`
		} `json:"observed"`
		LastDecision *struct {
			ID     int64     `json:"id"`
			Time   time.Time `json:"time"`
			Action string    `json:"action"`
			DryRun bool      `json:"dry_run"`
			Reason string    `json:"reason"`
		} `json:"last_decision"`
		LastTransaction *struct {
			DecisionID int64  `json:"decision_id"`
			TxHash     string `json:"tx_hash"`
			Status     string `json:"status"`
			GasUsed    uint64 `json:"gas_used"`
			Block      uint64 `json:"block"`
		} `json:"last_transaction"`
		OpenSends []struct {
			Key        string `json:"key"`
			DecisionID int64  `json:"decision_id"`
			State      string `json:"state"`
			Attempts   int    `json:"attempts"`
			TxHash     string `json:"tx_hash"`
		} `json:"open_sends"`
		ConfigHashes struct {
			Running              string `json:"running"`
			LastDecision         string `json:"last_decision"`
			LastDecisionApproved string `json:"last_decision_approved"`
			Approved             struct {
				Source   string `json:"source"`
				Registry string `json:"registry"`
				Hash     string `json:"hash"`
				Version  uint64 `json:"version"`
				URI      string `json:"uri"`
				Error    string `json:"error"`
			} `json:"approved"`
			RunningApproved *bool `json:"running_approved"`
		} `json:"config_hashes"`
	} `json:"vaults"`
	Leases []struct {
		Name     string    `json:"name"`
		Holder   string    `json:"holder"`
		Token    int64     `json:"token"`
		Expires  time.Time `json:"expires"`
		Acquired time.Time `json:"acquired"`
		Leading  bool      `json:"leading"`
	} `json:"leases"`
}

// sourceJSON is a source as status and explain show it.
type sourceJSON struct {
	Name         string   `json:"name"`
	Source       string   `json:"source"`
	Assets       string   `json:"assets"`
	AssetsTokens *string  `json:"assets_tokens"`
	SupplyAPY    float64  `json:"supply_apy"`
	Share        *float64 `json:"share"`
}

// readStatus runs keeper status --json and decodes it strictly: a field
// the help does not document fails the test.
func readStatus(t *testing.T, cfg string) statusJSON {
	t.Helper()
	var s statusJSON
	decodeStrict(t, keeperOK(t, "status", "--json", "--config", cfg), &s)
	return s
}

// decodeStrict decodes out, which must be one JSON object, into v; a field
// v does not declare fails the test.
func decodeStrict(t *testing.T, out string, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decoding %T: %v\n%s", v, err, out)
	}
	if dec.More() {
		t.Fatalf("more than one JSON object:\n%s", out)
	}
}

// onceDB runs one real tick (keeper once, with extra flags) on the embedded
// chain with a fresh database and returns the config and database paths.
func onceDB(t *testing.T, flags ...string) (cfg, db string) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "keeper.db")
	cfg = testConfig(t, db, "")
	keeperOK(t, append([]string{"once", "--config", cfg}, flags...)...)
	return cfg, db
}

// onceRebalance is onceDB whose tick rebalanced, with the decision, its
// mined transaction and the observations of its tick.
func onceRebalance(t *testing.T) (cfg, db string, d store.Decision, tx store.Transaction, obs []store.Observation) {
	t.Helper()
	cfg, db = onceDB(t)
	h := recorded(t, db)
	if len(h) != 1 || h[0].Decision.Action != store.ActionRebalance || len(h[0].Transactions) != 1 {
		t.Fatalf("once recorded %+v, want one mined rebalance", h)
	}
	d, tx = h[0].Decision, h[0].Transactions[0]
	return cfg, db, d, tx, observedAt(t, db, d.TickID, d.Vault)
}

func TestStatusAfterOnce(t *testing.T) {
	cfg, db, d, tx, obs := onceRebalance(t)
	now := time.Now().Add(time.Hour).Truncate(time.Second).Add(300 * time.Millisecond).UTC()
	fixClock(t, now)

	s := readStatus(t, cfg)
	sched, err := config.CronParser.Parse(`* * * * * *`)
	if err != nil {
		t.Fatal(err)
	}
	running := configHash(t, cfg)
	if s.ChainKind != config.ChainEmbedded || s.ConfigFile != cfg || s.StoragePath != db || !s.Now.Equal(now) ||
		s.Schedule != "* * * * * *" || !s.NextTick.After(now) || !s.NextTick.Equal(sched.Next(now)) || s.RunningConfigHash != running ||
		s.ConfigFileHash != running || s.RunningConfigFile != cfg || s.RunningConfigFrom != "config_file" {
		t.Errorf("status header %+v; want next tick %v after %v and running hash %s", s, sched.Next(now), now, running)
	}
	if len(s.Vaults) != 1 {
		t.Fatalf("%d vaults, want 1", len(s.Vaults))
	}
	v := s.Vaults[0]
	if v.Vault != d.Vault || v.ChainID != d.ChainID || v.ChainID != devchain.ChainID.Uint64() {
		t.Errorf("vault %s on chain %d, want %s on %d", v.Vault, v.ChainID, d.Vault, d.ChainID)
	}
	// The decimals the tick read from the asset were recorded with the
	// decision; the embedded chain deposits 1,000,000 tokens.
	if d.AssetDecimals == nil || *d.AssetDecimals != devchain.Decimals || v.AssetDecimals == nil || *v.AssetDecimals != devchain.Decimals {
		t.Errorf("decimals recorded %v, shown %v; want %d", d.AssetDecimals, v.AssetDecimals, devchain.Decimals)
	}
	o := v.Observed
	if o == nil || o.TickID != d.TickID || o.Block != d.Block || !o.Time.Equal(obs[0].Time) || len(o.Sources) != len(obs) ||
		o.TotalAssets == nil || *o.TotalAssets != d.TotalAssets.String() || o.TotalAssetsTokens == nil || *o.TotalAssetsTokens != "1000000.000000" {
		t.Fatalf("observed %+v, want tick %d block %d total %v (1000000.000000 tokens) with %d sources", o, d.TickID, d.Block, d.TotalAssets, len(obs))
	}
	inSources := new(big.Int)
	for i, want := range obs {
		got := o.Sources[i]
		share := ratio(want.Assets, d.TotalAssets)
		if got.Name != want.Name || got.Source != want.Source || got.Assets != want.Assets.String() || got.SupplyAPY != want.SupplyAPY ||
			got.Share == nil || *got.Share != share || got.AssetsTokens == nil || *got.AssetsTokens != tokensWant(want.Assets) {
			t.Errorf("source %d: %+v, want %+v (share %v)", i, got, want, share)
		}
		inSources.Add(inSources, want.Assets)
	}
	idle := new(big.Int).Sub(d.TotalAssets, inSources)
	if o.Idle == nil || *o.Idle != idle.String() || o.IdleTokens == nil || *o.IdleTokens != tokensWant(idle) {
		t.Errorf("idle %v (%v tokens), want %s", o.Idle, o.IdleTokens, idle)
	}
	if ld := v.LastDecision; ld == nil || ld.ID != d.ID || ld.Action != d.Action || ld.Reason != d.Reason || ld.DryRun || !ld.Time.Equal(d.Time) {
		t.Errorf("last decision %+v, want %+v", ld, d)
	}
	if lt := v.LastTransaction; lt == nil || lt.TxHash != tx.Hash || lt.Status != store.StatusMined || lt.GasUsed != tx.GasUsed ||
		lt.GasUsed == 0 || lt.Block != tx.Block || lt.DecisionID != d.ID {
		t.Errorf("last transaction %+v, want %+v", lt, tx)
	}
	if v.OpenSends == nil || len(v.OpenSends) != 0 {
		t.Errorf("open sends %+v, want []", v.OpenSends)
	}
	hs := v.ConfigHashes
	if hs.Running != running || hs.LastDecision != d.ConfigHash || hs.LastDecision != running || hs.LastDecisionApproved != d.ApprovedHash ||
		hs.Approved.Source != "recorded" || hs.Approved.Hash != d.ApprovedHash || hs.RunningApproved == nil || !*hs.RunningApproved {
		t.Errorf("config hashes %+v; decision ran under %s, approved %s", hs, d.ConfigHash, d.ApprovedHash)
	}

	text := keeperOK(t, "status", "--config", cfg)
	want := []string{
		"vault " + d.Vault + " on chain 1337",
		"running config       " + cfg + " (the --config file)",
		"next tick            " + sched.Next(now).Format(time.RFC3339) + " (in 700ms; schedule \"* * * * * *\" of config.yaml)",
		"running config hash  " + running,
		"total assets 1,000,000.000000 (1000000000000 base units)",
		"idle " + cellWant(idle) + " " + fmt.Sprintf("%.2f", 100*ratio(idle, d.TotalAssets)),
		fmt.Sprintf("tick %d, block %d", d.TickID, d.Block),
		fmt.Sprintf("#%d at %s: rebalance: %s", d.ID, d.Time.Format(time.RFC3339), d.Reason),
		fmt.Sprintf("%s mined in block %d, gas used %d (decision %d)", tx.Hash, tx.Block, tx.GasUsed, d.ID),
		"open sends        none",
		"last decision ran under    " + d.ConfigHash,
		"embedded chain: approval as recorded by the last decision (" + d.ApprovedHash + ")",
		"running config approved    yes",
	}
	for _, ob := range obs {
		want = append(want, fmt.Sprintf("%s %s %s %.3f %.2f", ob.Name, ob.Source, cellWant(ob.Assets), 100*ob.SupplyAPY, 100*ratio(ob.Assets, d.TotalAssets)))
	}
	for _, w := range want {
		if !hasText(text, w) {
			t.Errorf("status text lacks %q:\n%s", w, text)
		}
	}
}

// tokensWant is a base-unit amount of the embedded chain's 6-decimal
// stablecoin in tokens, as the *_tokens JSON fields show it.
func tokensWant(v *big.Int) string {
	whole, frac := new(big.Int).QuoRem(new(big.Int).Abs(v), big.NewInt(1_000_000), new(big.Int))
	sign := ""
	if v.Sign() < 0 {
		sign = "-"
	}
	return fmt.Sprintf("%s%s.%06d", sign, whole, frac.Int64())
}

// cellWant is the same amount in a table of status or explain:
// "1,234.500000 (1234500000)".
func cellWant(v *big.Int) string {
	t := tokensWant(v)
	sign, rest := "", t
	if strings.HasPrefix(t, "-") {
		sign, rest = "-", t[1:]
	}
	whole, frac, _ := strings.Cut(rest, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	return sign + whole + "." + frac + " (" + v.String() + ")"
}

func TestTokens(t *testing.T) {
	u := func(v uint8) *uint8 { return &v }
	n := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	for _, tc := range []struct {
		amount   *big.Int
		decimals *uint8
		want     string // "" for nil
		grouped  string
	}{
		{n("1000000000000"), u(6), "1000000.000000", "1,000,000.000000"},
		{n("1"), u(6), "0.000001", "0.000001"},
		{n("0"), u(6), "0.000000", "0.000000"},
		{n("-1234567"), u(6), "-1.234567", "-1.234567"},
		{n("-123456789000000"), u(6), "-123456789.000000", "-123,456,789.000000"},
		{n("1500000000000000000000"), u(18), "1500.000000000000000000", "1,500.000000000000000000"},
		{n("123"), u(0), "123", "123"},
		{n("1234"), u(0), "1234", "1,234"},
		{n("5"), nil, "", ""},
		{nil, u(6), "", ""},
	} {
		got := tokens(tc.amount, tc.decimals)
		if tc.want == "" {
			if got != nil {
				t.Errorf("tokens(%v, %v) = %q, want nil", tc.amount, tc.decimals, *got)
			}
			continue
		}
		if got == nil || *got != tc.want || grouped(*got) != tc.grouped {
			t.Errorf("tokens(%v, %d) = %v, want %q (%q)", tc.amount, *tc.decimals, got, tc.want, tc.grouped)
		}
		if tc.decimals != nil && *tc.decimals == 6 && *got != tokensWant(tc.amount) {
			t.Errorf("tokensWant(%v) = %q, tokens %q", tc.amount, tokensWant(tc.amount), *got)
		}
	}
	if got := amountText("5", nil); got != "5 base units" {
		t.Errorf("amountText without decimals: %q", got)
	}
	if got := amountCell("1234500000", tokens(big.NewInt(1234500000), u(6))); got != cellWant(big.NewInt(1234500000)) || got != "1,234.500000 (1234500000)" {
		t.Errorf("amountCell = %q", got)
	}
}

// A dry run shows as the last decision, with no transaction.
func TestStatusAfterDryRun(t *testing.T) {
	cfg, db := dryRunDB(t)
	d := recorded(t, db)[0].Decision
	s := readStatus(t, cfg)
	v := s.Vaults[0]
	if v.LastDecision == nil || !v.LastDecision.DryRun || v.LastDecision.ID != d.ID || v.LastTransaction != nil || len(v.OpenSends) != 0 {
		t.Errorf("after a dry run: %+v", v)
	}
	if text := keeperOK(t, "status", "--config", cfg); !hasText(text, "rebalance (dry run): dry run, nothing sent") ||
		!hasText(text, "last transaction none") {
		t.Errorf("status text after a dry run:\n%s", text)
	}
}

func TestStatusNeedsStorage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "keeper.db")
	cfg := testConfig(t, db, "")
	code, out, errb := keeperRun(t, "status", "--config", cfg)
	if code != 1 || out != "" {
		t.Fatalf("status without storage: exit %d, stdout %q", code, out)
	}
	for _, w := range []string{"storage.path", db, "does not exist yet", "keeper run", "keeper once"} {
		if !strings.Contains(errb, w) {
			t.Errorf("error %q lacks %q", errb, w)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("status created the database")
	}

	// An empty database: nothing observed yet.
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if s := readStatus(t, cfg); s.Vaults == nil || len(s.Vaults) != 0 {
		t.Errorf("empty database: vaults %+v, want []", s.Vaults)
	}
	if text := keeperOK(t, "status", "--config", cfg); !strings.Contains(text, "no tick recorded yet") {
		t.Errorf("empty database:\n%s", text)
	}
}

func TestStatusBadArguments(t *testing.T) {
	cfg := testConfig(t, filepath.Join(t.TempDir(), "k.db"), "")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"status", "--config", cfg, "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"status", "--nope"}, 2, "-nope"},
		{[]string{"status", "--json=maybe"}, 2, `"maybe"`},
		{[]string{"status", "--config", "/nonexistent/config.yaml"}, 1, "/nonexistent/config.yaml"},
	} {
		code, out, errb := keeperRun(t, tc.args...)
		if code != tc.code || out != "" || !strings.Contains(errb, tc.want) {
			t.Errorf("keeper %v: exit %d (want %d), stdout %q, stderr %q (want %q)", tc.args, code, tc.code, out, errb, tc.want)
		}
	}
	if code, _, errb := keeperRun(t, "status", "--help"); code != 0 || !strings.Contains(errb, "running_config_hash") {
		t.Errorf("status --help: exit %d:\n%s", code, errb)
	}
}

// rpcConfig turns the embedded test config at path into one for an rpc
// chain at url with the embedded chain's id (devchain.ChainID): the vault,
// its registry and the sources' adapters given, signer none.
func rpcConfig(t *testing.T, path, url, vault, registry string, sources map[string]string) {
	t.Helper()
	editConfig(t, path,
		"    kind: embedded ", fmt.Sprintf("    rpc_url: %s\n    chain_id: %d\n    kind: rpc ", url, devchain.ChainID),
		`address: ""               # the vault's`, `address: "`+vault+`" # the vault's`,
		`registry: ""`, `registry: "`+registry+`"`,
		"kind: dev ", "kind: none ")
	for name, addr := range sources {
		editConfig(t, path, "    - name: "+name+"\n", "    - name: "+name+"\n      address: \""+addr+"\"\n")
	}
	// A source of the shipped config the test did not give gets an address
	// of its own that holds no code: an rpc config must name every source.
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range regexp.MustCompile(`(?m)^    - name: (\S+)\n(?:      address:)?`).FindAllStringSubmatch(string(raw), -1) {
		if !strings.HasSuffix(m[0], "address:") {
			editConfig(t, path, m[0], m[0]+fmt.Sprintf("      address: \"0x%040x\"\n", 0xf00+i))
		}
	}
}

// On an rpc chain whose node does not answer, status says the live
// approval is unreachable and still prints everything the database holds.
func TestStatusRPCUnreachable(t *testing.T) {
	_, embeddedDB := onceDB(t)
	d := recorded(t, embeddedDB)[0].Decision
	obs := observedAt(t, embeddedDB, d.TickID, d.Vault)
	db := filepath.Join(t.TempDir(), "keeper.db")
	raw, err := os.ReadFile(embeddedDB)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, db, "")
	sources := map[string]string{}
	for _, o := range obs {
		sources[o.Name] = o.Source
	}
	registry := "0x00000000000000000000000000000000000000aA"
	rpcConfig(t, cfg, "http://127.0.0.1:1", d.Vault, registry, sources)

	s := readStatus(t, cfg)
	if s.ChainKind != config.ChainRPC || len(s.Vaults) != 1 {
		t.Fatalf("status on rpc: %+v", s)
	}
	v := s.Vaults[0]
	a := v.ConfigHashes.Approved
	if a.Source != "unreachable" || !strings.Contains(a.Error, "127.0.0.1:1") || a.Hash != "" || a.Registry != common.HexToAddress(registry).Hex() ||
		v.ConfigHashes.RunningApproved != nil {
		t.Errorf("approval %+v, running approved %v", a, v.ConfigHashes.RunningApproved)
	}
	if v.Vault != d.Vault || v.LastDecision == nil || v.LastDecision.ID != d.ID || v.Observed == nil || v.LastTransaction == nil ||
		v.ConfigHashes.LastDecision != d.ConfigHash || v.ConfigHashes.Running != configHash(t, cfg) {
		t.Errorf("the rest of the status is missing: %+v", v)
	}
	text := keeperOK(t, "status", "--config", cfg)
	for _, w := range []string{"approved now               unreachable: ", "127.0.0.1:1", "running config approved    unknown",
		fmt.Sprintf("#%d at", d.ID), d.Vault, "(rpc chain)"} {
		if !hasText(text, w) {
			t.Errorf("status text lacks %q:\n%s", w, text)
		}
	}
}

// On an rpc chain (the embedded chain's market served over JSON-RPC to a
// keeper configured for kind rpc), the keeper refuses to act under a config
// governance has not approved; status reads the approval live from the
// registry and explain shows the refusal verbatim. Once governance
// approves the file, status says so.
func TestStatusAndExplainOnRPCChain(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	base, err := config.Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	emb := base.Chain.Embedded
	emb.RPCAddr = freeAddr(t)
	ch, err := devchain.Start(ctx, emb, base.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	sources := map[string]string{}
	for _, p := range ch.Pools {
		sources[p.Config.Name] = p.Adapter.Hex()
	}
	rpcConfig(t, cfg, ch.RPCURL, ch.Vault.Hex(), ch.Registry.Hex(), sources)
	running := configHash(t, cfg)
	other := common.HexToHash("0x0123")
	if err := ch.ApproveConfig(ctx, other, "file://other.yaml"); err != nil {
		t.Fatal(err)
	}

	keeperOK(t, "once", "--config", cfg)
	h := recorded(t, db)
	if len(h) != 1 || h[0].Decision.Action != store.ActionHold || !strings.HasPrefix(h[0].Decision.Reason, "refusing to act") {
		t.Fatalf("once under an unapproved config recorded %+v", h)
	}
	d := h[0].Decision

	s := readStatus(t, cfg)
	v := s.Vaults[0]
	a := v.ConfigHashes.Approved
	if a.Source != "registry" || a.Hash != other.Hex() || a.Registry != ch.Registry.Hex() || a.URI != "file://other.yaml" || a.Version == 0 ||
		v.ConfigHashes.RunningApproved == nil || *v.ConfigHashes.RunningApproved || v.ConfigHashes.Running != running {
		t.Errorf("live approval %+v, running %s approved %v", a, v.ConfigHashes.Running, v.ConfigHashes.RunningApproved)
	}
	if v.Vault != ch.Vault.Hex() || v.LastDecision == nil || v.LastDecision.Reason != d.Reason || v.ConfigHashes.LastDecisionApproved != other.Hex() {
		t.Errorf("vault status %+v", v)
	}
	if text := keeperOK(t, "status", "--config", cfg); !hasText(text, "approved now "+other.Hex()+" (registry "+ch.Registry.Hex()) ||
		!hasText(text, "running config approved no") {
		t.Errorf("status text:\n%s", text)
	}

	// explain shows the refusal as recorded: no rule is made up for it.
	e := readExplain(t, cfg)
	if e.Rule.Kind != "reason" || e.Rule.Text != d.Reason || e.Rule.Reason != d.Reason || e.Rule.GainFactor != nil ||
		e.Config.RanApproved == nil || *e.Config.RanApproved || e.Config.DecisionApprovedHash != other.Hex() ||
		e.Config.DecisionConfigHash != running || !e.Config.CurrentFileMatches || e.Forecast.Optimized != nil {
		t.Errorf("explain of the refusal: rule %+v, config %+v, optimized %v", e.Rule, e.Config, e.Forecast.Optimized)
	}
	text := keeperOK(t, "explain", "--config", cfg)
	for _, w := range []string{"rule                  " + d.Reason, "(not the config it ran under: the keeper refused to send)",
		"the stored numbers do not show whether the optimizer ran"} {
		if !hasText(text, w) {
			t.Errorf("explain text lacks %q:\n%s", w, text)
		}
	}

	hash, err := hexutil.Decode(running)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.ApproveConfig(ctx, [32]byte(hash), "file://"+cfg); err != nil {
		t.Fatal(err)
	}
	s = readStatus(t, cfg)
	if a := s.Vaults[0].ConfigHashes.Approved; a.Hash != running || a.URI != "file://"+cfg || a.Version <= v.ConfigHashes.Approved.Version ||
		s.Vaults[0].ConfigHashes.RunningApproved == nil || !*s.Vaults[0].ConfigHashes.RunningApproved {
		t.Errorf("after approval: %+v", s.Vaults[0].ConfigHashes)
	}
}

// A keeper killed in the middle of a send leaves it open in the journal:
// status lists it with its state and attempts, explain with the decision.
func TestStatusShowsAnOpenSend(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "keeper")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building keeper: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "keeper.db")
	cfg := testConfig(t, db, "")
	cmd := exec.Command(bin, "once", "--config", cfg)
	// Killed right after the third write to the journal: the send is
	// recorded, built and has a signed attempt.
	cmd.Env = append(os.Environ(), killAfterSendWritesEnv+"=3")
	if out, err := cmd.CombinedOutput(); err == nil {
		t.Fatalf("the crash-test keeper was not killed:\n%s", out)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	snd, err := st.SendByKey(context.Background(), "rebalance/decision-1")
	if err != nil {
		t.Fatal(err)
	}
	atts, err := st.Attempts(context.Background(), snd.ID)
	st.Close()
	if err != nil || !snd.Open() || len(atts) == 0 {
		t.Fatalf("journal after the kill: %+v, %d attempts, %v", snd, len(atts), err)
	}

	v := readStatus(t, cfg).Vaults[0]
	if len(v.OpenSends) != 1 || v.OpenSends[0].Key != snd.Key || v.OpenSends[0].State != snd.State || v.OpenSends[0].Attempts != len(atts) ||
		v.OpenSends[0].DecisionID != 1 || v.LastTransaction != nil || v.LastDecision == nil || v.LastDecision.Action != store.ActionRebalance {
		t.Errorf("status after the kill: %+v", v)
	}
	want := fmt.Sprintf("open sends        rebalance/decision-1 (decision 1): %s, %d attempt(s) signed", snd.State, len(atts))
	if text := keeperOK(t, "status", "--config", cfg); !hasText(text, want) || !hasText(text, "last transaction none") {
		t.Errorf("status text lacks %q:\n%s", want, text)
	}
	e := readExplain(t, cfg, "1")
	if len(e.Sends) != 1 || e.Sends[0].State != snd.State || len(e.Sends[0].Attempts) != len(atts) || e.Sends[0].Attempts[0].Hash != atts[0].Hash ||
		len(e.Transactions) != 0 {
		t.Errorf("explain after the kill: sends %+v, transactions %+v", e.Sends, e.Transactions)
	}
}
