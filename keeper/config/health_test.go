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
