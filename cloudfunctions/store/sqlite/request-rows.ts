/** A `requests` row as SQLite returns it, and its conversion to and from the port's RequestRow. */
import type { RequestRow } from '../port';

/** A `requests` row (tables/requests.ts). */
export interface RequestDbRow {
  id: string;
  kind: RequestRow['kind'];
  owner: string;
  client_id: string;
  post_id: string;
  village_code: string;
  township_code: string;
  county_code: string;
  assignee: string;
  status: RequestRow['status'];
  title: string;
  payload: string;
  created_at: number;
  updated_at: number;
  due_at: number;
  version: number;
  answered_by: string | null;
  first_answer_at: number | null;
  rating: number | null;
  rating_word: string | null;
  reminded_at: number | null;
  escalated_at: number | null;
}

/** Request row → port. */
export function toRequestRow(r: RequestDbRow): RequestRow {
  return {
    id: r.id,
    kind: r.kind,
    owner: r.owner,
    clientId: r.client_id,
    postId: r.post_id,
    villageCode: r.village_code,
    townshipCode: r.township_code,
    countyCode: r.county_code,
    assignee: r.assignee,
    status: r.status,
    title: r.title,
    payload: JSON.parse(r.payload) as RequestRow['payload'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    dueAt: r.due_at,
    version: r.version,
    answeredBy: r.answered_by,
    firstAnswerAt: r.first_answer_at,
    rating: r.rating,
    ratingWord: r.rating_word,
    remindedAt: r.reminded_at,
    escalatedAt: r.escalated_at,
  };
}

/** Port → request row. */
export function requestParams(r: RequestRow): RequestDbRow {
  return {
    id: r.id,
    kind: r.kind,
    owner: r.owner,
    client_id: r.clientId,
    post_id: r.postId,
    village_code: r.villageCode,
    township_code: r.townshipCode,
    county_code: r.countyCode,
    assignee: r.assignee,
    status: r.status,
    title: r.title,
    payload: JSON.stringify(r.payload),
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    due_at: r.dueAt,
    version: r.version,
    answered_by: r.answeredBy,
    first_answer_at: r.firstAnswerAt,
    rating: r.rating,
    rating_word: r.ratingWord,
    reminded_at: r.remindedAt,
    escalated_at: r.escalatedAt,
  };
}
