package daemon

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// ExitOnSecondSignal makes a second SIGINT or SIGTERM stop the process at
// once. The first one is the caller's to handle (it cancels ctx, and the
// running tick finishes: Run); from the second one on, ExitOnSecondSignal
// logs that the running tick is abandoned and calls exit with 128 + the
// signal's number (130 for SIGINT, 143 for SIGTERM), as a shell reports a
// process killed by it. A send the tick had begun stays in the journal in
// whatever state it reached, and the next start completes it. When ctx is
// already done at the call, the signal that ended it counts as the first.
// stop stops watching; it may be called more than once.
func ExitOnSecondSignal(ctx context.Context, log *slog.Logger, exit func(code int)) (stop func()) {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	stopWatch := watchSignals(ctx.Err() != nil, ch, log, exit)
	return func() {
		signal.Stop(ch)
		stopWatch()
	}
}

// watchSignals counts the signals from ch (seenOne: one came already) and
// exits at the second. stop may be called more than once.
func watchSignals(seenOne bool, ch <-chan os.Signal, log *slog.Logger, exit func(code int)) (stop func()) {
	seen := 0
	if seenOne {
		seen = 1
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		for {
			select {
			case <-done:
				return
			case s := <-ch:
				if seen++; seen < 2 {
					continue
				}
				code := 128 + 2 // SIGINT on a platform without signal numbers
				if n, ok := s.(syscall.Signal); ok {
					code = 128 + int(n)
				}
				log.Error("second signal: stopping at once; the running tick is abandoned, and a send it began stays in the journal for the next start to complete",
					"signal", s.String(), "exit_code", code)
				exit(code)
				return
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(done)
			<-finished
		})
	}
}
