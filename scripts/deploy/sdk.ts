/**
 * The part of the CloudBase manager SDK (`@cloudbase/manager-node`) the deploy kit drives, typed by what the kit
 * passes and reads. The real SDK object is checked against it by the compiler (createManager), and the tests'
 * recording fake implements exactly this, so the two cannot drift apart silently.
 */
import CloudBase from '@cloudbase/manager-node';

/** One key of an index as the database API takes it (Direction "1", "-1" or "2dsphere"). */
export interface MgoIndexKey {
  Name: string;
  Direction: string;
}

/** An index to create (UpdateTable's CreateIndexes). */
export interface MgoCreateIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: MgoIndexKey[]; MgoIsUnique: boolean };
}

/** A function as createFunction / updateFunctionConfig take it. */
export interface CloudFunctionDef {
  name: string;
  runtime?: string;
  memorySize?: number;
  timeout?: number;
  envVariables?: Record<string, string>;
  installDependency?: boolean;
  /** Wait for the cloud to install dependencies before answering, so the next call finds the function ready. */
  isWaitInstall?: boolean;
  handler?: string;
  triggers?: { name: string; type: string; config: string }[];
}

/** Storage access: a preset or CUSTOM with a rule. */
export type StorageAcl = 'READONLY' | 'PRIVATE' | 'ADMINWRITE' | 'ADMINONLY' | 'CUSTOM';

/** A storage or collection security rule: `true`/`false` or an expression. */
export interface SecurityRule {
  read: boolean | string;
  write: boolean | string;
}

/** The manager SDK surface the kit uses. */
export interface ManagerSdk {
  database: {
    listCollections(options?: { MgoLimit?: number; MgoOffset?: number }): Promise<{
      Collections: { CollectionName: string }[];
      Pager: { Total: number };
    }>;
    createCollection(name: string): Promise<unknown>;
    describeCollection(name: string): Promise<{ Indexes?: { Name: string }[] }>;
    updateCollection(name: string, info: { CreateIndexes?: MgoCreateIndex[] }): Promise<unknown>;
    import(
      collection: string,
      file: { FilePath: string; FileType: string },
      // The SDK types these options as `any`; these are the DatabaseMigrateImport fields the kit sends.
      options: { ObjectKeyPrefix: string; StopOnError: boolean; ConflictMode: 'insert' | 'upsert' },
    ): Promise<{ JobId: number }>;
    migrateStatus(
      jobId: number,
    ): Promise<{ Status: string; RecordSuccess: number; RecordFail: number; ErrorMsg: string }>;
  };
  permission: {
    modifyResourcePermission(options: {
      resourceType: 'collection';
      resource: string;
      permission: 'ADMINONLY' | 'CUSTOM';
      securityRule?: string;
    }): Promise<unknown>;
  };
  storage: {
    setStorageAcl(acl: StorageAcl, rule?: SecurityRule): Promise<unknown>;
    deleteFile(cloudPaths: string[]): Promise<void>;
  };
  functions: {
    getFunctionList(
      limit?: number,
      offset?: number,
    ): Promise<{ Functions: Record<string, string>[]; TotalCount: number }>;
    getFunctionDetail(name: string): Promise<{
      Runtime: string;
      Triggers: { TriggerName: string; Type: string; TriggerDesc: string }[];
    }>;
    createFunction(params: { func: CloudFunctionDef; functionRootPath: string; force: boolean }): Promise<unknown>;
    updateFunctionCode(params: { func: CloudFunctionDef; functionRootPath: string }): Promise<unknown>;
    updateFunctionConfig(func: CloudFunctionDef): Promise<unknown>;
    createFunctionTriggers(name: string, triggers: { name: string; type: string; config: string }[]): Promise<unknown>;
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>;
  };
}

/** Credentials and environment of a real deploy. */
export interface ManagerConfig {
  envId: string;
  secretId: string;
  secretKey: string;
  token?: string;
  region?: string;
}

/** The real manager SDK for one environment. */
export function createManager(config: ManagerConfig): ManagerSdk {
  const app = new CloudBase({ ...config, token: config.token || undefined, region: config.region || undefined });
  return app;
}
