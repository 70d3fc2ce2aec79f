/**
 * fast-check arbitraries of hostile changes to a valid request body: a field given a wrong type, a huge or strange
 * string, null, a number out of range, an id of someone else's record, a value at the edge of what the schema takes
 * (one of its enums, a range's bound); a field dropped; an extra key (prototype pollution among them); or the whole
 * body replaced by something that is not an object at all.
 */
import fc from 'fast-check';

/** A body as it goes on the wire: an object to stringify, or raw text. */
export type WireBody = { json: Record<string, unknown> } | { raw: string };

/** One change to a body. `at` picks a field path (modulo the paths the body has). */
export type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'foreign'; at: number; pick: number }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'whole'; raw: string }
  | { kind: 'near'; at: number; pick: number };

const huge = fc.integer({ min: 200, max: 70_000 }).map((n) => 'x'.repeat(n));
const strange = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u200b\u200d',
  '\ud800',
  '𠮷'.repeat(40),
  '=1+1',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  'toString',
  '%E4%B8%AD%zz',
  '2026-02-30',
  '20261301',
  'NaN',
  '-1',
  'r' + '0'.repeat(39),
);
const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, -0.5, 0.5, 1e21, -1e21, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 5e-324),
);

/** A value no schema expects in that place (or, now and then, one it does). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  numbers,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  strange,
  huge,
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)), { maxLength: 30 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'openid', 'role', 'owner', 'visitor', 'isAdmin', 'action'),
  fc.string({ minLength: 1, maxLength: 12 }),
);

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const wholeBody = fc.oneof(
  fc.constantFrom(
    'null',
    '[]',
    '"land"',
    '42',
    'true',
    '{',
    '',
    '{"action":"constructor"}',
    '{"action":"__proto__"}',
    '{"action":"toString"}',
    '{"action":["land"]}',
    '{"action":null}',
    `{"action":"land","__proto__":{"polluted":true}}`,
    `{"action":"me","constructor":{"prototype":{"polluted":true}}}`,
    deep(20_000),
    `{"a":${deep(5_000)}}`,
  ),
  fc.jsonValue({ maxDepth: 3 }).map((j) => JSON.stringify(j) ?? 'null'),
);

/** A list of changes; the empty list sends the valid body as it is. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('foreign' as const), at: fc.nat(), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('extra' as const), key: extraKey, value: hostileValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), raw: wholeBody }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('near' as const), at: fc.nat(), pick: fc.nat() }) },
  ),
  { maxLength: 3 },
);

type Path = (string | number)[];

/** Every path into the body (fields, nested fields, list items), up to two levels deep. */
function paths(value: unknown, depth = 0): Path[] {
  if (depth >= 2 || value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const child = (value as Record<string | number, unknown>)[k];
    return [[k], ...paths(child, depth + 1).map((p) => [k, ...p])];
  });
}

/** Sets an own property, even one named __proto__ (JSON.stringify then writes it as a plain key). */
function put(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function change(
  body: Record<string, unknown>,
  path: Path,
  edit: (parent: Record<string | number, unknown>, key: string | number) => void,
) {
  let parent = body as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  edit(parent, path[path.length - 1]);
}

// Values a schema may well accept, so the call reaches the handler: edges of ranges, odd but valid text and dates.
const NEAR_NUMBERS = [0, 1, -1, 2, 5, 24, 72, 90, -90, 180, -180, 365, 366, 1e-9, 45.62, 122.84, 0.1];
const NEAR_STRINGS = [
  '法律',
  '𠮷野家的纠纷',
  '零\u200b宽\u200d字符',
  '臺灣繁體字測試內容',
  'ＦＵＬＬ　ＷＩＤＴＨ',
  '\u202e反向文字',
  '😀😀😀',
  'a'.repeat(2000),
  '20260101',
  '20261231',
  '2026-11-27',
  '2025-01-01',
  '202611',
  '13800000000',
];

/** A value of the same kind as `value`, near or at the edge of what a schema takes; `options` are its enums. */
function near(value: unknown, pick: number, options: string[]): unknown {
  if (typeof value === 'number') return NEAR_NUMBERS[pick % NEAR_NUMBERS.length];
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return pick % 2 === 0 ? [] : [...value, ...value];
  const pool = [...NEAR_STRINGS, ...options];
  return pool[pick % pool.length];
}

/** The body after the changes; `foreign` is the pool of other people's ids, `options` the schema's enum values. */
export function mutate(
  valid: Record<string, unknown>,
  list: Mutation[],
  foreign: string[],
  options: string[] = [],
): WireBody {
  const body = structuredClone(valid);
  for (const m of list) {
    if (m.kind === 'whole') return { raw: m.raw };
    if (m.kind === 'extra') {
      put(body, m.key, m.value);
      continue;
    }
    const all = paths(body);
    if (all.length === 0) {
      put(body, 'extra', m.kind === 'set' ? m.value : null);
      continue;
    }
    const path = all[m.at % all.length];
    if (m.kind === 'drop') change(body, path, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k]));
    else if (m.kind === 'set') change(body, path, (p, k) => put(p, k, m.value));
    else if (m.kind === 'near') change(body, path, (p, k) => put(p, k, near(p[k], m.pick, options)));
    else change(body, path, (p, k) => put(p, k, foreign[m.pick % foreign.length]));
  }
  return { json: body };
}

/** Every enum value (picklist option) a schema names anywhere inside it, for mutations that stay in range. */
export function enumOptions(schema: unknown, seen = new Set<unknown>()): string[] {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const s = schema as { options?: unknown[]; entries?: object; wrapped?: unknown; item?: unknown; pipe?: unknown[] };
  const own = Array.isArray(s.options) ? s.options.filter((o): o is string => typeof o === 'string') : [];
  const inner = [
    ...Object.values(s.entries ?? {}),
    s.wrapped,
    s.item,
    ...(Array.isArray(s.pipe) ? s.pipe.slice(0, 1) : []),
  ];
  return [...own, ...inner.flatMap((x) => enumOptions(x, seen))];
}
