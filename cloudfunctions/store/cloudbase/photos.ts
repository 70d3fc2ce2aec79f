/**
 * Evidence photos on CloudBase: the app uploads them to cloud storage itself and the handler checks their folder
 * (domain/requests/photos.ts), so no photo row is ever in the database and none is owned or deleted here.
 */
import type { PhotosPort } from '../port';

/** The photos group over CloudBase: nothing stored in the database. */
export function cloudPhotos(): PhotosPort {
  return {
    put: async () => {
      throw new Error('photos.put: on CloudBase photos go to cloud storage (Taro.cloud.uploadFile)');
    },
    get: async () => null,
    countOwned: async () => 0,
    deleteByOwner: async () => 0,
    usage: async () => ({ owner: 0, total: 0 }),
    sweepOrphans: async () => 0,
  };
}
