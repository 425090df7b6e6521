/**
 * Ticked checklist items per tab and code. Only our own item ids are kept, never page text,
 * in session storage (memory-only, gone when the browser closes) through WXT's typed storage
 * items, and dropped when the tab closes. Background only: the content script's size budget
 * keeps it off @wxt-dev/storage (README, Layout).
 */
import { storage } from 'wxt/utils/storage';

const PREFIX = 'checklist:';
const keyOf = (tabId: number, code: string) => `${PREFIX}${tabId}:${code}` as const;
/** One item per tab and code; version 1 leaves room for a migration if the shape changes. */
const itemOf = (tabId: number, code: string) => storage.defineItem<string[]>(`session:${keyOf(tabId, code)}`, { fallback: [], version: 1 });

export const checklistStore = {
  async get(tabId: number, code: string): Promise<string[]> {
    const value: unknown = await itemOf(tabId, code).getValue();
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  },
  async set(tabId: number, code: string, ids: string[]): Promise<true> {
    await itemOf(tabId, code).setValue(ids);
    return true;
  },
  async forgetTab(tabId: number): Promise<void> {
    const prefix = `${PREFIX}${tabId}:`;
    const keys = Object.keys(await storage.snapshot('session')).filter((k) => k.startsWith(prefix) && !k.endsWith('$'));
    await Promise.all(keys.map((k) => storage.removeItem(`session:${k}`, { removeMeta: true })));
  },
};
