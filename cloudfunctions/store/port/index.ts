/**
 * The store port: what the domain handlers may ask of storage, in the domain's words, one interface per group
 * (network.ts, requests.ts, people.ts, scans.ts). Two adapters implement it, one file per group in each:
 * sqlite/ (better-sqlite3, the embedded default) and cloudbase/ (wx-server-sdk, production). One contract suite
 * (test/cloud/store-contract.ts) runs against both.
 */
import type { Dataset } from '../rows';
import type { RegionsPort, PostsPort, VolunteersPort, ServicesPort } from './network';
import type { RequestsPort, PhotosPort, AuditPort, OutboxPort, TemplatesPort } from './requests';
import type { UsersPort, InvitesPort, MetaPort } from './people';
import type { ScansPort, StatsPort } from './scans';
import type { WindowsPort } from './windows';

export * from '../rows';
export type { RegionsPort, PostsPort, ServingCount, VolunteersPort, ServicesPort } from './network';
export type { RequestsPort, PhotosPort, AuditPort, OutboxPort, TemplatesPort } from './requests';
export type { UsersPort, InvitesPort, MetaPort } from './people';
export type { ScansPort, StatsPort } from './scans';
export type { WindowCount, WindowsPort } from './windows';

/** Everything storage offers the handlers, by group. */
export interface Store {
  regions: RegionsPort;
  posts: PostsPort;
  volunteers: VolunteersPort;
  services: ServicesPort;
  requests: RequestsPort;
  audit: AuditPort;
  outbox: OutboxPort;
  invites: InvitesPort;
  templates: TemplatesPort;
  photos: PhotosPort;
  scans: ScansPort;
  stats: StatsPort;
  users: UsersPort;
  meta: MetaPort;
  /** Windows shared by several processes; absent on a store served by one process (SQLite). */
  windows?: WindowsPort;
  /** Loads a whole dataset in one transaction (seed). Fails, writing nothing, if any row is already present. */
  load(dataset: Dataset): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
}
