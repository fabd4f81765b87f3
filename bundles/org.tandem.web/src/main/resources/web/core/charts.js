// Accessible charts: an SVG drawing for the eye, the same numbers as a table for everyone (screen
// readers, keyboard users, people who want the figures). Small by design: bars and columns only.
import {h} from './dom.js';
import {t} from './i18n.js';

const WIDTH = 560;

/** Horizontal bars: rows [{label, value, note}] on a scale of 0..max. */
export function bars(title, rows, {max, format = v => String(v), caption} = {}) {
  const top = max || Math.max(1, ...rows.map(r => r.value || 0));
  const rowH = 30, labelW = 190, height = rows.length * rowH + 10;
  const svg = h('svg:svg', {viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': title, class: 'chart'});
  rows.forEach((r, i) => {
    const y = 5 + i * rowH;
    const w = r.value == null ? 0 : Math.max(2, (WIDTH - labelW - 70) * r.value / top);
    svg.append(h('svg:text', {x: labelW - 8, y: y + 19, 'text-anchor': 'end', class: 'label'}, clip(r.label, 28)));
    svg.append(h('svg:rect', {x: labelW, y: y + 4, width: w, height: rowH - 10, rx: 3, class: r.value == null ? 'bar none' : 'bar'}));
    svg.append(h('svg:text', {x: labelW + w + 6, y: y + 19, class: 'value'}, r.value == null ? (r.note || '—') : format(r.value)));
  });
  return figure(title, svg, [t('chart.item'), t('chart.value')],
    rows.map(r => [r.label, r.value == null ? (r.note || '—') : format(r.value)]), caption);
}

/** Columns over time: series [{label, values: {month: n}}] stacked per month. */
export function columns(title, months, series, {caption} = {}) {
  const totals = months.map(m => series.reduce((s, x) => s + (x.values[m] || 0), 0));
  const top = Math.max(1, ...totals);
  const height = 200, base = 170, colW = Math.min(60, (WIDTH - 40) / Math.max(1, months.length));
  const svg = h('svg:svg', {viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': title, class: 'chart'});
  months.forEach((m, i) => {
    let y = base;
    const x = 30 + i * colW;
    series.forEach((s, k) => {
      const n = s.values[m] || 0;
      const hgt = 150 * n / top;
      y -= hgt;
      if (n) svg.append(h('svg:rect', {x, y, width: colW - 8, height: hgt, class: 'bar s' + (k % 6)}));
    });
    svg.append(h('svg:text', {x: x + (colW - 8) / 2, y: base + 18, 'text-anchor': 'middle', class: 'label'}, m.slice(2)));
    svg.append(h('svg:text', {x: x + (colW - 8) / 2, y: y - 4, 'text-anchor': 'middle', class: 'value'}, String(totals[i])));
  });
  const head = [t('chart.series'), ...months];
  const body = series.map(s => [s.label, ...months.map(m => String(s.values[m] || 0))]);
  return figure(title, svg, head, body, caption);
}

function figure(title, svg, head, body, caption) {
  const table = h('table', {},
    h('caption', {class: 'sr-only', text: title}),
    h('thead', {}, h('tr', {}, head.map(c => h('th', {scope: 'col', text: c})))),
    h('tbody', {}, body.map(r => h('tr', {}, r.map((c, i) => i === 0 ? h('th', {scope: 'row', text: c}) : h('td', {text: c}))))));
  return h('figure', {class: 'figure'}, h('figcaption', {}, h('strong', {text: title}), caption ? h('span', {class: 'hint', text: ' ' + caption}) : null),
    svg, h('details', {}, h('summary', {text: t('chart.table')}), table));
}

function clip(s, n) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
