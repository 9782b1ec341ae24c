package config

import (
	"strings"
	"testing"
)

// local.metrics.max_failed_ticks is a whole number from 0 (no limit) up.
func TestMaxFailedTicks(t *testing.T) {
	base := string(shipped(t))
	with := func(v string) string {
		return strings.Replace(base, "max_failed_ticks: 0 ", "max_failed_ticks: "+v+" ", 1)
	}
	cfg, err := Parse([]byte(with("5")))
	if err != nil || cfg.Metrics.MaxFailedTicks != 5 {
		t.Fatalf("max_failed_ticks 5: %v, decoded %+v", err, cfg)
	}
	if cfg, err := Parse([]byte(base)); err != nil || cfg.Metrics.MaxFailedTicks != 0 {
		t.Fatalf("the shipped config: %v, max_failed_ticks %+v", err, cfg)
	}
	for value, want := range map[string]string{
		"-1":      "local.metrics.max_failed_ticks: -1: must be between 0 (no limit) and 1000000",
		"1000001": "local.metrics.max_failed_ticks: 1000001: must be between",
		"many":    `local.metrics.max_failed_ticks: "many": want a whole number`,
	} {
		if _, err := Parse([]byte(with(value))); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("max_failed_ticks %s: %v, want %q", value, err, want)
		}
	}
}

// local.web: the page's own host:port (not the metrics'), and the first
// block of timelock operations, not negative.
func TestWebConfig(t *testing.T) {
	base := string(shipped(t))
	const addr, from = `address: ""               # host:port to serve them`, "from_block: 0 "
	with := func(v string) string { return `address: "` + v + `" # host:port to serve them` }
	if !strings.Contains(base, addr) || !strings.Contains(base, from) {
		t.Fatalf("config.yaml has no local.web %q / %q", addr, from)
	}
	cfg, err := Parse([]byte(strings.Replace(strings.Replace(base, addr, with("127.0.0.1:9470"), 1), from, "from_block: 12 ", 1)))
	if err != nil || cfg.Web.Address != "127.0.0.1:9470" || cfg.Web.FromBlock != 12 {
		t.Fatalf("local.web 127.0.0.1:9470 from 12: %v, decoded %+v", err, cfg)
	}
	for edit, want := range map[[2]string]string{
		{addr, with("nowhere")}:        `local.web.address: "nowhere": want host:port`,
		{addr, with("127.0.0.1:9464")}: `local.web.address: "127.0.0.1:9464": is local.metrics.address`,
		{from, "from_block: -1 "}:      "local.web.from_block: -1: must not be negative",
	} {
		if _, err := Parse([]byte(strings.Replace(base, edit[0], edit[1], 1))); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", edit[1], err, want)
		}
	}
}
