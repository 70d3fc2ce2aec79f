/**
 * admin.plateSheet: the plates of some posts or of a township as a printable A4 PDF in file storage, answered as
 * its id and a temporary link; on WeChat the app opens it with openDocument (forward or print from WeChat for PC),
 * on H5 the browser downloads it. The caller's previous sheet is deleted (files/own.ts).
 */
import { PlateSheetInputSchema, type PlateSheetData } from '~/types/api/files';
import { LOCAL_PLATES, type Route } from '../../context';
import { keepOwn, safeName } from '../../files/own';
import { platesPdf, PLATES_PER_PAGE } from './pdf';
import { loadPlates } from './routes';

export const plateSheet: Route<typeof PlateSheetInputSchema, PlateSheetData> = {
  schema: PlateSheetInputSchema,
  roles: ['admin'],
  perMinute: 20,
  async handle(ctx, input) {
    const data = await loadPlates(ctx, input, false);
    const maker = ctx.plates ?? LOCAL_PLATES;
    const ids = data.plates.map((p) => p.postId);
    const pngs = maker.pngs ? await maker.pngs(ids) : new Map<string, Buffer>();
    const bytes = Buffer.from(await platesPdf(data, pngs));
    const [file] = await keepOwn(ctx, 'sheets', [{ filename: safeName([data.title], 'pdf'), bytes }]);
    return {
      file,
      plates: ids.length,
      pages: Math.ceil(ids.length / PLATES_PER_PAGE),
      withoutCode: ids.filter((id) => !pngs.has(id)),
    };
  },
};
