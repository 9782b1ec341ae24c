package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"
)

// ErrPermanent marks an error that retrying cannot fix (a wrong chain ID, a
// model file that is not the approved one, a refused credential): Retry
// returns it at once. Mark an error with Permanent; test with errors.Is.
var ErrPermanent = errors.New("retrying cannot fix this")

// Permanent marks err as one that retrying cannot fix; its message is err's.
// Permanent(nil) is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanentError{err}
}

type permanentError struct{ err error }

func (p permanentError) Error() string   { return p.err.Error() }
func (p permanentError) Unwrap() []error { return []error{p.err, ErrPermanent} }

// Backoff is a capped exponential backoff with jitter: the delay after the
// n-th failed attempt is Initial·2^(n−1), at most Max, scaled by a random
// factor in [1−Jitter, 1+Jitter] and again capped at Max.
type Backoff struct {
	Initial time.Duration
	Max     time.Duration
	// Jitter is the random spread of each delay, a fraction in [0, 1).
	Jitter float64

	// sleep waits for d or until ctx is done (nil: a timer); rand returns a
	// number in [0, 1) (nil: math/rand/v2). Tests replace them.
	sleep func(ctx context.Context, d time.Duration) error
	rand  func() float64
}

// StartupBackoff is how `keeper run` retries its set-up while the chain's
// node or HashiCorp Vault is unreachable: 1 s doubling to 60 s, ±20 %.
var StartupBackoff = Backoff{Initial: time.Second, Max: time.Minute, Jitter: 0.2}

// Delay is the wait after the attempt-th failed attempt (attempt ≥ 1).
func (b Backoff) Delay(attempt int) time.Duration {
	d := b.Initial
	for i := 1; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	if b.Jitter > 0 {
		r := rand.Float64
		if b.rand != nil {
			r = b.rand
		}
		d = time.Duration(float64(d) * (1 + b.Jitter*(2*r()-1)))
	}
	return min(d, b.Max)
}

func (b Backoff) validate() error {
	if b.Initial <= 0 || b.Max < b.Initial || b.Jitter < 0 || b.Jitter >= 1 {
		return fmt.Errorf("backoff initial %v, max %v, jitter %v: want 0 < initial ≤ max and 0 ≤ jitter < 1", b.Initial, b.Max, b.Jitter)
	}
	return nil
}

// Retry calls fn until it succeeds, returns an error marked Permanent, or
// ctx ends, waiting b's delay between attempts. Each failure is logged as a
// warning with the attempt number and the delay until the next one; what
// names the work in the log and the errors ("setting up"). When ctx ends
// during an attempt or a wait, Retry returns at once with an error that
// wraps ctx.Err() and names the last failure.
func Retry(ctx context.Context, log *slog.Logger, what string, b Backoff, fn func(ctx context.Context) error) error {
	if err := b.validate(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	sleep := b.sleep
	if sleep == nil {
		sleep = sleepCtx
	}
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: stopped before attempt %d: %w", what, attempt, err)
		}
		err := fn(ctx)
		switch {
		case err == nil:
			if attempt > 1 {
				log.Info(what+": succeeded", "attempt", attempt)
			}
			return nil
		case ctx.Err() != nil:
			return fmt.Errorf("%s: stopped during attempt %d (%v): %w", what, attempt, err, ctx.Err())
		case errors.Is(err, ErrPermanent):
			return err
		}
		delay := b.Delay(attempt)
		log.Warn(what+": failed; retrying", "attempt", attempt, "next_in", delay.Round(time.Millisecond), "err", err)
		if serr := sleep(ctx, delay); serr != nil {
			return fmt.Errorf("%s: stopped while waiting to retry after attempt %d (%v): %w", what, attempt, err, serr)
		}
	}
}

// sleepCtx waits for d or until ctx is done, then returns ctx.Err().
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
