package metrics

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// logCapture is a slog handler that hands every record's message and
// attributes to a channel.
type logCapture struct{ records chan map[string]string }

func (h logCapture) Enabled(context.Context, slog.Level) bool { return true }
func (h logCapture) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h logCapture) WithGroup(string) slog.Handler            { return h }
func (h logCapture) Handle(_ context.Context, r slog.Record) error {
	rec := map[string]string{"msg": r.Message}
	r.Attrs(func(a slog.Attr) bool { rec[a.Key] = a.Value.String(); return true })
	select {
	case h.records <- rec:
	default:
	}
	return nil
}

// waitLog returns the first record with message msg.
func waitLog(t *testing.T, h logCapture, msg string) map[string]string {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case rec := <-h.records:
			if rec["msg"] == msg {
				return rec
			}
		case <-deadline:
			t.Fatalf("no %q log record", msg)
		}
	}
}

func TestServeServesUntilCanceledThenShutsDown(t *testing.T) {
	m, err := New(Options{TickStaleness: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	logs := logCapture{records: make(chan map[string]string, 16)}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, "127.0.0.1:0", slog.New(logs)) }()

	addr := waitLog(t, logs, "metrics server listening")["addr"]
	if !strings.HasPrefix(addr, "127.0.0.1:") || strings.HasSuffix(addr, ":0") {
		t.Fatalf("listening address %q", addr)
	}
	base := "http://" + addr

	v := m.Vault("a")
	v.Tick(2*time.Second, nil)
	v.Decision(ActionHold, false, 0.5)
	scrape(t, base).expect(t, map[string]float64{
		`vaultkeeper_ticks_total{result="ok",vault="a"}`:                       1,
		`vaultkeeper_tick_duration_seconds_sum{vault="a"}`:                     2,
		`vaultkeeper_decisions_total{action="hold",dry_run="false",vault="a"}`: 1,
		`vaultkeeper_last_decision_expected_yearly_gain{vault="a"}`:            0.5,
	})
	if status, body, _ := get(t, base+"/healthz"); status != http.StatusOK || !strings.HasPrefix(body, "ok: ") {
		t.Errorf("healthz: %d %q", status, body)
	}
	if status, body, _ := get(t, base+"/readyz"); status != http.StatusServiceUnavailable || body != "starting\n" {
		t.Errorf("readyz before SetReady: %d %q", status, body)
	}
	m.SetReady(true, "")
	if status, body, _ := get(t, base+"/readyz"); status != http.StatusOK || body != "ready\n" {
		t.Errorf("readyz after SetReady: %d %q", status, body)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve after cancel: %v", err)
		}
	case <-time.After(ShutdownTimeout + 10*time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	waitLog(t, logs, "metrics server stopped")
	if c, err := net.DialTimeout("tcp", addr, 5*time.Second); err == nil {
		c.Close()
		t.Fatalf("%s still accepts connections after Serve returned", addr)
	}
}

func TestServeNamesTheAddressWhenThePortIsTaken(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	addr := busy.Addr().String()

	m, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctxT(t), addr, nil) }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Serve on a taken port did not fail")
	}
	if err == nil {
		t.Fatal("Serve on a taken port returned nil")
	}
	if !strings.Contains(err.Error(), "metrics: listening on "+addr+":") {
		t.Errorf("error %q does not name %s", err, addr)
	}
	var op *net.OpError
	if !errors.As(err, &op) {
		t.Errorf("error %q does not wrap the listener's *net.OpError", err)
	}
}
