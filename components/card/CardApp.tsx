/** Connects the card to the dataset and to the tab's checklist state. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getEntry } from '../../data/dataset';
import { descriptorFor } from '../settings/descriptor-store';
import { sendRequest } from '../messaging/send-request';
import type { CardView } from '../overlay/card-ui-api';
import { toggled } from './checklist-state';
import type { SectionControl } from './CardSection';
import { CodeCard } from './CodeCard';
import { loadSectionState, saveSectionState, SECTION_DEFAULTS, type SectionState } from './section-memory';
import { cardLine } from './card-line';

/** Section choices shared by every card in this frame, loaded once. */
let sectionCache: SectionState | null = null;
import { CmsFactsLoader } from '../cms/CmsFacts';
import { NumbersOnlyCard } from '../cms/NumbersOnlyCard';
import { IcdCard } from '../icd10/IcdCard';
import { isDiagnosisCode } from '../icd10/icd-code';

export function CardApp({ view }: { view: CardView }) {
  if (isDiagnosisCode(view.code)) return <IcdCard code={view.code} tab={view.tab} pinned={view.pinned} onClose={view.onClose} />;
  return <ProcedureCard view={view} />;
}

function ProcedureCard({ view }: { view: CardView }) {
  const entry = getEntry(view.code);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [descriptor, setDescriptor] = useState<string | undefined>();
  const [sections, setSections] = useState<SectionState>(sectionCache ?? {});
  useEffect(() => {
    if (!sectionCache) void loadSectionState().then((s) => setSections((sectionCache = s)));
  }, []);
  const control: SectionControl = {
    isOpen: (id) => sections[id] ?? SECTION_DEFAULTS[id],
    setOpen(id, open) {
      const next = { ...sections, [id]: open };
      sectionCache = next;
      setSections(next);
      void saveSectionState(next);
    },
  };
  const codesKey = view.tab.lines.map((l) => l.code).join(',');
  const onPage = useMemo(() => new Set(view.tab.lines.map((l) => l.code)), [codesKey]);
  const here = cardLine(view);
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
  if (!entry) return <NumbersOnlyCard code={view.code} warnings={here.warnings} notes={here.notes} verdict={here.verdict} pinned={view.pinned} officialDescriptor={descriptor} onClose={view.onClose} />;
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
      warnings={here.warnings}
      notes={here.notes}
      pinned={view.pinned}
      checklist={{ checked, loading: loadedFor !== view.code, onToggle: toggle }}
      officialDescriptor={descriptor}
      onClose={view.onClose}
      verdict={here.verdict}
      sections={control}
      onPage={onPage}
      onOpenDetail={() => void sendRequest({ type: 'cpt-lens/open-detail', code: view.code }).catch(() => {})}
      extra={<CmsFactsLoader code={view.code} />}
    />
  );
}
