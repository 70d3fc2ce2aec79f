/**
 * A reply that carries its own JSON text. A handler whose reply is mostly a cached document (the landing page)
 * attaches the text once made; the local server sends that text instead of serialising the object again. The mark
 * is a non-enumerable symbol: JSON.stringify, spreads and the cloud runtime's own serialisation never see it, so on
 * CloudBase the object is returned as it is.
 */

const JSON_TEXT = Symbol('jsonText');

type Marked = { [JSON_TEXT]?: () => string };

/** Attaches `text` (which must return exactly JSON.stringify(value)) to `value`. */
export function withJsonText<T extends object>(value: T, text: () => string): T {
  Object.defineProperty(value, JSON_TEXT, { value: text, enumerable: false });
  return value;
}

/** The attached text of `value`, or undefined where none is attached. */
export function attachedJson(value: unknown): string | undefined {
  const text = typeof value === 'object' && value !== null ? (value as Marked)[JSON_TEXT] : undefined;
  return text?.();
}

/** JSON.stringify of a reply envelope, using the data's attached text where there is one. */
export function envelopeJson(body: unknown): string {
  if (typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true) {
    const keys = Object.keys(body);
    if (keys.length === 2 && keys[0] === 'ok' && keys[1] === 'data') {
      const data = attachedJson((body as { data?: unknown }).data);
      if (data !== undefined) return `{"ok":true,"data":${data}}`;
    }
  }
  return JSON.stringify(body);
}
