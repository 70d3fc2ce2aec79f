/**
 * The shared set-up of the 邀请工作人员 page tests (admin-invite*.test.tsx): importing this file mocks the five
 * services the page loads on opening and submitting (jest.mock is hoisted above this file's imports, so a test file
 * imports this one first), and gives a county admin and the 洮北区 part of the township tree.
 */
import type { MeData, TownshipsData } from '~/types/api';

jest.mock('~/src/services/admin/createInvite');
jest.mock('~/src/services/admin/fetchInvites');
jest.mock('~/src/services/admin/fetchServices');
jest.mock('~/src/services/admin/fetchTownships');
jest.mock('~/src/services/session/fetchMe');

/** The page's services, mocked above. */
export {
  createInvite as create,
  fetchInvites as invites,
  fetchMe as me,
  fetchServices as services,
  fetchTownshipPosts as townshipPosts,
  fetchTownships as townships,
} from './support/services';

/** 洮北区's admin, who invites within the county. */
export const COUNTY: MeData = {
  role: 'admin',
  label: '洮北区司法局管理员',
  regionCode: '220802',
  regionName: '洮北区',
};

/** 洮北区 with two of its townships, as the townships action lists a county. */
export const TAOBEI: TownshipsData['counties'][number] = {
  code: '220802',
  name: '洮北区',
  townships: [
    { code: '220802100', name: '平台镇' },
    { code: '220802101', name: '到保镇' },
  ],
};
