// Review page script. Every string from the data is written with textContent (through el()),
// never as markup, so a release containing tags or scripts shows them as text.
(() => {
  "use strict";

  const PAGE = 100; // rows per page in the release list and the index tables
  // Record kinds, their labels, and the mention types each one highlights.
  const KINDS = {
    people: { label: "People", one: "Person", chip: ["person", "people"], types: ["person"] },
    organizations: { label: "Organizations", one: "Organization", chip: ["org", "orgs"], types: ["organization"] },
    roles: { label: "Roles", one: "Role", chip: ["role", "roles"], types: ["title", "role"] },
    resolutions: { label: "Resolutions", one: "Resolution", chip: ["resolution", "resolutions"], types: ["resolution"] },
    events: { label: "Events", one: "Event", chip: ["event", "events"], types: ["event", "date"] },
  };
  const SWATCH = { people: ["person"], organizations: ["organization"], roles: ["title"], resolutions: ["resolution"], events: ["event", "date"] };

  const $ = (id) => document.getElementById(id);
  const catalog = JSON.parse($("catalog").textContent);
  const releases = catalog.releases;
  const releaseNumber = new Map(releases.map((r, n) => [r.id, n]));
  const people = new Map(catalog.people.map((e) => [e.id, e]));
  const orgs = new Map(catalog.organizations.map((e) => [e.id, e]));
  const fold = (s) => (s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  /** The folded names and titles the name search looks in, made on the first search (not on
   * the way to the first release: at 50,000 releases folding them all takes a good part of a second). */
  let folded = false;
  function foldNames() {
    if (folded) return;
    for (const e of catalog.people) e.hay = fold([e.name, ...e.aliases].join(" | "));
    for (const e of catalog.organizations) e.hay = fold([e.name, ...e.acronyms, ...e.aliases].join(" | "));
    for (const r of releases) r.hay = fold(`${r.id} | ${r.title || ""}`);
    folded = true;
  }

  const state = { query: "", text: "", sort: "corpus", source: "", from: "", to: "", kinds: new Set(Object.keys(KINDS)), listPage: 0, tablePage: 0, current: null };
  const cache = new Map();

  /** Build an element; children that are not nodes become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const hash = (...parts) => "#" + parts.map(encodeURIComponent).join("/");
  const releaseLabel = (r) => r.title || r.id;

  /** A release's data: from its JSON block in the page, parsed the first time it is shown; or,
   * in a page of many releases (catalog.part_size), from the part file that holds it, loaded
   * once with a script element (file:// pages cannot fetch). Calls `then(data)` at once when
   * the data is at hand, else when its part has loaded. */
  const parts = new Map();
  window.reviewPart = (p, blocks) => {
    blocks.forEach((data, i) => cache.set(p * catalog.part_size + i, data));
  };
  function withRelease(n, then) {
    if (!cache.has(n) && !catalog.part_size) cache.set(n, JSON.parse($("release-" + n).textContent));
    if (cache.has(n)) { then(cache.get(n)); return; }
    const p = Math.floor(n / catalog.part_size);
    if (!parts.has(p)) {
      parts.set(p, new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = `${catalog.part_folder}/part-${String(p).padStart(5, "0")}.js`;
        script.onload = resolve;
        script.onerror = () => { parts.delete(p); reject(new Error(`cannot load ${script.src}: keep the ${catalog.part_folder}/ folder beside this page`)); };
        document.head.append(script);
      }));
    }
    parts.get(p).then(() => then(cache.get(n)), (err) => notFound(err.message));
  }

  // ---------------------------------------------------------------- search and the side list

  /** Folded release text by release number, for the text search: every release of a one-file
   * page (parsed from its block on the first text search), or the releases whose part file has
   * loaded in a page of parts (the others are not in the browser). */
  const foldedText = new Map();
  const words = (s) => fold(s).replace(/\s+/g, " "); // any case, accents and line breaks alike
  function textOf(n) {
    if (!foldedText.has(n)) {
      const data = cache.get(n) || (catalog.part_size ? null : JSON.parse($("release-" + n).textContent));
      if (!data) return null;
      foldedText.set(n, words(data.text));
    }
    return foldedText.get(n);
  }
  const searchable = () => (catalog.part_size ? releases.map((_, n) => n).filter((n) => cache.has(n)).length : releases.length);

  /** Whether a date ("2021", "2021-06" or "2021-06-25") can fall within [from, to]: compared
   * at its own precision, so a year-only date is kept by a range inside its year. */
  function inRange(date) {
    if (!state.from && !state.to) return true;
    if (!date) return false;
    return (!state.from || date >= state.from.slice(0, date.length)) && (!state.to || date <= state.to.slice(0, date.length));
  }

  /** Undated releases after the dated ones, whichever way the dates run. */
  const undatedLast = (a, b) => (releases[a].published ? 0 : 1) - (releases[b].published ? 0 : 1);
  const compare = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  const ORDERS = {
    corpus: null,
    newest: (a, b) => undatedLast(a, b) || compare(releases[b].published, releases[a].published) || a - b,
    oldest: (a, b) => undatedLast(a, b) || compare(releases[a].published, releases[b].published) || a - b,
    source: (a, b) => (releases[a].source ? 0 : 1) - (releases[b].source ? 0 : 1)
      || compare(releases[a].source, releases[b].source) || ORDERS.newest(a, b),
  };

  /** The releases (and index entries) the search and filters keep, in the chosen order; the
   * last answer is kept until the search, a filter, the order or the loaded parts change, so
   * switching release does not go over every release again. */
  let lastMatch = null;
  function matches() {
    const key = JSON.stringify([state.query, state.text, state.sort, state.source, state.from, state.to, state.text.trim() ? cache.size : 0]);
    if (!lastMatch || lastMatch.key !== key) lastMatch = { key, found: findMatches() };
    return lastMatch.found;
  }
  function findMatches() {
    const q = fold(state.query.trim());
    const t = words(state.text.trim());
    if (q) foldNames();
    const keep = (n) => {
      const r = releases[n];
      if (state.source && (r.source || "") !== state.source) return false;
      if (!inRange(r.published)) return false;
      if (t) { const text = textOf(n); if (text === null || !text.includes(t)) return false; }
      return true;
    };
    let hitPeople = [], hitOrgs = [], chosen;
    if (!q) chosen = releases.map((_, n) => n);
    else {
      hitPeople = catalog.people.filter((e) => e.hay.includes(q));
      hitOrgs = catalog.organizations.filter((e) => e.hay.includes(q));
      const found = new Set();
      releases.forEach((r, n) => { if (r.hay.includes(q)) found.add(n); });
      for (const e of hitPeople.concat(hitOrgs)) e.releases.forEach((n) => found.add(n));
      chosen = [...found].sort((a, b) => a - b);
    }
    chosen = chosen.filter(keep);
    if (ORDERS[state.sort]) chosen.sort(ORDERS[state.sort]);
    const narrowed = !!(q || t || state.source || state.from || state.to);
    return { q, t, narrowed, people: hitPeople, orgs: hitOrgs, releases: chosen };
  }

  /** A few words around the first match of the text search in release n (shown as text). */
  function snippet(n) {
    const data = cache.get(n) || (catalog.part_size ? null : JSON.parse($("release-" + n).textContent));
    if (!data) return null;
    const words = state.text.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    const found = new RegExp(words, "i").exec(data.text);
    if (!found) return null;
    const a = Math.max(0, found.index - 40), b = Math.min(data.text.length, found.index + found[0].length + 40);
    return el("span", { class: "snippet" }, a ? "…" : "", data.text.slice(a, found.index),
      el("mark", {}, found[0]), data.text.slice(found.index + found[0].length, b), b < data.text.length ? "…" : "");
  }

  function counts(c) {
    return el("span", { class: "counts" },
      Object.keys(KINDS).map((kind, i) => el("span", {
        class: `chip${c[i] ? "" : " none"}`, "data-kind": kind,
        title: `${c[i]} ${KINDS[kind].label.toLowerCase()}`,
        style: `background: var(--${SWATCH[kind][0]})`,
      }, `${c[i]} ${KINDS[kind].chip[c[i] === 1 ? 0 : 1]}`)));
  }

  function pager(page, total, onPage) {
    const pages = Math.max(1, Math.ceil(total / PAGE));
    if (pages === 1) return null;
    return el("div", { class: "pager" },
      el("button", { type: "button", disabled: page === 0, onclick: () => onPage(page - 1) }, "‹ Prev"),
      `${page * PAGE + 1}–${Math.min(total, (page + 1) * PAGE)} of ${total}`,
      el("button", { type: "button", disabled: page >= pages - 1, onclick: () => onPage(page + 1) }, "Next ›"));
  }

  function renderSide() {
    const found = matches();
    const loaded = searchable();
    $("text-scope").textContent = !found.t ? ""
      : loaded === releases.length ? `Text search covers all ${releases.length} releases.`
      : `Text search covers the ${loaded} of ${releases.length} releases loaded so far: the others are in review/ part files, loaded when one of their releases is opened.`;
    const names = $("names");
    names.replaceChildren();
    if (found.q) {
      const list = (entries, kind) => el("ul", {}, entries.slice(0, 15).map((e) =>
        el("li", {}, el("a", { href: hash(kind, e.id) }, e.name), ` (${e.releases.length})`)),
        entries.length > 15 ? el("li", {}, el("a", { href: kind === "person" ? "#people" : "#organizations" }, `${entries.length - 15} more…`)) : null);
      names.append(
        el("h2", {}, `People matching (${found.people.length})`), list(found.people, "person"),
        el("h2", {}, `Organizations matching (${found.orgs.length})`), list(found.orgs, "org"));
    }
    const total = found.releases.length;
    state.listPage = Math.min(state.listPage, Math.max(0, Math.ceil(total / PAGE) - 1));
    const shown = found.releases.slice(state.listPage * PAGE, (state.listPage + 1) * PAGE);
    const again = (p) => { state.listPage = p; renderSide(); };
    $("list").replaceChildren(el("div", {},
      el("h2", {}, `Releases (${total}${found.narrowed ? ` of ${releases.length}` : ""})`),
      pager(state.listPage, total, again),
      el("ul", { class: "release-list" }, shown.map((n) => {
        const r = releases[n];
        return el("li", {}, el("a", { href: hash("release", r.id), class: n === state.current ? "current" : null, "data-n": n },
          releaseLabel(r), el("br"), el("span", { class: "rid" }, `${r.published || "undated"} · ${r.source || "no source"} · ${r.id} `),
          counts(r.counts), progressMark(r), found.t ? snippet(n) : null));
      })),
      pager(state.listPage, total, again)));
  }

  // ---------------------------------------------------------------- one release

  let view = null; // the release on screen: { n, data, segments, root }

  /** Cut the text at every mark boundary; each piece knows the marks covering it. */
  function segmentText(data) {
    const active = new Set(Object.keys(KINDS).filter((k) => state.kinds.has(k)).flatMap((k) => KINDS[k].types));
    const marks = data.marks.filter((m) => active.has(m[2]));
    const cuts = new Set([0, data.text.length]);
    for (const [s, e] of marks) { cuts.add(s); cuts.add(e); }
    const points = [...cuts].sort((a, b) => a - b);
    const byStart = marks.slice().sort((a, b) => a[0] - b[0]);
    const segments = [];
    let open = [];
    let next = 0;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      open = open.filter((m) => m[1] > a);
      while (next < byStart.length && byStart[next][0] <= a) { if (byStart[next][1] > a) open.push(byStart[next]); next++; }
      segments.push({ a, b, marks: open.slice() });
    }
    return segments;
  }

  function renderText(data) {
    const box = el("div", { class: "text", id: "text" });
    const segments = segmentText(data);
    segments.forEach((seg, k) => {
      const piece = data.text.slice(seg.a, seg.b);
      if (!seg.marks.length) { box.append(piece); return; }
      const typed = seg.marks.filter((m) => m[2] !== "role").sort((x, y) => (x[1] - x[0]) - (y[1] - y[0]));
      const primary = typed.length ? typed[0][2] : "role";
      const inRole = seg.marks.some((m) => m[2] === "role");
      seg.node = el("span", { class: `m m-${primary}${inRole ? " in-role" : ""}`, "data-k": k, "data-type": primary }, piece);
      box.append(seg.node);
    });
    box.addEventListener("click", (event) => {
      const span = event.target.closest("span.m");
      if (span) showUses(segments[Number(span.dataset.k)]);
    });
    return { box, segments };
  }

  /** Highlight the given ranges; `current` (one of them) strongest, and scroll it into view. */
  function highlight(ranges, current) {
    for (const seg of view.segments) {
      if (!seg.node) continue;
      const inside = (r) => seg.a >= r[0] && seg.b <= r[1];
      seg.node.classList.toggle("hit", ranges.some(inside));
      seg.node.classList.toggle("hit-current", !!current && inside(current));
    }
    if (current) {
      const first = view.segments.find((seg) => seg.node && seg.a >= current[0] && seg.b <= current[1]);
      if (first) first.node.scrollIntoView({ block: "center" });
    }
  }

  function selectRecord(kind, i, j = 0) {
    const record = view.data[kind][i];
    view.root.querySelectorAll("tr.rec.selected").forEach((tr) => tr.classList.remove("selected"));
    const row = view.root.querySelector(`tr.rec[data-kind="${kind}"][data-i="${i}"]`);
    if (row) {
      row.classList.add("selected");
      row.querySelectorAll(".evs button").forEach((b, k) => b.classList.toggle("on", k === j));
      row.scrollIntoView({ block: "nearest" });
    }
    highlight(record.ev, record.ev[j]);
  }

  function describe(kind, record) {
    switch (kind) {
      case "people": return record.name;
      case "organizations": return record.name + (record.acronym ? ` (${record.acronym})` : "");
      case "roles": return `${record.person} — ${record.title}` + (record.organization ? `, ${record.organization}` : "");
      case "resolutions": return [record.kind, record.body, record.date].filter(Boolean).join(", ");
      case "events": return [record.name, record.start].filter(Boolean).join(", ");
    }
    return "";
  }

  /** Which records use the clicked mention. */
  function showUses(seg) {
    const refs = [];
    const seen = new Set();
    for (const m of seg.marks.slice().sort((x, y) => (x[1] - x[0]) - (y[1] - y[0]))) {
      for (const [kind, i] of m[3]) {
        if (!seen.has(kind + i)) { seen.add(kind + i); refs.push([kind, i, m]); }
      }
    }
    view.root.querySelectorAll("tr.rec.uses-it").forEach((tr) => tr.classList.remove("uses-it"));
    for (const [kind, i] of refs) {
      const row = view.root.querySelector(`tr.rec[data-kind="${kind}"][data-i="${i}"]`);
      if (row) row.classList.add("uses-it");
    }
    const smallest = refs.length ? refs[0][2] : null;
    if (smallest) highlight([[smallest[0], smallest[1]]], null);
    const panel = view.root.querySelector("#uses");
    panel.hidden = false;
    panel.replaceChildren(
      el("strong", {}, "“", view.data.text.slice(smallest ? smallest[0] : seg.a, smallest ? smallest[1] : seg.b), "”"),
      ` is used by ${refs.length} record${refs.length === 1 ? "" : "s"}:`,
      el("ul", {}, refs.map(([kind, i]) => el("li", {},
        `${KINDS[kind].one}: `,
        el("button", { type: "button", onclick: () => selectRecord(kind, i) }, describe(kind, view.data[kind][i]))))));
  }

  const indexLink = (kind, id) => id ? el("a", { class: "ix", href: hash(kind, id), title: "Corpus-wide entry" }, "index ↗") : null;

  function recordCells(kind, r) {
    switch (kind) {
      case "people": return [[r.name, indexLink("person", r.ix)], r.aliases.join("; ")];
      case "organizations": return [[r.name, indexLink("org", r.ix)], r.acronym, r.aliases.join("; "), r.parent];
      case "roles": return [[r.person, indexLink("person", r.pix)], r.title, [r.organization, indexLink("org", r.oix)]];
      case "resolutions": return [r.kind, r.parties.length ? r.parties.map(([name, ix], k) => [k ? "; " : "", name, indexLink("org", ix)]) : r.body, r.date, r.subject];
      case "events": return [r.name, r.start === r.end || !r.end ? r.start : `${r.start} – ${r.end}`, r.location, [r.host, indexLink("org", r.hix)]];
    }
    return [];
  }
  const HEADS = {
    people: ["Name", "Aliases"],
    organizations: ["Name", "Acronym", "Aliases", "Parent"],
    roles: ["Person", "Title", "Organization"],
    resolutions: ["Kind", "Body", "Date", "Subject"],
    events: ["Name", "Dates", "Location", "Host"],
  };

  function recordTable(kind, data) {
    const rows = data[kind];
    const section = el("section", { class: "kind", "data-kind": kind },
      el("h3", {}, el("span", { class: "swatch", style: `background: var(--${SWATCH[kind][0]})` }), `${KINDS[kind].label} (${rows.length})`));
    if (!rows.length) { section.append(el("p", { class: "empty" }, "none")); return section; }
    section.append(el("table", {},
      el("thead", {}, el("tr", {}, HEADS[kind].map((h) => el("th", {}, h)), el("th", {}, "Evidence"), el("th", {}, "Verdict"))),
      el("tbody", {}, rows.map((record, i) => el("tr", {
        class: "rec", "data-kind": kind, "data-i": i, tabindex: 0,
        onclick: (event) => { if (!event.target.closest("a, button")) selectRecord(kind, i); },
        onkeydown: (event) => { if (event.key === "Enter") selectRecord(kind, i); },
      }, recordCells(kind, record).map((cell) => el("td", {}, cell)),
      el("td", { class: "evs" }, record.ev.map((_, j) => el("button", {
        type: "button", title: `mention ${j + 1} of ${record.ev.length}`,
        onclick: () => selectRecord(kind, i, j),
      }, j + 1))),
      verdictCell(data, kind, i))))));
    return section;
  }

  function legend() {
    return el("span", { class: "legend" }, ["person", "organization", "title", "resolution", "date", "event"].map((t) =>
      el("span", { class: `m m-${t}` }, t)), el("span", { class: "in-role" }, "role phrase"));
  }

  let latest = 0; // the latest release asked for: a part loading late must not replace it
  function renderRelease(n, focus) {
    state.current = n;
    const asked = ++latest;
    withRelease(n, (data) => {
      if (asked !== latest) return;
      drawRelease(n, data, focus);
      if (catalog.part_size && state.text.trim()) renderSide(); // a part just loaded: more text to search
    });
  }

  function drawRelease(n, data, focus) {
    const root = el("article", { class: "release", "data-id": data.id });
    const meta = el("p", { class: "meta" },
      el("span", {}, data.id), data.published ? el("span", {}, data.published) : null,
      data.source ? el("span", {}, data.source) : null, data.dateline ? el("span", {}, data.dateline) : null,
      data.url && /^https?:\/\//i.test(data.url) ? el("span", {}, el("a", { href: data.url, rel: "noopener noreferrer" }, "original")) : null);
    const { box, segments } = renderText(data);
    const shown = Object.keys(KINDS).filter((k) => state.kinds.has(k));
    root.append(
      el("div", { class: "release-head" }, el("h2", {}, releaseLabel(data)), meta, counts(releases[n].counts), legend()),
      el("div", { class: "cols" },
        el("section", { class: "pane text-pane", "aria-label": "Release text" }, box),
        el("section", { class: "pane records", "aria-label": "Records" },
          reviewBar(data),
          el("div", { id: "uses", class: "uses", hidden: true }),
          shown.map((kind) => recordTable(kind, data)),
          addedTable(data))));
    $("main").replaceChildren(root);
    view = { n, data, segments, root };
    if (focus) {
      const [kind, id] = focus;
      const i = (data[kind] || []).findIndex((r) => r.ix === id);
      if (i >= 0) selectRecord(kind, i);
    }
  }

  // ---------------------------------------------------------------- the corpus-wide index

  const releaseLink = (n, focus) => el("a", { href: focus ? hash("release", releases[n].id, ...focus) : hash("release", releases[n].id) }, releases[n].id);

  function entryTable(kind) {
    const all = kind === "people" ? catalog.people : catalog.organizations;
    const q = fold(state.query.trim());
    if (q) foldNames();
    const found = (q ? all.filter((e) => e.hay.includes(q)) : all).slice()
      .sort((a, b) => b.releases.length - a.releases.length || a.name.localeCompare(b.name));
    state.tablePage = Math.min(state.tablePage, Math.max(0, Math.ceil(found.length / PAGE) - 1));
    const again = (p) => { state.tablePage = p; route(); };
    const dates = (e) => e.releases.map((n) => releases[n].published).filter(Boolean).sort();
    const rows = found.slice(state.tablePage * PAGE, (state.tablePage + 1) * PAGE).map((e) => {
      const d = dates(e);
      return el("tr", {},
        el("td", {}, el("a", { href: hash(kind === "people" ? "person" : "org", e.id) }, e.name)),
        kind === "people" ? el("td", {}, e.aliases.join("; ")) : el("td", {}, e.acronyms.join("; ")),
        el("td", { class: "num" }, e.releases.length),
        el("td", { class: "nowrap" }, d.length ? `${d[0]} – ${d[d.length - 1]}` : ""));
    });
    $("main").replaceChildren(el("div", { class: "entry" },
      el("h2", {}, `${kind === "people" ? "People" : "Organizations"} in the corpus (${found.length}${q ? " matching" : ""})`),
      el("p", { class: "meta" }, "One row per distinct ", kind === "people" ? "person" : "organization",
        " across all releases (index/", kind, ".csv). Search above to filter."),
      pager(state.tablePage, found.length, again),
      el("table", {}, el("thead", {}, el("tr", {}, ["Name", kind === "people" ? "Aliases" : "Acronyms", "Releases", "Published"].map((h) => el("th", {}, h)))),
        el("tbody", {}, rows)),
      pager(state.tablePage, found.length, again)));
  }

  function releasesSection(e, focus) {
    return el("section", {}, el("h3", {}, `Appears in ${e.releases.length} release${e.releases.length === 1 ? "" : "s"}`),
      el("table", {}, el("thead", {}, el("tr", {}, ["Published", "Release", "Title"].map((h) => el("th", {}, h)))),
        el("tbody", {}, e.releases.map((n) => el("tr", {},
          el("td", { class: "nowrap" }, releases[n].published || "undated"), el("td", { class: "nowrap" }, releaseLink(n, focus)), el("td", {}, releases[n].title || ""))))));
  }

  function renderPerson(e) {
    $("main").replaceChildren(el("div", { class: "entry", "data-id": e.id },
      el("h2", {}, e.name),
      el("p", { class: "meta" }, `person · id ${e.id}`, e.aliases.length ? ` · also: ${e.aliases.join("; ")}` : ""),
      releasesSection(e, ["people", e.id]),
      el("section", {}, el("h3", {}, "Titles over time"),
        e.titles.length ? el("table", {}, el("thead", {}, el("tr", {}, ["Published", "Title", "Organization", "Release"].map((h) => el("th", {}, h)))),
          el("tbody", {}, e.titles.map(([date, n, title, org]) => el("tr", {},
            el("td", { class: "nowrap" }, date || "undated"), el("td", {}, title), el("td", {}, org || ""), el("td", { class: "nowrap" }, releaseLink(n, ["people", e.id]))))))
          : el("p", { class: "empty" }, "no role stated"))));
  }

  function renderOrg(e) {
    const parentLink = (name) => {
      const found = catalog.organizations.find((o) => o.name === name);
      return found ? el("a", { href: hash("org", found.id) }, name) : name;
    };
    $("main").replaceChildren(el("div", { class: "entry", "data-id": e.id },
      el("h2", {}, e.name),
      el("p", { class: "meta" }, `organization · id ${e.id}`,
        e.acronyms.length ? ` · acronyms: ${e.acronyms.join("; ")}` : "",
        e.aliases.length ? ` · also: ${e.aliases.join("; ")}` : "",
        e.parents.length ? [" · part of: ", e.parents.map((p, k) => [k ? "; " : "", parentLink(p)])] : ""),
      releasesSection(e, ["organizations", e.id]),
      el("section", {}, el("h3", {}, "Resolutions and instruments adopted"),
        e.resolutions.length ? el("table", {}, el("thead", {}, el("tr", {}, ["Date", "Kind", "Subject", "Release"].map((h) => el("th", {}, h)))),
          el("tbody", {}, e.resolutions.map(([date, n, kind, subject]) => el("tr", {},
            el("td", { class: "nowrap" }, date || "undated"), el("td", {}, kind), el("td", {}, subject || ""), el("td", { class: "nowrap" }, releaseLink(n, ["organizations", e.id]))))))
          : el("p", { class: "empty" }, "none stated"))));
  }

  function notFound(what) {
    $("main").replaceChildren(el("p", { class: "empty" }, `Not found: ${what}`));
  }

  // ---------------------------------------------------------------- recording a review
  // Verdicts live in localStorage (one store per page file) and export as one JSON file, which
  // `python -m pipeline gold --from-review FILE` turns into gold files. A release's entry keeps
  // its metadata and every record's fields, so the export is all the gold command needs.

  const FIELDS = {
    people: ["name", "aliases"],
    organizations: ["name", "acronym", "aliases", "parent"],
    roles: ["person", "title", "organization"],
    resolutions: ["kind", "body", "date", "subject"],
    events: ["name", "start", "end", "location", "host"],
  };
  const LISTS = new Set(["aliases"]);
  const STORE_KEY = `news-facts-review:${location.pathname}`;
  const store = (() => {
    try {
      const kept = JSON.parse(localStorage.getItem(STORE_KEY));
      if (kept && kept.releases) return kept;
    } catch (err) { /* unreadable: start afresh */ }
    return { releases: {} };
  })();
  const save = () => localStorage.setItem(STORE_KEY, JSON.stringify(store));
  const fieldsOf = (kind, record) => Object.fromEntries(FIELDS[kind].map((f) => [f, record[f] === undefined ? null : record[f]]));
  const recordCount = (data) => Object.keys(KINDS).reduce((sum, kind) => sum + data[kind].length, 0);

  /** The stored review of a release, made (with its records' fields) on first use. */
  function reviewOf(data) {
    if (!store.releases[data.id]) {
      store.releases[data.id] = {
        id: data.id, title: data.title, published: data.published, dateline: data.dateline, source: data.source,
        records: Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, data[kind].map((r) => fieldsOf(kind, r))])),
        verdicts: {}, added: [],
      };
    }
    return store.releases[data.id];
  }
  const reviewed = (id) => { const r = store.releases[id]; return r ? Object.keys(r.verdicts).length : 0; };

  function progressMark(r) {
    const done = reviewed(r.id);
    const total = r.counts.reduce((a, b) => a + b, 0);
    if (!done) return null;
    return el("span", { class: `progress${done >= total ? " complete" : ""}`, title: `${done} of ${total} records reviewed` }, ` ✓ ${done}/${total}`);
  }

  function setVerdict(kind, i, verdict, fields) {
    const review = reviewOf(view.data);
    const key = `${kind}/${i}`;
    if (verdict === null) delete review.verdicts[key];
    else review.verdicts[key] = { verdict, corrected: fields || (review.verdicts[key] || {}).corrected || {} };
    save();
    refreshReview(kind, i);
  }

  function refreshReview(kind, i) {
    const row = view.root.querySelector(`tr.rec[data-kind="${kind}"][data-i="${i}"]`);
    if (row) row.querySelector("td.verdict").replaceWith(verdictCell(view.data, kind, i));
    view.root.querySelector(".review-bar").replaceWith(reviewBar(view.data));
    renderSide();
  }

  function verdictCell(data, kind, i) {
    const entry = (store.releases[data.id] || { verdicts: {} }).verdicts[`${kind}/${i}`];
    const given = entry ? entry.verdict : "";
    const corrected = entry && Object.keys(entry.corrected || {}).length;
    const button = (verdict, label, title) => el("button", {
      type: "button", class: `v-${verdict}${given === verdict ? " on" : ""}`, title, "aria-pressed": given === verdict ? "true" : "false",
      onclick: () => setVerdict(kind, i, given === verdict ? null : verdict),
    }, label);
    const row = el("td", { class: "verdict", "data-verdict": given },
      button("right", "✓", "Right (y)"), button("wrong", "✗", "Wrong (n)"),
      el("button", { type: "button", class: "v-edit", title: "Correct a field (e)", onclick: () => editRecord(kind, i) }, "✎"),
      corrected ? el("span", { class: "corrected", title: JSON.stringify(entry.corrected) }, "corrected") : null);
    return row;
  }

  /** A small form under the records: one input per field of `kind`; `done(values)` on save. */
  function fieldForm(kind, title, values, done) {
    const inputs = FIELDS[kind].map((f) => el("input", {
      name: f, "aria-label": f, value: LISTS.has(f) ? (values[f] || []).join("; ") : values[f] || "",
    }));
    const form = el("form", { class: "field-form" }, el("strong", {}, title),
      FIELDS[kind].map((f, k) => el("label", {}, f, " ", inputs[k])),
      el("button", { type: "submit" }, "Save"), el("button", { type: "button", onclick: () => form.remove() }, "Cancel"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const read = Object.fromEntries(FIELDS[kind].map((f, k) => {
        const text = inputs[k].value.trim();
        return [f, LISTS.has(f) ? text.split(";").map((x) => x.trim()).filter(Boolean) : text || null];
      }));
      form.remove();
      done(read);
    });
    view.root.querySelectorAll(".field-form").forEach((old) => old.remove());
    view.root.querySelector(".review-bar").after(form);
    inputs[0].focus();
    return form;
  }

  function editRecord(kind, i) {
    const original = fieldsOf(kind, view.data[kind][i]);
    const entry = reviewOf(view.data).verdicts[`${kind}/${i}`];
    fieldForm(kind, `Correct ${KINDS[kind].one.toLowerCase()}: ${describe(kind, view.data[kind][i])}`, { ...original, ...(entry ? entry.corrected : {}) }, (values) => {
      const changed = Object.fromEntries(Object.entries(values).filter(([f, v]) => JSON.stringify(v) !== JSON.stringify(original[f] === undefined ? null : original[f])));
      setVerdict(kind, i, "right", changed);
    });
  }

  /** Text offsets of the current selection inside the release text, or null. */
  function selectionOffsets() {
    const box = view.root.querySelector("#text");
    const sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.setStart(box, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const end = start + range.toString().length;
    return view.data.text.slice(start, end) === range.toString() ? [start, end] : null;
  }

  const MAIN_FIELD = { people: "name", organizations: "name", roles: "title", resolutions: "kind", events: "name" };

  function addFromSelection() {
    const offsets = selectionOffsets();
    const kind = view.root.querySelector("#add-kind").value;
    if (!offsets) { view.root.querySelector(".review-note").textContent = "Select the missed mention in the release text first."; return; }
    const [start, end] = offsets;
    const mention = view.data.text.slice(start, end);
    fieldForm(kind, `Add ${KINDS[kind].one.toLowerCase()} “${mention}” (${start}–${end})`, { [MAIN_FIELD[kind]]: mention }, (values) => {
      reviewOf(view.data).added.push({ kind, start, end, mention, fields: values });
      save();
      drawRelease(view.n, view.data);
    });
  }

  function reviewBar(data) {
    const total = recordCount(data);
    const done = reviewed(data.id);
    return el("div", { class: "review-bar" },
      el("span", { class: "review-progress" }, `Reviewed ${done} of ${total}`),
      el("label", {}, "Missed: ", el("select", { id: "add-kind", "aria-label": "Type of the missed record" },
        Object.keys(KINDS).map((kind) => el("option", { value: kind }, KINDS[kind].one)))),
      el("button", { type: "button", id: "add-selection", onclick: addFromSelection }, "Add from selection"),
      el("button", { type: "button", id: "export-review", onclick: exportReview }, "Export review"),
      el("span", { class: "review-note", "aria-live": "polite" }),
      el("span", { class: "keys" }, "keys: j/k record · y right · n wrong · e correct · u clear"));
  }

  function addedTable(data) {
    const added = (store.releases[data.id] || { added: [] }).added;
    if (!added.length) return null;
    return el("section", { class: "kind added" }, el("h3", {}, `Added in review (${added.length})`),
      el("table", {}, el("tbody", {}, added.map((a, k) => el("tr", { class: "added-rec" },
        el("td", {}, KINDS[a.kind].one), el("td", {}, Object.values(a.fields).flat().filter(Boolean).join(" · ")),
        el("td", {}, `${a.start}–${a.end}`),
        el("td", {}, el("button", { type: "button", onclick: () => { added.splice(k, 1); save(); drawRelease(view.n, view.data); } }, "remove")))))));
  }

  /** Every review of this page as one JSON file (a download). */
  function exportReview() {
    const releasesOut = Object.values(store.releases).filter((r) => Object.keys(r.verdicts).length || r.added.length);
    const blob = new Blob([JSON.stringify({ format: "news-facts-review", version: 1, pipeline: catalog.pipeline, releases: releasesOut }, null, 2) + "\n"], { type: "application/json" });
    const link = el("a", { href: URL.createObjectURL(blob), download: "review-verdicts.json" });
    document.body.append(link);
    link.click();
    link.remove();
  }

  /** Keyboard: j/k next/previous record, y right, n wrong, e correct, u clear (not while typing). */
  document.addEventListener("keydown", (event) => {
    if (!view || !document.contains(view.root) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, textarea, select")) return;
    const rows = [...view.root.querySelectorAll("tr.rec")];
    if (!rows.length) return;
    const at = rows.findIndex((tr) => tr.classList.contains("selected"));
    const pick = (k) => { const tr = rows[Math.max(0, Math.min(rows.length - 1, k))]; selectRecord(tr.dataset.kind, Number(tr.dataset.i)); };
    const current = at >= 0 ? rows[at] : null;
    const act = { j: () => pick(at + 1), k: () => pick(at - 1) }[event.key];
    if (act) { act(); event.preventDefault(); return; }
    if (!current) return;
    const [kind, i] = [current.dataset.kind, Number(current.dataset.i)];
    if (event.key === "y" || event.key === "n") {
      setVerdict(kind, i, event.key === "y" ? "right" : "wrong");
      pick(at + 1);
    } else if (event.key === "u") setVerdict(kind, i, null);
    else if (event.key === "e") editRecord(kind, i);
    else return;
    event.preventDefault();
  });

  // ---------------------------------------------------------------- routing

  function route() {
    const parts = location.hash.replace(/^#/, "").split("/").map(decodeURIComponent);
    const [view0, id, ...rest] = parts;
    document.querySelectorAll(".views a").forEach((a) => a.classList.toggle("current",
      a.dataset.view === (["people", "person"].includes(view0) ? "people" : ["organizations", "org"].includes(view0) ? "organizations" : "release")));
    if (view0 === "people" || view0 === "organizations") entryTable(view0);
    else if (view0 === "person") people.has(id) ? renderPerson(people.get(id)) : notFound(id);
    else if (view0 === "org") orgs.has(id) ? renderOrg(orgs.get(id)) : notFound(id);
    else if (!releases.length) notFound("no releases");
    else {
      const n = view0 === "release" && releaseNumber.has(id) ? releaseNumber.get(id) : view0 === "release" ? -1 : 0;
      if (n < 0) { notFound(id); return; }
      if (state.current !== n) state.listPage = Math.floor(Math.max(0, matches().releases.indexOf(n)) / PAGE);
      renderRelease(n, rest.length === 2 ? rest : null);
    }
    renderSide();
  }

  // ---------------------------------------------------------------- controls

  const filters = $("filters");
  for (const kind of Object.keys(KINDS)) {
    filters.append(el("label", {},
      el("input", { type: "checkbox", checked: true, value: kind, onchange: (event) => {
        if (event.target.checked) state.kinds.add(kind); else state.kinds.delete(kind);
        if (view && document.contains(view.root)) renderRelease(view.n);
      } }),
      " ", KINDS[kind].label, SWATCH[kind].map((t) => el("span", { class: "swatch", title: t, style: `background: var(--${t})` }))));
  }
  const sources = new Map();
  for (const r of releases) if (r.source) sources.set(r.source, (sources.get(r.source) || 0) + 1);
  $("source").append(...[...sources].sort((a, b) => a[0].localeCompare(b[0])).map(([name, k]) => el("option", { value: name }, `${name} (${k})`)));
  const relist = () => { state.listPage = 0; renderSide(); };
  for (const [id, key] of [["sort", "sort"], ["source", "source"], ["date-from", "from"], ["date-to", "to"]]) {
    $(id).addEventListener("change", (event) => { state[key] = event.target.value; relist(); });
  }
  let typingText = null;
  $("text-search").addEventListener("input", (event) => {
    clearTimeout(typingText);
    typingText = setTimeout(() => { state.text = event.target.value; relist(); }, 200);
  });
  let typing = null;
  $("search").addEventListener("input", (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.query = event.target.value;
      state.listPage = 0;
      state.tablePage = 0;
      if (/^#(people|organizations)$/.test(location.hash)) route(); else renderSide();
    }, 120);
  });
  $("print").addEventListener("click", () => window.print());
  window.addEventListener("hashchange", route);
  route();
  document.body.dataset.ready = "true";
})();
