package chainrpc

import (
	"math"
	"net/http"
	"testing"
	"time"
)

func TestCheckResponse(t *testing.T) {
	single := parseRequest([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	batch := parseRequest([]byte(`[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"eth_blockNumber"}]`))
	unknown := parseRequest([]byte(`not json`))
	for _, c := range []struct {
		name string
		req  requestShape
		body string
		ok   bool
	}{
		{"result", single, `{"jsonrpc":"2.0","id":1,"result":"0x10"}`, true},
		{"null result", single, `{"jsonrpc":"2.0","id":1,"result":null}` + "\n", true},
		{"error answer", single, `{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"method not found"}}`, true},
		{"error with null result", single, `{"jsonrpc":"2.0","id":1,"result":null,"error":{"code":3,"message":"execution reverted","data":"0x"}}`, true},
		{"null error and a result", single, `{"jsonrpc":"2.0","id":1,"error":null,"result":"0x1"}`, true},
		{"empty", single, "", false},
		{"blank", single, " \n", false},
		{"truncated", single, `{"jsonrpc":"2.0","id":1,"resu`, false},
		{"trailing garbage", single, `{"jsonrpc":"2.0","id":1,"result":"0x1"}<html>`, false},
		{"html", single, "<html><body>502 Bad Gateway</body></html>", false},
		{"neither result nor error", single, `{"jsonrpc":"2.0","id":1}`, false},
		{"no id", single, `{"jsonrpc":"2.0","result":"0x1"}`, false},
		{"error not an object", single, `{"jsonrpc":"2.0","id":1,"error":"boom"}`, false},
		{"error without code", single, `{"jsonrpc":"2.0","id":1,"error":{"message":"boom"}}`, false},
		{"null", single, `null`, false},
		{"number", single, `42`, false},
		{"array for a single request", single, `[{"jsonrpc":"2.0","id":1,"result":"0x1"}]`, false},
		{"batch", batch, `[{"jsonrpc":"2.0","id":1,"result":"0x7a69"},{"jsonrpc":"2.0","id":2,"error":{"code":-32000,"message":"x"}}]`, true},
		{"batch refused whole", batch, `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}`, true},
		{"batch answered with one result", batch, `{"jsonrpc":"2.0","id":1,"result":"0x7a69"}`, false},
		{"batch short", batch, `[{"jsonrpc":"2.0","id":1,"result":"0x7a69"}]`, false},
		{"batch empty", batch, `[]`, false},
		{"batch with a bad member", batch, `[{"jsonrpc":"2.0","id":1,"result":"0x7a69"},{"jsonrpc":"2.0","id":2}]`, false},
		{"unknown request, any response object", unknown, `{"jsonrpc":"2.0","id":1,"result":"0x1"}`, true},
	} {
		err := checkResponse([]byte(c.body), c.req)
		if (err == nil) != c.ok {
			t.Errorf("%s: %q: error %v, want ok %v", c.name, c.body, err, c.ok)
		}
	}
}

func TestParseRequest(t *testing.T) {
	s := parseRequest([]byte(`[{"method":"eth_call"},{"method":"eth_sendTransaction"}]`))
	if !s.batch || !s.known || s.method() != "batch(2)" || !s.hasAny(notRetried) {
		t.Errorf("batch: %+v", s)
	}
	s = parseRequest([]byte(` {"jsonrpc":"2.0","id":7,"method":"eth_sendRawTransaction","params":["0x02"]}`))
	if s.batch || !s.known || s.method() != "eth_sendRawTransaction" || s.hasAny(notRetried) {
		t.Errorf("single: %+v", s)
	}
	if s := parseRequest([]byte(`{`)); s.known || s.method() != "unknown" {
		t.Errorf("garbage: %+v", s)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		v    string
		want time.Duration
		ok   bool
	}{
		{"1", time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"0", 0, true},
		{"99999999999999999999", 0, false}, // does not fit: ignored
		{"18446744073709551615", maxRetryAfter, true},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0, true},
		{now.Add(30 * 24 * time.Hour).Format(http.TimeFormat), maxRetryAfter, true},
		{"-5", 0, false},
		{"1.5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	} {
		got, ok := parseRetryAfter(c.v, now)
		if got != c.want || ok != c.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", c.v, got, ok, c.want, c.ok)
		}
	}
}

func TestConfigDefaultsAndValidation(t *testing.T) {
	d := Config{}.withDefaults()
	if d.CallTimeout != DefaultCallTimeout || d.MaxAttempts != DefaultMaxAttempts || d.InitialBackoff != DefaultInitialBackoff ||
		d.MaxBackoff != DefaultMaxBackoff || d.validate() != nil {
		t.Errorf("defaults %+v: %v", d, d.validate())
	}
	for _, bad := range []Config{
		{CallTimeout: -time.Second},
		{MaxAttempts: -1},
		{MaxAttempts: MaxAttemptsLimit + 1},
		{InitialBackoff: -time.Millisecond},
		{InitialBackoff: time.Second, MaxBackoff: time.Millisecond},
	} {
		if _, err := NewTransport(nil, bad, nil, nil); err == nil {
			t.Errorf("NewTransport accepted %+v", bad)
		}
	}
}

func TestBackoffIsCappedAndJittered(t *testing.T) {
	c := Config{InitialBackoff: 100 * time.Millisecond, MaxBackoff: time.Second}
	for n := 1; n <= 10; n++ {
		full := min(time.Duration(float64(c.InitialBackoff)*math.Pow(2, float64(n-1))), c.MaxBackoff)
		seen := map[time.Duration]bool{}
		for range 200 {
			d := c.backoff(n)
			if d < full/2 || d > full {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", n, d, full/2, full)
			}
			seen[d] = true
		}
		if len(seen) < 2 {
			t.Errorf("backoff(%d) always %v: no jitter", n, seen)
		}
	}
}
