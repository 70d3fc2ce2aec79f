/**
 * The services behind the home and landing pages, answering as for a resident who opened post TB-PT-0001 from a
 * link. The test file mocks landPost, fetchMe and fetchDemo with jest.mock (jest hoists it there).
 */
import type { MeData } from '~/types/api';
import { landingFixture } from '../fixtures/landing';
import { fetchDemo, fetchMe, landPost } from './services';

/** Before each test: landPost answers the landing fixture, fetchMe a resident (群众), fetchDemo no demo. */
export function landAsResident(): void {
  beforeEach(() => {
    landPost.mockReset().mockResolvedValue(landingFixture());
    // The label is all these pages read of the caller; the region stays unset as for a resident never placed.
    fetchMe.mockReset().mockResolvedValue({ role: 'resident', label: '群众' } as MeData);
    fetchDemo.mockReset().mockResolvedValue(null);
  });
}
