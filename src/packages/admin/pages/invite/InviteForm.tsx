/** The invite form: 身份, 所属区域, 姓名, then the posts (法律明白人) or the unit (调解员、工作人员). */
import { Button, Input, Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import * as v from 'valibot';
import { CreateInviteInputSchema, type CreateInviteInput, type InviteData } from '../../../../../types/api';
import { POST_ID_PATTERN } from '../../../../../types/ids';
import { createInvite } from '../../../../services/admin/createInvite';
import { CloudError } from '../../../../services/cloud';
import { errorsOf, fieldOfMessage, type InviteField } from './fieldOfError';
import { PostsField, splitIds } from './PostsField';
import { RegionPicker } from './RegionPicker';
import { STRINGS } from './strings';

type InviteRole = CreateInviteInput['role'];
type Errors = Partial<Record<InviteField, string>>;
const ROLES = Object.keys(STRINGS.roles) as InviteRole[];

function Field({ label, error, children }: { label: string; error?: string; children?: ReactNode }) {
  return (
    <View className="field">
      <Text className="field-label">{label}</Text>
      {children}
      {error ? <Text className="form-error">{error}</Text> : null}
    </View>
  );
}

/** Props of InviteForm. */
export interface InviteFormProps {
  scope: { code: string; name: string };
  onCreated: (invite: InviteData) => void;
}

/** The form (class `invite-form`). */
export function InviteForm({ scope, onCreated }: InviteFormProps) {
  const [role, setRole] = useState<InviteRole>('volunteer');
  const [region, setRegion] = useState(scope.code);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);

  const clear = (field: InviteField) => setErrors((e) => ({ ...e, [field]: undefined, _form: undefined }));

  const submit = async () => {
    if (sending) return;
    // Staff serve no post: whatever was typed before switching to 工作人员 is not sent, so not checked.
    const typedIds = role === 'staff' ? [] : splitIds(typed);
    const bad = typedIds.find((id) => !POST_ID_PATTERN.test(id));
    if (bad) {
      setErrors({ postIds: STRINGS.badPostId(bad) });
      return;
    }
    const input: CreateInviteInput = {
      role,
      regionCode: region,
      name,
      ...(role === 'staff' ? {} : { postIds: [...new Set([...picked, ...typedIds])] }),
      ...(role === 'volunteer' ? {} : { serviceId: serviceId.trim() }),
    };
    const parsed = v.safeParse(CreateInviteInputSchema, input);
    const found: Errors = parsed.success ? {} : errorsOf(parsed.issues);
    if (role === 'volunteer' && input.postIds?.length === 0) found.postIds ??= STRINGS.needPost;
    if (role !== 'volunteer' && !input.serviceId) found.serviceId = STRINGS.needService;
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setSending(true);
    try {
      onCreated(await createInvite(parsed.output));
    } catch (err) {
      const e = err instanceof CloudError ? err : new CloudError('INTERNAL');
      setErrors({ [e.code === 'NETWORK' ? '_form' : fieldOfMessage(e.message)]: e.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="card invite-form">
      <Field label={STRINGS.role} error={errors.role}>
        <View className="chips">
          {ROLES.map((r) => (
            <View
              key={r}
              className={`chip role-option${r === role ? ' chip-on' : ''}`}
              onClick={() => {
                setRole(r);
                clear('role');
              }}
            >
              <Text>{STRINGS.roles[r]}</Text>
            </View>
          ))}
        </View>
      </Field>
      <Field label={STRINGS.region} error={errors.regionCode}>
        <RegionPicker
          scope={scope}
          selected={region}
          onSelect={(code) => {
            setRegion(code);
            setPicked([]);
            clear('regionCode');
          }}
        />
      </Field>
      <Field label={STRINGS.name} error={errors.name}>
        <Input
          className="field-input input-name"
          value={name}
          maxlength={20}
          placeholder={STRINGS.nameHint}
          onInput={(e) => {
            setName(e.detail.value);
            clear('name');
          }}
        />
      </Field>
      {role !== 'staff' ? (
        <Field label={STRINGS.posts} error={errors.postIds}>
          <PostsField
            regionCode={region}
            picked={picked}
            onPicked={(ids) => {
              setPicked(ids);
              clear('postIds');
            }}
            typed={typed}
            onTyped={(text) => {
              setTyped(text);
              clear('postIds');
            }}
          />
        </Field>
      ) : null}
      {role !== 'volunteer' ? (
        <Field label={STRINGS.service} error={errors.serviceId}>
          <Input
            className="field-input input-service"
            value={serviceId}
            maxlength={40}
            placeholder={STRINGS.serviceHint}
            onInput={(e) => {
              setServiceId(e.detail.value);
              clear('serviceId');
            }}
          />
        </Field>
      ) : null}
      {errors._form ? <Text className="form-error form-failed">{errors._form}</Text> : null}
      <Button
        className="btn btn-primary invite-submit"
        {...(sending ? { disabled: true } : {})}
        onClick={() => void submit()}
      >
        {sending ? STRINGS.sending : STRINGS.submit}
      </Button>
    </View>
  );
}
