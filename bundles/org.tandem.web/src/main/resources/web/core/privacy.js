// A program's administrators answer a participant's data requests: their data as one JSON file, and,
// for someone who has left the course, erasure (asked twice: it cannot be undone). Also the program's
// retention: when closed relationships are anonymised and launch records deleted.
import {h, clear, field, messageBox, values, section, explain} from './dom.js';
import {t} from './i18n.js';

/**
 * A person's privacy buttons in `cell`: *Export data*, and *Erase…* (unless `erasable` is false) which
 * asks once more, saying what erasing does, before `erase()` runs. `exportData()` downloads; both report
 * in `box`; `done()` runs after an erasure.
 */
export function privacyButtons(cell, {name, erasable, exportData, erase, box, done}) {
  const draw = () => clear(cell, h('button', {type: 'button', class: 'small secondary', text: t('privacy.export'),
    'aria-label': t('privacy.exportOf', {name}), onclick: async () => {
      try {
        await exportData();
        box.show(t('privacy.exported', {name}), 'ok');
      } catch (err) {
        box.show(err.message, 'error', err.details);
      }
    }}), erasable ? h('button', {type: 'button', class: 'small secondary', text: t('privacy.erase'),
    'aria-label': t('privacy.eraseOf', {name}), onclick: ask}) : null);
  const ask = () => {
    const sure = h('button', {type: 'button', class: 'small danger', text: t('privacy.eraseForGood'),
      'aria-label': t('privacy.eraseForGoodOf', {name}), onclick: confirmed});
    clear(cell, h('span', {class: 'hint', role: 'note', text: t('privacy.eraseWarning', {name})}), sure,
      h('button', {type: 'button', class: 'small secondary', text: t('action.cancel'), onclick: draw}));
    sure.focus();
  };
  const confirmed = async () => {
    try {
      await erase();
      box.show(t('privacy.erased', {name}), 'ok');
      await done();
    } catch (err) {
      box.show(err.message, 'error', err.details);
      draw();
    }
  };
  draw();
  return cell;
}

/** The participant row's privacy buttons; erasure only for someone who has left the course. */
export function participantActions(ctx, state, p, box) {
  const base = `/programs/${state.program.id}/privacy/people/${p.personId}`;
  return privacyButtons(h('span', {class: 'actions inline'}), {name: p.displayName, erasable: !p.active, box,
    exportData: () => ctx.api.download(base + '/export', `tandem-export-${p.personId}.json`, 'application/json'),
    erase: () => ctx.api.post(base + '/erasure'), done: () => state.changed()});
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
