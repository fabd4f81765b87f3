// The workflow feature's pages: one relationship through its four phases — the stepper and what each
// next step still needs, preparation, the agreement, the development plan with SMART goals, meetings.
import {h, clear, section, messageBox, date} from '../dom.js';
import {t} from '../i18n.js';
import * as forms from './forms.js';
import {adminSections, badges} from './program.js';

const PHASES = ['PREPARING', 'NEGOTIATING', 'ENABLING', 'CLOSING', 'CLOSED'];

export default {
  routes: {relationship: render},
  badges,
  admin: adminSections,
};

async function render(ctx, main, id) {
  const rel = ctx.me.relationships.find(r => r.id === id) || await ctx.api.get('/relationships/' + id);
  const page = {ctx, rel, id, base: `/relationships/${encodeURIComponent(id)}`, me: ctx.me.person.id};
  page.myRole = (rel.members || []).find(m => m.personId === page.me)?.role;
  page.reload = () => render(ctx, main, id);
  const flow = await ctx.api.get(page.base + '/workflow');
  page.flow = flow;
  const at = PHASES.indexOf(flow.phase);
  const parts = [h('h1', {text: rel.title || t('wf.titleWith', {names: others(page)})}),
    network(page), stepper(flow.phase), nextSteps(page)];
  if (page.myRole && flow.phase === 'PREPARING') parts.push(await forms.preparation(page));
  if (at >= 1) parts.push(await forms.agreement(page));
  if (at >= 1) parts.push(await forms.goals(page));
  if (at >= 1) parts.push(await forms.meetings(page));
  parts.push(history(page));
  clear(main, parts);
}

function others(page) {
  return (page.rel.members || []).filter(m => m.personId !== page.me).map(m => m.displayName || '?').join(', ');
}

function network(page) {
  const members = page.rel.members || [];
  if (!members.length || !members[0].displayName) return null;
  return h('ul', {class: 'members'}, members.map(m => h('li', {},
    h('strong', {text: m.displayName + (m.me ? ' (' + t('wf.you') + ')' : '')}), ' · ',
    m.mentorRole ? t('role.' + m.mentorRole) : t('member.' + m.role))));
}

function stepper(phase) {
  const at = PHASES.indexOf(phase);
  return h('nav', {'aria-label': t('wf.phases')}, h('ol', {class: 'stepper'}, PHASES.map((p, i) => h('li', {
    class: i < at ? 'done' : i === at ? 'current' : 'todo', 'aria-current': i === at ? 'step' : false},
  h('span', {class: 'dot', 'aria-hidden': 'true', text: i < at ? '✓' : String(i + 1)}),
  h('span', {class: 'phase-name', text: t('phase.' + p)}),
  h('span', {class: 'sr-only', text: i < at ? t('wf.stepDone') : i === at ? t('wf.stepNow') : ''})))));
}

/** What each possible move still needs, by whom; the move itself once nothing is missing. */
function nextSteps(page) {
  const box = messageBox();
  const moves = page.flow.next.map(n => {
    const reason = n.to === 'CLOSING' || n.to === 'CLOSED'
      ? h('input', {name: 'reason', 'aria-label': t('wf.reason', {phase: t('phase.' + n.to)}), placeholder: t('wf.reasonHint')}) : null;
    const button = h('button', {type: 'button', text: t('wf.moveTo', {phase: t('phase.' + n.to)}), onclick: async () => {
      try {
        await page.ctx.api.post(page.base + '/workflow/transitions', {to: n.to, reason: reason?.value || null,
          version: page.flow.version});
        await page.reload();
      } catch (err) {
        box.show(err.message, 'error', err.details);
      }
    }});
    return h('div', {class: 'move'},
      n.unmet.length ? h('div', {}, h('p', {text: t('wf.needed', {phase: t('phase.' + n.to)})}),
        h('ul', {class: 'checklist'}, n.unmet.map(c => h('li', {text: c.message}))))
        : h('p', {class: 'ready', text: t('wf.ready', {phase: t('phase.' + n.to)})}),
      n.unmet.length ? null : reason, n.unmet.length ? null : button);
  });
  if (!moves.length) return section(t('wf.next'), h('p', {text: t('wf.closed')}));
  return section(t('wf.next'), moves, box);
}

function history(page) {
  const steps = page.flow.history || [];
  if (!steps.length) return null;
  return section(t('wf.history'), h('ol', {class: 'timeline'}, steps.map(s => h('li', {},
    h('strong', {text: t('phase.' + s.from) + ' → ' + t('phase.' + s.to)}), ' · ', date(s.at, page.ctx.locale),
    s.reason ? h('span', {class: 'muted', text: ' — ' + s.reason}) : null))));
}
