package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// fleetVault is a vault of a test fleet: its name, config file and address.
type fleetVault struct {
	name, cfg, addr string
}

// fleetConfigs writes a config per vault (on an rpc chain whose node does
// not answer, with the embedded chain's id, signer none, all with the
// history db; named by local.vault.name), the first listing the others in local.fleet.vaults, and
// returns them. A vault whose addr is "" stays on the embedded chain (a
// main vault only).
func fleetConfigs(t *testing.T, db string, vaults ...fleetVault) []fleetVault {
	t.Helper()
	var listed []string
	for i := range vaults {
		v := &vaults[i]
		v.cfg = testConfig(t, db, "")
		editConfig(t, v.cfg, "name: demo ", "name: "+v.name+" ")
		if v.addr != "" {
			rpcConfig(t, v.cfg, "http://127.0.0.1:1", v.addr, "0x00000000000000000000000000000000000000aA", nil)
			// The node is not retried: status says at once it is unreachable.
			editConfig(t, v.cfg, "max_attempts: 6 ", "max_attempts: 1 ")
		}
		if i > 0 {
			listed = append(listed, fmt.Sprintf("%q", v.cfg))
		}
	}
	editConfig(t, vaults[0].cfg, "vaults: []", "vaults: ["+strings.Join(listed, ", ")+"]")
	return vaults
}

// recordVaultTick records one tick of vault on the embedded chain's id
// and its decision, held for reason (recordHold); it returns the decision.
func recordVaultTick(t *testing.T, db, vault, reason string) store.Decision {
	t.Helper()
	return recordHold(t, db, store.Decision{ChainID: devchain.ChainID.Uint64(), Vault: vault, Reason: reason})
}

// historyReasons is keeper history --json's decisions (with args) as
// "vault: reason", newest first.
func historyReasons(t *testing.T, args ...string) []string {
	t.Helper()
	var h []struct {
		Decision struct {
			Vault  string `json:"vault"`
			Reason string `json:"reason"`
		} `json:"decision"`
	}
	out := keeperOK(t, append([]string{"history", "--json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &h); err != nil {
		t.Fatalf("history --json: %v\n%s", err, out)
	}
	var got []string
	for _, e := range h {
		got = append(got, e.Decision.Vault+": "+e.Decision.Reason)
	}
	return got
}

// A config keeping three vaults over one history: history and explain
// read the vault --vault names (and refuse without it), status shows each
// vault in a section of its own (a JSON list), and an unknown name is
// refused naming the vaults.
func TestViewsOfAFleet(t *testing.T) {
	db := filepath.Join(t.TempDir(), "keeper.db")
	vs := fleetConfigs(t, db,
		fleetVault{name: "a", addr: "0x1111111111111111111111111111111111111111"},
		fleetVault{name: "b", addr: "0x2222222222222222222222222222222222222222"},
		fleetVault{name: "c", addr: "0x3333333333333333333333333333333333333333"})
	mainCfg := vs[0].cfg
	last, count := map[string]store.Decision{}, map[string]int{}
	for _, n := range []int{0, 1, 2, 0, 1} {
		v := vs[n]
		last[v.name] = recordVaultTick(t, db, v.addr, fmt.Sprintf("%s holds #%d", v.name, count[v.name]))
		count[v.name]++
	}

	if got, want := historyReasons(t, "--config", mainCfg, "--vault", "b"), []string{vs[1].addr + ": b holds #1", vs[1].addr + ": b holds #0"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("history --vault b = %q, want %q", got, want)
	}
	if got := historyReasons(t, "--config", mainCfg, "--vault", "c", "--limit", "5"); len(got) != 1 || got[0] != vs[2].addr+": c holds #0" {
		t.Errorf("history --vault c = %q", got)
	}
	if text := keeperOK(t, "history", "--config", mainCfg, "--vault", "a"); !strings.Contains(text, "a holds #1") || strings.Contains(text, "b holds") {
		t.Errorf("history --vault a text:\n%s", text)
	}

	e := readExplain(t, mainCfg, "--vault", "b")
	if b := last["b"]; e.Decision.ID != b.ID || e.Decision.Vault != vs[1].addr || e.Decision.Reason != b.Reason || e.Rule.Text != b.Reason {
		t.Errorf("explain --vault b: decision %+v rule %+v; want decision %d", e.Decision, e.Rule, b.ID)
	}
	if e := readExplain(t, mainCfg, "--vault", "c", fmt.Sprint(last["c"].ID)); e.Decision.ID != last["c"].ID {
		t.Errorf("explain --vault c %d: decision %+v", last["c"].ID, e.Decision)
	}
	code, out, errb := keeperRun(t, "explain", "--config", mainCfg, "--vault", "b", fmt.Sprint(last["a"].ID))
	if code != 1 || !strings.Contains(errb, fmt.Sprintf("decision %d is not vault b's", last["a"].ID)) || !strings.Contains(errb, vs[0].addr) {
		t.Errorf("explain --vault b of a's decision: exit %d\n%s%s", code, out, errb)
	}

	// Status: a section per vault, headed by its name, each its own vault.
	text := keeperOK(t, "status", "--config", mainCfg)
	sections := strings.Split(text, "=== vault ")
	if len(sections) != 4 {
		t.Fatalf("status has %d sections, want 3:\n%s", len(sections)-1, text)
	}
	for i, v := range vs {
		s := sections[i+1]
		for _, w := range []string{v.name + " ===\n", "config " + v.cfg + " (rpc chain)", "vault " + v.addr + " on chain",
			fmt.Sprintf("last decision #%d at", last[v.name].ID), last[v.name].Reason, "approved now unreachable: "} {
			if !hasText(s, w) {
				t.Errorf("status section %d lacks %q:\n%s", i, w, s)
			}
		}
	}
	var list []struct {
		statusJSON
		Name string `json:"name"`
	}
	decodeStrict(t, keeperOK(t, "status", "--json", "--config", mainCfg), &list)
	if len(list) != 3 {
		t.Fatalf("status --json: %d vaults, want 3", len(list))
	}
	for i, s := range list {
		v := vs[i]
		if s.Name != v.name || s.ConfigFile != v.cfg || len(s.Vaults) != 1 || s.Vaults[0].Vault != v.addr ||
			s.Vaults[0].LastDecision == nil || s.Vaults[0].LastDecision.ID != last[v.name].ID {
			t.Errorf("status --json [%d] = %+v, want vault %s with decision %d", i, s, v.name, last[v.name].ID)
		}
	}
	var one struct {
		statusJSON
		Name string `json:"name"`
	}
	decodeStrict(t, keeperOK(t, "status", "--json", "--config", mainCfg, "--vault", "c"), &one)
	if one.Name != "c" || one.ConfigFile != vs[2].cfg || len(one.Vaults) != 1 || one.Vaults[0].LastDecision == nil ||
		one.Vaults[0].LastDecision.ID != last["c"].ID {
		t.Errorf("status --vault c --json = %+v", one)
	}
	if text := keeperOK(t, "status", "--config", mainCfg, "--vault", "b"); strings.Contains(text, "=== vault") || !hasText(text, fmt.Sprintf("last decision #%d at", last["b"].ID)) {
		t.Errorf("status --vault b:\n%s", text)
	}

	// Without --vault, history, explain and once refuse, naming the vaults;
	// an unknown name is refused by every view and by once.
	for _, args := range [][]string{{"history"}, {"history", "--json"}, {"explain"}, {"explain", "1"}, {"once"}, {"once", "--dry-run"}} {
		code, out, errb := keeperRun(t, append(args, "--config", mainCfg)...)
		if code != 2 || !strings.Contains(errb, "3 vaults (a, b, c)") || !strings.Contains(errb, "--vault NAME") || out != "" {
			t.Errorf("keeper %v on three vaults: exit %d\n%s%s", args, code, out, errb)
		}
	}
	for _, cmd := range []string{"history", "explain", "status", "once"} {
		code, out, errb := keeperRun(t, cmd, "--config", mainCfg, "--vault", "nosuch")
		if code != 2 || !strings.Contains(errb, `--vault "nosuch": no such vault; this config keeps a, b, c`) || out != "" {
			t.Errorf("keeper %s --vault nosuch: exit %d\n%s%s", cmd, code, out, errb)
		}
	}
}

// On the embedded chain the main vault is the vault observed last there
// but the config's listed vaults, even when one of those ticked after it;
// with one vault, --vault may name it and the JSON has no name.
func TestViewsOfAnEmbeddedVaultBesideAListedOne(t *testing.T) {
	db := filepath.Join(t.TempDir(), "keeper.db")
	vs := fleetConfigs(t, db, fleetVault{name: "demo"}, fleetVault{name: "b", addr: "0x2222222222222222222222222222222222222222"})
	embedded := recordVaultTick(t, db, runVault, "the embedded vault holds")
	b := recordVaultTick(t, db, vs[1].addr, "b holds")

	if got := historyReasons(t, "--config", vs[0].cfg, "--vault", "demo"); len(got) != 1 || got[0] != runVault+": the embedded vault holds" {
		t.Errorf("history --vault demo = %q", got)
	}
	if e := readExplain(t, vs[0].cfg, "--vault", "demo"); e.Decision.ID != embedded.ID {
		t.Errorf("explain --vault demo explains %d, want %d", e.Decision.ID, embedded.ID)
	}
	code, out, errb := keeperRun(t, "explain", "--config", vs[0].cfg, "--vault", "demo", fmt.Sprint(b.ID))
	if code != 1 || !strings.Contains(errb, fmt.Sprintf("decision %d is not vault demo's", b.ID)) {
		t.Errorf("explain --vault demo of b's decision: exit %d\n%s%s", code, out, errb)
	}
	var list []struct {
		statusJSON
		Name string `json:"name"`
	}
	decodeStrict(t, keeperOK(t, "status", "--json", "--config", vs[0].cfg), &list)
	if len(list) != 2 || list[0].Name != "demo" || list[0].ChainKind != "embedded" || len(list[0].Vaults) != 1 || list[0].Vaults[0].Vault != runVault ||
		list[1].Name != "b" || len(list[1].Vaults) != 1 || list[1].Vaults[0].Vault != vs[1].addr {
		t.Errorf("status --json = %+v", list)
	}

	// b's file alone keeps one vault: --vault is optional, may name it, and
	// the JSON is the single-vault object (readStatus decodes it strictly).
	if s := readStatus(t, vs[1].cfg); len(s.Vaults) != 1 || s.Vaults[0].Vault != vs[1].addr || s.Vaults[0].LastDecision.ID != b.ID {
		t.Errorf("status of b's file: %+v", s)
	}
	if got := historyReasons(t, "--config", vs[1].cfg, "--vault", "b"); len(got) != 1 || got[0] != vs[1].addr+": b holds" {
		t.Errorf("history of b's file --vault b = %q", got)
	}
	if got := historyReasons(t, "--config", vs[1].cfg); len(got) != 1 {
		t.Errorf("history of b's file = %q", got)
	}
	code, out, errb = keeperRun(t, "status", "--config", vs[1].cfg, "--vault", "demo")
	if code != 2 || !strings.Contains(errb, `--vault "demo": no such vault; this config keeps b`) {
		t.Errorf("status of b's file --vault demo: exit %d\n%s%s", code, out, errb)
	}
}
