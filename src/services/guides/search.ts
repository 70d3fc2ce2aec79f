/**
 * Chinese full-text search over the bundled guides: an inverted index of single characters and character
 * bigrams (Chinese has no spaces to split words on, and bigrams find 拖欠 in 老板拖欠工资 without a
 * dictionary), weighted by field, built once per session. Every query term must match (AND).
 *
 * Residents ask in their own words (老板不给钱, not 拖欠工资): a term also matches its synonyms
 * (data/guides/synonyms.json); a term that matches nothing as written (a whole sentence typed without spaces) is
 * searched by the listed words it contains; and a term that names a topic (工资, 离婚, 欠钱 …) lists that topic's
 * own guides first, before guides of other topics that merely mention the word.
 */
import synonymsFile from '~/data/guides/synonyms.json';
import { GUIDES, topicById } from './catalog';
import type { Guide } from './types';

/** How much a hit in each field counts: the title is what the villager asked. */
const WEIGHTS = { title: 8, topic: 4, steps: 2, answer: 1, case: 1 } as const;
/** Extra score when a whole term (or its synonym) sits in the title, beyond its bigrams. */
const TITLE_PHRASE_BONUS = 6;
/** Longer input is a pasted paragraph, not a question: keep the work bounded on cheap phones. */
const MAX_QUERY_CHARS = 40;

/** Added to every guide of a topic the query names: enough to rank them above any other guide's text score. */
const TOPIC_BONUS = 1000;

const SYNONYMS: Readonly<Record<string, readonly string[]>> = synonymsFile.synonyms;
/** word → the topic it names. */
const TOPIC_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(synonymsFile.topics as Record<string, string[]>).flatMap(([topic, words]) =>
    words.map((w) => [w, topic] as const),
  ),
);
/** Every listed word, longest first: what a sentence is searched by when it matches nothing as written. */
const LISTED = [...new Set([...Object.keys(SYNONYMS), ...TOPIC_OF.keys()])].sort((a, b) => b.length - a.length);

/** Everything but Han characters, Latin letters and digits separates terms (spaces, ，。、？ …). */
const SEPARATORS = /[^0-9a-z\u3400-\u9fff]+/;

/** Lower-cased runs of indexable characters. */
function runs(text: string): string[] {
  return text.toLowerCase().split(SEPARATORS).filter(Boolean);
}

/** Grams of one term: the character itself when alone, else its bigrams. */
function termGrams(term: string): string[] {
  const chars = Array.from(term);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  return grams;
}

/** Unigrams and bigrams of a text, never across punctuation. */
function textGrams(text: string): string[] {
  return runs(text).flatMap((run) => {
    const chars = Array.from(run);
    return chars.length === 1 ? chars : [...chars, ...termGrams(run)];
  });
}

/** gram → (guide index → weighted frequency). */
type Postings = Map<string, Map<number, number>>;

interface GuideIndex {
  postings: Postings;
  titles: string[];
  /** Each guide's steps, as its title: runs of indexable characters. */
  steps: string[];
  guides: readonly Guide[];
}

function fieldsOf(g: Guide): [string, number][] {
  return [
    [g.title, WEIGHTS.title],
    [topicById(g.topic)?.name ?? '', WEIGHTS.topic],
    [g.steps.join('。'), WEIGHTS.steps],
    [g.answer, WEIGHTS.answer],
    [g.case, WEIGHTS.case],
  ];
}

/** Builds the index of `guides` (exported for tests; the app uses the session's shared one). */
export function buildIndex(guides: readonly Guide[]): GuideIndex {
  const postings: Postings = new Map();
  guides.forEach((g, doc) => {
    for (const [text, weight] of fieldsOf(g)) {
      const counts = new Map<string, number>();
      for (const gram of textGrams(text)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
      // Damped term frequency: a word said five times is not five times as relevant.
      for (const [gram, n] of counts) {
        const docs = postings.get(gram) ?? new Map<number, number>();
        docs.set(doc, (docs.get(doc) ?? 0) + weight * (1 + Math.log(n)));
        postings.set(gram, docs);
      }
    }
  });
  const joined = (text: string) => runs(text).join('');
  return {
    postings,
    titles: guides.map((g) => joined(g.title)),
    steps: guides.map((g) => joined(g.steps.join('。'))),
    guides,
  };
}

let shared: GuideIndex | null = null;

/** The index of the bundled guides, built on first use and kept for the session. */
function sessionIndex(): GuideIndex {
  shared ??= buildIndex(GUIDES);
  return shared;
}

/** The query's terms: split on spaces and punctuation, bounded in length. */
export function queryTerms(query: string): string[] {
  return runs(Array.from(query).slice(0, MAX_QUERY_CHARS).join(''));
}

/** Score of one spelling of a term per guide: every gram must be there (else the guide is absent). */
function spellingScores(index: GuideIndex, spelling: string): Map<number, number> {
  const n = index.guides.length;
  let scores: Map<number, number> | null = null;
  for (const gram of termGrams(spelling)) {
    const docs = index.postings.get(gram);
    if (!docs) return new Map();
    const idf = Math.log(1 + n / docs.size);
    const next = new Map<number, number>();
    for (const [doc, w] of docs) {
      if (scores === null || scores.has(doc)) next.set(doc, (scores?.get(doc) ?? 0) + w * idf);
    }
    scores = next;
  }
  const result = scores ?? new Map<number, number>();
  for (const doc of result.keys()) {
    if (index.titles[doc].includes(spelling)) result.set(doc, (result.get(doc) ?? 0) + TITLE_PHRASE_BONUS);
  }
  return result;
}

/** A spelling and the words villagers mean by it. */
const withSynonyms = (spelling: string): string[] => [spelling, ...(SYNONYMS[spelling] ?? [])];

/** Best score per guide over some spellings. */
function bestOf(index: GuideIndex, spellings: readonly string[]): Map<number, number> {
  const best = new Map<number, number>();
  for (const spelling of spellings) {
    for (const [doc, s] of spellingScores(index, spelling)) best.set(doc, Math.max(best.get(doc) ?? 0, s));
  }
  return best;
}

/**
 * Score of a term per guide: the best of the term itself and the words villagers mean by it; when none of them
 * is in any guide, of the listed words the term contains. Guides of a topic one of those spellings names come first.
 * When the resident's own words stand for a topic (老板不给钱 → 工资), a guide of another topic follows only where the
 * word names what it is for (in its title or its steps): 老板不给钱 listed 离婚时家里的房子、存款怎么分, whose answer
 * counts wages among a couple's property. A topic word typed as such (工资, 离婚) still lists every guide that
 * mentions it, after its own.
 */
function termScores(index: GuideIndex, term: string): Map<number, number> {
  let spellings = withSynonyms(term);
  let best = bestOf(index, spellings);
  if (best.size === 0) {
    spellings = LISTED.filter((w) => w !== term && term.includes(w)).flatMap(withSynonyms);
    best = bestOf(index, spellings);
  }
  const topics = new Set(spellings.map((s) => TOPIC_OF.get(s)).filter((t): t is string => t !== undefined));
  if (topics.size > 0) {
    for (const doc of TOPIC_OF.has(term) ? [] : [...best.keys()]) {
      if (topics.has(index.guides[doc].topic)) continue;
      const named = spellings.some((s) => index.titles[doc].includes(s) || index.steps[doc].includes(s));
      if (!named) best.delete(doc);
    }
    index.guides.forEach((g, doc) => {
      if (topics.has(g.topic)) best.set(doc, (best.get(doc) ?? 0) + TOPIC_BONUS);
    });
  }
  return best;
}

/** Guides matching every term of `query`, most relevant first; an empty query finds nothing. */
export function searchGuides(query: string, index: GuideIndex = sessionIndex()): Guide[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  let total: Map<number, number> | null = null;
  for (const term of terms) {
    const scores = termScores(index, term);
    const next = new Map<number, number>();
    for (const [doc, s] of scores) {
      if (total === null || total.has(doc)) next.set(doc, (total?.get(doc) ?? 0) + s);
    }
    total = next;
    if (total.size === 0) return [];
  }
  return Array.from(total ?? new Map<number, number>())
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([doc]) => index.guides[doc]);
}
