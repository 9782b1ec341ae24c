// Package secrets keeps secrets out of the keeper's output.
//
// A Scrubber knows a set of secret strings (the credentials of the node's
// RPC URL, the values of the environment variables holding Vault
// credentials) and replaces every occurrence of one of them, in the forms
// in which libraries print them (URL-escaped, Go- or JSON-quoted), with
// Mask. A Writer scrubs everything written through it, so that text built
// anywhere (go-ethereum's errors embed the URL they called, a panic's
// message) is scrubbed before it reaches stdout or stderr.
package secrets

import (
	"encoding/json"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Mask replaces a secret.
const Mask = "***"

// MinLen is the length below which a string is not taken as a secret: it
// would mask ordinary text everywhere while protecting nothing a guess
// would not find. RedactURL still hides short credentials in a URL.
const MinLen = 4

// Scrubber replaces known secrets in text. The zero value knows none; it
// is safe for concurrent use.
type Scrubber struct {
	mu      sync.RWMutex
	secrets []string // every form of every secret, deduplicated
	maxLen  int      // the longest of them
}

// NewScrubber returns a Scrubber that knows secrets (see Add).
func NewScrubber(secrets ...string) *Scrubber {
	s := &Scrubber{}
	s.Add(secrets...)
	return s
}

// Add makes s scrub secrets from now on: each one trimmed of surrounding
// white space (a value read from a file often ends in a newline), each line
// of a multi-line one on its own, in every form forms gives, skipping those
// shorter than MinLen.
func (s *Scrubber) Add(secrets ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := make(map[string]bool, len(s.secrets))
	for _, v := range s.secrets {
		seen[v] = true
	}
	for _, secret := range secrets {
		for _, line := range strings.Split(secret, "\n") {
			line = strings.TrimSpace(line)
			if len(line) < MinLen {
				continue
			}
			for _, f := range forms(line) {
				if len(f) >= MinLen && !strings.Contains(f, "\n") && !seen[f] {
					seen[f] = true
					s.secrets = append(s.secrets, f)
					s.maxLen = max(s.maxLen, len(f))
				}
			}
		}
	}
}

// Len is how many strings (forms included) s scrubs.
func (s *Scrubber) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.secrets)
}

// forms are the spellings of secret that output may carry: as is,
// percent-decoded (when it was given escaped, as in a URL), escaped as in a
// query, a path or a URL's userinfo, and each of those inside a Go-quoted
// (%q, slog's text handler) or JSON string, quoted once or twice.
func forms(secret string) []string {
	base := []string{secret}
	if dec, err := url.PathUnescape(secret); err == nil && dec != secret {
		base = append(base, dec)
	}
	if dec, err := url.QueryUnescape(secret); err == nil && dec != secret {
		base = append(base, dec)
	}
	for _, b := range append([]string(nil), base...) {
		base = append(base, url.QueryEscape(b), url.PathEscape(b), strings.TrimSuffix(url.User(b).String(), "@"))
	}
	out := append([]string(nil), base...)
	for range 2 { // a quoted string inside a quoted string: %q of an error logged by slog
		for _, f := range append([]string(nil), out...) {
			out = append(out, quotedInner(f)...)
		}
	}
	return out
}

// quotedInner is s as it appears inside a Go-quoted and inside a JSON string
// (with and without HTML escaping), without the quotes.
func quotedInner(s string) []string {
	q := strconv.Quote(s)
	out := []string{q[1 : len(q)-1]}
	for _, html := range []bool{false, true} {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(html)
		if err := enc.Encode(s); err == nil {
			j := strings.TrimSuffix(b.String(), "\n")
			out = append(out, j[1:len(j)-1])
		}
	}
	return out
}

// Scrub returns text with every occurrence of a secret replaced by Mask.
// Occurrences that overlap or touch (one secret's end inside another's, or
// the user name and password of one userinfo) become one Mask, so no part
// of either is left.
func (s *Scrubber) Scrub(text string) string {
	s.mu.RLock()
	spans := s.matches(text)
	s.mu.RUnlock()
	return mask(text, spans)
}

// span is [start, end) of text.
type span struct{ start, end int }

// matches are the merged spans of text that hold a secret, in order.
// Callers hold s.mu.
func (s *Scrubber) matches(text string) []span {
	var spans []span
	for _, sec := range s.secrets {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], sec)
			if i < 0 {
				break
			}
			spans = append(spans, span{from + i, from + i + len(sec)})
			from += i + 1 // overlapping occurrences too
		}
	}
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	merged := spans[:1]
	for _, sp := range spans[1:] {
		last := &merged[len(merged)-1]
		if sp.start <= last.end {
			last.end = max(last.end, sp.end)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

func mask(text string, spans []span) string {
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, sp := range spans {
		b.WriteString(text[at:sp.start])
		b.WriteString(Mask)
		at = sp.end
	}
	b.WriteString(text[at:])
	return b.String()
}

// FromEnv returns the values of the environment variables names that are
// set (the Vault credentials the config names by variable).
func FromEnv(names ...string) []string {
	var out []string
	for _, n := range names {
		if n == "" {
			continue
		}
		if v, ok := os.LookupEnv(n); ok && v != "" {
			out = append(out, v)
		}
	}
	return out
}
