/** The guides bundled with the guides subpackage: read offline, never fetched. */
import consumer from '~/data/guides/consumer.json';
import divorce from '~/data/guides/divorce.json';
import elderly from '~/data/guides/elderly.json';
import fraud from '~/data/guides/fraud.json';
import inheritance from '~/data/guides/inheritance.json';
import injury from '~/data/guides/injury.json';
import land from '~/data/guides/land.json';
import legalAid from '~/data/guides/legalAid.json';
import loans from '~/data/guides/loans.json';
import marriage from '~/data/guides/marriage.json';
import neighbours from '~/data/guides/neighbours.json';
import privacy from '~/data/guides/privacy.json';
import topicsFile from '~/data/guides/topics.json';
import traffic from '~/data/guides/traffic.json';
import violence from '~/data/guides/violence.json';
import wages from '~/data/guides/wages.json';
import { CONTACT_KINDS, type Citation, type ContactKind, type Guide, type Topic } from './types';

type RawGuide = Omit<Guide, 'contacts'> & { contacts: string[] };

const FILES: { guides: RawGuide[] }[] = [
  wages,
  land,
  elderly,
  divorce,
  marriage,
  inheritance,
  violence,
  fraud,
  injury,
  traffic,
  loans,
  neighbours,
  consumer,
  legalAid,
  privacy,
];

function isContactKind(kind: string): kind is ContactKind {
  return (CONTACT_KINDS as readonly string[]).includes(kind);
}

/** JSON gives plain strings; an unknown contact kind is dropped rather than drawn as a blank card. */
function toGuide(raw: RawGuide): Guide {
  return { ...raw, contacts: raw.contacts.filter(isContactKind) };
}

/** Every topic, in home-page order. */
export const TOPICS: readonly Topic[] = topicsFile.topics;

/** Every guide, topic by topic. */
export const GUIDES: readonly Guide[] = FILES.flatMap((f) => f.guides.map(toGuide));

const byId = new Map(GUIDES.map((g) => [g.id, g]));
const topicMap = new Map(TOPICS.map((t) => [t.id, t]));

/** The guide with `id`, or null. */
export function guideById(id: string | undefined): Guide | null {
  return (id && byId.get(id)) || null;
}

/** The topic with `id`, or null. */
export function topicById(id: string | undefined): Topic | null {
  return (id && topicMap.get(id)) || null;
}

/** The guides of one topic, in file order. */
export function guidesOfTopic(topicId: string): Guide[] {
  return GUIDES.filter((g) => g.topic === topicId);
}

/** A citation as readers and judges write it: 《中华人民共和国民法典》第一千零七十九条. */
export function formatCitation(c: Citation): string {
  return `《${c.law}》${c.article}`;
}
