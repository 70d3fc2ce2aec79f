/** The map of every cloud function and action: input schema, input type and reply type, in one place. */
import type * as v from 'valibot';
import type { RequestStatus } from '../requests';
import {
  CreateInviteInputSchema,
  InvitesInputSchema,
  SettingsInputSchema,
  StatsInputSchema,
  UpdateSettingsInputSchema,
  type InviteData,
  type InviteSummary,
  type SettingsData,
  type StatsData,
} from './admin';
import {
  CoverageInputSchema,
  CoverageClustersInputSchema,
  DashboardInputSchema,
  ExportInputSchema,
  type CoverageData,
  type CoverageClustersData,
  type DashboardData,
  type ExportData,
} from './dashboard';
import {
  AssignPostsInputSchema,
  BootstrapInputSchema,
  CheckImportInputSchema,
  CreatePostInputSchema,
  DeactivateInputSchema,
  ImportPostsInputSchema,
  PeopleInputSchema,
  PlatesInputSchema,
  PostInputSchema,
  PostsInputSchema,
  RegionsInputSchema,
  ServicesInputSchema,
  UpdatePostInputSchema,
  type AdminPost,
  type BootstrapData,
  type ImportProgress,
  type ImportReport,
  type PeopleData,
  type PersonRow,
  type PlatesData,
  type PostDetail,
  type PostsData,
  type RegionsData,
  type ServicesData,
} from './network';
import { ImportUploadInputSchema, PlateSheetInputSchema, type ImportUploadData, type PlateSheetData } from './files';
import { MeInputSchema, type MeData } from './resident';
import { InviteCodeInputSchema, type InviteCodeData } from './inviteCode';
import { EvidenceInputSchema, type EvidenceData } from './evidence';
import { AuditLogInputSchema, type AuditLogData } from './audit';
import { MyDataInputSchema, type MyDataReply } from './myData';
import {
  AdminsInputSchema,
  RevokeAdminInputSchema,
  SaveServicePointInputSchema,
  ServicePointsInputSchema,
  type AdminServicePoint,
  type AdminsData,
  type ServicePointsData,
} from './servicePoints';
import { NearbyInputSchema, TownshipsInputSchema, type NearbyData, type TownshipsData } from './nearby';
import {
  AidInputSchema,
  AskInputSchema,
  DeleteMyDataInputSchema,
  MediationInputSchema,
  MyRequestsInputSchema,
  OutboxInputSchema,
  RateInputSchema,
  ReadOutboxInputSchema,
  RequestDetailInputSchema,
  SupplementInputSchema,
  type OutboxData,
  type RequestDetail,
  type RequestSummary,
  type SubmitReply,
} from './requests';
import { LandInputSchema, LocateInputSchema, type LandingData, type LocateReply } from './scan';
import {
  AcceptInviteInputSchema,
  AdvanceInputSchema,
  AnswerInputSchema,
  AskMoreInputSchema,
  CloseInputSchema,
  DecideInputSchema,
  DeleteTemplateInputSchema,
  HandOverInputSchema,
  InboxInputSchema,
  ProfileInputSchema,
  RevealInputSchema,
  SaveTemplateInputSchema,
  TemplatesInputSchema,
  UnbindInputSchema,
  UpdateProfileInputSchema,
  WorkDetailInputSchema,
  WorkloadInputSchema,
  type AcceptInviteData,
  type AnswerTemplate,
  type InboxData,
  type ProfileData,
  type RevealData,
  type WorkDetail,
  type WorkloadData,
} from './work';

export * from './admin';
export * from './common';
export * from './dashboard';
export * from './files';
export * from './network';
export * from './nearby';
export * from './requests';
export * from './resident';
export * from './scan';
export * from './servicePoints';
export * from './inviteCode';
export * from './evidence';
export * from './audit';
export * from './myData';
export * from './work';

/** Input schemas by function and action; the functions validate every call against these. */
export const SCHEMAS = {
  scan: { land: LandInputSchema, locate: LocateInputSchema },
  resident: {
    me: MeInputSchema,
    ask: AskInputSchema,
    requestMediation: MediationInputSchema,
    applyAid: AidInputSchema,
    myRequests: MyRequestsInputSchema,
    requestDetail: RequestDetailInputSchema,
    deleteMyData: DeleteMyDataInputSchema,
    nearbyPosts: NearbyInputSchema,
    townships: TownshipsInputSchema,
    supplement: SupplementInputSchema,
    rate: RateInputSchema,
    outbox: OutboxInputSchema,
    readOutbox: ReadOutboxInputSchema,
    myData: MyDataInputSchema,
  },
  admin: {
    stats: StatsInputSchema,
    createInvite: CreateInviteInputSchema,
    invites: InvitesInputSchema,
    settings: SettingsInputSchema,
    updateSettings: UpdateSettingsInputSchema,
    dashboard: DashboardInputSchema,
    coverage: CoverageInputSchema,
    coverageClusters: CoverageClustersInputSchema,
    export: ExportInputSchema,
    posts: PostsInputSchema,
    post: PostInputSchema,
    createPost: CreatePostInputSchema,
    updatePost: UpdatePostInputSchema,
    checkImport: CheckImportInputSchema,
    importPosts: ImportPostsInputSchema,
    plates: PlatesInputSchema,
    plateSheet: PlateSheetInputSchema,
    importUpload: ImportUploadInputSchema,
    people: PeopleInputSchema,
    assignPosts: AssignPostsInputSchema,
    deactivate: DeactivateInputSchema,
    services: ServicesInputSchema,
    regions: RegionsInputSchema,
    bootstrap: BootstrapInputSchema,
    servicePoints: ServicePointsInputSchema,
    saveServicePoint: SaveServicePointInputSchema,
    admins: AdminsInputSchema,
    revokeAdmin: RevokeAdminInputSchema,
    inviteCode: InviteCodeInputSchema,
    auditLog: AuditLogInputSchema,
  },
  work: {
    inbox: InboxInputSchema,
    detail: WorkDetailInputSchema,
    answer: AnswerInputSchema,
    askMore: AskMoreInputSchema,
    handOver: HandOverInputSchema,
    close: CloseInputSchema,
    advance: AdvanceInputSchema,
    decide: DecideInputSchema,
    reveal: RevealInputSchema,
    templates: TemplatesInputSchema,
    saveTemplate: SaveTemplateInputSchema,
    deleteTemplate: DeleteTemplateInputSchema,
    workload: WorkloadInputSchema,
    profile: ProfileInputSchema,
    updateProfile: UpdateProfileInputSchema,
    acceptInvite: AcceptInviteInputSchema,
    unbind: UnbindInputSchema,
    evidence: EvidenceInputSchema,
  },
} as const;

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
    outbox: OutboxData;
    readOutbox: { unread: number };
    myData: MyDataReply;
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
  work: {
    inbox: InboxData;
    detail: WorkDetail;
    /** Every change replies with the request as it now stands. */
    answer: WorkDetail;
    askMore: WorkDetail;
    handOver: WorkDetail;
    close: WorkDetail;
    advance: WorkDetail;
    decide: WorkDetail;
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

/** Names of the deployable cloud functions. */
export type FunctionName = keyof typeof SCHEMAS;
/** Action names of one function. */
export type ActionName<F extends FunctionName> = keyof (typeof SCHEMAS)[F] & string;
/** The input schema of one action. */
export type SchemaOf<F extends FunctionName, A extends ActionName<F>> = (typeof SCHEMAS)[F][A] extends infer S extends
  v.GenericSchema
  ? S
  : never;
/** What a caller sends to an action. */
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = v.InferInput<SchemaOf<F, A>>;
/** What a handler receives after validation (defaults applied). */
export type ActionParsed<F extends FunctionName, A extends ActionName<F>> = v.InferOutput<SchemaOf<F, A>>;
/** What an action replies. */
export type ActionReply<F extends FunctionName, A extends ActionName<F>> = A extends keyof Replies[F]
  ? Replies[F][A]
  : never;
