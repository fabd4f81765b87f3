// A program's administrators answer a participant's data requests: their data as one JSON file, and,
// for someone who has left the course, erasure (asked twice: it cannot be undone). Also the program's
// retention: when closed relationships are anonymised and launch records deleted.
import {h, clear, field, messageBox, values, section, explain} from './dom.js';
import {t} from './i18n.js';

/** The participant row's privacy buttons; `box` shows what happened. */
export function participantActions(ctx, state, p, box) {
  const cell = h('span', {class: 'actions inline'});
  const base = `/programs/${state.program.id}/privacy/people/${p.personId}`;
  const exportButton = h('button', {type: 'button', class: 'small secondary', text: t('privacy.export'),
    'aria-label': t('privacy.exportOf', {name: p.displayName}), onclick: async () => {
      try {
        await ctx.api.download(base + '/export', `tandem-export-${p.personId}.json`, 'application/json');
        box.show(t('privacy.exported', {name: p.displayName}), 'ok');
      } catch (err) {
        box.show(err.message, 'error', err.details);
      }
    }});
  const ask = () => {
    const sure = h('button', {type: 'button', class: 'small danger', text: t('privacy.eraseForGood'),
      'aria-label': t('privacy.eraseForGoodOf', {name: p.displayName}), onclick: erase});
    const cancel = h('button', {type: 'button', class: 'small secondary', text: t('action.cancel'), onclick: draw});
    clear(cell, h('span', {class: 'hint', role: 'note', text: t('privacy.eraseWarning', {name: p.displayName})}), sure, cancel);
    sure.focus();
  };
  const erase = async () => {
    try {
      await ctx.api.post(base + '/erasure');
      box.show(t('privacy.erased', {name: p.displayName}), 'ok');
      await state.changed();
    } catch (err) {
      box.show(err.message, 'error', err.details);
      draw();
    }
  };
  const draw = () => clear(cell, exportButton, p.active ? null : h('button', {type: 'button', class: 'small secondary',
    text: t('privacy.erase'), 'aria-label': t('privacy.eraseOf', {name: p.displayName}), onclick: ask}));
  draw();
  return cell;
}

/** The program's retention: its own months and days, or the server's defaults. */
export function retentionSection(ctx, state) {
  const box = messageBox();
  const path = `/programs/${state.program.id}/privacy/retention`;
  const form = h('form', {class: 'grid', novalidate: true});
  const draw = r => clear(form,
    field(t('privacy.months'), h('input', {name: 'anonymiseAfterMonths', type: 'number', min: 1, max: 1200,
      value: r.own ? r.anonymiseAfterMonths : '', placeholder: String(r.serverAnonymiseAfterMonths)}),
      t('privacy.monthsHint', {n: r.serverAnonymiseAfterMonths})),
    field(t('privacy.days'), h('input', {name: 'launchRecordDays', type: 'number', min: 1, max: 36500,
      value: r.own ? r.launchRecordDays : '', placeholder: String(r.serverLaunchRecordDays)}),
      t('privacy.daysHint', {n: r.serverLaunchRecordDays})),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('privacy.save')})), box);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = values(form);
    const number = x => x === null ? null : Number(x);
    try {
      const saved = await ctx.api.put(path, {anonymiseAfterMonths: number(v.anonymiseAfterMonths),
        launchRecordDays: number(v.launchRecordDays)});
      draw(saved);
      box.show(t('privacy.saved'), 'ok');
    } catch (err) {
      explain(box, err, form);
    }
  });
  ctx.api.get(path).then(draw, err => box.show(err.message, 'error', err.details));
  return section(t('privacy.retention'), h('p', {class: 'hint', text: t('privacy.retentionText')}), form);
}
