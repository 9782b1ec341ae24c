package config

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"strings"

	"github.com/vaultkeeper/vaultkeeper/keeper/secrets"
)

// secretNotShown replaces a value that looks like a secret in an error.
const secretNotShown = "(value not shown: it looks like a secret)"

// unparsableURL is what RedactURL returns for a URL it cannot parse: the
// text may hold credentials in places a parser cannot tell apart.
const unparsableURL = "(unparsable URL, not shown)"

var (
	addressRE    = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	vaultTokenRE = regexp.MustCompile(`^(hv[sbr]\.[A-Za-z0-9_-]{8,}|[sbr]\.[A-Za-z0-9]{20,})$`)
	privateKeyRE = regexp.MustCompile(`^(0[xX])?[0-9a-fA-F]{64}$`)
	jwtRE        = regexp.MustCompile(`^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$`)
	uuidRE       = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	tokenCharsRE = regexp.MustCompile(`^[A-Za-z0-9_\-+/=]+$`)
	hexRE        = regexp.MustCompile(`^[0-9a-fA-F]+$`)
	alnumRE      = regexp.MustCompile(`^[A-Za-z0-9]+$`)
)

// looksSecret reports whether s looks like a credential rather than a
// setting: a HashiCorp Vault token (hvs., hvb., hvr., or the older s., b.,
// r. followed by a long random part), a 64-hex-digit private key (with or
// without 0x), a JWT, a UUID (AppRole role and secret IDs), or a long
// random-looking token: 24 or more characters of [A-Za-z0-9_-+/=] mixing
// upper case, lower case and digits, or 32 or more hex digits, or 24 or
// more letters and digits without separators. Ordinary settings (paths,
// URLs, 0x-prefixed 20-byte addresses, cron expressions, names, variable
// names) do not.
func looksSecret(s string) bool {
	s = strings.TrimSpace(s)
	switch {
	case addressRE.MatchString(s):
		return false
	case vaultTokenRE.MatchString(s), privateKeyRE.MatchString(s), jwtRE.MatchString(s), uuidRE.MatchString(s):
		return true
	case len(s) < 24 || !tokenCharsRE.MatchString(s):
		return false
	}
	var upper, lower, digit bool
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= '0' && r <= '9':
			digit = true
		}
	}
	letters := upper || lower
	switch {
	case upper && lower && digit:
		return entropy(s) >= 3.5
	case len(s) >= 32 && hexRE.MatchString(s):
		return letters && digit
	default:
		return alnumRE.MatchString(s) && letters && digit
	}
}

// entropy is the Shannon entropy of s's characters, in bits per character.
func entropy(s string) float64 {
	counts := map[rune]int{}
	n := 0
	for _, r := range s {
		counts[r]++
		n++
	}
	var h float64
	for _, c := range counts {
		p := float64(c) / float64(n)
		h -= p * math.Log2(p)
	}
	return h
}

// publicValue is a string shown in errors as it is even when it looks like
// a secret: a value that is public by design, such as the governed model's
// SHA-256, which governance approves in the open.
type publicValue string

// redactedURL is a URL already passed through RedactURL.
type redactedURL string

// quote renders a field's value in an error: strings quoted, except that a
// string that looks like a secret is not shown at all.
func quote(v any) string {
	switch s := v.(type) {
	case publicValue:
		return fmt.Sprintf("%q", string(s))
	case redactedURL:
		if s == unparsableURL {
			return unparsableURL
		}
		return fmt.Sprintf("%q", string(s))
	case string:
		if looksSecret(s) {
			return secretNotShown
		}
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

// RedactURL returns raw with its credentials replaced by ***: the userinfo
// (user and password), every query value, a fragment, and path segments
// that look like API keys (16 or more letters and digits with both, as in
// Infura's /v3/<key> or Alchemy's /v2/<key>, or anything that looks like a
// secret). Scheme, host, port and the other path segments stay, so the
// endpoint can still be recognised. A URL that does not parse is not shown
// at all.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || strings.ContainsAny(raw, " \t\r\n") {
		return unparsableURL
	}
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme + ":")
	}
	if u.Opaque != "" {
		// scheme:opaque (e.g. "localhost:8545", no //): whatever precedes
		// an @ is userinfo.
		if _, after, ok := strings.Cut(u.Opaque, "@"); ok {
			b.WriteString("***@")
			b.WriteString(redactPath(after))
		} else {
			b.WriteString(redactPath(u.Opaque))
		}
	} else {
		if u.Host != "" || u.User != nil || strings.HasPrefix(raw[len(u.Scheme):], "://") {
			b.WriteString("//")
		}
		if u.User != nil {
			b.WriteString("***@")
		}
		b.WriteString(u.Host)
		b.WriteString(redactPath(u.EscapedPath()))
	}
	if u.RawQuery != "" || u.ForceQuery {
		b.WriteByte('?')
		params := strings.Split(u.RawQuery, "&")
		for i, p := range params {
			k, _, hasValue := strings.Cut(p, "=")
			switch {
			case k == "" && !hasValue:
			case apiKeyLike(k):
				params[i] = "***"
			case hasValue:
				params[i] = k + "=***"
			default: // a bare token: ?<key>
				params[i] = "***"
			}
		}
		b.WriteString(strings.Join(params, "&"))
	}
	if u.Fragment != "" {
		b.WriteString("#***")
	}
	return b.String()
}

// redactPath replaces the segments of an escaped path that look like API
// keys with ***.
func redactPath(p string) string {
	segs := strings.Split(p, "/")
	for i, seg := range segs {
		if un, err := url.PathUnescape(seg); err == nil {
			seg = un
		}
		if apiKeyLike(seg) {
			segs[i] = "***"
		}
	}
	return strings.Join(segs, "/")
}

// apiKeyLike reports whether a path segment or query key looks like an
// API key: secrets.KeyLike (the one rule the output scrubber uses too), or
// anything looksSecret recognises.
func apiKeyLike(s string) bool {
	return looksSecret(s) || secrets.KeyLike(s)
}
