/** Temporary: the issue-4 methods not yet built on CloudBase (the SQLite adapter has them). Replaced next commit. */
function notYet(name: string): () => Promise<never> {
  return async () => {
    throw new Error(`${name}: not yet implemented on CloudBase`);
  };
}

export const pendingRequests = {
  update: notYet('requests.update'),
  forAssignees: notYet('requests.forAssignees'),
  dueQuestions: notYet('requests.dueQuestions'),
  answeredBy: notYet('requests.answeredBy'),
};

export const pendingParts = {
  audit: { append: notYet('audit.append'), forRequest: notYet('audit.forRequest') },
  outbox: {
    add: notYet('outbox.add'),
    forRecipient: notYet('outbox.forRecipient'),
    unreadCount: notYet('outbox.unreadCount'),
    markRead: notYet('outbox.markRead'),
    deleteByRecipient: notYet('outbox.deleteByRecipient'),
  },
  invites: {
    create: notYet('invites.create'),
    byCode: notYet('invites.byCode'),
    forRegion: notYet('invites.forRegion'),
    accept: notYet('invites.accept'),
  },
  templates: {
    forOwner: notYet('templates.forOwner'),
    put: notYet('templates.put'),
    delete: notYet('templates.delete'),
  },
};

export const pendingUsers = {
  byVolunteerIds: notYet('users.byVolunteerIds'),
  byService: notYet('users.byService'),
  put: notYet('users.put'),
  unbind: notYet('users.unbind'),
};
export const pendingVolunteerById = notYet('volunteers.byId');
export const pendingVolunteerPut = notYet('volunteers.put');
export const pendingServiceById = notYet('services.byId');
