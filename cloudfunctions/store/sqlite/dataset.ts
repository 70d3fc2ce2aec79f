/** The embedded store's whole-dataset load (the seed): every row in one transaction, or none. */
import type Database from 'better-sqlite3';
import type { Dataset } from '../port';
import { postParams, serviceParams, userParams, volunteerParams } from './mappers';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

/** Builds `load(dataset)`: plain INSERTs in one transaction, so any row already present rolls everything back. */
export function datasetLoader(db: Database.Database, st: Statements): (data: Dataset) => void {
  const load = writeTransaction(db, (data: Dataset): void => {
    for (const r of data.regions) {
      st.insertRegion.run({
        code: r.code,
        name: r.name,
        level: r.level,
        parent_code: r.parentCode,
        lat: r.lat,
        lng: r.lng,
      });
    }
    for (const p of data.posts) {
      st.insertPost.run(postParams(p));
    }
    for (const s of data.services) {
      st.insertService.run(serviceParams(s));
    }
    for (const v of data.volunteers) {
      st.insertVolunteer.run(volunteerParams(v));
      for (const postId of v.postIds) st.insertVolunteerPost.run(v.id, postId);
    }
    for (const u of data.users) {
      st.insertUser.run(userParams(u));
    }
  });
  return load;
}
