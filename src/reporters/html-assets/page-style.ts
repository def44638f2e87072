// The HTML report's stylesheet: light and dark palettes through prefers-color-scheme. Status
// colours are chosen so label text on them keeps a 4.5:1 contrast in both schemes.
export const PAGE_STYLE = String.raw`
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --fg: #1c2026; --muted: #5a6270; --card: #ffffff; --line: #d5dae1;
  --dir-bg: #e6e9ee; --dir-line: #b9c0ca; --dir-fg: #222831;
  --focus: #0a58ca; --link: #0b57b0; --hl: #ffcc00;
  --used: #2f6cc4; --used-fg: #ffffff;
  --unused: #9aa3b0; --unused-fg: #11151a;
  --secret: #c62828; --secret-fg: #ffffff;
  --oversized: #f0a030; --oversized-fg: #11151a;
  --build: #7650a8; --build-fg: #ffffff;
  --sent: #3d6f96; --sent-fg: #ffffff;
  --excluded: #d3d8df; --excluded-fg: #2a2f36; --excluded-stripe: #c1c7d0;
  --error: #b42318; --warning: #a15c00; --info: #2f6cc4;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15181d; --fg: #e4e7ec; --muted: #9aa3af; --card: #1e2228; --line: #353b45;
    --dir-bg: #23272e; --dir-line: #444c58; --dir-fg: #dde2e8;
    --focus: #7cb3ff; --link: #8ab8ff; --hl: #ffd84d;
    --used: #3b78cf; --used-fg: #ffffff;
    --unused: #6b7585; --unused-fg: #ffffff;
    --secret: #d14343; --secret-fg: #ffffff;
    --oversized: #e0982e; --oversized-fg: #11151a;
    --build: #8a64c2; --build-fg: #ffffff;
    --sent: #4a7ea6; --sent-fg: #ffffff;
    --excluded: #353b44; --excluded-fg: #d6dbe2; --excluded-stripe: #2c3139;
    --error: #ff7b72; --warning: #e3a33b; --info: #7cb3ff;
  }
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1400px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 20px; margin: 4px 0 2px; }
h2 { font-size: 16px; margin: 26px 0 8px; }
.sub { color: var(--muted); margin: 0 0 14px; overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 10px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.card .k { color: var(--muted); font-size: 12px; }
.card .v { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .d { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.savebar { display: flex; height: 12px; border-radius: 6px; overflow: hidden; margin: 12px 0 4px; border: 1px solid var(--line); }
.savebar .s { background: var(--sent); }
.savebar .x { background: repeating-linear-gradient(135deg, var(--excluded) 0 6px, var(--excluded-stripe) 6px 12px); }
.savecap { color: var(--muted); font-size: 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 8px 0; font-size: 13px; }
.legend span.sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.2); }
.crumbs { display: flex; flex-wrap: wrap; align-items: center; gap: 2px; min-height: 30px; margin: 4px 0 6px; font-size: 13px; }
.crumbs button { font: inherit; color: var(--link); background: none; border: 0; padding: 3px 5px; border-radius: 4px; cursor: pointer; max-width: 40ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.crumbs button:hover { text-decoration: underline; }
.crumbs button:focus-visible { outline: 2px solid var(--focus); }
.crumbs .sep { color: var(--muted); }
.crumbs .here { font-weight: 600; padding: 3px 5px; max-width: 50ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.crumbs .hint { margin-left: auto; color: var(--muted); font-size: 12px; }
.map { position: relative; width: 100%; height: min(66vh, 640px); min-height: 320px; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; user-select: none; }
.map.small { height: 200px; min-height: 160px; }
.cell { position: absolute; overflow: hidden; cursor: pointer; font-size: 11px; line-height: 14px; padding: 1px 4px; white-space: nowrap; text-overflow: ellipsis; border-radius: 2px; }
.cell.dir { background: var(--dir-bg); border: 1px solid var(--dir-line); color: var(--dir-fg); font-weight: 600; }
.cell.leaf { border: 1px solid rgba(0,0,0,.18); }
.cell .sz { font-weight: 400; opacity: .85; margin-left: 6px; }
.cell.leaf .sz { display: block; margin-left: 0; }
.cell:focus { outline: 3px solid var(--focus); outline-offset: -3px; z-index: 5; }
.cell.hl { outline: 3px solid var(--hl); outline-offset: -3px; z-index: 4; }
.cell:hover { filter: brightness(1.08); }
.cell.group { background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.16) 0 4px, transparent 4px 9px); }
.cell.collapsed { background-image: repeating-linear-gradient(90deg, rgba(255,255,255,.14) 0 2px, transparent 2px 7px); }
.s-used { background-color: var(--used); color: var(--used-fg); }
.s-unused { background-color: var(--unused); color: var(--unused-fg); }
.s-secret { background-color: var(--secret); color: var(--secret-fg); }
.s-oversized { background-color: var(--oversized); color: var(--oversized-fg); }
.s-build { background-color: var(--build); color: var(--build-fg); }
.s-sent { background-color: var(--sent); color: var(--sent-fg); }
.s-excluded { background: repeating-linear-gradient(135deg, var(--excluded) 0 6px, var(--excluded-stripe) 6px 12px); color: var(--excluded-fg); }
.empty { padding: 20px; color: var(--muted); }
.tip { position: fixed; z-index: 50; max-width: min(460px, 92vw); background: var(--card); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 8px 10px; font-size: 12px; pointer-events: none; display: none; }
.tip .p { font-weight: 600; font-size: 13px; overflow-wrap: anywhere; white-space: pre-wrap; }
.tip .m { color: var(--muted); margin-top: 2px; }
.tip ul { margin: 6px 0 0; padding-left: 16px; }
.tip li { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 12px; }
td.msg, td.where { overflow-wrap: anywhere; }
td.where button { font: inherit; color: var(--link); background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: underline; overflow-wrap: anywhere; }
td.where button:focus-visible { outline: 2px solid var(--focus); }
.sev { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
`;
