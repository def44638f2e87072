// The HTML report's script, run in the browser after d3-hierarchy. It reads the JSON data block,
// lays out the current directory with d3's squarified treemap and builds every element with
// createElement + textContent: no string of the data is ever parsed as markup.
// Plain ES2017 inside a raw string (no template literals in the page code).
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('ctx-audit-data').textContent);
  var STATUS_LABEL = {
    used: 'used by a COPY/ADD/bind source',
    unused: 'not used by any COPY/ADD/bind source',
    secret: 'secret (CTX201/CTX202)',
    oversized: 'oversized (CTX001)',
    build: 'Dockerfile or ignore file',
    sent: 'sent (use unknown: Dockerfile not analysed)',
    excluded: 'kept out by the ignore file'
  };
  var STATUS_ORDER = ['secret', 'oversized', 'used', 'unused', 'build', 'sent', 'excluded'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function num(n) { return Number(n).toLocaleString('en-US'); }
  function human(n) {
    var units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
    var i = 0;
    while (n >= 1000 && i < units.length - 1) { n /= 1000; i++; }
    // ctx-audit's one unit style: docker's rounding (4 significant digits), a space, the unit.
    return (i === 0 ? String(n) : String(Number(n.toPrecision(4)))) + ' ' + units[i];
  }
  function plural(n, word) { return num(n) + ' ' + word + (n === 1 ? '' : 's'); }
  function hasKids(n) { return !!(n.children && n.children.length); }

  // ---- tooltip -------------------------------------------------------------------------------
  var tip = document.getElementById('tip');
  var tipFor = null;
  function describe(n, tree) {
    if (n.kind === 'group') return plural(n.items, 'smaller item') + ', each under ' + (data.limits.minShare * 100) + '% of this directory, drawn as one';
    if (n.kind === 'collapsed') return 'directory; its contents are not drawn (the page keeps at most ' + num(tree.maxNodes) + ' rectangles)';
    if (n.kind === 'dir') return hasKids(n) ? 'directory' : (tree.name === 'excluded' ? 'directory, excluded as a whole' : 'directory');
    var what = n.kind === 'link' ? 'link' : n.kind === 'other' ? 'special file' : 'file';
    return what + ' \u00b7 ' + STATUS_LABEL[n.status];
  }
  function showTip(n, tree, x, y) {
    if (tipFor !== n) {
      tipFor = n;
      tip.textContent = '';
      tip.appendChild(el('div', 'p', tree.pathOf(n)));
      tip.appendChild(el('div', 'm', describe(n, tree)));
      var size = tree.name === 'excluded'
        ? human(n.bytes) + ' of content kept out (' + num(n.bytes) + ' bytes)'
        : human(n.bytes) + ' in the tar (' + num(n.bytes) + ' bytes)';
      tip.appendChild(el('div', 'm', size + ' \u00b7 ' + plural(n.files, 'file')));
      if (n.findings.length) {
        var ul = el('ul');
        n.findings.slice(0, 6).forEach(function (i) {
          var f = data.findings[i];
          ul.appendChild(el('li', null, f.ruleId + ' ' + f.name + ': ' + f.message));
        });
        if (n.findings.length > 6) ul.appendChild(el('li', null, plural(n.findings.length - 6, 'more finding')));
        tip.appendChild(ul);
      }
    }
    tip.style.display = 'block';
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 14, window.innerWidth - w - 8);
    var top = y + 16 + h > window.innerHeight ? y - h - 10 : y + 16;
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = Math.max(4, top) + 'px';
  }
  function hideTip() { tip.style.display = 'none'; tipFor = null; }

  // ---- treemap -------------------------------------------------------------------------------
  function makeTreemap(root, name, mapEl, crumbsEl, rootLabel, maxNodes) {
    var parentOf = new Map();
    var byId = new Map();
    (function index() {
      var stack = [root];
      byId.set(root.id, root);
      while (stack.length) {
        var n = stack.pop();
        (n.children || []).forEach(function (c) { parentOf.set(c, n); byId.set(c.id, c); stack.push(c); });
      }
    })();
    var current = root;
    var cells = new Map();
    var nodeOf = new WeakMap();
    var tree = {
      name: name,
      maxNodes: maxNodes,
      pathOf: function (n) {
        var parts = [];
        for (var p = n; p && p !== root; p = parentOf.get(p)) parts.unshift(p.kind === 'group' ? '(' + p.name + ')' : p.name);
        if (!parts.length) return rootLabel;
        return parts.join('/') + (hasKids(n) || n.kind === 'collapsed' ? '/' : '');
      }
    };

    function render() {
      mapEl.textContent = '';
      cells = new Map();
      hideTip();
      var W = mapEl.clientWidth, H = mapEl.clientHeight;
      if (!hasKids(current) || W < 10 || H < 10) {
        mapEl.appendChild(el('div', 'empty', hasKids(current) ? '' : 'Nothing to draw here.'));
        return;
      }
      var h = d3.hierarchy(current, function (d) { return d.children; })
        .sum(function (d) { return hasKids(d) ? 0 : Math.max(d.bytes, 1); })
        .sort(function (a, b) { return b.value - a.value || a.data.id - b.data.id; });
      // A directory gets a header line for its name when there is room for one.
      var header = function (d) { return d.depth > 0 && d.x1 - d.x0 >= 48 && d.y1 - d.y0 >= 40 ? 17 : d.depth > 0 ? 3 : 0; };
      d3.treemap().tile(d3.treemapSquarify).size([W, H]).round(true)
        .paddingInner(2).paddingTop(header)
        .paddingRight(function (d) { return d.depth > 0 ? 3 : 0; })
        .paddingBottom(function (d) { return d.depth > 0 ? 3 : 0; })
        .paddingLeft(function (d) { return d.depth > 0 ? 3 : 0; })(h);
      var drawn = new Set([h]);
      h.descendants().forEach(function (d) {
        if (d.depth === 0 || !drawn.has(d.parent)) return;
        var w = d.x1 - d.x0, ht = d.y1 - d.y0;
        if (w < 3 || ht < 3) return;
        drawn.add(d);
        var n = d.data;
        var frame = hasKids(n);
        var cls = 'cell ' + (frame ? 'dir' : 'leaf s-' + n.status);
        if (n.kind === 'group') cls += ' group';
        if (n.kind === 'collapsed') cls += ' collapsed';
        var c = el('div', cls);
        c.style.left = d.x0 + 'px';
        c.style.top = d.y0 + 'px';
        c.style.width = w + 'px';
        c.style.height = ht + 'px';
        c.tabIndex = d.depth === 1 ? 0 : -1;
        c.setAttribute('role', 'button');
        c.setAttribute('aria-label', tree.pathOf(n) + ', ' + human(n.bytes) + (n.findings.length ? ', ' + plural(n.findings.length, 'finding') : ''));
        c.setAttribute('data-id', String(n.id));
        if (frame ? header(d) > 3 : w >= 28 && ht >= 14) {
          c.appendChild(document.createTextNode(n.name));
          if (frame || ht >= 30) c.appendChild(el('span', 'sz', human(n.bytes)));
        }
        nodeOf.set(c, n);
        cells.set(n.id, c);
        mapEl.appendChild(c);
      });
    }

    function renderCrumbs() {
      crumbsEl.textContent = '';
      var chain = [];
      for (var p = current; p; p = parentOf.get(p)) chain.unshift(p);
      chain.forEach(function (n, i) {
        var label = n === root ? rootLabel : n.name;
        if (i > 0) crumbsEl.appendChild(el('span', 'sep', '/'));
        if (n === current) {
          var here = el('span', 'here', label);
          here.setAttribute('aria-current', 'location');
          crumbsEl.appendChild(here);
        } else {
          var b = el('button', null, label);
          b.type = 'button';
          b.addEventListener('click', function () { zoomTo(n); focusFirst(); });
          crumbsEl.appendChild(b);
        }
      });
      crumbsEl.appendChild(el('span', 'hint', human(current.bytes) + ' \u00b7 click or Enter to zoom in, Esc or Backspace to go up'));
    }

    function zoomTo(n) {
      current = n;
      render();
      renderCrumbs();
    }
    function focusFirst() {
      var first = mapEl.querySelector('.cell');
      if (first) first.focus();
    }
    function up() {
      var p = parentOf.get(current);
      if (!p) return false;
      var from = current;
      zoomTo(p);
      var c = cells.get(from.id);
      if (c) c.focus(); else focusFirst();
      return true;
    }
    function activate(n, cell) {
      if (hasKids(n)) { zoomTo(n); focusFirst(); return; }
      var p = parentOf.get(n);
      if (p && p !== current) {
        zoomTo(p);
        var c = cells.get(n.id);
        if (c) c.focus();
      } else if (cell) {
        cell.focus();
      }
    }

    mapEl.addEventListener('click', function (ev) {
      var c = ev.target.closest('.cell');
      if (c && nodeOf.has(c)) activate(nodeOf.get(c), c);
    });
    mapEl.addEventListener('mousemove', function (ev) {
      var c = ev.target.closest('.cell');
      if (c && nodeOf.has(c)) showTip(nodeOf.get(c), tree, ev.clientX, ev.clientY); else hideTip();
    });
    mapEl.addEventListener('mouseleave', hideTip);
    mapEl.addEventListener('focusin', function (ev) {
      var c = ev.target.closest('.cell');
      if (!c || !nodeOf.has(c)) return;
      var r = c.getBoundingClientRect();
      showTip(nodeOf.get(c), tree, r.left + Math.min(r.width / 2, 40), r.top + Math.min(r.height, 24));
    });
    mapEl.addEventListener('focusout', hideTip);
    mapEl.parentNode.addEventListener('keydown', function (ev) {
      var c = ev.target.closest && ev.target.closest('.cell');
      if ((ev.key === 'Enter' || ev.key === ' ') && c && nodeOf.has(c)) {
        ev.preventDefault();
        activate(nodeOf.get(c), c);
      } else if (ev.key === 'Escape' || ev.key === 'Backspace') {
        if (up()) ev.preventDefault();
      }
    });

    zoomTo(root);
    return {
      render: render,
      reveal: function (id) {
        var n = byId.get(id);
        if (!n) return;
        var p = parentOf.get(n);
        zoomTo(p || n);
        if (!cells.has(n.id) && hasKids(n)) zoomTo(n);
        var c = cells.get(n.id);
        mapEl.scrollIntoView({ block: 'center' });
        if (c) { c.classList.add('hl'); c.focus({ preventScroll: true }); } else focusFirst();
      }
    };
  }

  // ---- page ----------------------------------------------------------------------------------
  var s = data.summary;
  document.title = 'ctx-audit: ' + (s.legacyRefusedBy ? (s.buildkit && s.buildkit.figure ? s.buildkit.figure + ' (BuildKit)' : 'refused by the legacy builder') : s.dockerFigure) + ' build context \u00b7 ' + data.root;
  document.getElementById('root').textContent =
    data.root + ' \u00b7 Dockerfile: ' + data.dockerfile + ' \u00b7 ignore file: ' + (data.ignoreFile || 'none') + ' \u00b7 builder: ' + data.builder;

  var cards = document.getElementById('cards');
  function card(k, v, d) {
    var c = el('div', 'card');
    c.appendChild(el('div', 'k', k));
    c.appendChild(el('div', 'v', v));
    if (d) c.appendChild(el('div', 'd', d));
    cards.appendChild(c);
  }
  var counts = { error: 0, warning: 0, info: 0 };
  data.findings.forEach(function (f) { counts[f.severity]++; });
  if (s.legacyRefusedBy) card('Legacy (DOCKER_BUILDKIT=0)', 'refused', s.legacyRefusedBy);
  else card('Legacy tar (DOCKER_BUILDKIT=0)', s.dockerFigure, num(s.tarBytes) + ' bytes \u00b7 ' + plural(s.entries, 'entry').replace(/entrys$/, 'entries'));
  if (s.compressed) card('Legacy with --compress', s.compressed.figure, s.compressed.bytes + ' of gzip \u00b7 BuildKit ignores --compress');
  if (s.buildkit) {
    card('BuildKit requests', s.buildkit.usesContext ? human(s.buildkit.requestedBytes) : '0 B',
      s.buildkit.usesContext ? plural(s.buildkit.requestedFiles, 'file') + ' of content, of ' + human(s.buildkit.eligibleBytes) + ' eligible' : 'no stage reads the context');
    card('BuildKit prints', s.buildkit.figure || 'nothing', (s.buildkit.figure ? 'transferring context' : 'no context transfer') +
      (s.buildkit.dockerignoreFigure ? ' \u00b7 ' + s.buildkit.dockerignoreFigure + ' loading .dockerignore' : '') + ' \u00b7 xattrs not counted');
  } else {
    card('BuildKit requests', 'n/a', 'the Dockerfile could not be analysed');
  }
  card('Files sent', num(s.files), human(s.contentBytes) + ' of content');
  if (s.excluded.bytes === null) card('Kept out by ' + (data.ignoreFile || '.dockerignore'), 'not measured', plural(s.excluded.unmeasuredDirectories, 'directory').replace(/directorys$/, 'directories') + ' not looked inside (--measure-excluded)');
  else card('Kept out by ' + (data.ignoreFile || '.dockerignore'), human(s.excluded.bytes), plural(s.excluded.files, 'file') + ' \u00b7 ' + plural(s.excluded.entries, 'entry').replace(/entrys$/, 'entries'));
  card('Findings', num(data.findings.length + data.findingsOmitted), plural(counts.error, 'error') + ' \u00b7 ' + plural(counts.warning, 'warning') + ' \u00b7 ' + counts.info + ' info');

  var excludedBytes = s.excluded.bytes || 0;
  var total = s.contentBytes + excludedBytes;
  var bar = document.getElementById('savebar');
  var sentPart = el('div', 's');
  var exPart = el('div', 'x');
  sentPart.style.width = (total ? (100 * s.contentBytes) / total : 100) + '%';
  exPart.style.width = (total ? (100 * excludedBytes) / total : 0) + '%';
  bar.appendChild(sentPart);
  bar.appendChild(exPart);
  document.getElementById('savecap').textContent = s.excluded.bytes === null
    ? human(s.contentBytes) + ' of file content is sent; what the ignore file keeps out was not measured.'
    : s.excluded.bytes > 0
    ? 'Of ' + human(total) + ' of file content in the directory, ' + human(s.contentBytes) + ' is sent and ' + human(s.excluded.bytes) + ' (' + Math.round((100 * s.excluded.bytes) / total) + '%) is kept out by the ignore file.'
    : 'The ignore file keeps nothing out: all ' + human(s.contentBytes) + ' of file content is sent.';

  var legend = document.getElementById('legend');
  STATUS_ORDER.forEach(function (st) {
    var b = st === 'excluded' ? (data.excluded ? excludedBytes : 0) : data.statusBytes[st];
    if (!b) return;
    var item = el('span');
    item.appendChild(el('span', 'sw s-' + st));
    item.appendChild(document.createTextNode(STATUS_LABEL[st] + ' \u00b7 ' + human(b)));
    legend.appendChild(item);
  });

  var maps = {};
  maps.sent = makeTreemap(data.sent, 'sent', document.getElementById('map-sent'), document.getElementById('crumbs-sent'), 'context', data.limits.maxNodes);
  var exSection = document.getElementById('excluded');
  if (data.excluded) {
    maps.excluded = makeTreemap(data.excluded, 'excluded', document.getElementById('map-excluded'), document.getElementById('crumbs-excluded'), 'excluded', data.limits.maxExcludedNodes);
  } else {
    exSection.hidden = true;
  }

  var tbody = document.getElementById('findings-body');
  data.findings.forEach(function (f) {
    var tr = el('tr');
    tr.appendChild(el('td', 'sev sev-' + f.severity, f.severity));
    var rule = el('td');
    rule.appendChild(el('div', null, f.ruleId));
    rule.appendChild(el('div', 'd', f.name));
    tr.appendChild(rule);
    var where = el('td', 'where');
    if (f.path !== null && f.target) {
      var b = el('button', null, f.path === '.' ? './ (context root)' : f.path);
      b.type = 'button';
      b.setAttribute('data-tree', f.target.tree);
      b.setAttribute('data-target', String(f.target.id));
      b.addEventListener('click', function () { maps[f.target.tree].reveal(f.target.id); });
      where.appendChild(b);
    } else if (f.path !== null) {
      where.appendChild(el('div', null, f.path));
    }
    if (f.location) where.appendChild(el('div', 'd', f.location));
    tr.appendChild(where);
    tr.appendChild(el('td', 'msg', f.message));
    tbody.appendChild(tr);
  });
  if (!data.findings.length) {
    var tr = el('tr');
    var td = el('td', null, 'No findings.');
    td.colSpan = 4;
    tr.appendChild(td);
    tbody.appendChild(tr);
  }
  if (data.findingsOmitted > 0) {
    document.getElementById('findings-more').textContent = plural(data.findingsOmitted, 'more finding') + ' not shown; see --format json.';
  }
  document.getElementById('footer').textContent = 'ctx-audit ' + data.tool.version +
    '. Areas are bytes in the legacy tar (content bytes for what is kept out). Items under ' + (data.limits.minShare * 100) +
    '% of their directory are merged, and at most ' + num(data.limits.maxNodes) + ' rectangles are kept.';

  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      Object.keys(maps).forEach(function (k) { maps[k].render(); });
    });
  });
  document.body.setAttribute('data-ready', 'true');
})();
`;
