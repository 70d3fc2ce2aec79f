/** Cloud function `admin` (deployable entry; bundled to dist/cloudfunctions/admin/index.js). */
import { adminRoutes } from './routes';
import { cloudMain } from '../cloud-main';

export const main = cloudMain('admin', adminRoutes);
