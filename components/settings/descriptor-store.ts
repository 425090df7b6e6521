/** The imported descriptor file, in local extension storage only; read defensively. */
import { browser } from 'wxt/browser';
import type { DescriptorFile } from './descriptor-import';

export const DESCRIPTORS_KEY = 'licensedDescriptors';

function parseStored(raw: unknown): DescriptorFile | null {
  if (!raw || typeof raw !== 'object') return null;
  const { fileName, importedAt, entries } = raw as Partial<DescriptorFile>;
  if (typeof fileName !== 'string' || typeof importedAt !== 'string' || !entries || typeof entries !== 'object') return null;
  const clean: Record<string, string> = {};
  for (const [code, text] of Object.entries(entries)) if (typeof text === 'string') clean[code] = text;
  return { fileName, importedAt, entries: clean };
}

export async function loadDescriptors(): Promise<DescriptorFile | null> {
  try {
    return parseStored((await browser.storage.local.get(DESCRIPTORS_KEY))[DESCRIPTORS_KEY]);
  } catch {
    return null;
  }
}

export async function descriptorFor(code: string): Promise<string | undefined> {
  return (await loadDescriptors())?.entries[code];
}

export const saveDescriptors = (file: DescriptorFile) => browser.storage.local.set({ [DESCRIPTORS_KEY]: file });
export const removeDescriptors = () => browser.storage.local.remove(DESCRIPTORS_KEY);
