package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/web"
)

// pageServer serves the transparency page on local.web.address by itself.
type pageServer struct {
	srv    *http.Server
	served chan error
}

// servePage serves the transparency page (keeper/web) of each vault kept
// (pages: what each reads, the main vault first): on local.web.address
// when it is set, else next to the metrics on metrics.address (srv;
// nothing when that is "" too). One vault's page is at /; a fleet's are at
// /vaults/NAME/, listed at /vaults/ (web.FleetHandler), the main vault's
// also at /. It says where: a log line and, on stdout, `transparency page:
// URL` (and `transparency pages: URL/vaults/` for a fleet). Close the
// returned server (nil when none of its own) when the keeper stops.
func servePage(ctx context.Context, cfg *config.Config, srv *metricsServer, pages []web.Vault, log *slog.Logger, stdout io.Writer) (*pageServer, error) {
	h := web.Handler(pages[0].Options)
	if len(pages) > 1 {
		var err error
		if h, err = web.FleetHandler(pages); err != nil {
			return nil, err
		}
	}
	var url string
	var ps *pageServer
	switch {
	case cfg.Web.Address != "":
		var lc net.ListenConfig
		ln, err := lc.Listen(ctx, "tcp", cfg.Web.Address)
		if err != nil {
			return nil, fmt.Errorf("local.web.address %q: %w", cfg.Web.Address, err)
		}
		ps = &pageServer{srv: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}, served: make(chan error, 1)}
		go func() {
			err := ps.srv.Serve(ln)
			if errors.Is(err, http.ErrServerClosed) {
				err = nil
			} else if err != nil {
				log.Error("transparency page server failed; the keeper keeps ticking without it", "err", err)
			}
			ps.served <- err
		}()
		url = "http://" + ln.Addr().String() + "/"
	case srv != nil:
		srv.m.Mount(h)
		url = "http://" + srv.addr + "/"
	default:
		return nil, nil
	}
	log.Info("transparency page served (read-only; the same data as JSON under /api/)", "url", url)
	fmt.Fprintf(stdout, "transparency page: %s\n", url)
	if len(pages) > 1 {
		log.Info("the fleet's transparency pages served", "url", url+"vaults/", "vaults", len(pages))
		fmt.Fprintf(stdout, "transparency pages: %svaults/\n", url)
	}
	return ps, nil
}

// Close stops the page's own server, waiting up to 5 s for requests in
// flight, and returns its error.
func (p *pageServer) Close() error {
	if p == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return errors.Join(p.srv.Shutdown(ctx), <-p.served)
}
