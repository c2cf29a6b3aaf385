/*
 * The report's stylesheet. Arabic rules follow docs/arabic.md §6: the Arabic
 * font stack on :lang(ar), no letter-spacing, logical properties, and
 * highlights (mark, del, ins, abbr) that only paint (background, colour,
 * underline, outline): no padding, margin, border or vertical-align inside
 * a word, which would break the joining of its letters.
 *
 * Everything that carries meaning has a non-colour cue too, so the page
 * reads in greyscale: lean cells have a sign, a pole name and a border
 * style (solid = first pole, double = second, dotted = balanced, hatched =
 * no own-voice evidence); voices differ by underline style and a label.
 * How much evidence a lean rests on is drawn in the mark: pips, and a
 * thin dashed, pale cell (a small, faint dot in the charts) for n = 1.
 *
 * Underlines sit below Arabic dots and descenders (text-underline-offset).
 * Narrow screens get a hint where a table scrolls sideways and charts
 * keep labels of at least 11 px (they scroll instead of shrinking).
 * Printing gives the compact report unless "Print the full evidence" is
 * ticked (a checkbox read by :has(), no script).
 */
export const REPORT_CSS = `
:root{--ink:#1b1b1b;--muted:#5b5b5b;--line:#d6d6d6;--neg:#b3261e;--neg-bg:#fbe4e2;--pos:#1d5fa8;--pos-bg:#e1ecf8;--neu:#6b6b6b;--mark:#fff1a8;--ins:#1f6b1f;--ins-bg:#e4f4e4;--term:#c77700}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#fff}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:24px;border-bottom:2px solid var(--ink)}
h1{margin:0 0 4px;font-size:1.8em}
.lede{margin:0 0 8px;color:var(--muted)}
nav{margin:8px 0 12px;font-size:.9em}
nav a{color:var(--pos)}
h2{margin-top:36px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{margin:24px 0 8px}
h4{margin:16px 0 6px}
small{color:var(--muted);font-weight:normal}
:lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Geeza Pro","Segoe UI",Tahoma,Arial,sans-serif;line-height:1.7;font-size:1.1em;letter-spacing:normal}
:lang(ar) :lang(ar){font-size:1em}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:start}
th{background:#f4f4f4}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;width:1%;white-space:nowrap}
.scroll{overflow-x:auto}
code{font-size:.85em;overflow-wrap:anywhere}
.summary li{margin:6px 0}
.lean.neg2{background:var(--neg-bg);border-inline-start:6px solid var(--neg)}
.lean.neg1{background:#fdf1f0;border-inline-start:3px solid var(--neg)}
.lean.pos2{background:var(--pos-bg);border-inline-start:6px double var(--pos)}
.lean.pos1{background:#f0f5fb;border-inline-start:3px double var(--pos)}
.lean.zero{border-inline-start:3px dotted var(--neu)}
.lean.none{color:var(--muted);font-style:italic;background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f5f5f5 6px,#f5f5f5 12px)}
.lean.ev-weak{background:#fff;border-inline-start-width:2px;border-inline-start-style:dashed}
.lean.ev-weak strong{font-weight:600;opacity:.75}
.lean.ev-some{border-inline-start-width:4px}
.ev{display:inline-block;white-space:nowrap;font-size:.75em;color:var(--muted)}
.ev i{display:inline-block;width:.55em;height:.55em;margin-inline-end:2px;border-radius:50%;background:currentColor}
.lean.neg1 .ev,.lean.neg2 .ev{color:var(--neg)}
.lean.pos1 .ev,.lean.pos2 .ev{color:var(--pos)}
.how-to-read{margin:8px 0 12px;padding:8px 14px;border:1px solid var(--line);border-inline-start:4px solid var(--ink);background:#fafafa}
.how-to-read .aside-title{margin:0 0 4px;font-size:1.05em;border:0;padding:0}
.how-to-read ul{margin:0;padding-inline-start:1.2em}
.how-to-read li{margin:3px 0}
.print-choice{margin:4px 0 12px;font-size:.9em}
.compact-note{display:none}
.scroll-hint{display:none}
figure.chart{margin:12px 0 20px}
figure.chart .chart-box{overflow-x:auto}
figure.chart svg{max-width:760px;min-width:600px;display:block}
svg .axis{stroke:#999;stroke-width:1}
svg .mid{stroke:#bbb;stroke-dasharray:3 3}
svg .pole{font-size:13px;fill:var(--muted)}
svg .lbl,svg .n,svg .nodata{font-size:13px;fill:var(--ink)}
svg .nodata{fill:var(--muted);font-style:italic}
svg .bar.neg{stroke:var(--neg)} svg .bar.pos{stroke:var(--pos)} svg .bar.zero{stroke:var(--neu)}
svg .dot.neg{fill:var(--neg)} svg .dot.pos{fill:#fff;stroke:var(--pos);stroke-width:3} svg .dot.zero{fill:var(--neu)}
ol.kwic{padding-inline-start:1.6em}
ol.kwic>li{margin:10px 0}
ul.meta{list-style:none;margin:0;padding:0;font-size:.85em;color:var(--muted)}
ul.meta .term{color:var(--ink)}
blockquote{margin:4px 0;padding:4px 12px;border-inline-start:3px solid var(--line);background:#fafafa}
blockquote[dir=rtl]{text-align:right}
mark.hit{background:var(--mark);color:inherit}
mark.hit.v-quoted{text-decoration:underline double;text-underline-offset:.45em;text-decoration-thickness:1px}
mark.hit.v-attributed{text-decoration:underline dotted;text-underline-offset:.45em;text-decoration-thickness:2px}
:lang(ar) mark.hit.v-quoted,:lang(ar) mark.hit.v-attributed,:lang(ar) abbr.spell,:lang(ar) ins{text-underline-offset:.6em}
blockquote[lang=ar]{line-height:2.1}
mark.hit.first{background:var(--neg-bg)}
mark.hit.second{background:var(--pos-bg)}
.pole{font-weight:bold;color:var(--ink)}
.voice{border:1px solid var(--line);border-radius:3px;padding:0 4px;font-size:.85em;white-space:nowrap}
.voice.v-outlet{border-color:var(--ink);font-weight:bold}
.voice.v-quoted{font-style:italic}
.flag{background:#eee;border-radius:3px;padding:0 4px;font-size:.85em}
.claim{margin-bottom:6px}
td.empty{color:var(--muted);text-align:center}
.diff del,.legend del{background:var(--neg-bg);color:var(--neg);text-decoration:line-through}
.diff ins,.legend ins{background:var(--ins-bg);color:var(--ins);text-decoration:underline;text-underline-offset:.4em}
abbr.spell{color:var(--muted);text-decoration:underline dotted;text-underline-offset:.4em}
mark.term{background:none;color:inherit;outline:2px solid var(--term)}
.legend>*{margin-inline-end:12px}
.speakers-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(440px,100%),1fr));gap:4px 32px}
.speakers td{overflow-wrap:anywhere}
@media (max-width:700px){
  header,main,footer{padding:0 12px}
  .scroll-hint{display:block;margin:4px 0;font-size:.85em;color:var(--muted)}
  .scroll{box-shadow:inset -14px 0 10px -10px rgba(0,0,0,.3)}
  table.matrix{min-width:640px}
  table.numbers,table.sources,table.lexicon{min-width:560px}
  th,td{padding:4px 5px}
}
.speakers-grid table{margin-top:0}
footer{margin:40px auto 24px;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:8px}
@media print{
  @page{size:A4;margin:14mm}
  body{font-size:10.5pt}
  nav{display:none}
  .scroll{overflow:visible}
  header,main,footer{max-width:none;padding:0}
  h2,h3,h4{break-after:avoid}
  section#matrix,.keep,figure,blockquote,ol.kwic>li,.claim,.passage,.how-to-read{break-inside:avoid}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  .print-choice,.scroll-hint{display:none}
  figure.chart svg{min-width:0}
  body:not(:has(#full-print:checked)) .evidence-only{display:none}
  body:not(:has(#full-print:checked)) .compact-note{display:block;font-size:.9em;color:var(--muted);border:1px solid var(--line);padding:4px 8px}
  th,td{padding:3px 5px}
  a{color:inherit;text-decoration:none}
  .speakers-grid{display:block}
}
`;
