/**
 * The state of the service-point form: what was typed (kept on a refusal), checked against the shared schema
 * first, then sent once at a time; a server message lands under the field it names, or at the form's foot.
 */
import { useState } from 'react';
import * as v from 'valibot';
import { SaveServicePointInputSchema, type AdminServicePoint } from '~/types/api';
import { uuid4 } from '~/types/ids';
import { DEFAULT_CHANNELS, type EditableServiceKind, type ServiceChannel } from '~/types/services';
import { errorsByField, fieldOfError, FORM_KEY } from '~/src/components/forms/fieldErrors';
import { CloudError } from '~/src/services/cloud';
import { saveServicePoint } from '~/src/services/admin/saveServicePoint';
import { STRINGS } from './strings';

/** What the form holds; numbers stay text until sent. */
export interface PointValues {
  kind: EditableServiceKind;
  name: string;
  regionCode: string;
  address: string;
  phone: string;
  hours: string;
  note: string;
  lat: string;
  lng: string;
  stars: number | null;
  channels: ServiceChannel[];
}

const ENTRIES = SaveServicePointInputSchema.entries;

/** The values of a point being edited, or of a new one in `regionCode`. */
export function initialValues(point: AdminServicePoint | null, regionCode: string): PointValues {
  if (!point) {
    return {
      kind: 'judicialOffice',
      name: '',
      regionCode,
      address: '',
      phone: '',
      hours: '',
      note: '',
      lat: '',
      lng: '',
      stars: null,
      channels: [...DEFAULT_CHANNELS.judicialOffice],
    };
  }
  return {
    kind: point.kind as EditableServiceKind,
    name: point.name,
    regionCode: point.regionCode,
    address: point.address,
    phone: point.phone,
    hours: point.hours,
    note: point.note,
    lat: point.lat === null ? '' : String(point.lat),
    lng: point.lng === null ? '' : String(point.lng),
    stars: point.stars,
    channels: [...point.channels],
  };
}

/** '' → null; text → number, or NaN (the schema then names the field). */
const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s.trim()));

/** The form's values, errors and `submit`, which resolves to the saved point or null. */
export function usePointForm(point: AdminServicePoint | null, regionCode: string) {
  const [values, setValues] = useState(() => initialValues(point, regionCode));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [sending, setSending] = useState(false);
  // One per point this form creates: a double tap or a retry after a lost reply gets the same point back.
  const [requestId, setRequestId] = useState(() => uuid4());

  const set = <K extends keyof PointValues>(key: K, value: PointValues[K]) => {
    setValues((s) => ({ ...s, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined, [FORM_KEY]: undefined }));
  };

  async function submit(): Promise<AdminServicePoint | null> {
    if (sending) return null;
    const parsed = v.safeParse(SaveServicePointInputSchema, {
      ...(point ? { id: point.id } : { requestId }),
      ...values,
      lat: numberOrNull(values.lat),
      lng: numberOrNull(values.lng),
      stars: values.kind === 'judicialOffice' ? values.stars : null,
    });
    if (!parsed.success) {
      setErrors(errorsByField(parsed.issues, ENTRIES));
      return null;
    }
    setErrors({});
    setSending(true);
    try {
      const saved = await saveServicePoint(parsed.output);
      setRequestId(uuid4());
      return saved;
    } catch (err) {
      const e = err instanceof CloudError ? err : new CloudError('INTERNAL');
      const message = e.code === 'NETWORK' ? STRINGS.networkError : e.message;
      const field = fieldOfError(ENTRIES, e.field) ?? FORM_KEY;
      setErrors({ [field]: message });
      return null;
    } finally {
      setSending(false);
    }
  }

  return { values, set, setValues, errors, sending, submit };
}
