/** Connects the card to the dataset and to the tab's checklist state. */
import { useEffect, useState } from 'preact/hooks';
import { getEntry } from '../../data/dataset';
import { descriptorFor } from '../settings/descriptor-store';
import { sendRequest } from '../messaging/send-request';
import type { CardView } from '../overlay/card-ui-api';
import { toggled } from './checklist-state';
import { CodeCard } from './CodeCard';
import { CmsFactsLoader } from '../cms/CmsFacts';
import { NumbersOnlyCard } from '../cms/NumbersOnlyCard';

export function CardApp({ view }: { view: CardView }) {
  const entry = getEntry(view.code);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [descriptor, setDescriptor] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void descriptorFor(view.code).then((d) => live && setDescriptor(d));
    sendRequest({ type: 'cpt-lens/checklist-get', code: view.code })
      .then((ids) => live && Array.isArray(ids) && setChecked(new Set(ids)))
      .catch(() => {})
      .finally(() => live && setLoadedFor(view.code));
    return () => {
      live = false;
    };
  }, [view.code]);
  if (!entry) return <NumbersOnlyCard code={view.code} warnings={view.warnings} pinned={view.pinned} officialDescriptor={descriptor} onClose={view.onClose} />;
  const toggle = (id: string, on: boolean) => {
    const next = toggled(checked, id, on);
    setChecked(next);
    void sendRequest({ type: 'cpt-lens/checklist-set', code: view.code, ids: [...next] }).catch(() => {});
  };
  return (
    <CodeCard
      entry={entry}
      modifiers={view.modifiers}
      units={view.units}
      warnings={view.warnings}
      pinned={view.pinned}
      checklist={{ checked, loading: loadedFor !== view.code, onToggle: toggle }}
      officialDescriptor={descriptor}
      onClose={view.onClose}
      onOpenDetail={() => void sendRequest({ type: 'cpt-lens/open-detail', code: view.code }).catch(() => {})}
      extra={<CmsFactsLoader code={view.code} />}
    />
  );
}
