/** Cloud function `work` (工作台; deployable entry; bundled to dist/cloudfunctions/work/index.js). */
import { workRoutes } from '../../domain/work';
import { cloudMain } from '../cloud-main';

// Needs the data key: assigned legal-aid staff may reveal an applicant's full numbers (audit-logged).
export const main = cloudMain('work', workRoutes, { needsDataKey: true });
