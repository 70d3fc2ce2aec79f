/** 答复: the answer text with its count, templates to start from, guides to link, and 保存为模板. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { uuid4 } from '~/types/ids';
import { AnswerInputSchema, MAX_GUIDE_LINKS, WORK_LIMITS, type AnswerTemplate } from '~/types/api';
import { answerRequest } from '~/src/services/work/answerRequest';
import { fetchTemplates } from '~/src/services/work/fetchTemplates';
import { saveTemplate } from '~/src/services/work/saveTemplate';
import { checkTemplate } from '../../shared/checkTemplate';
import { messageOf } from '../../shared/errors';
import { GUIDE_REFS as GUIDES, guideTitle } from '~/src/services/guides/titles';
import { checkValue, Field, LineInput, SubmitButton, TextBox } from '~/src/components/forms';
import { STRINGS } from './strings';
import type { Change } from './useCase';

type Panel = 'templates' | 'guides' | 'save' | null;

/** Props of AnswerForm. */
export interface AnswerFormProps {
  id: string;
  run: (change: Change) => Promise<string | null>;
}

/** The answer form. */
export function AnswerForm({ id, run }: AnswerFormProps) {
  const [text, setText] = useState('');
  const [guideIds, setGuideIds] = useState<string[]>([]);
  const [panel, setPanel] = useState<Panel>(null);
  const [templates, setTemplates] = useState<AnswerTemplate[] | null>(null);
  const [title, setTitle] = useState('');
  // One per template saved from this form: a double tap or a retry stores one template.
  const [templateRequest, setTemplateRequest] = useState(() => uuid4());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = async (p: Panel) => {
    setPanel(panel === p ? null : p);
    setError(null);
    if (p === 'templates' && panel !== p && !templates) {
      try {
        setTemplates(await fetchTemplates());
      } catch (err) {
        setError(messageOf(err));
      }
    }
  };
  const addGuides = (ids: string[]) => setGuideIds((had) => [...new Set([...had, ...ids])].slice(0, MAX_GUIDE_LINKS));
  const applyTemplate = (t: AnswerTemplate) => {
    setText((had) => (had.trim() ? `${had}\n${t.text}` : t.text));
    addGuides(t.guideIds);
    setPanel(null);
  };
  const toggleGuide = (g: string) => {
    if (guideIds.includes(g)) setGuideIds(guideIds.filter((x) => x !== g));
    else if (guideIds.length < MAX_GUIDE_LINKS) setGuideIds([...guideIds, g]);
  };
  const send = async () => {
    const bad = checkValue(AnswerInputSchema.entries.text, text);
    if (bad) return setError(bad);
    setBusy(true);
    const failed = await run((version) => answerRequest({ id, version, text: text.trim(), guideIds }));
    setBusy(false);
    setError(failed);
    if (!failed) setText('');
  };
  const saveAs = async () => {
    const bad = checkTemplate(title, text);
    if (bad) return setError(bad);
    try {
      const saved = await saveTemplate({
        requestId: templateRequest,
        title: title.trim(),
        text: text.trim(),
        guideIds,
      });
      setTemplateRequest(uuid4());
      // A repeat of a saved template answers it again: listed once.
      setTemplates((had) => (had ? [...had.filter((t) => t.id !== saved.id), saved] : had));
      setTitle('');
      setPanel(null);
      setError(null);
      void Taro.showToast({ title: STRINGS.templateSaved, icon: 'success' });
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <View className="card action-form answer-form">
      <Field label={STRINGS.answerText}>
        <TextBox
          className="answer-input"
          value={text}
          max={WORK_LIMITS.answer.max}
          placeholder={STRINGS.answerHint}
          onChange={setText}
        />
      </Field>
      {guideIds.length ? (
        <View className="chips chosen-guides">
          {guideIds.map((g) => (
            <View key={g} className="chip chip-on chosen-guide" onClick={() => toggleGuide(g)}>
              <Text>{`${guideTitle(g) ?? g} ✕`}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className="button-row">
        <Button className="btn btn-secondary pick-template" onClick={() => void toggle('templates')}>
          {STRINGS.pickTemplate}
        </Button>
        <Button className="btn btn-secondary attach-guides" onClick={() => void toggle('guides')}>
          {STRINGS.attachGuides}
        </Button>
        <Button className="btn btn-secondary save-template" onClick={() => void toggle('save')}>
          {STRINGS.saveAsTemplate}
        </Button>
      </View>
      {panel === 'templates' && templates ? (
        <View className="sheet template-sheet">
          {templates.length === 0 ? <Text className="muted">{STRINGS.noTemplates}</Text> : null}
          {templates.map((t) => (
            <View key={t.id} className="sheet-row template-option" onClick={() => applyTemplate(t)}>
              <Text className="sheet-title">{t.builtIn ? `${t.title}（${STRINGS.templateBuiltIn}）` : t.title}</Text>
              <Text className="muted sheet-text">{t.text}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {panel === 'guides' ? (
        <View className="sheet guide-sheet">
          <Text className="muted">{STRINGS.guidesMax(MAX_GUIDE_LINKS)}</Text>
          {GUIDES.map((g) => (
            <View
              key={g.id}
              className={`sheet-row guide-option${guideIds.includes(g.id) ? ' sheet-row-on' : ''}`}
              onClick={() => toggleGuide(g.id)}
            >
              <Text className="sheet-title">{`${guideIds.includes(g.id) ? '☑' : '☐'} ${g.title}`}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {panel === 'save' ? (
        <View className="sheet save-sheet">
          <Field label={STRINGS.templateTitle}>
            <LineInput
              className="template-title-input"
              value={title}
              max={WORK_LIMITS.templateTitle.max}
              placeholder={STRINGS.templateTitleHint}
              onChange={setTitle}
            />
          </Field>
          <Button className="btn btn-secondary btn-block save-template-confirm" onClick={() => void saveAs()}>
            {STRINGS.saveAsTemplate}
          </Button>
        </View>
      ) : null}
      {error ? <Text className="form-error">{error}</Text> : null}
      <SubmitButton label={STRINGS.submit} busy={busy} onSubmit={() => void send()} />
    </View>
  );
}
