import type { ModifierTip } from '../../data/schema';
import { orderModifierTips } from './modifier-order';

export function ModifierTips({ tips, written }: { tips: readonly ModifierTip[]; written: readonly string[] }) {
  const ordered = orderModifierTips(tips, written);
  return (
    <section class="block" aria-labelledby="mods-h">
      <h3 id="mods-h">Modifier tips</h3>
      {ordered.unknown.map((m) => (
        <p key={m} class="note unknown-mod">
          Modifier {m} is written on the page but is not in our list for this code. Check the payer's policy before keeping it.
        </p>
      ))}
      <ul class="tips">
        {ordered.tips.map((t) => (
          <li key={t.modifier} class={t.inUse ? 'tip in-use' : 'tip'}>
            <span class="mod">-{t.modifier}</span> <strong>{t.meaning}</strong>
            {t.inUse ? <span class="in-use-tag"> (in use on this line)</span> : null}
            {t.source.confidence === 'L' ? <span class="weak-tag"> · weakly sourced, check the payer</span> : null}
            <div class="tip-text">{t.whenToUse}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
