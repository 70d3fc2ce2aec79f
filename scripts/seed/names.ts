/** Plausible Chinese names for the demo dataset (演示数据), composed from the tables in data/seed/. */
import communityNames from '~/data/seed/community-names.json';
import givenNames from '~/data/seed/given-names.json';
import placeNames from '~/data/seed/place-names.json';
import surnames from '~/data/seed/surnames.json';
import volunteerData from '~/data/seed/volunteers.json';
import type { Rng } from './prng';

/** Kind of township-level unit: 街道 (street), 镇 (town) or 乡 (township). */
export type TownshipKind = 'street' | 'town' | 'township';

/** The kind of a township, read from its name's suffix. */
export function townshipKind(name: string): TownshipKind {
  if (name.endsWith('街道')) return 'street';
  if (name.endsWith('镇')) return 'town';
  return 'township';
}

const TOWNSHIP_SUFFIX: Record<TownshipKind, string> = { street: '街道', town: '镇', township: '乡' };

/** A surname, the frequent north-eastern ones half of the time. */
export function surname(rng: Rng): string {
  return rng.pick(rng.chance(0.5) ? surnames.frequent : surnames.other);
}

/** A full name: surname plus one or two given-name characters of one style. */
export function personName(rng: Rng): string {
  const chars = rng.chance(0.5) ? givenNames.female : givenNames.male;
  const first = rng.pick(chars);
  if (rng.chance(0.25)) return surname(rng) + first;
  let second = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return surname(rng) + first + second;
}

/** A fictitious 11-digit mobile number, unique within `taken` (which it updates). */
export function mobilePhone(rng: Rng, taken: Set<string>): string {
  for (;;) {
    let phone = rng.pick(volunteerData.phonePrefixes);
    for (let i = 0; i < 8; i++) phone += String(rng.int(0, 9));
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

/** A landline `0436-xxxxxxx` whose local number starts with `prefix`, unique within `taken`. */
export function landline(rng: Rng, areaCode: string, prefix: string, taken: Set<string>): string {
  for (;;) {
    let local = prefix + String(rng.int(1, 9));
    while (local.length < 7) local += String(rng.int(0, 9));
    const phone = `${areaCode}-${local}`;
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

/** Draws names from `make` until one is not in `taken`, then records it. */
function unique(taken: Set<string>, make: () => string): string {
  for (let tries = 0; tries < 10000; tries++) {
    const name = make();
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error('ran out of distinct names');
}

/**
 * A generated township name of `kind`, distinct from every name in `taken` (city-wide); its stem is recorded too, so
 * no two generated townships differ only by suffix (富强街道 / 富强乡).
 */
export function townshipName(rng: Rng, kind: TownshipKind, taken: Set<string>): string {
  const stem = unique(taken, () => rng.pick(placeNames.townshipStems));
  const name = stem + TOWNSHIP_SUFFIX[kind];
  if (taken.has(name)) return townshipName(rng, kind, taken);
  taken.add(name);
  return name;
}

/** A generated village name (…村) in one of the usual north-eastern patterns, distinct within `taken`. */
export function villageName(rng: Rng, taken: Set<string>): string {
  return unique(taken, () => {
    const roll = rng.next();
    if (roll < 0.45) return `${rng.pick(placeNames.villageStems)}村`;
    if (roll < 0.65) return `${surname(rng)}${rng.pick(placeNames.surnameSuffixes)}村`;
    if (roll < 0.8) return `${rng.pick(placeNames.numbers)}${rng.pick(placeNames.numberSuffixes)}村`;
    return `${rng.pick(placeNames.directions)}${rng.pick(placeNames.terrains)}村`;
  });
}

/** A generated community name (…社区), distinct within `taken`. */
export function communityName(rng: Rng, taken: Set<string>): string {
  return unique(taken, () => `${rng.pick(communityNames.stems)}社区`);
}
