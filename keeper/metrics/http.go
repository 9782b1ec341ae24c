package metrics

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ShutdownTimeout is how long Serve waits, once its context ends, for
// requests in flight to finish before it closes their connections.
const ShutdownTimeout = 5 * time.Second

// Handler serves, for GET and HEAD:
//
//   - /metrics: the private registry in the Prometheus exposition format;
//   - /healthz: liveness. 200 while the process can answer and, when
//     Options.TickStaleness is positive, the last tick (of any result)
//     ended at most TickStaleness ago, or, before the first tick, New was
//     called at most TickStaleness ago, and, while ticks fail, the last
//     successful one (before it, New) is at most TickStaleness ago; and,
//     when Options.MaxFailedTicks is positive, fewer ticks than that have
//     failed in a row. Else 503. The plain-text body says which, with the
//     age of the last tick and of the last successful one: a keeper whose
//     ticks keep failing is not doing its job, whatever the cause.
//   - /readyz: readiness. 200 "ready" after SetReady(true, ""), else 503
//     with the reason given to SetReady ("starting" before the first call)
//     as the plain-text body.
//
// Other paths go to the handler given to Mount (the transparency page,
// keeper/web) once it is given; before, and without one, other methods get
// 405 and other paths 404.
func (m *Metrics) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.InstrumentMetricHandler(m.reg,
		promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		msg, err := m.health()
		if err != nil {
			writeText(w, http.StatusServiceUnavailable, "unhealthy: "+err.Error())
			return
		}
		writeText(w, http.StatusOK, "ok: "+msg)
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		ready, msg := m.readiness()
		if !ready {
			writeText(w, http.StatusServiceUnavailable, msg)
			return
		}
		writeText(w, http.StatusOK, msg)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if p := m.page.Load(); p != nil {
			(*p).ServeHTTP(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeText(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		writeText(w, http.StatusNotFound, "not found")
	})
	return mux
}

// Mount serves h, from now on, for every path Handler does not serve
// itself. The keeper mounts its transparency page once its store is open,
// after the server has started.
func (m *Metrics) Mount(h http.Handler) { m.page.Store(&h) }

func writeText(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body+"\n")
}

// Serve listens on addr (host:port; port 0 picks a free one, which the
// "metrics server listening" log line names) and serves Handler until ctx
// ends, then shuts down gracefully, waiting up to ShutdownTimeout for
// requests in flight. It returns nil after a shutdown caused by ctx, and an
// error naming the address when it cannot listen (e.g. the port is taken) or
// the server fails. A nil log discards the server's logs.
func (m *Metrics) Serve(ctx context.Context, addr string, log *slog.Logger) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics: listening on %s: %w", addr, err)
	}
	return m.ServeListener(ctx, ln, log)
}

// ServeListener is Serve on a listener the caller opened, so that a caller
// can report a taken port synchronously (e.g. fail at start-up) before
// serving in a goroutine. It takes ownership of ln and closes it before
// returning.
func (m *Metrics) ServeListener(ctx context.Context, ln net.Listener, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	bound := ln.Addr().String()
	srv := &http.Server{
		Handler:           m.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("metrics server listening", "addr", bound)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		return fmt.Errorf("metrics: serving on %s: %w", bound, err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		cerr := srv.Close()
		<-served
		return fmt.Errorf("metrics: shutting down the server on %s: %w", bound, errors.Join(err, cerr))
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("metrics: serving on %s: %w", bound, err)
	}
	log.Info("metrics server stopped", "addr", bound)
	return nil
}
