/**
 * CloudBase's database import format: UTF-8 JSON Lines, one document per line (not an array), `_id` kept, dates as
 * `{"$date": "<ISO 8601>"}`, geo points as GeoJSON `{"type": "Point", "coordinates": [lng, lat]}` (the MongoDB
 * export conventions the console's import reads). Key names may not start or end with `.` nor hold `..`, and with
 * the insert mode a file may not repeat an `_id`. The encoder writes what the adapter's `toDoc` makes; the decoder
 * reads it back as the import would, refusing a malformed line by number.
 */
import type { CloudDoc, CloudGeo, CloudGeoPoint } from './sdk';

/** A geo point that serialises as GeoJSON; `toDoc` builds these when writing import files. */
class GeoJsonPoint implements CloudGeoPoint {
  constructor(
    readonly longitude: number,
    readonly latitude: number,
  ) {}
}

/** The `db.Geo` to hand `toDoc` when writing import files. */
export const IMPORT_GEO: CloudGeo = { Point: GeoJsonPoint };

function checkKey(key: string, where: string): void {
  if (key === '' || key.startsWith('.') || key.endsWith('.') || key.includes('..') || key.startsWith('$')) {
    throw new Error(`${where}: the key "${key}" cannot be imported`);
  }
}

function encodeValue(value: unknown, where: string): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${where}: an invalid date`);
    return { $date: value.toISOString() };
  }
  if (value instanceof GeoJsonPoint) return { type: 'Point', coordinates: [value.longitude, value.latitude] };
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, where));
  if (typeof value === 'object' && value !== null) {
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${where}: a value it cannot write`);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      checkKey(k, where);
      if (v !== undefined) out[k] = encodeValue(v, where);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${where}: a number that is not finite`);
  return value;
}

/** One document as one line of an import file. */
export function encodeLine(doc: CloudDoc): string {
  if (typeof doc._id !== 'string' || doc._id === '') throw new Error('import file: a document without an _id');
  return JSON.stringify(encodeValue(doc, `document ${doc._id}`));
}

/** A whole collection as an import file (a trailing newline after the last line). */
export function encodeFile(docs: readonly CloudDoc[]): string {
  return docs.map(encodeLine).join('\n') + (docs.length > 0 ? '\n' : '');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function decodeValue(value: unknown, where: string, geo: CloudGeo): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeValue(v, where, geo));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '$date') {
    const date = new Date(typeof value.$date === 'string' ? value.$date : NaN);
    if (Number.isNaN(date.getTime())) throw new Error(`${where}: $date is not an ISO 8601 date`);
    return date;
  }
  if (value.type === 'Point' && keys.length === 2 && 'coordinates' in value) {
    const c = value.coordinates;
    const ok = Array.isArray(c) && c.length === 2 && c.every((n) => typeof n === 'number');
    if (!ok || Math.abs(c[0] as number) > 180 || Math.abs(c[1] as number) > 90) {
      throw new Error(`${where}: a GeoJSON point needs [longitude, latitude] within range`);
    }
    return new geo.Point(c[0] as number, c[1] as number);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    checkKey(k, where);
    out[k] = decodeValue(v, where, geo);
  }
  return out;
}

/**
 * Reads an import file as CloudBase would: every line one JSON document with a string `_id`, no repeated `_id`;
 * `$date` becomes a Date and a GeoJSON point a `geo.Point`. Throws naming the file and line of the first fault.
 */
export function decodeFile(text: string, file: string, geo: CloudGeo): CloudDoc[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const seen = new Set<string>();
  return lines.map((line, i) => {
    const where = `${file}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not a JSON document`);
    }
    if (!isObject(parsed)) throw new Error(`${where}: not a JSON document`);
    if (typeof parsed._id !== 'string' || parsed._id === '') throw new Error(`${where}: no string _id`);
    if (seen.has(parsed._id)) throw new Error(`${where}: _id ${parsed._id} is repeated`);
    seen.add(parsed._id);
    return decodeValue(parsed, where, geo) as CloudDoc;
  });
}
