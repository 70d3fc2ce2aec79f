/**
 * Makes the catalogue's world through the real actions on a running local runtime: every role's device logged in,
 * a resident's three requests (one with a photo), an invite, a template, a post, an import file and an admin to
 * revoke. Also restores what a destructive action took (a worker's binding, a resident's requests).
 */
import { ROLES, CATALOGUE, DEMO_OPENIDS, demoPlaces, importCsv, send, type Role, type World } from './action-catalogue';
import { Caller, type Reply } from './action-caller';
import { demoDataset, type Harness } from './local-harness';

function ok(what: string, res: Reply): Reply {
  if (res.status !== 200) throw new Error(`${what}: ${res.status} ${res.text}`);
  return res;
}

async function call(w: World, key: string, extra: Record<string, unknown> = {}): Promise<Reply> {
  const entry = CATALOGUE[key];
  return ok(key, await send(w.callers[entry.role], key, { ...(await entry.body(w)), ...extra }));
}

/** Files the resident's question, second question, mediation request and aid application anew. */
export async function fileRequests(w: World): Promise<void> {
  w.photoId = await w.callers.resident.uploadPhoto();
  w.questionId = (await call(w, 'resident.ask')).json.data.id;
  w.secondQuestionId = (await call(w, 'resident.ask')).json.data.id;
  w.mediationId = (await call(w, 'resident.requestMediation')).json.data.id;
  w.aidId = (await call(w, 'resident.applyAid')).json.data.id;
}

/** Binds a fresh device through an invite the city admin makes; answers the device. */
async function invited(w: World, invite: Record<string, unknown>): Promise<Caller> {
  const code = ok('createInvite', await w.callers.cityAdmin.call('admin', { action: 'createInvite', ...invite })).json
    .data.code;
  const device = new Caller(w.h);
  ok('acceptInvite', await device.call('work', { action: 'acceptInvite', code }));
  return device;
}

/** Logs every role in and makes the records the catalogue's bodies name. */
export async function buildWorld(h: Harness): Promise<World> {
  const places = demoPlaces();
  const callers = Object.fromEntries(ROLES.map((r) => [r, new Caller(h, r !== 'none')])) as Record<Role, Caller>;
  for (const role of ROLES) {
    const openid = DEMO_OPENIDS[role];
    if (openid) await callers[role].login(openid);
  }
  const w: World = {
    h,
    callers,
    postId: places.post.id,
    villageCode: places.villageCode,
    townshipCode: places.townshipCode,
    questionId: '',
    secondQuestionId: '',
    mediationId: '',
    aidId: '',
    photoId: '',
    inviteCode: '',
    templateId: '',
    createdPostId: '',
    importFileId: '',
    revocableAdmin: '',
    mediationHandler: 'officeStaff',
  };
  ok('resident.me', await send(callers.resident, 'resident.me', {}));
  await fileRequests(w);
  // The mediation goes to the office or room the routing picks; its staff is the office staff of this world.
  const assignee = (await h.store.requests.byId(w.mediationId))!.assignee;
  const handler = demoDataset().users.find((u) => u.serviceId === assignee);
  if (handler?.openid === 'demo-mediator') w.mediationHandler = 'mediator';
  else if (handler?.openid !== 'demo-staff') {
    const service = (await h.store.services.byId(assignee))!;
    callers.officeStaff = await invited(w, {
      role: 'staff',
      regionCode: service.regionCode,
      name: '调解室工作人员',
      serviceId: assignee,
    });
  }
  CATALOGUE['work.advance'].role = w.mediationHandler;
  w.inviteCode = (await call(w, 'admin.createInvite')).json.data.code;
  w.templateId = (await call(w, 'work.saveTemplate')).json.data.id;
  w.createdPostId = (await call(w, 'admin.createPost')).json.data.id;
  w.importFileId = await callers.countyAdmin.uploadCsv(importCsv(w.villageCode));
  await invited(w, { role: 'admin', regionCode: w.townshipCode, name: '待撤销管理员' });
  const admins = ok('admins', await callers.cityAdmin.call('admin', { action: 'admins' })).json.data.admins as {
    openid: string;
    label: string;
  }[];
  w.revocableAdmin = admins.find((a) => a.label.includes('待撤销管理员'))!.openid;
  return w;
}

/** A new resident (the old one may have used up the hour's submissions) files new requests of every kind. */
export async function refile(w: World): Promise<void> {
  w.callers.resident = new Caller(w.h);
  await fileRequests(w);
}

/**
 * After an action that took something a later call needs (a worker unbound, an admin revoked, a resident's data
 * deleted): the demo identity's binding back as the dataset has it, a new session, the resident's requests anew.
 */
export async function restore(w: World, key: string, role: Role): Promise<void> {
  if (key === 'resident.deleteMyData' && role === 'resident') {
    await refile(w);
    return;
  }
  const openid = DEMO_OPENIDS[role];
  if (!openid) return;
  const user = await w.h.store.users.byOpenid(openid);
  const original = demoDataset().users.find((u) => u.openid === openid)!;
  if (user?.role === original.role && user.regionCode === original.regionCode) return;
  await w.h.store.users.put(original);
  await w.callers[role].login(openid);
}
