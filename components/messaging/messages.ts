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
  // Temporary badge feed (background/page-state-relay.ts) until the tab-wide checks land.
  v.object({
    type: v.literal('cpt-lens/page-state'),
    lines: v.pipe(v.array(v.object({ code: Code })), v.maxLength(2000)),
    warnings: v.pipe(v.array(v.object({ kind: v.string(), codes: v.array(Code), message: v.pipe(v.string(), v.maxLength(500)) })), v.maxLength(200)),
  }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : undefined;
}
