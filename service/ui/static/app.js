// trialex review UI. Plain browser JavaScript, no build step, no dependencies, nothing loaded from elsewhere.
// Routes: #/ (documents and upload), #/doc/{id} (the review page of one document).
"use strict";

// "other": a table of none of the four kinds (disposition, exposure, the assay): shown and correctable, never served as a kind
const SECTIONS = ["demographics", "adverse_events", "pk", "efficacy", "other"];
const STATISTICS = ["count", "percent", "mean", "sd", "se", "median", "min", "max", "q1", "q3", "ci_low", "ci_high",
  "geometric_mean", "cv_percent", "value", "hr", "or", "rr", "rate", "p", "events", "denominator"];
const DPI_STEPS = [100, 150, 200, 300];
const POLL_MS = 1000;

const $ = (sel, root = document) => root.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const fmt = (v) => (v === null || v === undefined ? "—" : String(v));
const path = (a) => (a && a.length ? a.join(" › ") : "—");

// --- settings kept in the browser --------------------------------------------------------------------------

function headers(extra = {}) {
  const h = { ...extra };
  const key = localStorage.getItem("trialex.apikey");
  const who = localStorage.getItem("trialex.reviewer");
  if (key) h["X-API-Key"] = key;
  if (who) h["X-Reviewer"] = who;
  return h;
}

function bindSettings() {
  for (const [id, name] of [["reviewer", "trialex.reviewer"], ["apikey", "trialex.apikey"]]) {
    const input = document.getElementById(id);
    input.value = localStorage.getItem(name) || "";
    input.addEventListener("change", () => localStorage.setItem(name, input.value.trim()));
  }
}

async function api(url, options = {}) {
  const response = await fetch(url, { ...options, headers: headers(options.headers || {}) });
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `${response.status} ${response.statusText}`;
    throw new Error(detail);
  }
  return body;
}

// --- routing -----------------------------------------------------------------------------------------------

let current = null; // the open view, with an optional close()

function route() {
  if (current && current.close) current.close();
  current = null;
  const m = location.hash.match(/^#\/doc\/(\d+)/);
  const app = document.getElementById("app");
  if (m) current = openDocument(app, Number(m[1]));
  else current = openList(app);
}

// --- documents list and upload -----------------------------------------------------------------------------

function openList(app) {
  $("#crumb").textContent = "documents";
  document.title = "trialex · documents";
  app.innerHTML = `
    <div class="list-view">
      <div class="drop" id="drop">
        <p><b>Drop PDFs here</b> or <label><a href="#" id="pick">choose files</a>
        <input type="file" id="file" accept="application/pdf,.pdf" multiple hidden></label></p>
        <p class="hint">Each paper is extracted once; the same file again opens the stored document.</p>
      </div>
      <ul class="uploads" id="uploads"></ul>
      <table class="docs"><thead><tr><th>#</th><th>file</th><th>trial</th><th>title</th><th>pages</th>
        <th>values</th><th>findings</th><th>stored</th></tr></thead><tbody id="docs"><tr><td colspan="8">Loading…</td></tr></tbody></table>
    </div>`;
  const drop = $("#drop");
  const input = $("#file");
  $("#pick").addEventListener("click", (e) => { e.preventDefault(); input.click(); });
  input.addEventListener("change", () => { for (const f of input.files) upload(f); input.value = ""; });
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    for (const f of e.dataTransfer.files) upload(f);
  });
  loadDocuments();
  return {};
}

async function loadDocuments() {
  const body = $("#docs");
  if (!body) return;
  try {
    const data = await api("/documents?limit=1000");
    body.innerHTML = data.results.length ? data.results.map((d) => {
      const values = Object.values(d.record_counts).reduce((a, b) => a + b, 0);
      const errors = d.finding_counts.error || 0;
      return `<tr><td>${d.id}</td><td><a href="#/doc/${d.id}">${esc(d.file_name)}</a></td><td>${esc(d.nct_id || "")}</td>
        <td>${esc(d.title || "")}</td><td class="num">${d.pages}</td><td class="num">${values}</td>
        <td class="num">${errors ? `<span class="error">${errors} errors</span>` : ""}</td>
        <td>${esc(new Date(d.created_at).toLocaleString())}</td></tr>`;
    }).join("") : `<tr><td colspan="8" class="hint">No documents yet: upload a paper.</td></tr>`;
  } catch (err) {
    body.innerHTML = `<tr><td colspan="8" class="error">${esc(err.message)}</td></tr>`;
  }
}

// One upload: bytes sent (progress bar), then the answer. 201/200: stored. 202: a job, polled at Location
// until it is done or failed.
function upload(file) {
  const li = document.createElement("li");
  li.innerHTML = `<span>${esc(file.name)}</span><progress max="100" value="0"></progress><span class="st">uploading…</span>`;
  $("#uploads").prepend(li);
  const bar = $("progress", li);
  const st = $(".st", li);
  const show = (text, cls = "") => { st.className = `st ${cls}`; st.innerHTML = text; };
  const form = new FormData();
  form.append("file", file, file.name);
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/documents");
  for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) bar.value = (100 * e.loaded) / e.total;
  };
  xhr.upload.onload = () => { bar.value = 100; show("extracting…"); };
  xhr.onerror = () => show("network error", "failed");
  xhr.onload = () => {
    let body = {};
    try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
    if (xhr.status === 201 || xhr.status === 200) {
      done(body.id, xhr.status === 200 ? "already stored" : "stored");
    } else if (xhr.status === 202) {
      poll(xhr.getResponseHeader("Location") || (body.id ? `/jobs/${body.id}` : null));
    } else {
      show(esc(body.detail || `${xhr.status} ${xhr.statusText}`), "failed");
    }
  };
  xhr.send(form);

  function done(id, text) {
    show(`${text}: <a href="#/doc/${id}">open document ${id}</a>`, "done");
    loadDocuments();
  }
  async function poll(url) {
    if (!url) { show("queued (no job address)", "failed"); return; }
    for (;;) {
      let job;
      try {
        job = await api(url);
      } catch (err) {
        show(esc(err.message), "failed");
        return;
      }
      if (job.status === "done") { done(job.document_id, "stored"); return; }
      if (job.status === "failed") { show(`failed: ${esc(job.reason || "")}`, "failed"); return; }
      show(`${esc(job.status)}…`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
}

// --- document view -----------------------------------------------------------------------------------------

function openDocument(app, id) {
  const view = { id, closed: false, items: [], filtered: [], cur: -1, cells: new Map(), pageBoxes: new Map(),
    built: new Set(), adding: false, observer: null, t0: performance.now(), painted: false };
  app.innerHTML = `<p class="loading">Loading document ${id}…</p>`;
  document.title = `trialex · document ${id}`;
  api(`/documents/${id}/review`).then((bundle) => {
    if (!view.closed) buildDocument(app, view, bundle);
  }).catch((err) => { app.innerHTML = `<p class="error">${esc(err.message)}</p>`; });
  const onKey = (e) => keyboard(view, e);
  document.addEventListener("keydown", onKey);
  return {
    close() {
      view.closed = true;
      document.removeEventListener("keydown", onKey);
      if (view.observer) view.observer.disconnect();
      hideTip();
    },
  };
}

function cellKey(r) { return `${r.page}|${r.bbox.join(",")}`; }

function buildDocument(app, view, bundle) {
  const d = bundle.document;
  $("#crumb").textContent = `${d.file_name}${d.nct_id ? " · " + d.nct_id : ""}`;
  view.doc = d;
  view.pages = bundle.pages;
  view.items = bundle.items;
  view.findings = bundle.findings;
  indexCells(view);
  const tables = [...new Set(view.items.map((i) => i.record.table))];
  const stats = [...new Set(view.items.map((i) => i.record.statistic))].sort();
  const opt = (v, label = v) => `<option value="${esc(v)}">${esc(label)}</option>`;
  app.innerHTML = `
    <div class="doc-view">
      <section class="pages" id="pages">${bundle.pages.length ? "" : `<p class="error">The PDF of this document is not stored, so its pages cannot be shown: upload it again.</p>`}</section>
      <aside class="side">
        <div class="toolbar">
          <select id="f-section"><option value="">all sections</option>${SECTIONS.map((s) => opt(s, s.replace("_", " "))).join("")}</select>
          <select id="f-table"><option value="">all tables</option>${tables.map((t) => opt(t)).join("")}</select>
          <select id="f-stat"><option value="">all statistics</option>${stats.map((t) => opt(t)).join("")}</select>
          <select id="f-status"><option value="">any status</option>${["unreviewed", "verified", "corrected", "rejected", "added"].map((t) => opt(t)).join("")}</select>
          <span class="count" id="count"></span>
          <button id="add" title="draw a box around a value trialex missed (a)">+ Add value</button>
          <span class="spacer"></span>
          <a href="/documents/${d.id}/export.csv?view=reviewed" id="export-reviewed">reviewed CSV</a>
          <a href="/documents/${d.id}/export.csv?view=raw" id="export-raw">raw CSV</a>
          <div class="legend">${SECTIONS.map((s) => `<span><i style="border-color:var(--${s})"></i>${s.replace("_", " ")}</span>`).join("")}
            <span><i style="border-color:var(--finding)"></i>finding</span>
            <span class="hint"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>v</kbd> verify · <kbd>r</kbd> reject · <kbd>e</kbd> edit · <kbd>a</kbd> add</span></div>
        </div>
        ${findingsList(view)}
        <div class="detail" id="detail"><p class="hint">Click a box or a row, or press <kbd>j</kbd>. ${bundle.orphans ? `${bundle.orphans} reviewed values are not in the current extraction.` : ""}</p></div>
        <div class="records" id="records"></div>
      </aside>
    </div>`;
  for (const id of ["f-section", "f-table", "f-stat", "f-status"]) $(`#${id}`).addEventListener("change", () => applyFilters(view));
  $("#add").addEventListener("click", () => toggleAdd(view));
  $("#records").addEventListener("click", (e) => {
    const tr = e.target.closest("tr[data-i]");
    if (tr) select(view, Number(tr.dataset.i), { scroll: true });
  });
  const fl = $("#findings");
  if (fl) fl.addEventListener("click", (e) => {
    const li = e.target.closest("li[data-page]");
    if (li) scrollToPage(view, Number(li.dataset.page));
  });
  buildPages(view);
  // The first page's boxes before the records table, so the page paints first; the table follows.
  if (view.pages.length) showPage(view, 1);
  view.filtered = view.items.map((it) => it.i);
  setTimeout(() => { if (!view.closed) applyFilters(view); }, 0);
}

function indexCells(view) {
  view.cells = new Map();
  view.items.forEach((item, i) => {
    item.i = i;
    const k = cellKey(item.record);
    if (!view.cells.has(k)) view.cells.set(k, []);
    view.cells.get(k).push(i);
  });
  view.pageCells = new Map();
  for (const [k, idx] of view.cells) {
    const page = view.items[idx[0]].record.page;
    if (!view.pageCells.has(page)) view.pageCells.set(page, []);
    view.pageCells.get(page).push(k);
  }
  // Findings: red boxes where a value of the finding has a bbox; attached to a value's box when it has one.
  view.cellFindings = new Map();
  view.pageFindings = new Map();
  for (const f of view.findings) {
    for (const v of f.values) {
      if (!v.bbox) continue;
      const k = `${v.page}|${v.bbox.join(",")}`;
      if (view.cells.has(k)) {
        if (!view.cellFindings.has(k)) view.cellFindings.set(k, []);
        view.cellFindings.get(k).push(f);
      } else {
        if (!view.pageFindings.has(v.page)) view.pageFindings.set(v.page, []);
        view.pageFindings.get(v.page).push({ f, bbox: v.bbox });
      }
    }
  }
}

function findingsList(view) {
  if (!view.findings.length) return "";
  const sev = { error: 0, warning: 1, info: 2 };
  const sorted = [...view.findings].sort((a, b) => sev[a.severity] - sev[b.severity]);
  return `<div class="findings-list" id="findings"><details><summary>${view.findings.length} findings</summary><ul>
    ${sorted.map((f) => `<li data-page="${f.page || 1}" title="${esc(f.check)}">[${esc(f.severity)}] p.${f.page ?? "?"}: ${esc(f.message)}</li>`).join("")}
    </ul></details></div>`;
}

// Pages: a fixed-size placeholder per page; the image and the boxes are only created while the page is near
// the viewport, so a long paper with thousands of values stays light.
function buildPages(view) {
  const host = $("#pages");
  if (!view.pages.length) return;
  const width = Math.min(host.clientWidth - 28, 1100);
  const scale = width / Math.max(...view.pages.map((p) => p.width));
  const need = scale * 72 * (window.devicePixelRatio || 1);
  const dpi = DPI_STEPS.find((s) => s >= need) || DPI_STEPS[DPI_STEPS.length - 1];
  view.scale = scale;
  const frag = document.createDocumentFragment();
  for (const p of view.pages) {
    const div = document.createElement("div");
    div.className = "page";
    div.dataset.page = p.number;
    div.style.width = `${p.width * scale}px`;
    div.style.height = `${p.height * scale}px`;
    div.innerHTML = `<span class="pno">${p.number}</span><img alt="page ${p.number}" decoding="async" data-src="/documents/${view.id}/pages/${p.number}.png?dpi=${dpi}"><div class="overlay"></div>`;
    frag.appendChild(div);
  }
  host.appendChild(frag);
  view.observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const n = Number(e.target.dataset.page);
      if (e.isIntersecting) showPage(view, n);
      else hidePage(view, n);
    }
  }, { root: host, rootMargin: "800px 0px" });
  for (const div of host.querySelectorAll(".page")) view.observer.observe(div);
  const overlayHost = host;
  overlayHost.addEventListener("mouseover", (e) => {
    const b = e.target.closest(".box, .fbox");
    if (b) showTip(view, b, e);
  });
  overlayHost.addEventListener("mousemove", (e) => moveTip(e));
  overlayHost.addEventListener("mouseout", (e) => { if (e.target.closest(".box, .fbox")) hideTip(); });
  overlayHost.addEventListener("click", (e) => {
    const b = e.target.closest(".box");
    if (!b || view.adding) return;
    const idx = view.cells.get(b.dataset.cell);
    const at = idx.indexOf(view.cur);
    select(view, idx[at >= 0 ? (at + 1) % idx.length : 0], { scroll: false });
  });
  overlayHost.addEventListener("mousedown", (e) => startDraw(view, e));
}

function pageDiv(n) { return document.querySelector(`.page[data-page="${n}"]`); }

function showPage(view, n) {
  const div = pageDiv(n);
  const img = $("img", div);
  if (!img.src) img.src = img.dataset.src;
  if (!view.built.has(n)) drawBoxes(view, n);
}

function hidePage(view, n) {
  if (!view.built.has(n)) return;
  const div = pageDiv(n);
  if (div.contains(document.querySelector(".box.selected"))) return;
  $(".overlay", div).innerHTML = "";
  view.built.delete(n);
}

function boxStatus(view, idx) {
  const st = new Set(idx.map((i) => view.items[i].status));
  if (st.size === 1) return [...st][0];
  for (const s of ["rejected", "corrected", "added"]) if (st.has(s)) return s;
  return "mixed";
}

function drawBoxes(view, n) {
  const div = pageDiv(n);
  const page = view.pages[n - 1];
  const pct = (v, total) => `${(100 * v) / total}%`;
  const parts = [];
  for (const k of view.pageCells.get(n) || []) {
    const idx = view.cells.get(k);
    const r = view.items[idx[0]].record;
    const [x0, top, x1, bottom] = r.bbox;
    const cls = `box sec-${r.section} st-${boxStatus(view, idx)}${view.cellFindings.has(k) ? " has-finding" : ""}${idx.includes(view.cur) ? " selected" : ""}`;
    parts.push(`<div class="${cls}" data-cell="${esc(k)}" data-page="${n}" data-raw="${esc(r.raw)}" style="left:${pct(x0, page.width)};top:${pct(top, page.height)};width:${pct(x1 - x0, page.width)};height:${pct(bottom - top, page.height)}"></div>`);
  }
  (view.pageFindings.get(n) || []).forEach(({ bbox }, j) => {
    const [x0, top, x1, bottom] = bbox;
    parts.push(`<div class="fbox" data-page="${n}" data-finding="${j}" style="left:${pct(x0, page.width)};top:${pct(top, page.height)};width:${pct(x1 - x0, page.width)};height:${pct(bottom - top, page.height)}"></div>`);
  });
  $(".overlay", div).innerHTML = parts.join("");
  view.built.add(n);
  if (!view.painted && parts.length) {
    view.painted = true;
    requestAnimationFrame(() => {
      performance.mark("trialex:first-boxes");
      window.trialexFirstBoxesMs = performance.now() - view.t0;
    });
  }
}

function refreshCell(view, k) {
  const idx = view.cells.get(k);
  const el = document.querySelector(`.box[data-cell="${CSS.escape(k)}"]`);
  if (!el || !idx) return;
  el.className = el.className.replace(/\bst-\S+/, `st-${boxStatus(view, idx)}`);
}

// --- hover tooltip -----------------------------------------------------------------------------------------

function showTip(view, el, e) {
  const tip = $("#tip");
  let html = "";
  if (el.classList.contains("fbox")) {
    const { f } = view.pageFindings.get(Number(el.dataset.page))[Number(el.dataset.finding)];
    html = `<div class="f">[${esc(f.severity)}] ${esc(f.message)}</div>`;
  } else {
    const k = el.dataset.cell;
    const idx = view.cells.get(k);
    const r = view.items[idx[0]].record;
    html = `<div>${esc(r.table)} · ${esc(path(r.row))}</div><div>${esc(path(r.column))}</div>
      <div>${r.arm ? `arm ${esc(r.arm)}${r.arm_n ? ` (N=${r.arm_n})` : ""}` : ""}</div>
      ${idx.map((i) => { const it = view.items[i]; return `<div><b>${esc(it.record.statistic)}</b> ${esc(fmt(it.record.value))} <span>${esc(it.status)}</span></div>`; }).join("")}
      <div>raw: “${esc(r.raw)}”</div>
      ${(view.cellFindings.get(k) || []).map((f) => `<div class="f">${esc(f.message)}</div>`).join("")}`;
  }
  tip.innerHTML = html;
  tip.hidden = false;
  moveTip(e);
}
function moveTip(e) {
  const tip = $("#tip");
  if (tip.hidden) return;
  const x = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
  const y = e.clientY + 16 + tip.offsetHeight > window.innerHeight ? e.clientY - tip.offsetHeight - 10 : e.clientY + 16;
  tip.style.left = `${x}px`;
  tip.style.top = `${y}px`;
}
function hideTip() { const tip = $("#tip"); if (tip) tip.hidden = true; }

// --- records table and filters -----------------------------------------------------------------------------

function applyFilters(view) {
  const sec = $("#f-section").value, tab = $("#f-table").value, st = $("#f-stat").value, rs = $("#f-status").value;
  view.filtered = view.items.filter((it) => (!sec || it.record.section === sec) && (!tab || it.record.table === tab)
    && (!st || it.record.statistic === st) && (!rs || it.status === rs)).map((it) => it.i);
  $("#count").textContent = `${view.filtered.length} of ${view.items.length} values`;
  const rows = view.filtered.map((i) => rowHtml(view, i)).join("");
  $("#records").innerHTML = `<table><thead><tr><th></th><th>p.</th><th>table</th><th>row</th><th>column</th><th>stat</th><th>value</th><th>status</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function rowHtml(view, i) {
  const it = view.items[i];
  const r = it.record;
  return `<tr data-i="${i}" class="st-${it.status}${i === view.cur ? " cur" : ""}"><td><span class="sw" style="background:var(--${r.section})"></span></td><td>${r.page}</td><td>${esc(r.table)}</td>
    <td title="${esc(path(r.row))}">${esc(r.row[r.row.length - 1] || "")}</td><td title="${esc(path(r.column))}">${esc(r.column[r.column.length - 1] || "")}</td>
    <td>${esc(r.statistic)}</td><td class="v">${esc(fmt(r.value))}</td><td>${esc(it.status)}</td></tr>`;
}

function refreshRow(view, i) {
  const tr = document.querySelector(`#records tr[data-i="${i}"]`);
  if (tr) tr.outerHTML = rowHtml(view, i);
}

// --- selection and the record panel ------------------------------------------------------------------------

function select(view, i, { scroll }) {
  const prev = view.cur;
  view.cur = i;
  for (const el of document.querySelectorAll(".box.selected")) el.classList.remove("selected");
  for (const el of document.querySelectorAll("#records tr.cur")) el.classList.remove("cur");
  const it = view.items[i];
  const k = cellKey(it.record);
  if (!view.built.has(it.record.page) && pageDiv(it.record.page)) showPage(view, it.record.page);
  const box = document.querySelector(`.box[data-cell="${CSS.escape(k)}"]`);
  if (box) {
    box.classList.add("selected");
    if (scroll) box.scrollIntoView({ block: "center", inline: "nearest", behavior: prev < 0 ? "auto" : "smooth" });
  }
  const tr = document.querySelector(`#records tr[data-i="${i}"]`);
  if (tr) {
    tr.classList.add("cur");
    tr.scrollIntoView({ block: "nearest" });
  }
  renderDetail(view);
}

function renderDetail(view, mode = "") {
  const host = $("#detail");
  const it = view.items[view.cur];
  if (!it) return;
  const r = it.record;
  const raw = it.raw;
  const k = cellKey(r);
  const was = (f) => (raw && JSON.stringify(raw[f]) !== JSON.stringify(r[f]) ? `<span class="was">${esc(Array.isArray(raw[f]) ? path(raw[f]) : fmt(raw[f]))}</span>` : "");
  const extra = ["grade", "scope", "analyte", "parameter", "unit", "qualifier", "denominator", "ci_level"]
    .filter((f) => r[f] !== null && r[f] !== undefined).map((f) => `<dt>${f}</dt><dd>${esc(r[f])}${was(f)}</dd>`).join("");
  const mates = view.cells.get(k) || [];
  host.innerHTML = `
    <h3>${esc(r.table)} · page ${r.page} · ${esc(r.section.replace("_", " "))} <span class="status ${it.status}" id="status">${it.status}</span></h3>
    ${mates.length > 1 ? `<div class="cellmates">${mates.map((j) => `<button data-j="${j}" class="${j === view.cur ? "cur" : ""}">${esc(view.items[j].record.statistic)} ${esc(fmt(view.items[j].record.value))}</button>`).join("")}</div>` : ""}
    <dl>
      <dt>value</dt><dd><span class="value" id="value">${esc(fmt(r.value))}</span>${was("value")}</dd>
      <dt>statistic</dt><dd id="statistic">${esc(r.statistic)}${was("statistic")}</dd>
      <dt>row</dt><dd id="row">${esc(path(r.row))}${was("row")}</dd>
      <dt>column</dt><dd id="column">${esc(path(r.column))}${was("column")}</dd>
      <dt>arm</dt><dd>${esc(r.arm || "—")}${r.arm_n !== null ? ` (N=${r.arm_n})` : ""}${was("arm")}</dd>
      ${extra}
      <dt>raw</dt><dd>“${esc(r.raw)}”</dd>
      ${r.context ? `<dt>sentence</dt><dd>${esc(r.context)}</dd>` : ""}
    </dl>
    ${(view.cellFindings.get(k) || []).length ? `<ul class="findings-here">${view.cellFindings.get(k).map((f) => `<li>[${esc(f.severity)}] ${esc(f.message)}</li>`).join("")}</ul>` : ""}
    <div class="actions">
      <button class="primary" data-act="verify" title="v">Verify</button>
      <button data-act="edit" title="e">Correct…</button>
      <button class="danger" data-act="reject" title="r">Reject</button>
      ${it.actions ? `<button data-act="reset" title="undo corrections">Reset</button>` : ""}
      <input id="comment" placeholder="comment (optional)">
    </div>
    ${mode === "edit" ? editForm(r) : ""}
    <div class="history" id="history">${it.actions ? `${it.actions} review action${it.actions > 1 ? "s" : ""}, last by ${esc(it.reviewer)} ${esc(new Date(it.reviewed_at).toLocaleString())}${it.comment ? `: “${esc(it.comment)}”` : ""} · <a href="#" data-act="history">audit trail</a>` : "not reviewed yet"}</div>
    <p class="error" id="detail-error"></p>`;
  host.onclick = (e) => {
    const b = e.target.closest("[data-act], [data-j]");
    if (!b) return;
    e.preventDefault();
    if (b.dataset.j) return select(view, Number(b.dataset.j), { scroll: false });
    const act = b.dataset.act;
    if (act === "edit") return openEdit(view);
    if (act === "cancel") return renderDetail(view);
    if (act === "history") return showHistory(view, it);
    if (act === "verify" || act === "reject" || act === "reset") return review(view, act);
  };
  const form = $("form.edit", host);
  if (form) form.addEventListener("submit", (e) => { e.preventDefault(); saveEdit(view, form); });
}

function editForm(r) {
  const stat = STATISTICS.map((s) => `<option ${s === r.statistic ? "selected" : ""}>${s}</option>`).join("");
  return `<form class="edit" id="edit">
    <label for="e-value">value</label><input id="e-value" name="value" value="${esc(r.value ?? "")}" inputmode="decimal">
    <label for="e-qualifier">qualifier</label><input id="e-qualifier" name="qualifier" value="${esc(r.qualifier ?? "")}">
    <label for="e-statistic">statistic</label><select id="e-statistic" name="statistic">${stat}</select>
    <label for="e-arm_n">arm N</label><input id="e-arm_n" name="arm_n" value="${esc(r.arm_n ?? "")}" inputmode="numeric">
    <label class="wl" for="e-arm">arm</label><input id="e-arm" class="wide" name="arm" value="${esc(r.arm ?? "")}">
    <label class="wl" for="e-row">row</label><input id="e-row" class="wide" name="row" value="${esc(r.row.join(" > "))}">
    <label class="wl" for="e-column">column</label><input id="e-column" class="wide" name="column" value="${esc(r.column.join(" > "))}">
    <div class="buttons"><button class="primary" type="submit">Save correction</button><button type="button" data-act="cancel">Cancel</button>
    <span class="hint"><kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels</span></div></form>`;
}

function openEdit(view) {
  const comment = $("#comment") ? $("#comment").value : "";
  renderDetail(view, "edit");
  $("#comment").value = comment;
  const input = $("#e-value");
  input.focus();
  input.select();
  $("#edit").scrollIntoView({ block: "nearest" });
}

function formChanges(form, r) {
  const get = (n) => form.elements[n].value.trim();
  const num = (s) => (s === "" ? null : Number(s.replace("−", "-")));
  const list = (s) => (s ? s.split(">").map((x) => x.trim()).filter(Boolean) : []);
  const next = { value: num(get("value")), qualifier: get("qualifier") || null, statistic: get("statistic"),
    row: list(get("row")), column: list(get("column")), arm: get("arm") || null, arm_n: get("arm_n") === "" ? null : Number(get("arm_n")) };
  const changes = {};
  for (const [k, v] of Object.entries(next)) if (JSON.stringify(v) !== JSON.stringify(r[k])) changes[k] = v;
  return changes;
}

async function saveEdit(view, form) {
  const it = view.items[view.cur];
  const changes = formChanges(form, it.record);
  if (Object.values(changes).some((v) => typeof v === "number" && Number.isNaN(v))) return showError("not a number");
  if (!Object.keys(changes).length) return renderDetail(view);
  await review(view, "correct", { changes });
}

function showError(msg) { const el = $("#detail-error"); if (el) el.textContent = msg; }

async function review(view, action, extra = {}) {
  const it = view.items[view.cur];
  const comment = $("#comment") ? $("#comment").value.trim() : "";
  try {
    const res = await api(`/documents/${view.id}/reviews`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action, key: it.key, comment: comment || null, ...extra }),
    });
    replaceItem(view, it.i, res.item);
    renderDetail(view);
  } catch (err) {
    showError(err.message);
  }
}

function replaceItem(view, i, item) {
  const old = view.items[i];
  item.i = i;
  view.items[i] = item;
  const oldKey = cellKey(old.record), newKey = cellKey(item.record);
  if (oldKey !== newKey) { indexCells(view); redraw(view, item.record.page); } else refreshCell(view, newKey);
  refreshRow(view, i);
}

function redraw(view, page) { if (view.built.has(page)) drawBoxes(view, page); }

async function showHistory(view, it) {
  const host = $("#history");
  try {
    const data = await api(`/documents/${view.id}/reviews?key=${encodeURIComponent(it.key)}`);
    host.innerHTML = `<ol>${data.results.map((a) => `<li>${esc(new Date(a.created_at).toLocaleString())} <b>${esc(a.reviewer)}</b> ${esc(a.action)}
      ${a.before ? esc(JSON.stringify(a.before)) : ""} → ${a.after ? esc(JSON.stringify(a.after).slice(0, 300)) : ""}${a.comment ? ` “${esc(a.comment)}”` : ""}</li>`).join("")}</ol>`;
  } catch (err) { host.textContent = err.message; }
}

// --- keyboard ----------------------------------------------------------------------------------------------

function keyboard(view, e) {
  if (!view.items.length || e.ctrlKey || e.metaKey || e.altKey) return;
  const typing = e.target.closest("input, textarea, select");
  if (e.key === "Escape") {
    if (view.adding) toggleAdd(view);
    else if (view.cur >= 0) renderDetail(view);
    if (typing) e.target.blur();
    return;
  }
  if (typing) return;
  const pos = view.filtered.indexOf(view.cur);
  const move = (d) => {
    if (!view.filtered.length) return;
    const next = pos < 0 ? (d > 0 ? 0 : view.filtered.length - 1) : Math.max(0, Math.min(view.filtered.length - 1, pos + d));
    select(view, view.filtered[next], { scroll: true });
  };
  const keys = {
    j: () => move(1), ArrowDown: () => move(1), ArrowRight: () => move(1),
    k: () => move(-1), ArrowUp: () => move(-1), ArrowLeft: () => move(-1),
    v: () => view.cur >= 0 && review(view, "verify").then(() => move(1)),
    r: () => view.cur >= 0 && review(view, "reject"),
    e: () => view.cur >= 0 && openEdit(view),
    a: () => toggleAdd(view),
  };
  const fn = keys[e.key];
  if (fn) { e.preventDefault(); fn(); }
}

function scrollToPage(view, n) { const d = pageDiv(n); if (d) d.scrollIntoView({ block: "start" }); }

// --- adding a missed value by drawing its box --------------------------------------------------------------

function toggleAdd(view) {
  view.adding = !view.adding;
  $("#add").classList.toggle("on", view.adding);
  $("#pages").classList.toggle("adding", view.adding);
  if (view.adding) $("#detail").innerHTML = `<p class="hint">Drag a box around the missed value on the page. <kbd>Esc</kbd> cancels.</p>`;
}

function startDraw(view, e) {
  if (!view.adding || e.button !== 0) return;
  const div = e.target.closest(".page");
  if (!div) return;
  e.preventDefault();
  const n = Number(div.dataset.page);
  const rect = div.getBoundingClientRect();
  const x0 = e.clientX - rect.left, y0 = e.clientY - rect.top;
  const draft = document.createElement("div");
  draft.className = "draft";
  $(".overlay", div).appendChild(draft);
  const onMove = (m) => {
    const x = m.clientX - rect.left, y = m.clientY - rect.top;
    Object.assign(draft.style, { left: `${Math.min(x, x0)}px`, top: `${Math.min(y, y0)}px`, width: `${Math.abs(x - x0)}px`, height: `${Math.abs(y - y0)}px` });
  };
  const onUp = (u) => {
    document.removeEventListener("mousemove", onMove);
    document.removeEventListener("mouseup", onUp);
    const x = u.clientX - rect.left, y = u.clientY - rect.top;
    if (Math.abs(x - x0) < 4 || Math.abs(y - y0) < 4) { draft.remove(); return; }
    const s = view.scale;
    const bbox = [Math.min(x, x0) / s, Math.min(y, y0) / s, Math.max(x, x0) / s, Math.max(y, y0) / s].map((v) => Math.round(v * 100) / 100);
    addForm(view, n, bbox, draft);
  };
  document.addEventListener("mousemove", onMove);
  document.addEventListener("mouseup", onUp);
}

function addForm(view, page, bbox, draft) {
  // Labels default to the nearest value of the same page, which is usually in the same table.
  const near = view.items.filter((it) => it.record.page === page)
    .sort((a, b) => dist(a.record.bbox, bbox) - dist(b.record.bbox, bbox))[0];
  const r = near ? near.record : { section: "efficacy", table: "text", row: [], column: [], arm: null, arm_n: null };
  const host = $("#detail");
  host.innerHTML = `<h3>Add a value on page ${page}</h3>
    <form class="edit" id="addform">
      <label>section</label><select name="section">${SECTIONS.map((s) => `<option ${s === r.section ? "selected" : ""}>${s}</option>`).join("")}</select>
      <label>statistic</label><select name="statistic">${STATISTICS.map((s) => `<option>${s}</option>`).join("")}</select>
      <label>value</label><input name="value" required inputmode="decimal">
      <label>arm N</label><input name="arm_n" value="${esc(r.arm_n ?? "")}">
      <label class="wl">table</label><input class="wide" name="table" value="${esc(r.table)}">
      <label class="wl">row</label><input class="wide" name="row" value="${esc(r.row.join(" > "))}">
      <label class="wl">column</label><input class="wide" name="column" value="${esc(r.column.join(" > "))}">
      <label class="wl">arm</label><input class="wide" name="arm" value="${esc(r.arm ?? "")}">
      <label class="wl">raw text</label><input class="wide" name="raw" placeholder="as printed">
      <label class="wl">comment</label><input class="wide" name="comment">
      <div class="buttons"><button class="primary" type="submit">Add value</button><button type="button" id="add-cancel">Cancel</button></div>
    </form><p class="error" id="detail-error"></p>`;
  const form = $("#addform");
  form.elements.value.focus();
  $("#add-cancel").onclick = () => { draft.remove(); toggleAdd(view); };
  form.onsubmit = async (e) => {
    e.preventDefault();
    const g = (n) => form.elements[n].value.trim();
    const list = (s) => (s ? s.split(">").map((x) => x.trim()).filter(Boolean) : []);
    const record = { section: g("section"), table: g("table") || "added", row: list(g("row")), column: list(g("column")),
      arm: g("arm") || null, arm_n: g("arm_n") ? Number(g("arm_n")) : null, statistic: g("statistic"),
      value: Number(g("value")), raw: g("raw") || g("value"), page, bbox };
    try {
      const res = await api(`/documents/${view.id}/reviews`, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: "add", record, comment: g("comment") || null }) });
      draft.remove();
      res.item.i = view.items.length;
      view.items.push(res.item);
      indexCells(view);
      toggleAdd(view);
      drawBoxes(view, page);
      applyFilters(view);
      select(view, res.item.i, { scroll: false });
    } catch (err) { showError(err.message); }
  };
}

function dist(a, b) { return Math.hypot((a[0] + a[2]) / 2 - (b[0] + b[2]) / 2, (a[1] + a[3]) / 2 - (b[1] + b[3]) / 2); }

bindSettings();
window.addEventListener("hashchange", route);
route();
