// Package daemon runs the keeper's ticks on a cron schedule.
//
// Ticks never overlap: a tick that is still running when the next one is due
// makes the scheduler skip that one. When the context is cancelled (SIGINT or
// SIGTERM in the binary) no new tick starts, the running tick finishes with a
// context that is not cancelled, and Run returns after it.
package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// Run schedules tick on the cron expression until ctx is done, then waits
// for a running tick to finish.
func Run(ctx context.Context, schedule string, tick func(ctx context.Context), log *slog.Logger) error {
	sched, err := config.CronParser.Parse(schedule)
	if err != nil {
		return fmt.Errorf("schedule %q: %w", schedule, err)
	}
	cl := cronLogger{log}
	c := cron.New(cron.WithParser(config.CronParser), cron.WithLogger(cl), cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)))
	tickCtx := context.WithoutCancel(ctx)
	var id cron.EntryID
	id = c.Schedule(sched, cron.FuncJob(func() {
		start := time.Now()
		tick(tickCtx)
		log.Debug("tick finished", "took", time.Since(start).Round(time.Millisecond), "next", c.Entry(id).Next.Format(time.RFC3339))
	}))
	c.Start()
	log.Info("keeper started", "schedule", schedule, "next_tick", c.Entry(id).Next.Format(time.RFC3339))
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
