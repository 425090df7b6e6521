/** The card's first line: the verdict for this code on this line, and the date it was checked for. */
import { dateText, type LineVerdict } from '../claim/verdict';

const MARK = { true: '✓', false: '✗' } as const;

export function Verdict({ verdict }: { verdict: LineVerdict }) {
  const { parts } = verdict;
  const bad = parts.some((p) => p.ok === false);
  return (
    <>
      <p class={bad ? 'verdict verdict-bad' : 'verdict'} aria-label={`Verdict: ${parts.map((p) => `${p.text}${p.ok === null ? '' : p.ok ? ', fine' : ', problem'}`).join('; ')}`}>
        {parts.map((p, i) => (
          <span key={p.text} class={p.ok === false ? 'v-part v-bad' : 'v-part'}>
            {i > 0 ? ' · ' : ''}
            {p.text}
            {p.ok === null ? null : <span aria-hidden="true"> {MARK[String(p.ok) as 'true' | 'false']}</span>}
          </span>
        ))}
      </p>
      <p class="dos-used">{dateText(verdict)}</p>
    </>
  );
}
