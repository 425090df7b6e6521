/** Reading a chosen file's bytes as they arrive, and telling a zip by its first bytes (not its name). */
export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/**
 * Chromium's file stream hands over chunks of up to 1.7 MB (a CMS PTP zip arrives in five);
 * inflated, one becomes several MB of text whose buffers and strings are all alive while it is
 * parsed, so the worker's heap promotes them and keeps them until its next full collection.
 * Read in 16 KB pieces instead (views, not copies), the extension renderer's peak during the
 * 1.7 M-row PTP import fell from 421 to 284–286 MB (pieces of 64 KB: 321; 4 KB: 325–334, slower).
 */
export const PIECE = 16 * 1024;

export function* pieces(bytes: Uint8Array): Generator<Uint8Array> {
  for (let o = 0; o < bytes.length; o += PIECE) yield bytes.subarray(o, o + PIECE);
}

export async function* chunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield* pieces(value);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function isZip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}
