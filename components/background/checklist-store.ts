/**
 * Ticked checklist items per tab and code. Only our own item ids are kept, never page text,
 * in session storage (memory-only, gone when the browser closes) and dropped when the tab
 * closes.
 */
import { browser } from 'wxt/browser';

type Area = { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> };

const memory = new Map<string, unknown>();
const memoryArea: Area = {
  async get(key) {
    return key === null ? Object.fromEntries(memory) : memory.has(key) ? { [key]: memory.get(key) } : {};
  },
  async set(items) {
    for (const [k, v] of Object.entries(items)) memory.set(k, v);
  },
  async remove(keys) {
    keys.forEach((k) => memory.delete(k));
  },
};

const area = (): Area => ((browser.storage as unknown as { session?: Area }).session ?? memoryArea);
const keyOf = (tabId: number, code: string) => `checklist:${tabId}:${code}`;

export const checklistStore = {
  async get(tabId: number, code: string): Promise<string[]> {
    const key = keyOf(tabId, code);
    const value = (await area().get(key))[key];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  },
  async set(tabId: number, code: string, ids: string[]): Promise<true> {
    await area().set({ [keyOf(tabId, code)]: ids });
    return true;
  },
  async forgetTab(tabId: number): Promise<void> {
    const all = await area().get(null);
    const prefix = `checklist:${tabId}:`;
    await area().remove(Object.keys(all).filter((k) => k.startsWith(prefix)));
  },
};
