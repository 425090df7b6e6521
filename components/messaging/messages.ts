/**
 * Messages between our contexts. Receivers take `unknown` and validate: other extensions and
 * stale content scripts can talk to us too, and an unrecognised message is ignored.
 */
import * as v from 'valibot';

const Code = v.pipe(v.string(), v.regex(/^\d{5}$/));

export const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('cpt-lens/load-card-ui') }),
  v.object({ type: v.literal('cpt-lens/checklist-get'), code: Code }),
  v.object({ type: v.literal('cpt-lens/checklist-set'), code: Code, ids: v.array(v.string()) }),
  v.object({ type: v.literal('cpt-lens/open-detail'), code: Code }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : undefined;
}
