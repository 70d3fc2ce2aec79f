/**
 * Migration 6: the channels each service point serves (服务渠道, types/services.ts). Routing used to pick legal-aid
 * stations by their names; existing rows get the channels those names meant, once, here, and nothing reads names
 * after. Kept apart from schema.ts for length; schema.ts lists it in MIGRATIONS like every other step.
 */
import type { Migration } from './schema';

/** Adds services.channels (a JSON array) and fills it from each existing point's kind. */
export const MIGRATION_SERVICE_CHANNELS: Migration = {
  version: 6,
  name: 'service points: the channels they serve',
  // The same lists, in the same order, as types/services.ts DEFAULT_CHANNELS gives new points of each kind.
  sql: `
ALTER TABLE services ADD COLUMN channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels));
UPDATE services SET channels = '["mediation","handover"]' WHERE kind = 'judicialOffice';
UPDATE services SET channels = '["mediation"]' WHERE kind = 'mediationRoom';
UPDATE services SET channels = '["aid","handover"]' WHERE kind = 'legalAidCentre';
UPDATE services SET channels = '["aidWomen"]' WHERE kind = 'legalAidStation' AND name LIKE '%妇女法律援助工作站';
UPDATE services SET channels = '["aidStudent"]' WHERE kind = 'legalAidStation' AND name = '白城师范学院法律援助工作站';
`,
};
