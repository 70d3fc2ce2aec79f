/**
 * Typed handles on the services the page tests drive. A test file still says with jest.mock which services it
 * mocks (jest hoists those calls above its imports); importing a handle from here then gives that mock, typed, in
 * place of a `const x = fetchX as jest.MockedFunction<typeof fetchX>` line in every file. A service the file did
 * not mock comes back as itself.
 */
import { openAdminFile as openAdminFileService } from '~/src/services/admin/adminFile';
import { assignPosts as assignPostsService } from '~/src/services/admin/assignPosts';
import { bootstrapAdmin as bootstrapAdminService } from '~/src/services/admin/bootstrap';
import { checkImport as checkImportService } from '~/src/services/admin/checkImport';
import { createInvite as createInviteService } from '~/src/services/admin/createInvite';
import { createPost as createPostService } from '~/src/services/admin/createPost';
import { deactivate as deactivateService } from '~/src/services/admin/deactivate';
import { exportCsv as exportCsvService } from '~/src/services/admin/exportCsv';
import { fetchAdmins as fetchAdminsService } from '~/src/services/admin/fetchAdmins';
import { fetchCoverage as fetchCoverageService } from '~/src/services/admin/fetchCoverage';
import { fetchCoverageClusters as fetchCoverageClustersService } from '~/src/services/admin/fetchCoverageClusters';
import { fetchInviteCode as fetchInviteCodeService } from '~/src/services/admin/fetchInviteCode';
import { fetchInvites as fetchInvitesService } from '~/src/services/admin/fetchInvites';
import { fetchPeople as fetchPeopleService } from '~/src/services/admin/fetchPeople';
import { fetchPlates as fetchPlatesService } from '~/src/services/admin/fetchPlates';
import { fetchPost as fetchPostService } from '~/src/services/admin/fetchPost';
import { fetchPosts as fetchPostsService } from '~/src/services/admin/fetchPosts';
import { fetchRegions as fetchRegionsService } from '~/src/services/admin/fetchRegions';
import { fetchServicePoints as fetchServicePointsService } from '~/src/services/admin/fetchServicePoints';
import { fetchServices as fetchServicesService } from '~/src/services/admin/fetchServices';
import { fetchSettings as fetchSettingsService } from '~/src/services/admin/fetchSettings';
import { fetchStats as fetchStatsService } from '~/src/services/admin/fetchStats';
import {
  fetchTownshipPosts as fetchTownshipPostsService,
  fetchTownships as fetchTownshipsService,
} from '~/src/services/admin/fetchTownships';
import { importPosts as importPostsService } from '~/src/services/admin/importPosts';
import { plateSheet as plateSheetService } from '~/src/services/admin/plateSheet';
import { revokeAdmin as revokeAdminService } from '~/src/services/admin/revokeAdmin';
import { saveServicePoint as saveServicePointService } from '~/src/services/admin/saveServicePoint';
import { updatePost as updatePostService } from '~/src/services/admin/updatePost';
import { updateSettings as updateSettingsService } from '~/src/services/admin/updateSettings';
import { uploadImport as uploadImportService } from '~/src/services/admin/uploadImport';
import { fetchDemo as fetchDemoService } from '~/src/services/demo/fetchDemo';
import { loginDemo as loginDemoService } from '~/src/services/demo/loginDemo';
import { landPost as landPostService } from '~/src/services/post/landPost';
import { sendScanLocation as sendScanLocationService } from '~/src/services/post/sendScanLocation';
import { applyAid as applyAidService } from '~/src/services/requests/applyAid';
import { askQuestion as askQuestionService } from '~/src/services/requests/askQuestion';
import { deleteMyData as deleteMyDataService } from '~/src/services/requests/deleteMyData';
import { fetchMyRequests as fetchMyRequestsService } from '~/src/services/requests/fetchMyRequests';
import { fetchOutbox as fetchOutboxService } from '~/src/services/requests/fetchOutbox';
import { fetchRequestDetail as fetchRequestDetailService } from '~/src/services/requests/fetchRequestDetail';
import { rateAnswer as rateAnswerService } from '~/src/services/requests/rateAnswer';
import { readOutbox as readOutboxService } from '~/src/services/requests/readOutbox';
import { requestMediation as requestMediationService } from '~/src/services/requests/requestMediation';
import { requestSubscribe as requestSubscribeService } from '~/src/services/requests/requestSubscribe';
import { supplementRequest as supplementRequestService } from '~/src/services/requests/supplementRequest';
import { uploadPhoto as uploadPhotoService } from '~/src/services/requests/uploadPhoto';
import { sendQueuedScan as sendQueuedScanService } from '~/src/services/scan/sendQueuedScan';
import { fetchMe as fetchMeService } from '~/src/services/session/fetchMe';
import { acceptInvite as acceptInviteService } from '~/src/services/work/acceptInvite';
import { advanceCase as advanceCaseService } from '~/src/services/work/advanceCase';
import { answerRequest as answerRequestService } from '~/src/services/work/answerRequest';
import { decideAid as decideAidService } from '~/src/services/work/decideAid';
import { fetchCase as fetchCaseService } from '~/src/services/work/fetchCase';
import { fetchEvidence as fetchEvidenceService } from '~/src/services/work/fetchEvidence';
import { fetchInbox as fetchInboxService } from '~/src/services/work/fetchInbox';
import { fetchTemplates as fetchTemplatesService } from '~/src/services/work/fetchTemplates';
import { handOver as handOverService } from '~/src/services/work/handOver';
import { revealField as revealFieldService } from '~/src/services/work/revealField';
import { saveTemplate as saveTemplateService } from '~/src/services/work/saveTemplate';
import {
  subscribeWork as subscribeWorkService,
  workTemplateIds as workTemplateIdsService,
} from '~/src/services/work/subscribeWork';

import { deleteTemplate as deleteTemplateService } from '~/src/services/work/deleteTemplate';
import { fetchProfile as fetchProfileService } from '~/src/services/work/fetchProfile';
import { fetchWorkload as fetchWorkloadService } from '~/src/services/work/fetchWorkload';
import { unbind as unbindService } from '~/src/services/work/unbind';
import { updateProfile as updateProfileService } from '~/src/services/work/updateProfile';
/** The service as jest left it in this test file, typed as a mock. */
const mocked = <F extends (...args: never[]) => unknown>(fn: F) => fn as jest.MockedFunction<F>;

export const openAdminFile = mocked(openAdminFileService);
export const assignPosts = mocked(assignPostsService);
export const bootstrapAdmin = mocked(bootstrapAdminService);
export const checkImport = mocked(checkImportService);
export const createInvite = mocked(createInviteService);
export const createPost = mocked(createPostService);
export const deactivate = mocked(deactivateService);
export const exportCsv = mocked(exportCsvService);
export const fetchAdmins = mocked(fetchAdminsService);
export const fetchCoverage = mocked(fetchCoverageService);
export const fetchCoverageClusters = mocked(fetchCoverageClustersService);
export const fetchInviteCode = mocked(fetchInviteCodeService);
export const fetchInvites = mocked(fetchInvitesService);
export const fetchPeople = mocked(fetchPeopleService);
export const fetchPlates = mocked(fetchPlatesService);
export const fetchPost = mocked(fetchPostService);
export const fetchPosts = mocked(fetchPostsService);
export const fetchRegions = mocked(fetchRegionsService);
export const fetchServicePoints = mocked(fetchServicePointsService);
export const fetchServices = mocked(fetchServicesService);
export const fetchSettings = mocked(fetchSettingsService);
export const fetchStats = mocked(fetchStatsService);
export const fetchTownshipPosts = mocked(fetchTownshipPostsService);
export const fetchTownships = mocked(fetchTownshipsService);
export const importPosts = mocked(importPostsService);
export const plateSheet = mocked(plateSheetService);
export const revokeAdmin = mocked(revokeAdminService);
export const saveServicePoint = mocked(saveServicePointService);
export const updatePost = mocked(updatePostService);
export const updateSettings = mocked(updateSettingsService);
export const uploadImport = mocked(uploadImportService);
export const fetchDemo = mocked(fetchDemoService);
export const loginDemo = mocked(loginDemoService);
export const landPost = mocked(landPostService);
export const sendScanLocation = mocked(sendScanLocationService);
export const applyAid = mocked(applyAidService);
export const askQuestion = mocked(askQuestionService);
export const deleteMyData = mocked(deleteMyDataService);
export const fetchMyRequests = mocked(fetchMyRequestsService);
export const fetchOutbox = mocked(fetchOutboxService);
export const fetchRequestDetail = mocked(fetchRequestDetailService);
export const rateAnswer = mocked(rateAnswerService);
export const readOutbox = mocked(readOutboxService);
export const requestMediation = mocked(requestMediationService);
export const requestSubscribe = mocked(requestSubscribeService);
export const supplementRequest = mocked(supplementRequestService);
export const uploadPhoto = mocked(uploadPhotoService);
export const sendQueuedScan = mocked(sendQueuedScanService);
export const fetchMe = mocked(fetchMeService);
export const acceptInvite = mocked(acceptInviteService);
export const advanceCase = mocked(advanceCaseService);
export const answerRequest = mocked(answerRequestService);
export const decideAid = mocked(decideAidService);
export const fetchCase = mocked(fetchCaseService);
export const fetchEvidence = mocked(fetchEvidenceService);
export const fetchInbox = mocked(fetchInboxService);
export const fetchTemplates = mocked(fetchTemplatesService);
export const handOver = mocked(handOverService);
export const revealField = mocked(revealFieldService);
export const saveTemplate = mocked(saveTemplateService);
export const subscribeWork = mocked(subscribeWorkService);
export const workTemplateIds = mocked(workTemplateIdsService);
export const deleteTemplate = mocked(deleteTemplateService);
export const fetchProfile = mocked(fetchProfileService);
export const fetchWorkload = mocked(fetchWorkloadService);
export const unbind = mocked(unbindService);
export const updateProfile = mocked(updateProfileService);
