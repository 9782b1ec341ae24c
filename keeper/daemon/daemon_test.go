package daemon

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A tick that runs longer than the schedule's interval must never overlap
// the next one, and cancelling must let the running tick finish.
func TestTicksNeverOverlapAndShutdownFinishesTick(t *testing.T) {
	var running, maxRunning, started, finished atomic.Int32
	var mu sync.Mutex
	var tickCtxErr error
	ctx, cancel := context.WithCancel(context.Background())
	tick := func(tctx context.Context) {
		n := running.Add(1)
		for {
			m := maxRunning.Load()
			if n <= m || maxRunning.CompareAndSwap(m, n) {
				break
			}
		}
		if started.Add(1) == 2 {
			cancel() // the shutdown signal arrives in the middle of a tick
		}
		time.Sleep(1500 * time.Millisecond)
		mu.Lock()
		tickCtxErr = tctx.Err()
		mu.Unlock()
		running.Add(-1)
		finished.Add(1)
	}
	done := make(chan error, 1)
	go func() { done <- Run(ctx, "* * * * * *", tick, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if maxRunning.Load() != 1 {
		t.Fatalf("ticks overlapped: %d at once", maxRunning.Load())
	}
	if started.Load() != 2 || finished.Load() != 2 {
		t.Fatalf("started %d, finished %d ticks: the running tick must finish and no new one start", started.Load(), finished.Load())
	}
	mu.Lock()
	defer mu.Unlock()
	if tickCtxErr != nil {
		t.Fatalf("the running tick's context was cancelled: %v", tickCtxErr)
	}
}

func TestRunRejectsBadSchedule(t *testing.T) {
	err := Run(context.Background(), "not cron", func(context.Context) {}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil {
		t.Fatal("accepted a bad schedule")
	}
}

// A schedule that changes after a tick takes effect from the next
// activation: here every second, then once a year, so the ticks stop.
func TestScheduleChangeTakesEffectAfterTheTick(t *testing.T) {
	var ticks atomic.Int32
	var sched atomic.Value
	sched.Store("* * * * * *")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tick := func(context.Context) {
		if ticks.Add(1) == 2 {
			sched.Store("0 0 0 1 1 *")
		}
	}
	done := make(chan error, 1)
	go func() {
		done <- RunSchedule(ctx, func() string { return sched.Load().(string) }, tick, slog.New(slog.NewTextHandler(io.Discard, nil)))
	}()
	deadline := time.Now().Add(10 * time.Second)
	for ticks.Load() < 2 {
		if time.Now().After(deadline) {
			t.Fatal("fewer than two ticks in 10 s on an every-second schedule")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(3 * time.Second)
	if n := ticks.Load(); n != 2 {
		t.Fatalf("%d ticks; the yearly schedule should have stopped them at 2", n)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
