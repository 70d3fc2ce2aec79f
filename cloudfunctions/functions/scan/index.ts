/** Cloud function `scan` (deployable entry; bundled to dist/cloudfunctions/scan/index.js). */
import { scanRoutes } from './routes';
import { cloudMain } from '../cloud-main';

export const main = cloudMain('scan', scanRoutes);
