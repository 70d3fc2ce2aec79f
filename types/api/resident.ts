/** Contract of the `resident` function (what every visitor may call). */
import * as v from 'valibot';
import type { Role } from '../domain';

/** resident.me: who the caller is (role and region from the database). */
export const MeInputSchema = v.strictObject({});
export type MeInput = v.InferInput<typeof MeInputSchema>;

/** Reply of resident.me. */
export interface MeData {
  role: Role;
  label: string;
  regionCode: string | null;
  regionName: string | null;
  /**
   * Cloud-storage folder of the caller's evidence photos (`aid/<keyed hash of the openid>`, never their visitor
   * hash); absent without an openid. The app uploads into resident.photoSlot's paths; a file uploaded here without a
   * slot is not accepted.
   */
  photoFolder?: string;
}

/** resident.photoSlot: where the app uploads its next evidence photo on WeChat (one path per photo). */
export const PhotoSlotInputSchema = v.strictObject({});
export interface PhotoSlotData {
  /** `aid/<folder>/<uuid>.jpg`, for wx.cloud.uploadFile; a submission then names the fileID the upload answered. */
  cloudPath: string;
  /** The largest photo a submission accepts (its bytes are checked then). */
  maxBytes: number;
}
