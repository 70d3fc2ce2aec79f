/** The cloud of the landing tests: the fixture's post TB-PT-0001 lands, any other post is unknown. */
import { landingFixture } from '../unit/fixtures/landing';
import type { CloudHandler } from './harness';

/** Answers scan.land for TB-PT-0001 with the fixture, POST_NOT_FOUND for any other post, UNKNOWN_FUNCTION else. */
export const landingCloud: CloudHandler = (call) => {
  if (call.name === 'scan' && call.data.postId === 'TB-PT-0001') return { ok: true, data: landingFixture() };
  if (call.name === 'scan') {
    return { ok: false, error: { code: 'POST_NOT_FOUND', message: '没有找到这个先锋岗，请确认二维码是否完整' } };
  }
  return { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '没有这个服务' } };
};
