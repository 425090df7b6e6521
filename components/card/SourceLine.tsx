/** One fact's citation, as every block shows it: public origin (kind, edition). */
import type { Source } from '../../data/schema';
import { kindLabel } from './sources';

export function SourceLine({ source }: { source: Source }) {
  return (
    <p class="fact-source">
      {source.ref} ({kindLabel(source)}, {source.asOf})
    </p>
  );
}
