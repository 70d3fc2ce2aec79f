/** 答复模板: the shared built-in templates and the caller's own; add one (title, text) or delete an own one. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { confirmFirst } from '~/src/components/confirmFirst';
import { useState } from 'react';
import { MAX_TEMPLATES, WORK_LIMITS, type AnswerTemplate } from '~/types/api';
import { uuid4 } from '~/types/ids';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { WorkPage } from '../../shared/WorkPage';
import { useRemote } from '~/src/hooks/useRemote';
import { deleteTemplate } from '~/src/services/work/deleteTemplate';
import { fetchTemplates } from '~/src/services/work/fetchTemplates';
import { saveTemplate } from '~/src/services/work/saveTemplate';
import { messageOf } from '../../shared/errors';
import { checkTemplate } from '../../shared/checkTemplate';
import { useSave } from '../../shared/useSave';
import { WORK_STRINGS } from '../../shared/strings';
import { WorkLoadState } from '../../shared/WorkLoadState';
import { FieldList, type FieldRow } from '~/src/components/forms';
import { STRINGS } from './strings';

function TemplateCard({ t, onDelete }: { t: AnswerTemplate; onDelete?: () => void }) {
  return (
    <View className="card template-card">
      <Text className="field-label template-name">{t.title}</Text>
      <Text className="row-line template-text">{t.text}</Text>
      {t.guideIds.length ? <Text className="row-line muted">{STRINGS.guides(t.guideIds.length)}</Text> : null}
      {onDelete ? (
        <Button className="btn btn-secondary btn-block delete-template" onClick={onDelete}>
          {STRINGS.delete}
        </Button>
      ) : null}
    </View>
  );
}

/** A template being written: both boxes may be empty while typing. */
type TemplateDraft = { title?: string; text?: string };

const ROWS: readonly FieldRow<TemplateDraft>[] = [
  {
    kind: 'line',
    key: 'title',
    label: STRINGS.title,
    className: 'template-title-input',
    max: WORK_LIMITS.templateTitle.max,
    placeholder: STRINGS.titleHint,
  },
  {
    kind: 'text',
    key: 'text',
    label: STRINGS.text,
    className: 'template-text-input',
    max: WORK_LIMITS.templateText.max,
    placeholder: STRINGS.textHint,
  },
];

function AddForm({ onSaved }: { onSaved: (t: AnswerTemplate) => void }) {
  const [draft, setDraft] = useState<TemplateDraft>({});
  // One per template this form adds: a double tap or a retry after a lost reply stores one template.
  const [requestId, setRequestId] = useState(() => uuid4());
  const { error, save: run } = useSave();
  const title = draft.title ?? '';
  const text = draft.text ?? '';
  const save = () =>
    run(
      async () => {
        onSaved(await saveTemplate({ requestId, title: title.trim(), text: text.trim() }));
        setDraft({});
        setRequestId(uuid4());
      },
      checkTemplate(title, text),
      STRINGS.saved,
    );
  return (
    <View className="card add-template">
      {/* The one message of this form shows at its foot, under both boxes. */}
      <FieldList rows={ROWS} fields={draft} update={(patch) => setDraft((had) => ({ ...had, ...patch }))} errors={{}} />
      {error ? <Text className="form-error">{error}</Text> : null}
      <Button className="btn btn-primary btn-block form-submit" onClick={() => void save()}>
        {STRINGS.save}
      </Button>
    </View>
  );
}

/** The templates page. */
export default function TemplatesPage() {
  const { data: templates, error, reload, setData: setTemplates } = useRemote(fetchTemplates, []);

  const remove = async (t: AnswerTemplate) => {
    if (
      !(await confirmFirst({
        title: STRINGS.deleteTitle,
        content: STRINGS.deleteConfirm(t.title),
        confirmText: STRINGS.delete,
        cancelText: WORK_STRINGS.cancel,
      }))
    )
      return;
    try {
      await deleteTemplate(t.id);
      setTemplates((had) => (had ?? []).filter((x) => x.id !== t.id));
      void Taro.showToast({ title: STRINGS.deleted, icon: 'success' });
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    }
  };

  let body;
  if (templates) {
    const own = templates.filter((t) => !t.builtIn);
    body = (
      <>
        <Text className="section-title">{STRINGS.own}</Text>
        {own.length === 0 ? <Text className="muted no-own">{STRINGS.noOwn}</Text> : null}
        {own.map((t) => (
          <TemplateCard key={t.id} t={t} onDelete={() => void remove(t)} />
        ))}
        <Text className="section-title">{STRINGS.add}</Text>
        {own.length < MAX_TEMPLATES ? (
          <AddForm onSaved={(t) => setTemplates((had) => [...(had ?? []).filter((o) => o.id !== t.id), t])} />
        ) : (
          <Text className="notice">{STRINGS.max(MAX_TEMPLATES)}</Text>
        )}
        <Text className="section-title">{STRINGS.builtIn}</Text>
        {templates
          .filter((t) => t.builtIn)
          .map((t) => (
            <TemplateCard key={t.id} t={t} />
          ))}
      </>
    );
  } else body = <WorkLoadState error={error} reload={reload} />;
  return <WorkPage className="templates-page">{body}</WorkPage>;
}
