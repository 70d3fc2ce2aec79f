/** Every user-facing text of the ask page (我要咨询). */
import { QUESTION_PROMISE_HOURS } from '~/types/requests';

export const STRINGS = {
  title: '我要咨询',
  promise: `法律明白人一般会在${QUESTION_PROMISE_HOURS}小时内答复`,
  category: '咨询类别',
  text: '您想问什么',
  textHint: '请写清楚发生了什么、您想知道什么',
  phone: '回电电话（可不填）',
  phoneHint: '填写后法律明白人可以给您回电话',
  hideName: '匿名咨询：答复人只看到“匿名群众”和您的问题；填写的回电电话仍会给答复人，以便回电',
  sent: '咨询已提交',
  due: (time: string) => `预计 ${time} 前答复`,
} as const;
