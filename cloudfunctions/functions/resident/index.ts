/** Cloud function `resident` (deployable entry; bundled to dist/cloudfunctions/resident/index.js). */
import { residentRoutes } from './routes';
import { cloudMain } from '../cloud-main';

export const main = cloudMain('resident', residentRoutes);
