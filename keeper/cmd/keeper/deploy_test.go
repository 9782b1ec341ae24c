package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const deployDir = "../../../scripts/deploy"

// The shipped systemd unit passes `systemd-analyze verify` (with ExecStart
// pointed at a freshly built keeper) without a single warning, runs the
// daemon unprivileged, and takes the Vault credentials from an environment
// file, never from its own text.
func TestSystemdUnitVerifiesAndRunsUnprivileged(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(deployDir, "vaultkeeper.service"))
	if err != nil {
		t.Fatal(err)
	}
	unit := string(raw)
	keys := map[string][]string{}
	sc := bufio.NewScanner(strings.NewReader(unit))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(line, "#") {
			keys[k] = append(keys[k], v)
		}
	}
	one := func(k string) string {
		if len(keys[k]) != 1 {
			t.Fatalf("unit sets %s %d times, want once", k, len(keys[k]))
		}
		return keys[k][0]
	}
	if one("DynamicUser") != "yes" || one("User") == "root" || one("NoNewPrivileges") != "yes" || one("CapabilityBoundingSet") != "" {
		t.Errorf("unit does not run the keeper unprivileged: %v", keys)
	}
	if !strings.HasPrefix(one("ExecStart"), "/usr/local/bin/keeper run --config /etc/vaultkeeper/config.yaml") {
		t.Errorf("ExecStart %q", one("ExecStart"))
	}
	if one("EnvironmentFile") != "/etc/vaultkeeper/credentials.env" || len(keys["Environment"]) != 0 {
		t.Errorf("credentials must come from the environment file only: %v", keys)
	}
	if one("KillSignal") != "SIGTERM" {
		t.Errorf("KillSignal %q: the daemon finishes its tick on SIGTERM", one("KillSignal"))
	}

	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed (Debian package systemd)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "keeper")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building keeper: %v\n%s", err, out)
	}
	local := filepath.Join(dir, "vaultkeeper.service")
	if err := os.WriteFile(local, []byte(strings.ReplaceAll(unit, "/usr/local/bin/keeper", bin)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", local).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) != 0 {
		t.Fatalf("systemd-analyze verify: %v\n%s", err, out)
	}
}

// The Dockerfile builds with go.mod's Go version, copies only paths that
// exist, and runs the keeper as a non-root user with no secret in the image.
func TestDockerfileBuildsWithGoModVersionAndRunsUnprivileged(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(deployDir, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile("../../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	goVersion := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(string(mod))
	if goVersion == nil {
		t.Fatal("go.mod has no go directive")
	}
	var stages [][]string // instructions per FROM stage
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "&&") {
			continue
		}
		if strings.HasPrefix(line, "FROM ") {
			stages = append(stages, nil)
		}
		if len(stages) == 0 {
			t.Fatalf("instruction before FROM: %q", line)
		}
		stages[len(stages)-1] = append(stages[len(stages)-1], line)
	}
	if len(stages) != 2 {
		t.Fatalf("%d stages, want build and runtime", len(stages))
	}
	if want := "FROM golang:" + goVersion[1] + "-"; !strings.HasPrefix(stages[0][0], want) {
		t.Errorf("build stage %q, want %s… (go.mod says go %s)", stages[0][0], want, goVersion[1])
	}
	for _, ins := range stages[0] {
		if f := strings.Fields(ins); f[0] == "COPY" && !strings.HasPrefix(f[1], "--") {
			for _, src := range f[1 : len(f)-1] {
				if _, err := os.Stat(filepath.Join("..", "..", "..", src)); err != nil {
					t.Errorf("COPY %s: %v", src, err)
				}
			}
		}
	}
	var user string
	for _, ins := range stages[1] {
		if strings.HasPrefix(ins, "USER ") {
			user = strings.TrimPrefix(ins, "USER ")
		}
		if strings.HasPrefix(ins, "ENV ") || strings.HasPrefix(ins, "ARG ") {
			if strings.Contains(ins, "VAULT_") || strings.Contains(strings.ToLower(ins), "secret") || strings.Contains(strings.ToLower(ins), "token") {
				t.Errorf("the image sets a credential: %q", ins)
			}
		}
	}
	uid, _, _ := strings.Cut(user, ":")
	if n, err := strconv.Atoi(uid); err != nil || n == 0 {
		t.Errorf("runtime stage USER %q, want a numeric non-root uid", user)
	}
	last := stages[1][len(stages[1])-1]
	if !strings.Contains(strings.Join(stages[1], "\n"), `ENTRYPOINT ["/usr/local/bin/keeper"]`) || !strings.HasPrefix(last, `CMD ["run"`) {
		t.Errorf("runtime stage does not run `keeper run`: %q", stages[1])
	}
}
