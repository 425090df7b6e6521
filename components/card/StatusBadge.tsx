import type { StatusKind } from '../../data/schema';
import { STATUS_LABEL, STATUS_LONG } from './status-label';

export function StatusBadge({ kind }: { kind: StatusKind }) {
  return (
    <span class={`badge badge-${kind}`} title={STATUS_LONG[kind]}>
      {STATUS_LABEL[kind]}
    </span>
  );
}
