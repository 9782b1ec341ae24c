package daemon

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// syncBuf is a bytes.Buffer safe for a writer goroutine and a reader.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// The first signal is left to the caller; the second calls exit with
// 128 + its number after one log line.
func TestSecondSignalExits(t *testing.T) {
	var buf syncBuf
	ch := make(chan os.Signal)
	codes := make(chan int, 2)
	stop := watchSignals(false, ch, slog.New(slog.NewJSONHandler(&buf, nil)), func(code int) { codes <- code })
	defer stop()
	ch <- syscall.SIGINT
	ch <- syscall.SIGTERM // received: the first did not end the watch
	if code := <-codes; code != 143 {
		t.Fatalf("exit code %d, want 143", code)
	}
	stop()
	if n := strings.Count(buf.String(), "\n"); n != 1 || !strings.Contains(buf.String(), "running tick is abandoned") {
		t.Fatalf("log:\n%s", buf.String())
	}
	select {
	case c := <-codes:
		t.Fatalf("exit called twice (%d)", c)
	default:
	}
}

// When the first signal came before the watch began (the context is
// already done), the next one is the second.
func TestSignalAfterCancelIsTheSecond(t *testing.T) {
	ch := make(chan os.Signal)
	codes := make(chan int, 1)
	stop := watchSignals(true, ch, slog.New(slog.DiscardHandler), func(code int) { codes <- code })
	defer stop()
	ch <- syscall.SIGINT
	if code := <-codes; code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
}

// ExitOnSecondSignal watches the process's real SIGINT: a cancelled
// context and one SIGINT sent to the process exit with 130.
func TestExitOnSecondSignalWatchesTheProcess(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	codes := make(chan int, 1)
	stop := ExitOnSecondSignal(ctx, slog.New(slog.DiscardHandler), func(code int) { codes <- code })
	defer stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if code := <-codes; code != 130 {
		t.Fatalf("exit code %d, want 130", code)
	}
}
