// Package web is the keeper's transparency page: a read-only page per vault
// (what it holds now on the chain, its history, the decision log with each
// decision's explanation and on-chain receipt, governance) and the JSON API
// under /api/ the page is built on. Every asset is embedded (go:embed); the page loads nothing from
// elsewhere and draws its charts itself as SVG. It changes nothing: only
// GET and HEAD are answered (other methods get 405), no CORS header is
// sent, and every response carries a strict Content-Security-Policy
// (no inline script or style), X-Content-Type-Options, Referrer-Policy and
// frame-ancestors 'none'.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

//go:embed static
var static embed.FS

// ContentSecurityPolicy is sent with every response: scripts, styles and
// images from the page's own origin only, fetches to it only, no framing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Options is what the page reads.
type Options struct {
	// Store is the keeper's history database.
	Store *store.Store
	// Config returns the running config: which vault to show (on an rpc
	// chain local.vault.address, on the embedded chain the vault observed
	// last), its governed hash, and the settings explanations quote.
	Config func() *config.Config
	// Chain returns the chain the keeper runs on; nil before it is set up
	// (and when Chain is nil): the page then shows only the history.
	Chain func() *Chain
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Log receives handler errors (nil: discarded).
	Log *slog.Logger
}

// Handler serves the page at / and its assets under /assets/, and the API:
//
//   - GET /api/vault: the vault now, from the chain and its last tick;
//   - GET /api/history?from&to&points: its history sampled to at most
//     points ticks (store.SampledHistory), with share prices and the
//     range's rebalances' expected against realised gains;
//   - GET /api/decisions?before&limit: the decision log, newest first;
//   - GET /api/decisions/{id}: one decision's explanation, as keeper
//     explain --json gives it, and its transaction and decision receipt
//     as the chain has them, checked against the store;
//   - GET /api/governance: the running and approved config hashes and the
//     timelock's pending, executed and cancelled operations.
func Handler(o Options) http.Handler {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Chain == nil {
		o.Chain = func() *Chain { return nil }
	}
	a := &api{Options: o}
	assets, _ := fs.Sub(static, "static") // static is embedded: cannot fail
	files := http.FileServerFS(assets)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, assets, "index.html")
	})
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", files))
	mux.HandleFunc("GET /api/vault", a.json(a.vault))
	mux.HandleFunc("GET /api/history", a.json(a.history))
	mux.HandleFunc("GET /api/decisions", a.json(a.decisions))
	mux.HandleFunc("GET /api/decisions/{id}", a.json(a.decision))
	mux.HandleFunc("GET /api/governance", a.json(a.governance))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "read-only: only GET and HEAD", http.StatusMethodNotAllowed)
			return
		}
		http.NotFound(w, r)
	})
	return secure(mux)
}

// secure sets the security headers of every response.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// httpError is an error with the status it answers.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(msg string) error { return &httpError{http.StatusBadRequest, msg} }

type api struct{ Options }

// json serves what fn returns as JSON; an *httpError answers its status,
// store.ErrNotFound 404 and any other error 500 (logged; its text is not
// sent, it may name paths).
func (a *api) json(fn func(context.Context, *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		v, err := fn(r.Context(), r)
		if err != nil {
			var he *httpError
			switch {
			case errors.As(err, &he):
				writeJSON(w, he.status, map[string]string{"error": he.msg})
			case errors.Is(err, store.ErrNotFound):
				writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
			default:
				a.Log.Error("transparency page: answering "+r.URL.Path, "err", err)
				writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error (see the keeper's log)"})
			}
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client went away: nothing to do
}
