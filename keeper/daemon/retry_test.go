package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"
)

// fakeSleep records the delays Retry waits for without waiting.
type fakeSleep struct{ delays []time.Duration }

func (f *fakeSleep) sleep(ctx context.Context, d time.Duration) error {
	f.delays = append(f.delays, d)
	return ctx.Err()
}

func jsonLog(buf *bytes.Buffer) *slog.Logger { return slog.New(slog.NewJSONHandler(buf, nil)) }

// logLines decodes the JSON log lines in buf.
func logLines(t *testing.T, buf *bytes.Buffer) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	return lines
}

// Delays double from Initial and stop growing at Max; each failure is
// logged with its attempt number and the next delay, and the call that
// succeeds ends the retries.
func TestRetryBacksOffExponentiallyUpToTheCap(t *testing.T) {
	var buf bytes.Buffer
	fs := &fakeSleep{}
	b := StartupBackoff
	b.sleep, b.rand = fs.sleep, func() float64 { return 0.5 } // no jitter
	calls := 0
	err := Retry(context.Background(), jsonLog(&buf), "setting up", b, func(context.Context) error {
		if calls++; calls < 10 {
			return fmt.Errorf("dial tcp 127.0.0.1:1: connection refused (call %d)", calls)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{1, 2, 4, 8, 16, 32, 60, 60, 60}
	for i := range want {
		want[i] *= time.Second
	}
	if !slices.Equal(fs.delays, want) {
		t.Fatalf("delays %v, want %v", fs.delays, want)
	}
	lines := logLines(t, &buf)
	if len(lines) != 10 {
		t.Fatalf("%d log lines, want 9 failures and a success:\n%s", len(lines), buf.String())
	}
	for i, l := range lines[:9] {
		if l["level"] != "WARN" || l["msg"] != "setting up: failed; retrying" || l["attempt"] != float64(i+1) ||
			l["next_in"] != float64(want[i]) || !strings.Contains(l["err"].(string), fmt.Sprintf("(call %d)", i+1)) {
			t.Errorf("failure %d logged as %v", i+1, l)
		}
	}
	if l := lines[9]; l["level"] != "INFO" || l["attempt"] != float64(10) {
		t.Errorf("success logged as %v", l)
	}
}

// Jitter spreads each delay within ±Jitter and never past Max.
func TestBackoffJitterStaysWithinItsSpread(t *testing.T) {
	for _, r := range []float64{0, 0.25, 0.999999} {
		b := Backoff{Initial: time.Second, Max: time.Minute, Jitter: 0.2, rand: func() float64 { return r }}
		for attempt := 1; attempt <= 10; attempt++ {
			base := min(time.Second<<(attempt-1), time.Minute)
			d := b.Delay(attempt)
			lo, hi := time.Duration(float64(base)*0.8), min(time.Duration(float64(base)*1.2), time.Minute)
			if d < lo || d > hi {
				t.Errorf("rand %v, attempt %d: delay %v outside [%v, %v]", r, attempt, d, lo, hi)
			}
		}
	}
	b := Backoff{Initial: time.Second, Max: time.Minute, Jitter: 0.2, rand: func() float64 { return 0 }}
	if d := b.Delay(3); d != 3200*time.Millisecond {
		t.Errorf("attempt 3 at the low end of the spread: %v, want 3.2s", d)
	}
}

// An error marked Permanent, however deeply wrapped, ends Retry after the
// first attempt with that error.
func TestRetryStopsAtAPermanentError(t *testing.T) {
	fs := &fakeSleep{}
	b := StartupBackoff
	b.sleep = fs.sleep
	cause := errors.New("chain ID 1: the signer signs only for chain ID 1337")
	calls := 0
	err := Retry(context.Background(), slog.New(slog.DiscardHandler), "setting up", b, func(context.Context) error {
		calls++
		return fmt.Errorf("setting up the signer: %w", Permanent(cause))
	})
	if calls != 1 || len(fs.delays) != 0 || !errors.Is(err, ErrPermanent) || !errors.Is(err, cause) ||
		err.Error() != "setting up the signer: "+cause.Error() {
		t.Fatalf("%d calls, delays %v, err %v", calls, fs.delays, err)
	}
	if Permanent(nil) != nil {
		t.Fatal("Permanent(nil) is not nil")
	}
}

// Cancelling the context during the wait between attempts ends Retry at
// once (here the wait would be an hour) with an error that wraps
// context.Canceled and names the last failure.
func TestRetryStopsWhenCancelledDuringTheWait(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	b := Backoff{Initial: time.Hour, Max: time.Hour}
	calls := 0
	done := make(chan error, 1)
	go func() {
		done <- Retry(ctx, slog.New(slog.DiscardHandler), "setting up", b, func(context.Context) error {
			calls++
			cancel()
			return errors.New("vault unreachable")
		})
	}()
	err := <-done
	if calls != 1 || !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "vault unreachable") {
		t.Fatalf("%d calls, err %v", calls, err)
	}
	if err := Retry(ctx, slog.New(slog.DiscardHandler), "x", b, func(context.Context) error { t.Fatal("called"); return nil }); !errors.Is(err, context.Canceled) {
		t.Fatalf("with a done context: %v", err)
	}
}

func TestRetryRejectsABadBackoff(t *testing.T) {
	for _, b := range []Backoff{{}, {Initial: time.Second, Max: time.Millisecond}, {Initial: time.Second, Max: time.Second, Jitter: 1}} {
		if err := Retry(context.Background(), slog.New(slog.DiscardHandler), "x", b, func(context.Context) error { return nil }); err == nil {
			t.Errorf("accepted %+v", b)
		}
	}
}
