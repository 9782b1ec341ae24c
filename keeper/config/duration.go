package config

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Duration is a time.Duration written as a Go duration string ("1s",
// "2m", "72h"), optionally led by whole or fractional days ("7d", "1d12h",
// "1.5d"); see ParseDuration.
type Duration time.Duration

// UnmarshalYAML parses a duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return fmt.Errorf("line %d: want a duration such as \"10s\" or \"7d\", got %s", n.Line, quote(n.Value))
	}
	v, err := ParseDuration(s)
	if err != nil {
		return fmt.Errorf("line %d: invalid duration %s", n.Line, quote(s))
	}
	*d = Duration(v)
	return nil
}

// daysRE is a leading days component: sign, days, "d", the rest.
var daysRE = regexp.MustCompile(`^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)d(.*)$`)

// ParseDuration parses a Go duration (time.ParseDuration) that may begin
// with a number of days, "d" being 24h: "7d" is 168h, "1d12h" 36h, "-2d"
// −48h. A config's durations mean wall-clock time, of which a day here is
// always 24 hours.
func ParseDuration(s string) (time.Duration, error) {
	m := daysRE.FindStringSubmatch(s)
	if m == nil {
		return time.ParseDuration(s)
	}
	days, err := strconv.ParseFloat(m[2], 64)
	if err != nil || days*float64(24*time.Hour) >= math.MaxInt64 {
		return 0, fmt.Errorf("invalid duration %q", s)
	}
	d := time.Duration(days * float64(24*time.Hour))
	if m[3] != "" {
		if strings.ContainsAny(m[3][:1], "+-") {
			return 0, fmt.Errorf("invalid duration %q", s)
		}
		rest, err := time.ParseDuration(m[3])
		if err != nil || rest > math.MaxInt64-d {
			return 0, fmt.Errorf("invalid duration %q", s)
		}
		d += rest
	}
	if m[1] == "-" {
		d = -d
	}
	return d, nil
}

// D returns the value as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }
