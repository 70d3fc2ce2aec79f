/** Shapes of the bundled legal guides (普法指南); app-only data, so they live beside their service. */

/** Whom a guide sends the reader to, as kinds the post landing page has a card for. */
export type ContactKind = 'volunteer' | 'judicialOffice' | 'mediationRoom' | 'legalAid' | 'hotline';

/** Every contact kind, in the order a guide's contacts are shown. */
export const CONTACT_KINDS: readonly ContactKind[] = [
  'volunteer',
  'mediationRoom',
  'judicialOffice',
  'legalAid',
  'hotline',
];

/** One exact citation of a law in force, e.g. { law: '中华人民共和国民法典', article: '第一千零七十九条' }. */
export interface Citation {
  law: string;
  article: string;
}

/** A topic (专题) of the guides home page. */
export interface Topic {
  id: string;
  name: string;
  hint: string;
}

/** One guide: a villager's real question with a plain answer, steps, whom to call, a case and the law. */
export interface Guide {
  id: string;
  topic: string;
  title: string;
  answer: string;
  steps: string[];
  contacts: ContactKind[];
  /** Bodies outside the landing page's cards (劳动保障监察大队, 派出所…), shown as text. */
  otherContacts: string[];
  /** 以案释法: a plausible local story, adapted for teaching. */
  case: string;
  citations: Citation[];
  /** Month the content was last reviewed against the law, yyyy-mm. */
  reviewedAt: string;
}
