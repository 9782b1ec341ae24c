package rl

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/model_v1.json")

// TestGolden regenerates testdata/model_v1.json with -update. It is the
// quickConfig model trained on the real rows [0, 100) with seed 1.
func TestGoldenUpdate(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/model_v1.json")
	}
	md, _ := smallModel(t)
	if err := os.WriteFile(filepath.Join("testdata", "model_v1.json"), saveBytes(t, md), 0o644); err != nil {
		t.Fatal(err)
	}
}
