/** The invite form: 身份, 所属区域, 姓名, then the posts (法律明白人、调解员) or the unit (调解员、工作人员); admins get neither. */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { CreateInviteInputSchema, type CreateInviteInput, type InviteData } from '~/types/api';
import { POST_ID_PATTERN, uuid4 } from '~/types/ids';
import { BusyButton } from '~/src/components/BusyButton';
import { Chips, Field, LineInput } from '~/src/components/forms';
import { asCloudError } from '~/src/hooks/useRemote';
import { createInvite } from '~/src/services/admin/createInvite';
import { errorsOf, fieldOfError, type InviteField } from './fieldOfError';
import { PostsField, splitIds } from './PostsField';
import { inScope, RegionPicker } from './RegionPicker';
import { ServicePicker, servicesFor, useServices } from './ServicePicker';
import { STRINGS } from './strings';

type Errors = Partial<Record<InviteField, string>>;
/** A role an invite can give. */
export type InviteRole = CreateInviteInput['role'];

const ROLES = Object.keys(STRINGS.roles) as InviteRole[];
// A volunteer re-bound to a new WeChat account stays a volunteer (or becomes a mediator); never staff or admin.
const REBIND_ROLES: readonly InviteRole[] = ['volunteer', 'mediator'];

/** A volunteer to re-bind (重新邀请), from the page's query. */
export interface Rebind {
  volunteerId: string;
  name: string;
  region: string;
}

/** Props of InviteForm. */
export interface InviteFormProps {
  scope: { code: string; name: string };
  rebind?: Rebind | null;
  onCreated: (invite: InviteData) => void;
}

/** The form (class `invite-form`). */
export function InviteForm({ scope, rebind, onCreated }: InviteFormProps) {
  const [role, setRole] = useState<InviteRole>('volunteer');
  const [region, setRegion] = useState(rebind && inScope(scope.code, rebind.region) ? rebind.region : scope.code);
  const [name, setName] = useState(rebind?.name ?? '');
  const [picked, setPicked] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  // One per invite this form makes: a double tap or a retry after a lost reply gets the same invite back.
  const [requestId, setRequestId] = useState(() => uuid4());

  const servesPosts = role === 'volunteer' || role === 'mediator';
  const unitRole = role === 'mediator' || role === 'staff' ? role : null;
  // Asked for on every region, whatever the role: switching to 调解员 or 工作人员 then shows the units at once.
  const allServices = useServices(region);
  const services = unitRole && allServices ? servicesFor(allServices, unitRole) : null;
  const listed = (services?.length ?? 0) > 0;

  const clear = (field: InviteField) => setErrors((e) => ({ ...e, [field]: undefined, _form: undefined }));
  // A change to a field takes away what was said about it.
  const edit =
    <T,>(set: (value: T) => void, field: InviteField) =>
    (value: T) => {
      set(value);
      clear(field);
    };

  const submit = async () => {
    if (sending) return;
    // Posts are sent only by roles that serve them: whatever was typed before switching is not checked.
    const typedIds = servesPosts ? splitIds(typed) : [];
    const bad = typedIds.find((id) => !POST_ID_PATTERN.test(id));
    if (bad) {
      setErrors({ postIds: STRINGS.badPostId(bad) });
      return;
    }
    const input: CreateInviteInput = {
      requestId,
      role,
      regionCode: region,
      name,
      ...(servesPosts ? { postIds: [...new Set([...picked, ...typedIds])] } : {}),
      ...(unitRole ? { serviceId: serviceId.trim() } : {}),
      ...(rebind ? { volunteerId: rebind.volunteerId } : {}),
    };
    const parsed = v.safeParse(CreateInviteInputSchema, input);
    const found: Errors = parsed.success ? {} : errorsOf(parsed.issues);
    // A re-bound volunteer keeps their posts unless new ones are chosen.
    if (role === 'volunteer' && !rebind && input.postIds?.length === 0) found.postIds ??= STRINGS.needPost;
    if (unitRole && !input.serviceId) found.serviceId = listed ? STRINGS.needServicePick : STRINGS.needService;
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setSending(true);
    try {
      onCreated(await createInvite(parsed.output));
      setRequestId(uuid4());
    } catch (err) {
      const e = asCloudError(err);
      setErrors({ [fieldOfError(e.field)]: e.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="card invite-form">
      {rebind ? (
        <View className="rebind-note">
          <Text className="rebind-title">{STRINGS.rebind(rebind.name)}</Text>
          <Text className="muted">{STRINGS.rebindNote}</Text>
        </View>
      ) : null}
      <Field label={STRINGS.role} error={errors.role}>
        <Chips
          options={(rebind ? REBIND_ROLES : ROLES).map((r) => ({ value: r, label: STRINGS.roles[r] }))}
          selected={role}
          chipClass="role-option"
          onSelect={(r) => {
            setRole(r);
            // A unit picked for one role may be of a kind the other cannot work for.
            if (listed) setServiceId('');
            clear('role');
          }}
        />
      </Field>
      <Field label={role === 'admin' ? STRINGS.adminRegion : STRINGS.region} error={errors.regionCode}>
        {role === 'admin' ? <Text className="muted admin-note">{STRINGS.adminNote}</Text> : null}
        <RegionPicker
          scope={scope}
          selected={region}
          onSelect={(code) => {
            setRegion(code);
            setPicked([]);
            setServiceId('');
            clear('regionCode');
          }}
        />
      </Field>
      <Field label={STRINGS.name} error={errors.name}>
        <LineInput
          className="input-name"
          value={name}
          max={20}
          placeholder={STRINGS.nameHint}
          onChange={edit(setName, 'name')}
        />
      </Field>
      {servesPosts ? (
        <Field label={STRINGS.posts} error={errors.postIds}>
          <PostsField
            regionCode={region}
            picked={picked}
            onPicked={edit(setPicked, 'postIds')}
            typed={typed}
            onTyped={edit(setTyped, 'postIds')}
          />
        </Field>
      ) : null}
      {unitRole ? (
        <Field label={listed ? STRINGS.servicePick : STRINGS.service} error={errors.serviceId}>
          <ServicePicker services={services} value={serviceId} onChange={edit(setServiceId, 'serviceId')} />
        </Field>
      ) : null}
      {errors._form ? <Text className="form-error form-failed">{errors._form}</Text> : null}
      <BusyButton
        className="btn btn-primary invite-submit"
        busy={sending}
        label={STRINGS.submit}
        busyLabel={STRINGS.sending}
        onClick={() => void submit()}
      />
    </View>
  );
}
