/**
 * Messages between our contexts: the one contract senders and the receiver share. Receivers
 * take `unknown` and validate: other extensions and stale content scripts can talk to us too,
 * and an unrecognised message is ignored. `Replies` types what each request answers; senders
 * use `sendRequest` (send-request.ts), the background implements `RequestHandlers`.
 */
import * as v from 'valibot';
import type { CardFacts } from '../cms/card-facts';
import type { ClaimFinding } from '../claim/finding';
import type { IcdCardFacts } from '../icd10/icd-card-facts';

const Code = v.pipe(v.string(), v.regex(/^\d{5}$/));
/** Any CPT/HCPCS code the CMS files may hold (Category III, HCPCS Level II). */
const AnyCode = v.pipe(v.string(), v.regex(/^(?:\d{4}[0-9A-Z]|[A-Z]\d{4})$/));
/** A dotted ICD-10-CM code, as the claim's diagnosis reader writes it. */
const IcdCode = v.pipe(v.string(), v.regex(/^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/));
const ClaimLineSchema = v.object({
  code: AnyCode,
  modifiers: v.array(v.pipe(v.string(), v.maxLength(2))),
  units: v.nullable(v.number()),
  dateOfService: v.optional(v.string()),
});

export const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('cpt-lens/load-card-ui') }),
  v.object({ type: v.literal('cpt-lens/load-claim-reader') }),
  v.object({ type: v.literal('cpt-lens/checklist-get'), code: Code }),
  v.object({ type: v.literal('cpt-lens/checklist-set'), code: Code, ids: v.array(v.string()) }),
  v.object({ type: v.literal('cpt-lens/open-detail'), code: Code }),
  // Any code: the summary opens the numbers-only card of a code outside the dataset too.
  v.object({ type: v.literal('cpt-lens/open-line'), code: AnyCode }),
  v.object({ type: v.literal('cpt-lens/cms-check'), lines: v.pipe(v.array(ClaimLineSchema), v.maxLength(500)), dateOfService: v.nullable(v.string()) }),
  v.object({ type: v.literal('cpt-lens/cms-facts'), code: AnyCode }),
  v.object({ type: v.literal('cpt-lens/icd-facts'), code: IcdCode }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What the background answers to each request. */
export interface Replies {
  'cpt-lens/load-card-ui': true;
  'cpt-lens/load-claim-reader': true;
  'cpt-lens/checklist-get': string[];
  'cpt-lens/checklist-set': true;
  'cpt-lens/open-detail': true;
  /** True when a frame of the sender's tab holds the code and was asked to open its card. */
  'cpt-lens/open-line': boolean;
  'cpt-lens/cms-check': ClaimFinding[];
  'cpt-lens/cms-facts': CardFacts;
  'cpt-lens/icd-facts': IcdCardFacts;
}

/** The receiver's side of the contract: one handler per message type, typed by its reply. */
export type RequestHandlers<Sender> = {
  [T in MessageType]: (msg: MessageOf<T>, sender: Sender) => Promise<Replies[T]>;
};

export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : undefined;
}
