package secrets

import (
	"bytes"
	"io"
	"sync"
)

// maxPending bounds what a Writer holds back while waiting for a newline:
// past it, everything that cannot be the start of a secret is written.
const maxPending = 64 << 10

// Writer scrubs everything written through it with a Scrubber before
// passing it on. It holds text back until a newline, so that a secret
// split across two Writes is still caught (secrets never contain a
// newline); Flush or Close writes what is held. It is safe for concurrent
// use.
type Writer struct {
	mu      sync.Mutex
	w       io.Writer
	s       *Scrubber
	pending []byte
}

// NewWriter returns a Writer that scrubs with s and writes to w.
func NewWriter(w io.Writer, s *Scrubber) *Writer {
	return &Writer{w: w, s: s}
}

// Write scrubs and writes every complete line held so far, keeping the
// rest. It reports len(p) written unless the underlying writer fails.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pending = append(w.pending, p...)
	cut := bytes.LastIndexByte(w.pending, '\n') + 1
	if cut == 0 && len(w.pending) > maxPending {
		cut = w.safeCut()
	}
	if cut == 0 {
		return len(p), nil
	}
	if err := w.emit(cut); err != nil {
		return 0, err
	}
	return len(p), nil
}

// safeCut is, for a long text without a newline, how much of it can be
// written now: all but what could be the beginning of a secret that the
// next Write completes, and never the middle of a secret.
func (w *Writer) safeCut() int {
	w.s.mu.RLock()
	defer w.s.mu.RUnlock()
	text := string(w.pending)
	cut := len(text) - max(w.s.maxLen-1, 0)
	for _, sp := range w.s.matches(text) {
		if sp.start < cut && cut < sp.end {
			cut = sp.start
		}
	}
	return max(cut, 0)
}

// emit scrubs and writes pending[:n] and keeps the rest. What is written is
// dropped from pending first: a failing (or panicking) writer does not get
// it again.
func (w *Writer) emit(n int) error {
	out := w.s.Scrub(string(w.pending[:n]))
	w.pending = append(w.pending[:0:0], w.pending[n:]...)
	_, err := io.WriteString(w.w, out)
	return err
}

// Flush scrubs and writes everything held back.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.pending) == 0 {
		return nil
	}
	return w.emit(len(w.pending))
}

// Close flushes; the underlying writer stays open.
func (w *Writer) Close() error { return w.Flush() }
