// What the workflow adds elsewhere: phase and health badges on relationship cards, and the program's
// charts for its administrators (the phase funnel, meetings held per relationship and month, health).
import {h, clear, section} from '../dom.js';
import {t} from '../i18n.js';
import {bars, columns} from '../charts.js';

const PHASES = ['PREPARING', 'NEGOTIATING', 'ENABLING', 'CLOSING', 'CLOSED'];

export async function badges(ctx, relationshipId) {
  const health = await ctx.api.get(`/relationships/${encodeURIComponent(relationshipId)}/workflow/health`);
  const out = [h('span', {class: 'badge phase', text: t('phase.' + health.phase)})];
  if (health.status !== 'OK') {
    out.push(h('span', {class: 'badge ' + (health.status === 'AT_RISK' ? 'risk' : 'attention'),
      title: health.signals.map(s => s.message).join(' '), text: t('health.' + health.status)}));
  }
  return out;
}

/** The charts and the attention list, drawn anew whenever an action on the page changes the program. */
export async function adminSections(ctx, state) {
  const charts = h('div', {class: 'charts'});
  const watch = h('div');
  const draw = async () => {
    const id = encodeURIComponent(state.program.id);
    const [activity, health] = await Promise.all([ctx.api.get(`/programs/${id}/activity`), ctx.api.get(`/programs/${id}/health`)]);
    const names = Object.fromEntries(state.people.map(p => [p.personId, p.displayName]));
    const label = relId => {
      const r = state.rels.find(x => x.id === relId);
      return r ? (r.title || r.members.map(m => names[m.personId] || '?').join(' & ')) : relId;
    };
    const funnel = bars(t('chart.funnel'), PHASES.map(p => ({label: t('phase.' + p),
      value: activity.phases.find(x => x.phase === p)?.relationships || 0})), {caption: t('chart.funnel.caption')});
    const months = [...new Set(activity.meetings.map(m => m.month))].sort();
    const series = [...new Set(activity.meetings.map(m => m.relationshipId))].map(rel => ({label: label(rel),
      values: Object.fromEntries(activity.meetings.filter(m => m.relationshipId === rel).map(m => [m.month, m.held]))}));
    const meetings = months.length ? columns(t('chart.meetings'), months, series, {caption: t('chart.meetings.caption')})
      : h('p', {class: 'hint', text: t('chart.meetings.none')});
    const attention = health.filter(x => x.status !== 'OK');
    clear(charts, funnel, meetings);
    clear(watch, attention.length ? h('ul', {class: 'checklist'}, attention.map(x => h('li', {},
      h('strong', {text: label(x.relationshipId) + ' · ' + t('health.' + x.status) + ': '}), x.signals.map(s => s.message).join(' '))))
      : h('p', {class: 'ready', text: t('health.allOk')}));
  };
  await draw();
  state.on(draw);
  return [section(t('admin.charts'), charts), section(t('admin.health'), watch)];
}
