package secrets

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

const (
	password = "s3cr3tPassw0rd"
	pathKey  = "0123456789abcdef0123456789abcdef"
	queryKey = "QWERTYsecret123"
)

func testURL(host string) string {
	return "http://alice:" + password + "@" + host + "/v3/" + pathKey + "?apikey=" + queryKey
}

// leaks is which of the test URL's credentials text shows.
func leaks(text string) []string {
	var out []string
	for _, s := range []string{password, pathKey, queryKey} {
		if strings.Contains(text, s) {
			out = append(out, s)
		}
	}
	return out
}

func TestURLSecrets(t *testing.T) {
	got := URLSecrets(testURL("127.0.0.1:8545"))
	for _, want := range []string{"alice:" + password, password, pathKey, queryKey} {
		if !contains(got, want) {
			t.Errorf("URLSecrets lacks %q: %q", want, got)
		}
	}
	for _, not := range []string{"alice", "v3", "127.0.0.1", "127.0.0.1:8545", "apikey", "http"} {
		if contains(got, not) {
			t.Errorf("URLSecrets takes %q as a secret: %q", not, got)
		}
	}
	// A user name without password is the key (https://KEY@host).
	if got := URLSecrets("https://" + queryKey + "@node.example"); !contains(got, queryKey) {
		t.Errorf("user-name key: %q", got)
	}
	// Escaped forms, as written and decoded.
	got = URLSecrets("https://u:p%40ss%2Fw0rd@h/x?token=a%2Bb%3Dc%26d&plain=value12")
	for _, want := range []string{"u:p%40ss%2Fw0rd", "p@ss/w0rd", "a%2Bb%3Dc%26d", "a+b=c&d", "value12"} {
		if !contains(got, want) {
			t.Errorf("escaped URL: lacks %q: %q", want, got)
		}
	}
	if got := URLSecrets("https://node.example/rpc/ethereum-mainnet-archive"); len(got) != 0 {
		t.Errorf("a URL without credentials has secrets %q", got)
	}
	if got := URLSecrets("http://[::1:bad"); len(got) != 1 || got[0] != "http://[::1:bad" {
		t.Errorf("an unparsable URL is not a secret as a whole: %q", got)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestKeyLike(t *testing.T) {
	for seg, want := range map[string]bool{
		pathKey:                            true,  // Infura
		"AbCdEfGhIjKlMnOpQrStUvWxYz_-abcd": true,  // mixed case, no digit
		"k9tA2xQ-7bZ_mN4pL0vR8sW3yU6eC1dF": true,  // Alchemy-like
		"ethereum-mainnet-archive":         false, // a word
		"v3":                               false,
		"abc123":                           false, // too short
		"hvs.CAESIJ1x9vYk2kQnR5Tf":         true,  // a Vault token
		"0123456789abcdef/json":            false, // not a key's characters
	} {
		if KeyLike(seg) != want {
			t.Errorf("KeyLike(%q) = %v", seg, !want)
		}
	}
}

func TestScrubMultipleAndOverlapping(t *testing.T) {
	s := NewScrubber(URLSecrets(testURL("h:1"))...)
	text := fmt.Sprintf("user alice:%s, key %s and %s; again %s", password, pathKey, queryKey, password)
	got := s.Scrub(text)
	if l := leaks(got); l != nil {
		t.Fatalf("Scrub left %q in %q", l, got)
	}
	if want := "user ***, key *** and ***; again ***"; got != want {
		t.Errorf("Scrub = %q, want %q", got, want)
	}

	// Overlapping secrets: no part of either is left.
	s = NewScrubber("abcdef", "defghi")
	if got := s.Scrub("xx abcdefghi yy"); got != "xx *** yy" {
		t.Errorf("overlapping secrets: %q", got)
	}
	// One inside another, and overlapping occurrences of one.
	s = NewScrubber("secretsecret", "cret", "aaaa")
	if got := s.Scrub("[secretsecret] [cret] [aaaaaa]"); got != "[***] [***] [***]" {
		t.Errorf("nested and self-overlapping: %q", got)
	}
	// Too short to be a secret, white space trimmed, lines taken apart.
	s = NewScrubber("abc", "  token1234\n", "line-one\nline-two")
	if got := s.Scrub("abc token1234 line-one line-two"); got != "abc *** *** ***" {
		t.Errorf("short, padded, multi-line: %q", got)
	}
	if NewScrubber().Scrub("nothing to hide") != "nothing to hide" {
		t.Error("an empty scrubber changed text")
	}
}

// The password as libraries print it: escaped in a URL, quoted by %q or
// by slog's text and JSON handlers.
func TestScrubEncodedForms(t *testing.T) {
	pw := `p@ss w/0rd"<é>&+`
	// Written with '+' for the space, as url.QueryEscape does: '+' in a
	// userinfo is a '+' to url.Parse, a space to whoever wrote it.
	raw := "https://bob:" + url.QueryEscape(pw) + "@node.example/x"
	s := NewScrubber(URLSecrets(raw)...)
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	slog.New(slog.NewJSONHandler(&js, nil)).Info("m", "pw", pw, "err", fmt.Errorf("dial %q", pw))
	var txt bytes.Buffer
	slog.New(slog.NewTextHandler(&txt, nil)).Info("m", "pw", pw, "err", fmt.Errorf("dial %q", pw))
	jsonHTML, _ := json.Marshal(pw)
	for _, form := range []string{
		pw,
		url.QueryEscape(pw),
		url.PathEscape(pw),
		u.User.String(),
		url.UserPassword("bob", pw).String(),
		fmt.Sprintf("%q", pw),
		string(jsonHTML),
		fmt.Sprintf("%q", fmt.Sprintf("%q", pw)),
		js.String(),
		txt.String(),
	} {
		got := s.Scrub("x " + form + " y")
		if strings.Contains(got, "0rd") || strings.Contains(got, "w/0") || strings.Contains(got, "w%2F0") {
			t.Errorf("the password is left in %q: %q", form, got)
		}
	}
}

// go-ethereum's errors embed the URL they called: the scrubber takes the
// credentials out of a real one.
func TestScrubGoEthereumError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close()
	raw := testURL(dead)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, raw)
	if err == nil {
		_, err = cl.ChainID(ctx)
		cl.Close()
	}
	if err == nil {
		t.Fatal("a dead port answered")
	}
	msg := err.Error()
	if leaks(msg) == nil {
		t.Fatalf("go-ethereum's error no longer embeds the URL's credentials, the scrubber is untested: %q", msg)
	}
	got := NewScrubber(URLSecrets(raw)...).Scrub(msg)
	if l := leaks(got); l != nil {
		t.Fatalf("scrubbed error still shows %q: %q", l, got)
	}
	if !strings.Contains(got, dead) {
		t.Errorf("the scrubbed error lost the address: %q", got)
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv("SECRETS_TEST_TOKEN", "hvs.tokenvalue")
	t.Setenv("SECRETS_TEST_EMPTY", "")
	got := FromEnv("SECRETS_TEST_TOKEN", "SECRETS_TEST_EMPTY", "SECRETS_TEST_UNSET", "")
	if len(got) != 1 || got[0] != "hvs.tokenvalue" {
		t.Errorf("FromEnv = %q", got)
	}
}

func TestWriterSplitWrites(t *testing.T) {
	s := NewScrubber(URLSecrets(testURL("h:1"))...)
	line := fmt.Sprintf("Post \"http://alice:%s@h:1/v3/%s?apikey=%s\": refused\n", password, pathKey, queryKey)
	// Every split point, and one byte per Write.
	for cut := 0; cut <= len(line); cut++ {
		var out bytes.Buffer
		w := NewWriter(&out, s)
		for _, part := range []string{line[:cut], line[cut:]} {
			if n, err := w.Write([]byte(part)); err != nil || n != len(part) {
				t.Fatalf("Write = %d, %v", n, err)
			}
		}
		if l := leaks(out.String()); l != nil {
			t.Fatalf("split at %d: %q leaked: %q", cut, l, out.String())
		}
		if out.String() != s.Scrub(line) {
			t.Fatalf("split at %d: wrote %q, want %q", cut, out.String(), s.Scrub(line))
		}
	}
	var out bytes.Buffer
	w := NewWriter(&out, s)
	for i := range len(line) {
		w.Write([]byte{line[i]})
	}
	if out.String() != s.Scrub(line) {
		t.Errorf("byte by byte: %q", out.String())
	}
}

func TestWriterHoldsBackUntilNewlineOrFlush(t *testing.T) {
	s := NewScrubber(password)
	var out bytes.Buffer
	w := NewWriter(&out, s)
	fmt.Fprintf(w, "first line\nsecond s3cr3t")
	if out.String() != "first line\n" {
		t.Fatalf("before the newline: %q", out.String())
	}
	fmt.Fprintf(w, "Passw0rd ends")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if want := "first line\nsecond *** ends"; out.String() != want {
		t.Errorf("after Close: %q, want %q", out.String(), want)
	}
	if err := w.Flush(); err != nil || out.String() != "first line\nsecond *** ends" {
		t.Errorf("a second Flush wrote again: %q, %v", out.String(), err)
	}
}

// A text without newline longer than maxPending is written as it grows,
// never cutting a secret in two.
func TestWriterLongLine(t *testing.T) {
	s := NewScrubber(password, pathKey)
	var out bytes.Buffer
	w := NewWriter(&out, s)
	var all strings.Builder
	chunk := strings.Repeat("x", 1000) + password[:5]
	rest := password[5:] + strings.Repeat("y", 333) + pathKey
	for range 200 {
		for _, p := range []string{chunk, rest} {
			all.WriteString(p)
			w.Write([]byte(p))
		}
	}
	if out.Len() == 0 || out.Len() > all.Len() {
		t.Fatalf("wrote %d bytes of a %d-byte line before Flush", out.Len(), all.Len())
	}
	w.Flush()
	if l := leaks(out.String()); l != nil {
		t.Fatalf("%q leaked", l)
	}
	if out.String() != s.Scrub(all.String()) {
		t.Error("the long line was not written as Scrub gives it")
	}
}

func TestWriterConcurrent(t *testing.T) {
	s := NewScrubber(password)
	var out bytes.Buffer
	w := NewWriter(&out, s)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 100 {
				fmt.Fprintf(w, "goroutine %d line %d %s\n", i, j, password)
			}
		}()
	}
	// Secrets added while writing are scrubbed from then on.
	s.Add(pathKey)
	wg.Wait()
	w.Close()
	if strings.Contains(out.String(), password) || strings.Count(out.String(), "\n") != 800 {
		t.Errorf("concurrent writes: %d lines, password leaked: %v", strings.Count(out.String(), "\n"), strings.Contains(out.String(), password))
	}
	if s.Scrub(pathKey) != Mask {
		t.Error("Add did not take")
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func TestWriterReportsErrors(t *testing.T) {
	w := NewWriter(failWriter{fmt.Errorf("disk full")}, NewScrubber())
	if _, err := w.Write([]byte("line\n")); err == nil || err.Error() != "disk full" {
		t.Errorf("Write error = %v", err)
	}
	w.Write([]byte("no newline"))
	if err := w.Flush(); err == nil {
		t.Error("Flush hid the error")
	}
}
