/** The reply type of every action, by cloud function. */
import type { RequestStatus } from '../requests';
import type { InviteData, InviteSummary, SettingsData, StatsData } from './admin';
import type { CoverageData, CoverageClustersData, DashboardData, ExportData } from './dashboard';
import type {
  AdminPost,
  BootstrapData,
  ImportProgress,
  ImportReport,
  PeopleData,
  PersonRow,
  PlatesData,
  PostDetail,
  PostsData,
  RegionsData,
  ServicesData,
} from './network';
import type { ImportUploadData, PlateSheetData } from './files';
import type { MeData, PhotoSlotData } from './resident';
import type { InviteCodeData } from './inviteCode';
import type { EvidenceData } from './evidence';
import type { AuditLogData } from './audit';
import type { MyDataReply } from './myData';
import type { AdminServicePoint, AdminsData, ServicePointsData } from './servicePoints';
import type { NearbyData, TownshipsData } from './nearby';
import type { NoticesData, RequestDetail, RequestSummary, SubmitReply } from './requests';
import type { LandingData, LocateReply } from './scan';
import type {
  AcceptInviteData,
  AnswerTemplate,
  InboxData,
  ProfileData,
  RevealData,
  WorkDetail,
  WorkloadData,
} from './work';

/** The work actions that change a request: each replies with the request as it now stands. */
type WorkChanges = Record<'answer' | 'askMore' | 'handOver' | 'close' | 'advance' | 'decide', WorkDetail>;

/** Reply types by function and action. */
export interface Replies {
  scan: { land: LandingData; locate: LocateReply };
  resident: {
    me: MeData;
    ask: SubmitReply;
    requestMediation: SubmitReply;
    applyAid: SubmitReply;
    myRequests: { requests: RequestSummary[] };
    requestDetail: RequestDetail;
    deleteMyData: { deleted: number };
    nearbyPosts: NearbyData;
    townships: TownshipsData;
    supplement: { status: RequestStatus };
    rate: { ok: true };
    outbox: NoticesData;
    readOutbox: { unread: number };
    myData: MyDataReply;
    photoSlot: PhotoSlotData;
  };
  admin: {
    stats: StatsData;
    createInvite: InviteData;
    invites: { invites: InviteSummary[] };
    settings: SettingsData;
    updateSettings: SettingsData;
    dashboard: DashboardData;
    coverage: CoverageData;
    coverageClusters: CoverageClustersData;
    export: ExportData;
    posts: PostsData;
    post: PostDetail;
    createPost: AdminPost;
    updatePost: AdminPost;
    checkImport: ImportReport;
    importPosts: ImportProgress;
    plates: PlatesData;
    plateSheet: PlateSheetData;
    importUpload: ImportUploadData;
    people: PeopleData;
    assignPosts: PersonRow;
    deactivate: PersonRow;
    services: ServicesData;
    regions: RegionsData;
    bootstrap: BootstrapData;
    servicePoints: ServicePointsData;
    saveServicePoint: AdminServicePoint;
    admins: AdminsData;
    revokeAdmin: { revoked: true };
    inviteCode: InviteCodeData;
    auditLog: AuditLogData;
  };
  work: WorkChanges & {
    inbox: InboxData;
    detail: WorkDetail;
    reveal: RevealData;
    templates: { templates: AnswerTemplate[] };
    saveTemplate: AnswerTemplate;
    deleteTemplate: { deleted: boolean };
    workload: WorkloadData;
    profile: ProfileData;
    updateProfile: ProfileData;
    acceptInvite: AcceptInviteData;
    unbind: { role: 'resident' };
    evidence: EvidenceData;
  };
}
