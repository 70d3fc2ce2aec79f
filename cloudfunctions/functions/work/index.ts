/** Cloud function `work` (工作台; deployable entry; bundled to dist/cloudfunctions/work/index.js). */
import { workRoutes } from './routes';
import { cloudMain } from '../cloud-main';

// Its environment (DATA_KEY: assigned legal-aid staff may reveal an applicant's full numbers) is in manifest.ts.
export const main = cloudMain('work', workRoutes);
