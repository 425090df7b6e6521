import { modifierProblemText, type ModifierProblems } from '../../data/modifier-validity';
import type { ModifierTip } from '../../data/schema';
import { SourceLine } from './SourceLine';
import { orderModifierTips } from './modifier-order';

const SETTING_LABEL = {
  professional: "physician's claim",
  facility: "facility's claim",
  both: 'physician and facility claims',
} as const;

interface Props {
  code: string;
  tips: readonly ModifierTip[];
  written: readonly string[];
  /** Modifiers that cannot apply to this code (from its fee-schedule indicators). */
  problems: ModifierProblems;
}

export function ModifierTips({ code, tips, written, problems }: Props) {
  const ordered = orderModifierTips(tips, written);
  const wrong = written.filter((m) => problems[m]);
  return (
    <section class="block" aria-labelledby="mods-h">
      <h3 id="mods-h">Modifier tips</h3>
      {wrong.map((m) => (
        <p key={`bad-${m}`} class="note bad-mod" role="alert">
          {modifierProblemText(code, m, problems[m]!)}
        </p>
      ))}
      {ordered.unknown
        .filter((m) => !problems[m])
        .map((m) => (
          <p key={m} class="note unknown-mod">
            Modifier {m} is written on the page but is not in our list for this code. Check the payer's policy before keeping it.
          </p>
        ))}
      <ul class="tips">
        {ordered.tips.map((t) => (
          <li key={t.modifier} class={t.inUse ? 'tip in-use' : 'tip'}>
            <span class="mod">-{t.modifier}</span> <strong>{t.meaning}</strong>
            {t.inUse ? <span class="in-use-tag"> (in use on this line)</span> : null}
            {problems[t.modifier] ? <span class="bad-tag"> · does not apply</span> : null}
            {t.source.confidence === 'L' ? <span class="weak-tag"> · weakly sourced, check the payer</span> : null}
            <span class="setting-tag"> · {SETTING_LABEL[t.setting]}</span>
            <div class="tip-text">{t.whenToUse}</div>
            {t.otherPayers ? <div class="tip-text other-payers">Other payers: {t.otherPayers}</div> : null}
            <SourceLine source={t.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
