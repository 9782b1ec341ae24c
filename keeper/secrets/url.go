package secrets

import (
	"net/url"
	"strings"
)

// URLSecrets are the credentials in a node URL such as
// https://user:password@host/v3/KEY?apikey=KEY2: the userinfo (user name
// and password together, and the password, or the user name when there is
// no password: some providers take the key as the user name), every
// API-key-like path segment and query key (KeyLike), every query value and
// the fragment, each as written in the URL and decoded. A URL that does not
// parse is a secret as a whole.
func URLSecrets(raw string) []string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return []string{raw}
	}
	var out []string
	if u.User != nil {
		// As written: between "//" and the last "@" before the path.
		if _, rest, ok := strings.Cut(raw, "//"); ok {
			auth, _, _ := strings.Cut(rest, "/")
			auth, _, _ = strings.Cut(auth, "?")
			if i := strings.LastIndex(auth, "@"); i >= 0 {
				out = append(out, auth[:i])
				if _, pass, ok := strings.Cut(auth[:i], ":"); ok {
					out = append(out, pass) // its forms decode '+' as '+' and as ' '
				}
			}
		}
		if p, ok := u.User.Password(); ok {
			out = append(out, p)
		} else {
			out = append(out, u.User.Username())
		}
	}
	for _, seg := range strings.Split(u.EscapedPath(), "/") {
		dec, err := url.PathUnescape(seg)
		if err != nil {
			dec = seg
		}
		if KeyLike(dec) {
			out = append(out, seg, dec)
		}
	}
	for _, kv := range strings.FieldsFunc(u.RawQuery, func(r rune) bool { return r == '&' || r == ';' }) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			v = kv // a bare ?KEY
		} else if dec, err := url.QueryUnescape(k); err == nil && KeyLike(dec) {
			out = append(out, k, dec) // ?KEY=1
		}
		out = append(out, v)
		if dec, err := url.QueryUnescape(v); err == nil {
			out = append(out, dec)
		}
	}
	if u.Fragment != "" {
		out = append(out, u.Fragment)
	}
	return out
}

// KeyLike reports whether a URL path segment looks like an API key (Infura
// /v3/<32 hex>, Alchemy /v2/<key>, QuickNode /<token>/, a Vault token
// hvs.<…>, a JWT): at least 16 characters of letters, digits and - _ . + = ~,
// with a digit or both upper- and lower-case letters, so that words such as
// "ethereum-mainnet-archive" are not. It errs towards secret: it takes in
// every segment config.RedactURL hides.
func KeyLike(seg string) bool {
	if len(seg) < 16 {
		return false
	}
	var digit, upper, lower bool
	for _, r := range seg {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		case strings.ContainsRune("-_.+=~", r):
		default:
			return false
		}
	}
	return digit || (upper && lower)
}
