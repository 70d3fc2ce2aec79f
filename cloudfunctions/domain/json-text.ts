/**
 * A reply that carries its own JSON text. A handler whose reply is mostly a cached document (the landing page)
 * attaches the text once made, as a string or as its UTF-8 bytes; the local server sends that instead of
 * serialising the object again (and, for bytes, without encoding the text again). The mark is a non-enumerable
 * symbol: JSON.stringify, spreads and the cloud runtime's own serialisation never see it, so on CloudBase the
 * object is returned as it is.
 */

const JSON_TEXT = Symbol('jsonText');

/** JSON text, or its UTF-8 bytes. */
export type JsonText = string | Buffer;

type Marked = { [JSON_TEXT]?: () => JsonText };

/** Attaches `text` (which must return exactly JSON.stringify(value), or its UTF-8 bytes) to `value`. */
export function withJsonText<T extends object>(value: T, text: () => JsonText): T {
  Object.defineProperty(value, JSON_TEXT, { value: text, enumerable: false });
  return value;
}

/** The attached text of `value`, or undefined where none is attached. */
export function attachedJson(value: unknown): JsonText | undefined {
  const text = typeof value === 'object' && value !== null ? (value as Marked)[JSON_TEXT] : undefined;
  return text?.();
}

const HEAD = Buffer.from('{"ok":true,"data":');
const TAIL = Buffer.from('}');

/** JSON.stringify of a reply envelope (or its UTF-8 bytes), using the data's attached text where there is one. */
export function envelopeJson(body: unknown): JsonText {
  if (typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true) {
    const keys = Object.keys(body);
    if (keys.length === 2 && keys[0] === 'ok' && keys[1] === 'data') {
      const data = attachedJson((body as { data?: unknown }).data);
      if (typeof data === 'string') return `{"ok":true,"data":${data}}`;
      if (data !== undefined) return Buffer.concat([HEAD, data, TAIL]);
    }
  }
  return JSON.stringify(body);
}
