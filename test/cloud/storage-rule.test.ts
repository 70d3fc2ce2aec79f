/**
 * The storage security rule the deploy sets: evidence photos readable and writable by their owner only, under
 * aid/<hash>/; every other path denied to clients. Checked by evaluating the rule on the cases it exists for, and a
 * rule that would leak (CloudBase's default "everyone reads", or no path check) is refused.
 */
import { allows, ruleCaseFailures, STORAGE_RULE, storageRuleProblems } from '~/scripts/deploy/storage-rule';

const owner = { openid: 'o-owner' };
const photo = { openid: 'o-owner', path: `aid/${'0f'.repeat(16)}/3b241101-e2bb-4255-8caf-4136c566a962.jpg` };

test("the repository's rule lets the owner read and write their evidence and nobody else", () => {
  expect(storageRuleProblems(STORAGE_RULE)).toEqual([]);
  expect(ruleCaseFailures(STORAGE_RULE)).toEqual([]);
  const rule = STORAGE_RULE.rule!;
  expect(allows(rule, 'read', { auth: owner, resource: photo })).toBe(true);
  expect(allows(rule, 'write', { auth: owner, resource: photo })).toBe(true);
  expect(allows(rule, 'read', { auth: { openid: 'o-handler' }, resource: photo })).toBe(false);
  expect(allows(rule, 'write', { auth: owner, resource: { ...photo, path: 'exports/x.csv' } })).toBe(false);
  expect(allows(rule, 'write', { auth: owner, resource: { ...photo, path: 'aid/not-a-hash/x.jpg' } })).toBe(false);
  expect(allows(rule, 'read', { auth: null, resource: photo })).toBe(false);
});

test('a leaking rule is refused by the case it gets wrong', () => {
  expect(ruleCaseFailures({ acl: 'CUSTOM', rule: { read: true, write: 'resource.openid == auth.openid' } })).toEqual([
    'storage rule: another user may not read it',
    'storage rule: a caller not signed in may not read it',
    'storage rule: a client may not read a plate, even one it made',
    "storage rule: another user may not read an admin's import file",
    'storage rule: a caller not signed in may not read a plate sheet',
    'storage rule: a client may not write a plate, even one it made',
    'storage rule: no client may write into sheets/ or exports/',
    'storage rule: a client may not read an invite code image',
  ]);
  expect(ruleCaseFailures({ acl: 'READONLY' })).toEqual(['storage rule: evidence needs a CUSTOM owner-only rule']);
  expect(
    ruleCaseFailures({
      acl: 'CUSTOM',
      rule: { read: 'resource.openid == auth.openid', write: 'resource.openid == auth.openid' },
    }),
  ).toContain('storage rule: a client may not read a plate, even one it made');
});

test('an expression outside the rule language, or a regex that does not compile, is refused before it runs', () => {
  expect(storageRuleProblems({ acl: 'CUSTOM', rule: { read: 'require("fs")', write: false } })).toEqual([
    'storage rule: read: unexpected text at 0: "require("fs""',
  ]);
  expect(
    storageRuleProblems({ acl: 'CUSTOM', rule: { read: '/(/.test(resource.path) == true', write: false } }),
  ).toEqual(['storage rule: read: regex /(/ does not compile']);
  expect(storageRuleProblems({ acl: 'CUSTOM' })).toEqual(['storage rule: acl CUSTOM needs a rule']);
});
