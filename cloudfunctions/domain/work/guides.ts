/** The ids of the bundled guides (普法指南), so an answer or template links only guides that exist. */
import consumer from '../../../data/guides/consumer.json';
import divorce from '../../../data/guides/divorce.json';
import elderly from '../../../data/guides/elderly.json';
import fraud from '../../../data/guides/fraud.json';
import inheritance from '../../../data/guides/inheritance.json';
import injury from '../../../data/guides/injury.json';
import land from '../../../data/guides/land.json';
import legalAid from '../../../data/guides/legalAid.json';
import loans from '../../../data/guides/loans.json';
import marriage from '../../../data/guides/marriage.json';
import neighbours from '../../../data/guides/neighbours.json';
import privacy from '../../../data/guides/privacy.json';
import traffic from '../../../data/guides/traffic.json';
import violence from '../../../data/guides/violence.json';
import wages from '../../../data/guides/wages.json';

const FILES = [
  consumer,
  divorce,
  elderly,
  fraud,
  inheritance,
  injury,
  land,
  legalAid,
  loans,
  marriage,
  neighbours,
  privacy,
  traffic,
  violence,
  wages,
];

/** Every guide id. */
export const GUIDE_IDS: ReadonlySet<string> = new Set(FILES.flatMap((f) => f.guides.map((g) => g.id)));

/** True when a guide with this id is bundled. */
export const guideExists = (id: string) => GUIDE_IDS.has(id);
