/** 接受邀请: binds this WeChat account to the role of an invite code (from the link, or typed). */
import { Button, Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { INVITE_CODE_PATTERN, type AcceptInviteData } from '~/types/api';
import { openPage, replacePage } from '~/src/services/navigation';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { WorkPage } from '../../shared/WorkPage';
import { acceptInvite } from '~/src/services/work/acceptInvite';
import { useAppStore } from '~/src/stores';
import { useSave } from '../../shared/useSave';
import { Field, SubmitButton } from '~/src/components/forms';
import { STRINGS } from './strings';

/** Upper case, letters and digits only: what people type from a chat message. */
const clean = (raw: string) =>
  raw
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, 12);

/** A link's code, undecoded when it is not valid percent-encoding. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The invite page. */
export default function InvitePage() {
  const params = useRouter().params;
  // A link carries ?code=…; a scanned mini-program code carries it as `scene` (possibly `code=…`).
  const fromLink = params.code ?? (params.scene ? (safeDecode(params.scene).split('=').pop() ?? '') : '');
  const [code, setCode] = useState(() => clean(safeDecode(fromLink)));
  const { busy, error, save } = useSave();
  const [bound, setBound] = useState<AcceptInviteData | null>(null);

  const bind = () =>
    save(
      async () => {
        setBound(await acceptInvite(code));
        // The app's other pages show the worker entries once the session knows the new role.
        void useAppStore.getState().loadMe();
      },
      INVITE_CODE_PATTERN.test(code) ? null : STRINGS.badCode,
    );

  if (bound) {
    return (
      <WorkPage className="invite-page">
        <View className="card invite-done">
          <Text className="field-label invite-role">
            {STRINGS.done(bound.label, STRINGS.roles[bound.role], bound.where ?? '')}
          </Text>
          {bound.role === 'admin' ? (
            <>
              <Text className="row-line">{STRINGS.doneAdminHint}</Text>
              <Button
                className="btn btn-primary btn-block to-dashboard"
                onClick={() => void replacePage('/packages/admin/pages/dashboard/index')}
              >
                {STRINGS.toDashboard}
              </Button>
            </>
          ) : (
            <>
              <Text className="row-line">{STRINGS.doneHint}</Text>
              <Button
                className="btn btn-primary btn-block to-inbox"
                onClick={() => void replacePage('/packages/work/pages/inbox/index')}
              >
                {STRINGS.toInbox}
              </Button>
            </>
          )}
        </View>
      </WorkPage>
    );
  }
  return (
    <WorkPage className="invite-page">
      <Text className="notice">{STRINGS.intro}</Text>
      <View className="card invite-form">
        <Field label={STRINGS.code} error={error}>
          <Input
            className="field-input invite-code"
            value={code}
            maxlength={12}
            placeholder={STRINGS.codeHint}
            onInput={(e) => setCode(clean(e.detail.value))}
          />
        </Field>
        <SubmitButton label={STRINGS.bind} busy={busy} onSubmit={() => void bind()} />
      </View>
      <Text className="link first-admin" onClick={() => void openPage('/packages/admin/pages/bootstrap/index')}>
        {STRINGS.firstAdmin}
      </Text>
    </WorkPage>
  );
}
