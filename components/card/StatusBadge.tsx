import type { StatusKind } from '../../data/schema';
import { STATUS_LABEL } from './status-label';

export function StatusBadge({ kind }: { kind: StatusKind }) {
  return <span class={`badge badge-${kind}`}>{STATUS_LABEL[kind]}</span>;
}
