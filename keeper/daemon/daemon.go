// Package daemon runs the keeper's ticks on a cron schedule.
//
// Ticks never overlap: a tick that is still running when the next one is due
// makes the scheduler skip that one. When the context is cancelled (SIGINT or
// SIGTERM in the binary) no new tick starts, the running tick finishes with a
// context that is not cancelled, and Run returns after it; a second signal
// stops the process at once (ExitOnSecondSignal).
//
// Retry runs the keeper's set-up with capped exponential backoff while
// what it needs (the chain's node, HashiCorp Vault) is unreachable, until
// an error marked Permanent or the context's end.
package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// Run schedules tick on the cron expression until ctx is done, then waits
// for a running tick to finish.
func Run(ctx context.Context, schedule string, tick func(ctx context.Context), log *slog.Logger) error {
	return RunSchedule(ctx, func() string { return schedule }, tick, log)
}

// RunSchedule is Run with a schedule that may change: after each tick the
// schedule is read again, and a new expression replaces the old one from the
// next activation on (a governed config switch can change it). An invalid
// new expression is logged and the old one kept.
func RunSchedule(ctx context.Context, schedule func() string, tick func(ctx context.Context), log *slog.Logger) error {
	current := schedule()
	sched, err := config.CronParser.Parse(current)
	if err != nil {
		return fmt.Errorf("schedule %q: %w", current, err)
	}
	cl := cronLogger{log}
	c := cron.New(cron.WithParser(config.CronParser), cron.WithLogger(cl), cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)))
	tickCtx := context.WithoutCancel(ctx)
	var (
		mu  sync.Mutex
		id  cron.EntryID
		job cron.Job
	)
	job = cron.FuncJob(func() {
		start := time.Now()
		tick(tickCtx)
		mu.Lock()
		defer mu.Unlock()
		if next := schedule(); next != current {
			s, err := config.CronParser.Parse(next)
			if err != nil {
				log.Error("new schedule is invalid; keeping the old one", "schedule", next, "old", current, "err", err)
			} else {
				c.Remove(id)
				id = c.Schedule(s, job)
				log.Info("schedule changed", "schedule", next, "old", current, "next_tick", c.Entry(id).Next.Format(time.RFC3339))
				current = next
			}
		}
		log.Debug("tick finished", "took", time.Since(start).Round(time.Millisecond), "next", c.Entry(id).Next.Format(time.RFC3339))
	})
	mu.Lock()
	id = c.Schedule(sched, job)
	mu.Unlock()
	c.Start()
	mu.Lock()
	log.Info("keeper started", "schedule", current, "next_tick", c.Entry(id).Next.Format(time.RFC3339))
	mu.Unlock()
	<-ctx.Done()
	log.Info("stopping: waiting for the running tick to finish")
	<-c.Stop().Done()
	log.Info("keeper stopped")
	return nil
}

// cronLogger routes robfig/cron's logs to slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) {
	if msg == "skip" {
		l.log.Warn("tick skipped: the previous tick is still running")
		return
	}
	l.log.Debug("cron: "+msg, kv...)
}

func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append([]any{"err", err}, kv...)...)
}
