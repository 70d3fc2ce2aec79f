/**
 * requestSubscribe on weapp: WeChat's consent dialog for the answer/decision templates. WeChat only shows it when
 * called straight from a tap, so callers must start it synchronously inside their tap handler (before any await).
 */
import Taro from '@tarojs/taro';

/** Template ids from the build-time env (.env: TARO_APP_SUBSCRIBE_TMPL_IDS, comma-separated). */
export function subscribeTemplateIds(raw: string | undefined = process.env.TARO_APP_SUBSCRIBE_TMPL_IDS): string[] {
  return (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Asks for consent; never rejects: a refusal or a failure only means no WeChat message, the request goes on. */
export async function requestSubscribe(tmplIds: string[] = subscribeTemplateIds()): Promise<void> {
  if (tmplIds.length === 0) return;
  try {
    // entityIds is Alipay's; Taro's type wants it, WeChat takes tmplIds only (at most 3 per call).
    await Taro.requestSubscribeMessage({ tmplIds: tmplIds.slice(0, 3) } as Taro.requestSubscribeMessage.Option);
  } catch {
    // Refused, banned, or an old WeChat: the outbox and 我的诉求 still show every answer.
  }
}
