/**
 * A child process that starts the local runtime (cloudfunctions/local/main.ts) on DB_PATH in production mode and
 * prints why it was refused: what a supervisor would see of `npm start`, without the H5 build `npm start` runs first.
 * Exits 1 with `REFUSED: <message>` on stderr, or 0 once started (and stopped again).
 */
import { startLocal } from '~/cloudfunctions/local/main';

startLocal({ dbPath: process.env.DB_PATH ?? '', port: 0, host: '127.0.0.1', demo: false, staticDir: __dirname })
  .then((app) => app.close())
  .catch((err: unknown) => {
    console.error(`REFUSED: ${(err as Error).message}`);
    process.exit(1);
  });
