/**
 * The imported CMS file sets: per file its version, quarter, part and rows (the MPFS file: its
 * year and release); the import time; a remove button per set.
 */
import type { EditSets, SetInfo } from './edit-db';
import type { FileKind } from './edit-types';

const KIND_LABEL: Record<FileKind, string> = { ptp: 'PTP edits', mue: 'MUE table', aoc: 'Add-on code edits', mpfs: 'MPFS relative value file' };
const SETTING_LABEL = { practitioner: 'practitioner', outpatient: 'hospital outpatient' } as const;

function SetRow({ kind, set, onRemove }: { kind: FileKind; set: SetInfo; onRemove(kind: FileKind): void }) {
  return (
    <li class="cms-set" data-kind={kind}>
      <strong>{KIND_LABEL[kind]}</strong>
      {set.setting ? ` (${SETTING_LABEL[set.setting]})` : ''}: {set.rows.toLocaleString('en-US')} rows, imported {set.importedAt.slice(0, 16).replace('T', ' ')} UTC in{' '}
      {(set.ms / 1000).toFixed(1)} s.{' '}
      <button type="button" onClick={() => onRemove(kind)}>
        Remove {KIND_LABEL[kind]}
      </button>
      <ul>
        {set.files.map((f) => (
          <li key={f.name}>
            {f.name}:{' '}
            {set.feeSchedule
              ? `year ${set.feeSchedule.year}, release ${f.version ?? set.feeSchedule.release ?? 'unknown'}`
              : `version ${f.version ?? 'unknown (renamed file)'}, effective quarter ${f.quarter ?? 'unknown'}${f.part != null ? `, part ${f.part}` : ''}`}
            , {f.rows.toLocaleString('en-US')} rows
          </li>
        ))}
      </ul>
    </li>
  );
}

export function EditSetList({ sets, onRemove }: { sets: EditSets; onRemove(kind: FileKind): void }) {
  const kinds = (['ptp', 'mue', 'aoc', 'mpfs'] as const).filter((k) => sets[k]);
  if (kinds.length === 0) return <p class="muted">No CMS edit files imported yet.</p>;
  return (
    <ul class="cms-sets" aria-label="Imported CMS edit files">
      {kinds.map((k) => (
        <SetRow key={k} kind={k} set={sets[k]!} onRemove={onRemove} />
      ))}
    </ul>
  );
}
