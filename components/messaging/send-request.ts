/**
 * The senders' side of the message contract in messages.ts: a request typed by its message
 * and answered with the reply type the background promises. Imports no valibot, so the
 * content script can use it without carrying the schema.
 */
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, Replies } from './messages';

export function sendRequest<T extends MessageType>(msg: MessageOf<T>): Promise<Replies[T]> {
  return browser.runtime.sendMessage(msg) as Promise<Replies[T]>;
}
