/** Chinese texts of a resident's follow-ups (补充说明、评价). */
export const F = {
  resident: '群众',
  contentRejected:
    '内容含有辱骂、威胁或广告等不适宜的信息，请删去这些字词后再提交；如实讲述遇到的事（如被骗、被打的经过）不受影响',
  notAsked: '办理人员没有要求补充材料，现在不需要补充',
  photosOnlyAid: '只有法律援助申请可以补充照片',
  noAnswer: '还没有答复，暂时不能评价',
  onlyQuestions: '只能评价法律咨询的答复',
  supplemented: (text: string) => `补充说明：${text}`,
  supplementTitle: '群众补充了情况',
  rated: (stars: number, word: string) => `群众评价：${stars}星${word ? `，${word}` : ''}`,
} as const;
