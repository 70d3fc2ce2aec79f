/**
 * setupDatabase's management port (CloudDatabaseAdmin) over the manager SDK: collections through the database
 * service (ListTables / CreateTable / DescribeTable / UpdateTable with CreateIndexes), security rules through the
 * permission service (a collection's 权限设置: ADMINONLY when clients may do nothing, else CUSTOM with the rule).
 */
import type { CloudDatabaseAdmin, CloudIndexSpec, CloudRule } from '~/cloudfunctions/store/cloudbase/setup';
import type { ManagerSdk, MgoCreateIndex } from './sdk';

const PAGE = 100;

/** The index as UpdateTable's CreateIndexes takes it. */
export function mgoIndex(index: CloudIndexSpec): MgoCreateIndex {
  return {
    IndexName: index.name,
    MgoKeySchema: {
      MgoIndexKeys: index.keys.map((k) => ({ Name: k.field, Direction: k.direction })),
      MgoIsUnique: index.unique,
    },
  };
}

/** A collection's permission as the permission service takes it. */
export function collectionPermission(rule: CloudRule): { permission: 'ADMINONLY' | 'CUSTOM'; securityRule?: string } {
  if (rule.read === false && rule.write === false) return { permission: 'ADMINONLY' };
  return { permission: 'CUSTOM', securityRule: JSON.stringify({ read: rule.read, write: rule.write }) };
}

/** The database administration of one environment, as setupDatabase drives it. */
export function managerDatabaseAdmin(sdk: ManagerSdk): CloudDatabaseAdmin {
  return {
    async listCollections() {
      const names: string[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const res = await sdk.database.listCollections({ MgoLimit: PAGE, MgoOffset: offset });
        names.push(...res.Collections.map((c) => c.CollectionName));
        if (res.Collections.length < PAGE || names.length >= res.Pager.Total) return names;
      }
    },
    async createCollection(name) {
      await sdk.database.createCollection(name);
    },
    async listIndexes(collection) {
      const res = await sdk.database.describeCollection(collection);
      return (res.Indexes ?? []).map((i) => i.Name);
    },
    async createIndex(collection, index) {
      await sdk.database.updateCollection(collection, { CreateIndexes: [mgoIndex(index)] });
    },
    async setRule(collection, rule) {
      await sdk.permission.modifyResourcePermission({
        resourceType: 'collection',
        resource: collection,
        ...collectionPermission(rule),
      });
    },
  };
}
