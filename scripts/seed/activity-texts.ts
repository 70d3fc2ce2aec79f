/**
 * Texts of the generated year of requests (演示数据): what residents write and what workers answer, kept apart from
 * the generator so the wording can be read and checked in one place. Illustrative; no real person or case.
 */
import type { AidMatter, DisputeType, QuestionCategory } from '~/types/requests';

/** Three short questions per category, in a villager's words. */
export const QUESTIONS: Record<QuestionCategory, readonly string[]> = {
  land: [
    '我家承包地流转给合作社，合同到期了对方还在种，不给流转费怎么办？',
    '邻居种地越过了地界，占了我家两垄地，说了也不听，该找谁？',
    '闺女出嫁到外村了，村里要收回她名下的承包地，这样合法吗？',
  ],
  family: [
    '结婚八年了，丈夫常年在外不回家也不给生活费，我想离婚该怎么办？',
    '彩礼给了十八万，女方悔婚了，彩礼能要回来吗？',
    '离婚后孩子跟我，对方一直不给抚养费，能起诉吗？',
  ],
  inheritance: [
    '父亲去世没留遗嘱，老房子我们兄妹三个怎么分？',
    '母亲生前写了一份遗嘱，没有见证人，这个遗嘱算数吗？',
    '父母欠了外债，我放弃继承的话还需要替他们还吗？',
  ],
  wages: [
    '在工地干了四个月，包工头跑了，工钱找谁要？',
    '饭店拖欠我三个月工资，老板说年底一起给，一直没给怎么办？',
    '去年秋收给人干活，说好的工钱只给了一半，能去哪投诉？',
  ],
  injury: [
    '在养殖场干活被机器轧伤了手，老板不给算工伤，怎么办？',
    '单位没给上工伤保险，我干活摔伤了，医药费谁出？',
    '工伤认定下来了，单位不给赔偿，下一步该怎么做？',
  ],
  traffic: [
    '骑电动车被小轿车撞了，对方保险公司赔得太少，能起诉吗？',
    '交通事故责任认定书下来了，我觉得不公平，能复核吗？',
    '家里人出车祸住院，肇事司机跑了，医药费怎么办？',
  ],
  debt: [
    '借给亲戚五万块钱，只有微信转账记录没有借条，能要回来吗？',
    '我给朋友贷款做了担保，他不还钱，银行找我要，我得还吗？',
    '借钱时约定的利息很高，现在对方按这个利息要钱，合法吗？',
  ],
  fraud: [
    '有人打电话说是公安局的，让我把钱转到安全账户，这是真的吗？',
    '网上有人让我帮忙做任务赚佣金，先垫付了两千块就联系不上了，怎么办？',
    '有人出三百块钱收我的银行卡，这样做有事吗？',
  ],
  consumer: [
    '在集上买的种子出苗率很低，卖家不认账，怎么维权？',
    '在网上买的手机用了一周就坏了，商家不给退换，怎么办？',
    '农资店卖的化肥是假的，庄稼减产了，能要求赔偿吗？',
  ],
  elderly: [
    '老人七十多岁了，三个儿子都不给赡养费，老人能告他们吗？',
    '儿子把我的养老钱拿走了不还，我该怎么办？',
    '我想再找个老伴，孩子们反对，还要把房子要走，我该怎么办？',
  ],
  violence: [
    '丈夫喝了酒就动手打人，我能申请人身安全保护令吗？',
    '邻居家孩子经常被父母打骂，我能向谁反映？',
    '被家里人打伤了，去哪里验伤，怎么留证据？',
  ],
  neighbour: [
    '邻居盖房子挡住了我家的采光，协商不成该怎么办？',
    '邻居家的排水沟把水排到我家院子里，说了多次也不改。',
    '邻居家狗咬伤了我家孩子，对方不给看病钱，怎么办？',
  ],
  other: [
    '村里修路占了我家的园子，没给补偿，该找哪个部门？',
    '想给孩子办个委托书，去哪里办公证，需要带什么材料？',
    '户口登记的出生日期错了，影响领养老金，怎么更正？',
  ],
};

/** The built-in answer template (data/answer-templates.json) a volunteer would start from, by category. */
export const TEMPLATE_OF: Partial<Record<QuestionCategory, string>> = {
  land: 'b-land',
  family: 'b-divorce',
  inheritance: 'b-elderly',
  wages: 'b-wages',
  injury: 'b-legal-aid',
  traffic: 'b-legal-aid',
  debt: 'b-debt',
  fraud: 'b-fraud',
  elderly: 'b-elderly',
  violence: 'b-violence',
};

/** Answers of categories without a fitting template. */
export const PLAIN_ANSWERS: readonly string[] = [
  '您好，您说的情况我了解了。建议先把相关的凭证、照片和聊天记录保存好，再和对方协商；协商不成可以请村委会或人民调解委员会调解，也可以到司法所咨询。需要的话我可以陪您一起去。',
  '您好，这件事可以先找相关部门反映，我已经帮您问了司法所，他们说可以带上身份证和相关材料过去办理。有不清楚的地方随时到先锋岗找我。',
  '您好，按照法律规定，您的合法权益受保护。建议先收集证据，再和对方沟通；沟通不成可以申请调解或者到法院起诉，费用不高，可以申请法律援助。',
];

/** Notes of a volunteer closing an answered question (办结说明). */
export const CLOSE_NOTES: readonly string[] = [
  '群众表示问题已经清楚，按建议去办了',
  '已电话回访，群众对答复满意',
  '问题已解决，群众同意办结',
  '已指导群众准备材料，事情办妥',
];

/** Notes of a judicial office answering a question the timer handed over. */
export const OFFICE_ANSWERS: readonly string[] = [
  '您好，您的咨询已转到司法所。我们已经看了您的情况，建议您带上身份证和相关证据到司法所当面咨询，工作日上午8点半到下午5点都有人，我们会帮您理清下一步怎么办。',
  '您好，司法所已收到您的问题。您的情况可以先申请人民调解，调解不收费；调解不成的，我们可以帮您联系法律援助中心。',
];

/** What the mediator records at each step of a case. */
export const STEP_NOTES = {
  accepted: ['已受理，已电话联系申请人', '符合受理条件，予以受理', '已登记受理，约定时间了解情况'],
  investigating: ['走访双方当事人，了解纠纷经过', '到现场查看，并询问了村干部和邻居', '调取了相关合同和收据'],
  mediating: ['组织双方到调解室面对面调解', '请村干部一同参与调解，讲解相关法律规定', '分别做双方工作，缩小分歧'],
  agreed: ['双方达成调解协议，当场签字', '双方自愿和解，签订人民调解协议书', '达成协议，约定一个月内履行完毕'],
  failed: ['双方分歧较大，未能达成协议，已告知可以起诉', '对方拒绝调解，已告知其他解决途径'],
  revisited: ['回访了解，协议已履行', '电话回访，双方关系缓和，协议正在履行', '回访，申请人对调解结果满意'],
} as const;

/** What a resident writes about a dispute, by type (at least 10 characters). */
export const DISPUTE_ACCOUNTS: Record<DisputeType, readonly string[]> = {
  neighbour: [
    '邻居家翻盖房子，把滴水檐伸到了我家院子上方，下雨水都流到我家，多次协商没有结果。',
    '因为两家中间的过道归属问题，和邻居吵了好几次，想请调解员帮忙说和。',
  ],
  family: [
    '我和丈夫因为家务和孩子上学的事经常吵架，想请调解员帮忙调解，不想离婚。',
    '老人的赡养问题，兄弟几个谈不拢，老人现在没人管，想请村里帮忙调解。',
  ],
  land: [
    '和邻村的人因为地界问题发生争执，对方多种了我家一条地，想请调解员到现场看看。',
    '前年把地流转出去，对方今年的流转费一直没给，想请调解员帮忙要回来。',
  ],
  labour: [
    '给本村养殖户干了半年活，还有六千元工钱没结，对方说没钱，想调解解决。',
    '帮人盖房子干活时摔伤了，房主只给了一部分医药费，想调解一下赔偿的事。',
  ],
  property: [
    '借给同村人的农机被弄坏了，对方不给修也不赔，想请调解员帮忙。',
    '哥哥占着父母留下的老房子不让我住，想调解一下房子怎么分。',
  ],
  other: [
    '家里的牛跑到邻居地里吃了庄稼，邻居要求赔偿的数额太高，想调解。',
    '和小卖部老板因为赊账金额有争议，双方都有账本但对不上，想调解。',
  ],
};

/** Who the resident names as the other party. */
export const OTHER_PARTIES: readonly string[] = [
  '邻居',
  '同村村民',
  '前夫',
  '丈夫',
  '大哥',
  '包工头',
  '养殖户',
  '承包户',
];

/** The facts of a legal-aid pre-application, by matter (at least 20 characters). */
export const AID_FACTS: Record<AidMatter, readonly string[]> = {
  stateCompensation: ['我因为一起案件被羁押了三个月，后来检察院决定不起诉，想申请国家赔偿，但不知道怎么办理。'],
  socialSecurity: ['我今年六十二岁，交了十五年养老保险，社保部门说缴费年限有问题不给发养老金，想申请援助。'],
  pension: ['我丈夫是退役军人，去年因病去世，有关部门一直没有发放抚恤金，想请律师帮忙。'],
  support: [
    '我今年七十五岁，老伴去世了，三个子女都不给赡养费，我没有收入，想起诉要赡养费。',
    '离婚后孩子跟我生活，孩子父亲三年没给抚养费，我收入很低，想申请法律援助起诉。',
  ],
  labourRemuneration: [
    '在建筑工地干了八个月，包工头拖欠工资两万三千元，找不到人，想申请法律援助讨薪。',
    '在饲料厂干了两年，没签劳动合同，被辞退后工资没结清，想确认劳动关系并要工资。',
  ],
  capacity: ['我哥哥患有精神疾病多年，需要认定为无民事行为能力人，由我做监护人，家里困难请不起律师。'],
  injuryCompensation: [
    '我在工地干活时从脚手架上摔下来，腰椎骨折，老板只付了一部分医药费，想请律师帮忙要赔偿。',
    '我骑车被货车撞伤，腿部骨折住院两个月，对方不肯赔偿，家里困难，想申请法律援助。',
  ],
  environment: ['附近的养殖场把粪水排到我家承包的鱼塘里，鱼全死了，损失三万多元，想请律师起诉。'],
  other: ['我被人冒用身份证办了贷款，现在银行找我还钱，家里经济困难，想请律师帮忙处理。'],
};

/** Reasons the legal-aid office gives for its steps. */
export const AID_REASONS = {
  startReview: ['材料已收到，开始审查', '已受理预申请，正在核实经济状况', '正在审查，如需补充材料会联系您'],
  approve: [
    '符合法律援助条件，决定给予法律援助，已指派律师',
    '经审查符合条件，准予法律援助，承办律师将与您联系',
    '属于免予经济困难审查的情形，准予法律援助',
  ],
  decline: [
    '经核实家庭收入高于本地法律援助经济困难标准，不予法律援助，可以自行委托律师',
    '申请事项不属于法律援助范围，不予援助，已告知可到公共法律服务中心咨询',
    '申请人未能提供相关材料，不予法律援助，补齐材料后可以重新申请',
  ],
} as const;
