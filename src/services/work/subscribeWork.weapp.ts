/**
 * subscribeWork on weapp: WeChat's consent dialog for the notices a worker receives (new request assigned,
 * reminders, overdue hand-overs). WeChat shows it only when called straight from a tap, so the caller starts it
 * synchronously inside the tap handler (this function calls WeChat before its first await).
 */
import Taro from '@tarojs/taro';
import type { SubscribeOutcome } from './subscribeOutcome';

/** The worker templates' ids from the build-time env (TARO_APP_WORK_SUBSCRIBE_TMPL_IDS, comma-separated, ≤ 3). */
export function workTemplateIds(raw: string | undefined = process.env.TARO_APP_WORK_SUBSCRIBE_TMPL_IDS): string[] {
  return (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, 3);
}

/** Asks; never rejects. 'accepted' when any template was allowed, 'refused' when all were declined. */
export async function subscribeWork(tmplIds: string[] = workTemplateIds()): Promise<SubscribeOutcome> {
  if (tmplIds.length === 0) return 'unavailable';
  try {
    // entityIds is Alipay's; Taro's type wants it, WeChat takes tmplIds only.
    const res = (await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)) as unknown as
      Record<string, string> | undefined;
    const answers = tmplIds.map((id) => res?.[id]);
    if (answers.includes('accept')) return 'accepted';
    // 'ban' (template withdrawn) or 'filter' (title clash) is nothing the worker can change.
    return answers.every((a) => a === 'reject') ? 'refused' : 'unavailable';
  } catch (err) {
    // 20004: the worker switched off subscribe messages in WeChat's settings — a refusal of theirs.
    const code = (err as { errCode?: number } | null)?.errCode;
    return code === 20004 ? 'refused' : 'unavailable';
  }
}
