/**
 * Which card sections the coder keeps open or closed, remembered across cards, pages and
 * sessions (extension storage, never the page's). Only our own UI choices are stored.
 */
import { browser } from 'wxt/browser';

const KEY = 'cardSections';
export type SectionId = 'about' | 'status' | 'not-with' | 'modifiers' | 'checklist' | 'fee';
export type SectionState = Partial<Record<SectionId, boolean>>;

/** Closed at first: the prose and the long primary list the verdict already sums up. */
export const SECTION_DEFAULTS: Record<SectionId, boolean> = {
  about: false,
  status: false,
  'not-with': true,
  modifiers: true,
  checklist: true,
  fee: false,
};

export async function loadSectionState(): Promise<SectionState> {
  try {
    const got = (await browser.storage.local.get(KEY))[KEY];
    return got && typeof got === 'object' ? (got as SectionState) : {};
  } catch {
    return {};
  }
}

export async function saveSectionState(state: SectionState): Promise<void> {
  await browser.storage.local.set({ [KEY]: state }).catch(() => {});
}
