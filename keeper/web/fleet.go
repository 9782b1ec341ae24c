package web

import (
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
)

// Vault is one vault's page in a fleet (FleetHandler): its name (a
// config.Config.VaultName: letters, digits, '.', '_', '-') and what its page
// reads.
type Vault struct {
	Name    string
	Options Options
}

// fleetIndex lists the fleet's pages. It has no script and only the page's
// own stylesheet, within ContentSecurityPolicy.
var fleetIndex = template.Must(template.New("fleet").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vaultkeeper: the vaults kept</title>
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<header><h1>The vaults this keeper keeps</h1></header>
<main>
<ul id="vaults">
{{range .}}<li><a href="/vaults/{{.}}/">{{.}}</a></li>
{{end}}</ul>
</main>
<footer class="muted">Read-only. Each vault's page reads its own history and chain; its JSON is under /vaults/NAME/api/.</footer>
</body>
</html>
`))

// FleetHandler serves the page of each vault (Handler, with the vault's
// Options) under /vaults/NAME/ (its API under /vaults/NAME/api/), the
// first vault's also at / as a keeper of one vault serves it, and at
// /vaults/ a list of the vaults linking to their pages. The pages load
// their assets and API by relative URLs, so each works under its prefix.
func FleetHandler(vaults []Vault) (http.Handler, error) {
	if len(vaults) == 0 {
		return nil, errors.New("web: a fleet of no vaults")
	}
	log := vaults[0].Options.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	names := make([]string, 0, len(vaults))
	seen := map[string]bool{}
	for _, v := range vaults {
		if v.Name == "" || seen[v.Name] {
			return nil, fmt.Errorf("web: vault name %q is empty or taken twice", v.Name)
		}
		seen[v.Name] = true
		names = append(names, v.Name)
		prefix := "/vaults/" + v.Name
		mux.Handle(prefix+"/", http.StripPrefix(prefix, Handler(v.Options)))
	}
	mux.Handle("GET /vaults/{$}", secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		if err := fleetIndex.Execute(w, names); err != nil {
			log.Error("transparency page: writing the fleet's index", "err", err)
		}
	})))
	mux.Handle("/", Handler(vaults[0].Options))
	return mux, nil
}
