/** resident.ask, resident.requestMediation and resident.applyAid: the three ways a resident asks for help. */
import { AidInputSchema, AskInputSchema, MediationInputSchema, type SubmitReply } from '~/types/api/requests';
import { aidDecisionDeadline } from '~/types/aidDeadline';
import { AID_MATTERS, DISPUTE_TYPES, QUESTION_CATEGORIES } from '~/types/requests';
import type * as v from 'valibot';
import type { HandlerContext, Route as ActionRoute } from '../context';
import { encrypt } from '../crypto';
import { promiseMs } from '../settings';
import { photoCodec } from './payload';
import { checkPhotos } from './photos';
import { routeAid, routeMediation, routeQuestion } from './routing';
import { REQUEST_TEXT } from './texts';
import { submit, type SubmissionSpec } from './submit';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A mediation request is accepted (受理) or declined within 3 days. */
export const MEDIATION_ACCEPT_DAYS = 3;
// Beside the hourly cap: a burst of taps is refused before it reaches the store.
const PER_MINUTE = 5;

/** What a kind adds to the shared path; the post and the client id are the input's own. */
type KindSpec = Omit<SubmissionSpec, 'postId' | 'clientId'>;

/** The route of one kind of request: `specOf` says what the kind adds, `submit` does the rest. */
function submitRoute<S extends v.GenericSchema<unknown, { postId: string; clientId: string }>>(
  schema: S,
  specOf: (ctx: HandlerContext, input: v.InferOutput<S>) => KindSpec | Promise<KindSpec>,
): ActionRoute<S, SubmitReply> {
  return {
    schema,
    perMinute: PER_MINUTE,
    handle: async (ctx, input) =>
      submit(ctx, { ...(await specOf(ctx, input)), postId: input.postId, clientId: input.clientId }),
  };
}

/** resident.ask: a question to the post's volunteers, answered within the promise (admin.settings). */
export const ask = submitRoute(AskInputSchema, async (ctx, input) => ({
  kind: 'question',
  texts: [input.text],
  title: REQUEST_TEXT.title(REQUEST_TEXT.kind.question, QUESTION_CATEGORIES[input.category]),
  dueInMs: await promiseMs(ctx.store),
  route: (post) => routeQuestion(ctx.store, post),
  payload: (key) => ({
    category: input.category,
    text: input.text,
    callbackPhone: input.callbackPhone === undefined ? null : encrypt(key, input.callbackPhone),
    hideName: input.hideName,
  }),
}));

/** resident.requestMediation: to the nearest mediation room or the township's judicial office. */
export const requestMediation = submitRoute(MediationInputSchema, (ctx, input) => ({
  kind: 'mediation',
  texts: [input.applicantName, input.otherParty, input.account],
  title: REQUEST_TEXT.title(REQUEST_TEXT.kind.mediation, DISPUTE_TYPES[input.disputeType]),
  dueInMs: MEDIATION_ACCEPT_DAYS * DAY_MS,
  route: (post) => routeMediation(ctx.store, post),
  payload: (key) => ({
    disputeType: input.disputeType,
    applicantName: input.applicantName,
    phone: encrypt(key, input.phone),
    otherParty: input.otherParty,
    account: input.account,
    preferredTime: input.preferredTime,
  }),
}));

/** resident.applyAid: a pre-application the legal-aid office decides on within 7 days (第四十三条). */
export const applyAid = submitRoute(AidInputSchema, (ctx, input) => {
  const now = ctx.now();
  return {
    kind: 'aid',
    texts: [input.name, input.address, input.facts],
    title: REQUEST_TEXT.title(REQUEST_TEXT.kind.aid, AID_MATTERS[input.matter]),
    // Due at 24:00 CST of the 7th day after the day of receipt (民法典 第二百零一、二百零三条), not 7 × 24 h.
    dueInMs: aidDecisionDeadline(now).endsAt - now,
    route: (post) => routeAid(ctx.store, post, input.channel),
    check: (owner) => checkPhotos(ctx, owner, input.photos),
    payload: (key) => ({
      matter: input.matter,
      exemption: input.exemption,
      channel: input.channel,
      name: input.name,
      idNumber: encrypt(key, input.idNumber),
      phone: encrypt(key, input.phone),
      address: input.address,
      stage: input.stage,
      facts: input.facts,
      monthlyIncome: input.monthlyIncome ?? null,
      householdSize: input.householdSize ?? null,
      pledge: input.pledge,
      photos: photoCodec.format(input.photos),
      // 第四十四条: a limitation period or hearing under 7 days away lets the office give aid first.
      urgent: input.urgent,
    }),
  };
});
