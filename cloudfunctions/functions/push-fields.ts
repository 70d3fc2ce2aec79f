/**
 * Which fields of a subscribe-message template carry what. Each template picked in the WeChat console has its own
 * keys (thing1, thing4, phrase2, time5 …), so they are configuration, one variable per template:
 *   SUBSCRIBE_KEYS_ANSWER / SUBSCRIBE_KEYS_PROGRESS = "title:thing1,body:thing2,time:time3" (the default)
 * Roles: `title` (the notice's title), `body` (its text), `time` (when). A key's type is its name without the
 * number, and WeChat holds each type to its own limits (a value over them fails the send with 47003), so the value
 * is shaped by type here.
 */
import type { NoticeRow } from '../store/port';
import { CST_OFFSET_MS } from '~/types/day';

/** What a field shows. */
export type FieldRole = 'title' | 'body' | 'time';

/** The template's keys per role (a role left out is not sent). */
export type FieldKeys = Partial<Record<FieldRole, string>>;

/** The keys of the templates this project was first set up with. */
export const DEFAULT_FIELD_KEYS: FieldKeys = { title: 'thing1', body: 'thing2', time: 'time3' };

const ROLES: readonly FieldRole[] = ['title', 'body', 'time'];
const KEY = /^([a-z_]+?)(\d{1,2})$/;

/** Characters WeChat accepts per value type (subscribeMessage.send's table); unknown types get `thing`'s 20. */
const MAX_CHARS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, letter: 32 };

/** Reads "role:key,…"; unset means the defaults; anything malformed is an error that names the variable. */
export function parseFieldKeys(raw: string | undefined, variable: string): FieldKeys {
  if (raw === undefined || raw.trim() === '') return DEFAULT_FIELD_KEYS;
  const keys: FieldKeys = {};
  for (const part of raw.split(',')) {
    const [role, key, extra] = part.split(':').map((s) => s.trim());
    if (!ROLES.includes(role as FieldRole) || !key || extra !== undefined || !KEY.test(key)) {
      throw new Error(`${variable}: "${part.trim()}" is not role:key (roles ${ROLES.join(', ')}; e.g. title:thing1)`);
    }
    if (keys[role as FieldRole]) throw new Error(`${variable}: ${role} is given twice`);
    keys[role as FieldRole] = key;
  }
  return keys;
}

/** A value cut to `max` characters, an ellipsis when cut, whitespace folded. */
export function cut(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** A `time` value in China Standard Time: 2026-11-27 10:05 (a `date` key gets the day only). */
export function timeValue(ms: number, type = 'time'): string {
  const d = new Date(ms + CST_OFFSET_MS).toISOString();
  return type === 'date' ? d.slice(0, 10) : `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** The `data` of subscribeMessage.send for `notice`, under the template's keys. */
export function fieldsOf(notice: NoticeRow, keys: FieldKeys): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {};
  const text: Record<Exclude<FieldRole, 'time'>, string> = {
    title: notice.title,
    body: notice.body || notice.title,
  };
  for (const role of ROLES) {
    const key = keys[role];
    if (!key) continue;
    const type = KEY.exec(key)?.[1] ?? 'thing';
    data[key] = {
      value:
        role === 'time' || type === 'time' || type === 'date'
          ? timeValue(notice.at, type)
          : cut(text[role], MAX_CHARS[type] ?? MAX_CHARS.thing),
    };
  }
  return data;
}
