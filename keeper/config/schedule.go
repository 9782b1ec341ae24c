package config

import (
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// staleTicks is how many schedule intervals the default tick staleness
// allows, besides rebalance.receipt_timeout.
const staleTicks = 3

// TickStaleness is how long /healthz tolerates no finished tick:
// metrics.tick_staleness when set, else staleTicks × the schedule's interval
// + rebalance.receipt_timeout. The interval is the longest gap between the
// schedule's activations in the week after now (at least two gaps, at most
// maxIntervalSamples activations), so a schedule with irregular gaps (e.g.
// weekdays only) is judged by its longest one.
func (c *Config) TickStaleness(now time.Time) (time.Duration, error) {
	if d := c.Metrics.TickStaleness.D(); d > 0 {
		return d, nil
	}
	interval, err := ScheduleInterval(c.Schedule, now)
	if err != nil {
		return 0, err
	}
	return staleTicks*interval + c.Rebalance.ReceiptTimeout.D(), nil
}

// maxIntervalSamples bounds the activations ScheduleInterval looks at.
const maxIntervalSamples = 10_000

// ScheduleInterval returns the longest gap between consecutive activations
// of the cron schedule from now until a week later (looking at no fewer
// than two gaps and no more than maxIntervalSamples activations).
func ScheduleInterval(schedule string, now time.Time) (time.Duration, error) {
	sched, err := parseSchedule(schedule, now)
	if err != nil {
		return 0, err
	}
	horizon := now.Add(7 * 24 * time.Hour)
	prev := sched.Next(now)
	var longest time.Duration
	for i := 0; i < maxIntervalSamples; i++ {
		next := sched.Next(prev)
		if next.IsZero() {
			break
		}
		longest = max(longest, next.Sub(prev))
		prev = next
		if i >= 1 && prev.After(horizon) {
			break
		}
	}
	if longest <= 0 {
		return 0, fieldError("governed.schedule", schedule, "fires only once")
	}
	return longest, nil
}

// parseSchedule parses governed.schedule and refuses a schedule that would
// not run the keeper: one that does not parse, an @every interval under
// the scheduler's 1s resolution (robfig/cron's Every silently rounds it,
// zero and negative included, up to 1s), and one that never fires after
// now (robfig/cron's Next gives up after five years, e.g. on February 30th).
// The errors name the field and the schedule.
func parseSchedule(schedule string, now time.Time) (cron.Schedule, error) {
	sched, err := CronParser.Parse(schedule)
	if err != nil {
		return nil, fieldError("governed.schedule", schedule, "invalid cron expression: %v", err)
	}
	if d, ok := everyInterval(schedule); ok && d < time.Second {
		if d <= 0 {
			return nil, fieldError("governed.schedule", schedule, "zero interval: @every needs a positive interval of at least 1s")
		}
		return nil, fieldError("governed.schedule", schedule, "interval %s is under the scheduler's 1s resolution (it would run every 1s); want at least 1s", d)
	}
	if sched.Next(now).IsZero() {
		return nil, fieldError("governed.schedule", schedule, "never fires")
	}
	return sched, nil
}

// everyInterval returns the duration of an "@every <duration>" schedule as
// written (after an optional TZ= or CRON_TZ= prefix, as CronParser reads
// it), before robfig/cron rounds it.
func everyInterval(schedule string) (time.Duration, bool) {
	spec := schedule
	if strings.HasPrefix(spec, "TZ=") || strings.HasPrefix(spec, "CRON_TZ=") {
		_, rest, ok := strings.Cut(spec, " ")
		if !ok {
			return 0, false
		}
		spec = strings.TrimSpace(rest)
	}
	const every = "@every "
	if !strings.HasPrefix(spec, every) {
		return 0, false
	}
	d, err := time.ParseDuration(spec[len(every):])
	return d, err == nil
}

// CronParser parses the schedule: standard five-field cron, an optional
// leading seconds field, and descriptors such as @every 10s.
var CronParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
