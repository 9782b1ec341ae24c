// The transparency page: reads /api/ and draws everything, charts included
// (SVG built with the DOM). No inline script or style, so the page runs
// under a Content-Security-Policy without 'unsafe-inline'. Text is set with
// textContent only.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const REFRESH_MS = 5000;
const state = { colors: {}, decimals: null, pagedBack: false, selected: null, decisions: [] };

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(url + ": HTTP " + r.status);
  return r.json();
}

// grouped formats a decimal token string with thousands separators and at
// most `frac` decimals: "1234567.891234" → "1,234,567.89".
function grouped(tok, frac) {
  if (tok === null || tok === undefined) return "–";
  let [whole, f] = String(tok).split(".");
  const neg = whole.startsWith("-");
  if (neg) whole = whole.slice(1);
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let out = (neg ? "-" : "") + whole;
  if (f !== undefined && frac > 0) out += "." + f.slice(0, frac);
  return out;
}

function amount(base, tok) {
  if (tok) return grouped(tok, 2);
  return base === null || base === undefined ? "–" : base + " base units";
}

function toTokens(base) {
  if (base === null || base === undefined) return null;
  const d = state.decimals === null ? 0 : state.decimals;
  return Number(base) / Math.pow(10, d);
}

function pct(x, digits) { return x === null || x === undefined ? "–" : (100 * x).toFixed(digits === undefined ? 2 : digits) + "%"; }

function ago(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  if (seconds < 120) return Math.round(seconds) + " s ago";
  if (seconds < 7200) return Math.round(seconds / 60) + " min ago";
  return Math.round(seconds / 3600) + " h ago";
}

function swatch(color) {
  const s = svgEl("svg", { width: 12, height: 12, viewBox: "0 0 12 12", class: "swatch" });
  s.appendChild(svgEl("rect", { width: 12, height: 12, rx: 2, fill: color || "#999" }));
  return s;
}

function colorOf(source) { return state.colors[source.toLowerCase()] || "#999"; }

function duration(seconds) {
  if (seconds < 120) return Math.round(seconds) + " s";
  if (seconds < 7200) return Math.round(seconds / 60) + " min";
  if (seconds < 172800) return (seconds / 3600).toFixed(1) + " h";
  return (seconds / 86400).toFixed(1) + " days";
}

function capText(base, tok) {
  // The vault stores "no cap" as the largest uint256.
  if (base && base.length > 60) return "none";
  return amount(base, tok);
}

function failsafeText(c) {
  if (c.failsafe_active) return "ACTIVE: triggered";
  if (c.liveness_window_seconds === 0) return "never: the failsafe is off";
  if (c.failsafe_in_seconds === 0) return "now: the keeper missed its liveness window";
  return "in " + duration(c.failsafe_in_seconds) + " (window " + duration(c.liveness_window_seconds) + ")";
}

function renderVault(v) {
  state.decimals = v.asset_decimals;
  document.getElementById("vault-id").textContent = "Vault " + (v.vault || "(none yet)") + " on chain " + v.chain_id;
  const o = v.observed;
  const c = v.chain;
  Object.assign(state.colors, v.colors);
  const total = document.getElementById("total-assets");
  // Live from the chain when the keeper can read it; else the last tick's.
  const now = c || o;
  total.textContent = now ? amount(now.total_assets, now.total_assets_tokens) : "–";
  total.setAttribute("data-base-units", now && now.total_assets ? now.total_assets : "");
  total.setAttribute("data-block", c ? String(c.block) : "");
  document.getElementById("idle").textContent = now ? amount(now.idle, now.idle_tokens) : "–";
  const price = document.getElementById("share-price");
  price.textContent = c ? (c.share_price_tokens ? grouped(c.share_price_tokens, 6) : c.share_price + " base units") : "–";
  price.setAttribute("data-base-units", c ? c.share_price : "");
  document.getElementById("chain-note").textContent = c ? "Read from the chain at block " + c.block + " (" + new Date(c.block_time).toLocaleString() +
    ")" + (c.paused ? "; the vault is PAUSED" : "") + "." : (v.chain_error ? v.chain_error + "; showing the last tick." : "The keeper is not connected to the chain yet; showing the last tick.");
  document.getElementById("last-tick").textContent = o ? "#" + o.tick_id + ", " + ago(v.last_tick_age_seconds) : "none yet";
  document.getElementById("next-tick").textContent = v.next_tick ? new Date(v.next_tick).toLocaleTimeString() : "–";
  document.getElementById("keeper-activity").textContent = c ? ago((Date.parse(c.block_time) - Date.parse(c.last_keeper_activity)) / 1000).replace(" ago", "") + " before the latest block" : "–";
  const fs = document.getElementById("failsafe");
  fs.textContent = c ? failsafeText(c) : "–";
  fs.setAttribute("data-seconds", c && c.failsafe_in_seconds !== null ? String(c.failsafe_in_seconds) : "");
  const body = document.querySelector("#sources tbody");
  body.replaceChildren();
  const rows = c ? c.sources : (o ? o.sources.map((s) => Object.assign({ cap: null, relative_cap_bps: null }, s)) : []);
  for (const s of rows) {
    const tr = el("tr", { "data-source": s.source });
    const sw = el("td");
    sw.appendChild(swatch(colorOf(s.source)));
    tr.append(sw, el("td", { title: s.source }, s.name || s.source), el("td", { class: "num" }, amount(s.assets, s.assets_tokens)),
      el("td", { class: "num" }, pct(s.share)), el("td", { class: "num" }, s.cap === null ? "–" : capText(s.cap, s.cap_tokens)),
      el("td", { class: "num" }, s.relative_cap_bps === null ? "–" : (s.relative_cap_bps / 100).toFixed(2) + "%"), el("td", { class: "num" }, pct(s.supply_apy)));
    body.appendChild(tr);
  }
}

// frame empties svg and gives its plot's box; with empty set, it writes
// that message instead and gives null.
function frame(svg, empty) {
  svg.replaceChildren();
  const vb = svg.viewBox.baseVal;
  const box = { W: vb.width, H: vb.height, L: 64, R: 8, T: 8, B: 22 };
  if (empty === null) return box;
  const t = svgEl("text", { x: box.W / 2, y: box.H / 2, "text-anchor": "middle" });
  t.textContent = empty;
  svg.appendChild(t);
  return null;
}

// chart draws series over times into svg: stacked areas when stacked,
// else lines. series: [{key, color, values: [number|null]}].
function chart(svg, times, series, opts) {
  const box = frame(svg, times.length === 0 ? "no history yet" : null);
  if (!box) return;
  const { W, H, L, R, T, B } = box;
  const t0 = times[0], t1 = times[times.length - 1] === t0 ? t0 + 1 : times[times.length - 1];
  const tops = times.map((_, i) => series.reduce((acc, s) => opts.stacked ? acc + (s.values[i] || 0) : Math.max(acc, s.values[i] || 0), 0));
  let lo = opts.stacked ? 0 : Math.min(...series.flatMap((s) => s.values.filter((x) => x !== null)));
  let hi = Math.max(...tops);
  if (!isFinite(lo)) lo = 0;
  if (!(hi > lo)) hi = lo + 1;
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const y = (v) => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
  svg.appendChild(svgEl("line", { class: "axis", x1: L, y1: H - B, x2: W - R, y2: H - B }));
  for (const v of [lo, (lo + hi) / 2, hi]) {
    const t = svgEl("text", { x: L - 4, y: y(v) + 4, "text-anchor": "end" });
    t.textContent = opts.format(v);
    svg.appendChild(t);
  }
  for (const [t, anchor] of [[t0, "start"], [t1, "end"]]) {
    const lab = svgEl("text", { x: x(t), y: H - 6, "text-anchor": anchor });
    lab.textContent = new Date(t).toLocaleString();
    svg.appendChild(lab);
  }
  const base = times.map(() => 0);
  for (const s of series) {
    let d = "";
    if (opts.stacked) {
      const upper = times.map((_, i) => base[i] + (s.values[i] || 0));
      d = times.map((t, i) => (i ? "L" : "M") + x(t).toFixed(1) + " " + y(upper[i]).toFixed(1)).join(" ");
      for (let i = times.length - 1; i >= 0; i--) d += " L" + x(times[i]).toFixed(1) + " " + y(base[i]).toFixed(1);
      d += " Z";
      upper.forEach((u, i) => { base[i] = u; });
      svg.appendChild(svgEl("path", { class: "series", "data-source": s.key, d: d, fill: s.color, "fill-opacity": 0.85, stroke: s.color }));
    } else {
      let pen = "M";
      times.forEach((t, i) => {
        if (s.values[i] === null) { pen = "M"; return; }
        d += pen + x(t).toFixed(1) + " " + y(s.values[i]).toFixed(1) + " ";
        pen = "L";
      });
      svg.appendChild(svgEl("path", { class: "series", "data-source": s.key, d: d.trim(), fill: "none", stroke: s.color, "stroke-width": 2 }));
    }
  }
}

// gainsChart draws a pair of bars per rebalance: expected and realised
// yearly gain (asset units), from zero.
function gainsChart(svg, rebalances) {
  const box = frame(svg, rebalances.length === 0 ? "no mined rebalance yet" : null);
  if (!box) return;
  const { W, H, L, R, T, B } = box;
  const vals = rebalances.flatMap((r) => [r.expected_gain, r.realised_gain === null ? 0 : r.realised_gain]);
  let lo = Math.min(0, ...vals), hi = Math.max(0, ...vals);
  if (!(hi > lo)) hi = lo + 1;
  const y = (v) => T + (1 - (v - lo) / (hi - lo)) * (H - T - B);
  const slot = (W - L - R) / rebalances.length;
  const bw = Math.max(1, Math.min(24, slot * 0.4));
  svg.appendChild(svgEl("line", { class: "axis", x1: L, y1: y(0), x2: W - R, y2: y(0) }));
  for (const v of [lo, 0, hi]) {
    const t = svgEl("text", { x: L - 4, y: y(v) + 4, "text-anchor": "end" });
    t.textContent = v.toLocaleString(undefined, { maximumFractionDigits: 2 });
    svg.appendChild(t);
  }
  rebalances.forEach((r, i) => {
    const x0 = L + i * slot + slot / 2 - bw;
    const bar = (x, v, cls) => {
      const top = Math.min(y(v), y(0)), h = Math.max(1, Math.abs(y(v) - y(0)));
      const rect = svgEl("rect", { x: x.toFixed(1), y: top.toFixed(1), width: bw.toFixed(1), height: h.toFixed(1), class: cls, "data-decision": r.decision_id });
      const title = svgEl("title");
      title.textContent = "decision " + r.decision_id + " (" + new Date(r.time).toLocaleString() + "): " + (cls === "bar-expected" ? "expected " : "realised ") +
        (v === null ? "not measured yet" : v.toFixed(4));
      rect.appendChild(title);
      svg.appendChild(rect);
    };
    bar(x0, r.expected_gain, "bar-expected");
    if (r.realised_gain !== null) bar(x0 + bw, r.realised_gain, "bar-realised");
  });
  for (const [r, anchor, x] of [[rebalances[0], "start", L], [rebalances[rebalances.length - 1], "end", W - R]]) {
    const lab = svgEl("text", { x: x, y: H - 6, "text-anchor": anchor });
    lab.textContent = new Date(r.time).toLocaleString();
    svg.appendChild(lab);
  }
}

function renderHistory(h) {
  if (h.asset_decimals !== null && h.asset_decimals !== undefined) state.decimals = h.asset_decimals;
  const times = h.ticks.map((t) => Date.parse(t.time));
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  for (const s of h.sources) {
    if (!state.colors[s.source.toLowerCase()]) state.colors[s.source.toLowerCase()] = s.color;
    const item = el("span");
    item.append(swatch(colorOf(s.source)), el("span", { title: s.source }, s.name || s.source));
    legend.appendChild(item);
  }
  const tokens = (v) => v.toLocaleString(undefined, { maximumFractionDigits: 0 });
  const alloc = h.sources.map((s, i) => ({ key: s.source, color: colorOf(s.source), values: h.ticks.map((t) => toTokens(t.assets[i])) }));
  chart(document.getElementById("chart-allocation"), times, alloc, { stacked: true, format: tokens });
  const apy = h.sources.map((s, i) => ({ key: s.source, color: colorOf(s.source), values: h.ticks.map((t) => (t.apy[i] === null ? null : t.apy[i])) }));
  chart(document.getElementById("chart-apy"), times, apy, { stacked: false, format: (v) => (100 * v).toFixed(2) + "%" });
  const total = [{ key: "total", color: "#333", values: h.ticks.map((t) => toTokens(t.total_assets)) }];
  chart(document.getElementById("chart-total"), times, total, { stacked: false, format: tokens });
  const price = [{ key: "share_price", color: "#333", values: h.ticks.map((t) => toTokens(t.share_price)) }];
  chart(document.getElementById("chart-share-price"), times, price, { stacked: false, format: (v) => v.toFixed(6) });
  gainsChart(document.getElementById("chart-gains"), h.rebalances);
  document.getElementById("history-note").textContent = h.ticks.length + " ticks shown from " + new Date(h.from).toLocaleString() +
    " to " + new Date(h.to).toLocaleString() + ": the last tick of each " + (h.bucket_seconds < 10 ? h.bucket_seconds.toFixed(1) : Math.round(h.bucket_seconds)) + " s bucket (at most " + h.points + ").";
}

function decisionRow(d) {
  const tr = el("tr", { "data-id": d.id });
  const tx = d.transactions.length ? d.transactions[d.transactions.length - 1] : null;
  tr.append(el("td", {}, d.id), el("td", {}, new Date(d.time).toLocaleString()),
    el("td", { class: "action-" + d.action }, d.action + (d.dry_run ? " (dry run)" : "")), el("td", {}, d.reason),
    el("td", { class: "mono" }, tx ? tx.tx_hash.slice(0, 10) + "… " + tx.status : ""));
  tr.addEventListener("click", () => explainDecision(d.id));
  if (state.selected === d.id) tr.classList.add("selected");
  return tr;
}

function renderDecisions(page, append) {
  const body = document.querySelector("#decisions tbody");
  if (!append) { body.replaceChildren(); state.decisions = []; }
  for (const d of page.decisions) { body.appendChild(decisionRow(d)); state.decisions.push(d); }
  const more = document.getElementById("more");
  more.hidden = page.next_before === null;
  more.dataset.before = page.next_before === null ? "" : String(page.next_before);
}

function section(box, title) { box.appendChild(el("h3", {}, title)); }

function kv(box, pairs) {
  const dl = el("dl");
  for (const [k, v] of pairs) dl.append(el("dt", {}, k), el("dd", {}, v));
  box.appendChild(dl);
}

function table(box, head, rows) {
  const t = el("table");
  const hr = el("tr");
  for (const h of head) hr.appendChild(el("th", {}, h));
  t.appendChild(el("thead")).appendChild(hr);
  const tb = el("tbody");
  for (const r of rows) { const tr = el("tr"); for (const c of r) tr.appendChild(el("td", {}, c)); tb.appendChild(tr); }
  t.appendChild(tb);
  const wrap = el("div", { class: "scroll" });
  wrap.appendChild(t);
  box.appendChild(wrap);
}

async function explainDecision(id) {
  state.selected = id;
  for (const tr of document.querySelectorAll("#decisions tbody tr")) tr.classList.toggle("selected", tr.dataset.id === String(id));
  const box = document.getElementById("explanation");
  const e = await getJSON("api/decisions/" + id);
  box.replaceChildren();
  box.hidden = false;
  box.setAttribute("data-id", String(id));
  box.appendChild(el("h3", { class: "action-" + e.decision.action }, "Decision " + e.decision.id + ": " + e.decision.action));
  box.appendChild(el("p", { id: "rule" }, e.rule.text));
  section(box, "Inputs (tick " + e.inputs.tick_id + ", block " + e.inputs.block + ")");
  table(box, ["Source", "Holding", "Share", "Supply APY"], e.inputs.sources.map((s) => [s.name || s.source, amount(s.assets, s.assets_tokens), pct(s.share), pct(s.supply_apy)]));
  kv(box, [["Total assets", amount(e.inputs.total_assets, e.inputs.total_assets_tokens)], ["Idle", amount(e.inputs.idle, e.inputs.idle_tokens)]]);
  const f = e.forecast;
  section(box, "Forecast and model");
  kv(box, [["Strategy", f.strategy], ["Model", f.model || "none"], ["Forecast", f.mu ? f.mu.map((m) => pct(m, 3)).join(", ") : "none"],
    ["Where it comes from", f.mu_source], ["History", f.history_ticks + " ticks"]]);
  section(box, "Optimizer result");
  table(box, ["Source", "Weight now", "Target weight", "Target", "Change"], e.result.map((r) => [r.name || r.source, pct(r.current_weight), pct(r.target_weight),
    amount(r.target_assets, r.target_assets_tokens), amount(r.change, r.change_tokens)]));
  section(box, "Gain versus gas");
  kv(box, [["Expected yearly gain", e.expected_gain.toFixed(6)], ["Gas estimate", String(e.gas_estimate)], ["Gas cost", e.gas_cost.toFixed(6)],
    ["Rule", e.rule.kind + (e.rule.follows === undefined ? "" : e.rule.follows ? " (the action follows)" : " (the action does not follow)")]]);
  section(box, "Config");
  kv(box, [["Ran under", e.config.decision_config_hash || "–"], ["Approved then", e.config.decision_approved_hash || "not read"],
    ["Ran the approved config", e.config.ran_approved === null ? "unknown" : e.config.ran_approved ? "yes" : "NO"]]);
  if (e.transactions.length) {
    section(box, "Transactions");
    table(box, ["Hash", "Status", "Block", "Gas used"], e.transactions.map((t) => [t.tx_hash, t.status, String(t.block), String(t.gas_used)]));
  }
  const c = e.on_chain;
  if (c || e.chain_error) {
    section(box, "On the chain");
    if (!c) { box.appendChild(el("p", {}, e.chain_error)); return; }
    const verdict = el("p", { id: "receipt-check", class: c.matches ? "ok" : "bad", "data-matches": String(c.matches) },
      c.matches ? "The chain agrees with what the keeper recorded." : "The chain DIFFERS from what the keeper recorded (see below).");
    box.appendChild(verdict);
    const pairs = [["Transaction", c.tx_hash], ["Receipt", c.found ? c.status + " in block " + c.block + ", " + c.gas_used + " gas" : "not on the chain (yet)"]];
    if (c.receipt) {
      pairs.push(["Decision receipt", "RebalanceDecision by " + c.receipt.keeper], ["Config hash", c.receipt.config_hash],
        ["Model", c.receipt.model_name || c.receipt.model_id], ["Input block", c.receipt.input_block],
        ["Predicted APY", (Number(c.receipt.predicted_apy_bps) / 100).toFixed(2) + "%"], ["Expected gain (base units a year)", c.receipt.expected_gain]);
    }
    kv(box, pairs);
    table(box, ["Checked", "Chain", "Recorded", ""], c.checks.map((k) => [k.field, k.chain, k.store, k.match ? "✓" : "✗ differs"]));
  }
}

function callText(c) {
  if (c.decoded) {
    const args = c.decoded.args.map((a) => a.name + ": " + a.value).join(", ");
    return c.decoded.contract + " " + c.target + "." + c.decoded.function + "(" + args + ")" + (c.value !== "0" ? " sending " + c.value + " wei" : "");
  }
  return "call to " + c.target + ": unknown function " + (c.selector || "(none)") + ", calldata " + c.data;
}

function renderOps(id, ops, empty) {
  const box = document.getElementById(id);
  box.replaceChildren();
  if (ops === null) { box.appendChild(el("p", { class: "muted" }, "not read")); return; }
  if (ops.length === 0) { box.appendChild(el("p", { class: "muted" }, empty)); return; }
  for (const op of ops) {
    const div = el("div", { class: "op op-" + op.state, "data-id": op.id, "data-state": op.state, "data-eta": op.eta });
    const eta = new Date(op.eta);
    const when = op.state === "waiting" ? "ready at " + eta.toLocaleString() : op.state === "ready" ? "ready since " + eta.toLocaleString() + ": can be executed" :
      op.state === "executed" ? "was ready at " + eta.toLocaleString() : "cancelled; it would have been ready at " + eta.toLocaleString();
    div.appendChild(el("div", { class: "op-head" }, op.state + " — " + when));
    div.appendChild(el("div", { class: "mono muted" }, "operation " + op.id + ", scheduled in block " + op.scheduled_block + " (tx " + op.scheduled_tx + ")"));
    if (op.config_hash) div.appendChild(el("div", { class: "mono" }, "approves config " + op.config_hash));
    const ul = el("ul", { class: "calls" });
    for (const c of op.calls) ul.appendChild(el("li", { class: "mono" }, callText(c)));
    div.appendChild(ul);
    box.appendChild(div);
  }
}

function renderGovernance(g) {
  const dl = document.getElementById("gov");
  dl.replaceChildren();
  const runs = g.runs_approved === null ? "unknown" : g.runs_approved ? "yes" : "NO: the keeper refuses to act";
  const approved = (g.approved_config_hash || "not read yet") + (g.approved_source === "chain" ? " (on-chain now, version " + g.approved_version + ")" :
    g.approved_source === "last_decision" ? " (as read at the last decision)" : "");
  const rows = [["Approved config hash", approved], ["Running config hash", g.running_config_hash], ["Runs the approved config", runs]];
  if (g.timelock) rows.push(["Timelock", g.timelock + " (minimum delay " + duration(g.min_delay_seconds) + ")"]);
  if (g.chain_error) rows.push(["Chain", g.chain_error]);
  for (const [k, v] of rows) dl.append(el("dt", {}, k), el("dd", { class: "mono" }, v));
  renderOps("ops-pending", g.pending, "none");
  renderOps("ops-executed", g.executed, "none");
  renderOps("ops-cancelled", g.cancelled, "none");
}

async function refresh() {
  const status = document.getElementById("status");
  try {
    const [v, h, g] = await Promise.all([getJSON("api/vault"), getJSON("api/history"), getJSON("api/governance")]);
    renderVault(v);
    renderHistory(h);
    renderGovernance(g);
    if (!state.pagedBack) renderDecisions(await getJSON("api/decisions"), false);
    status.textContent = "updated " + new Date().toLocaleTimeString();
    document.body.setAttribute("data-loaded", "true");
  } catch (err) {
    status.textContent = "cannot read the keeper: " + err.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("more").addEventListener("click", async (ev) => {
    state.pagedBack = true;
    renderDecisions(await getJSON("api/decisions?before=" + ev.target.dataset.before), true);
  });
  refresh();
  setInterval(refresh, REFRESH_MS);
});
