package explain

import (
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// A forced rebalance (the rebalancer's "forced: " reason, after an optional
// prefix) is explained by the bounds that forced it, not by gain versus
// gas, even when its gain is below the threshold; other rebalances and
// holds keep the gain-versus-gas rule.
func TestDecisionRuleForced(t *testing.T) {
	rb := config.Rebalance{GainFactor: 2, MinMove: 0.01}
	bounds := "the current allocation violates its bounds, so it must move: optimal allocation"
	for _, tc := range []struct {
		name, action, reason string
		gain                 float64
		kind                 string
		text                 []string
		notText              string
	}{
		{"forced, gain below gas", store.ActionRebalance, "forced: " + bounds + " (expected yearly gain 0.5, gas cost 3)", 0.5,
			RuleForced, []string{"rebalance forced", "outside the vault's bounds", bounds, "expected gain 0.5, gas cost 3"}, "hold since"},
		{"forced under a model's tag", store.ActionRebalance, "rl/v1: forced: " + bounds, 0.5, RuleForced, []string{"rebalance forced", bounds}, "hold since"},
		{"forced dry run", store.ActionRebalance, "dry run, nothing sent: forced: " + bounds, 10, RuleForced, []string{"rebalance forced"}, "rebalance since"},
		{"gain beats gas", store.ActionRebalance, "expected yearly gain 10 exceeds gas cost 3 × factor 2 = 6", 10, RuleGainVsGas,
			[]string{"rebalance since 10 > 6"}, "forced"},
		{"hold under gas", store.ActionHold, "expected yearly gain 0.5 does not exceed gas cost 3 × factor 2 = 6", 0.5, RuleGainVsGas,
			[]string{"hold since 0.5 ≤ 6"}, "forced"},
		{"a word 'forced' elsewhere", store.ActionRebalance, "gain beats gas; not forced: ok", 10, RuleGainVsGas, []string{"rebalance since"}, "rebalance forced"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := store.Decision{Action: tc.action, Reason: tc.reason, ExpectedGain: tc.gain, GasCost: 3, GasEstimate: 300_000,
				Sources: []string{"0xa"}, CurrentWeights: []float64{0.2}, TargetWeights: []float64{0.5}}
			r := DecisionRule(d, LargestMove(d), rb)
			if r.Kind != tc.kind {
				t.Fatalf("kind %q, want %q (%s)", r.Kind, tc.kind, r.Text)
			}
			for _, want := range tc.text {
				if !strings.Contains(r.Text, want) {
					t.Errorf("text %q lacks %q", r.Text, want)
				}
			}
			if strings.Contains(r.Text, tc.notText) {
				t.Errorf("text %q says %q", r.Text, tc.notText)
			}
			if r.Follows == nil || !*r.Follows {
				t.Errorf("follows %v: the recorded action follows the rule", r.Follows)
			}
		})
	}
}
