// A self-contained HTML report: one file with its data, d3-hierarchy's layout code, the page
// script and the stylesheet inline, so it opens from a CI artifact or a mail attachment with no
// network. The data travels as JSON in a non-executed script element; the page builds its DOM
// with textContent, and a CSP that allows only these exact scripts (by hash) backs that up.
import { createHash } from 'node:crypto';
import type { AuditResult } from '../audit.js';
import { d3HierarchyUmd } from './d3-source.js';
import { PAGE_SCRIPT } from './html-assets/page-script.js';
import { PAGE_STYLE } from './html-assets/page-style.js';
import { buildHtmlData, jsonForScript, type HtmlDataOptions } from './html-data.js';

let d3Source: string | null = null;

/** d3-hierarchy's UMD build (it defines `d3.hierarchy`, `d3.treemap`); read once. */
function d3HierarchySource(): string {
  if (d3Source === null) {
    // The source is inlined into a <script>: a closing tag inside it would end the element early.
    d3Source = d3HierarchyUmd().replace(/<\/(script)/gi, '<\\/$1');
  }
  return d3Source;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function renderHtml(result: AuditResult, options: HtmlDataOptions = {}): string {
  const data = jsonForScript(buildHtmlData(result, options));
  const d3 = d3HierarchySource();
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(PAGE_STYLE)}`,
    `script-src ${sha256(d3)} ${sha256(PAGE_SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>ctx-audit report</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>What <code>docker build</code> sends</h1>
<p class="sub" id="root"></p>
<noscript><p>This report draws its treemap with JavaScript; the same figures are in <code>ctx-audit --format json</code>.</p></noscript>
<section aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
<div class="cards" id="cards"></div>
<div class="savebar" id="savebar" aria-hidden="true"></div>
<p class="savecap" id="savecap"></p>
</section>
<section id="sent" aria-labelledby="h-sent">
<h2 id="h-sent">Treemap of the context</h2>
<div class="legend" id="legend"></div>
<nav class="crumbs" id="crumbs-sent" aria-label="Sent tree location"></nav>
<div class="map" id="map-sent" role="group" aria-label="Treemap of what is sent"></div>
</section>
<section id="excluded" aria-labelledby="h-excluded">
<h2 id="h-excluded">Kept out by the ignore file</h2>
<nav class="crumbs" id="crumbs-excluded" aria-label="Excluded tree location"></nav>
<div class="map small" id="map-excluded" role="group" aria-label="Treemap of what is kept out"></div>
</section>
<section aria-labelledby="h-findings">
<h2 id="h-findings">Findings</h2>
<table>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead>
<tbody id="findings-body"></tbody>
</table>
<p class="savecap" id="findings-more"></p>
</section>
<footer id="footer"></footer>
</main>
<div class="tip" id="tip" role="tooltip"></div>
<script type="application/json" id="ctx-audit-data">${data}</script>
<script>${d3}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
