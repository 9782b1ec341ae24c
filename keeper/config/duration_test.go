package config

import (
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	const day = 24 * time.Hour
	for in, want := range map[string]time.Duration{
		"7d": 7 * day, "90d": 90 * day, "1d12h": 36 * time.Hour, "1.5d": 36 * time.Hour, ".5d": 12 * time.Hour, "-2d": -2 * day,
		"+1d1s": day + time.Second, "0d": 0, "72h": 72 * time.Hour, "1m30s": 90 * time.Second, "10s": 10 * time.Second,
	} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "d", "7", "7dd", "1d-2h", "1d+2h", "1e3d", "d7", "7 d", "200000d", "106751d24h"} {
		if got, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) = %v, want an error", in, got)
		}
	}
}
