/** Every user-facing text of the legal-aid pre-application page (法律援助). */
import { MAX_PHOTOS } from '~/types/api';
import { AID_DECISION_DAYS } from '~/types/requests';

export const STRINGS = {
  title: '法律援助',
  framing: `这是预申请，不是决定。给不给法律援助、由谁来办，由法律援助机构审查决定：从收到申请的第二天算起，${AID_DECISION_DAYS}日内作出决定，最后一天是休息日或法定节假日的顺延（法律援助法第四十三条；民法典第二百零一、二百零三条）。决定给予的，可能指派律师，也可能指派其他法律援助人员`,
  step1: '第一步：自查是否符合条件',
  step2: '第二步：填写申请',
  matter: '您要申请援助的事情（法律援助法第三十一条）',
  exemption: '您是否属于下列情形',
  householdSize: '家里共有几口人',
  income: '家庭每人每月收入（元）',
  needHousehold: '请填写家里共有几口人',
  needIncome: '请填写家庭每人每月收入',
  inScope: '您申请的事项属于法律援助范围',
  otherMatter:
    '属于第三十一条第（九）项“法律、法规、规章规定的其他情形”，由法律援助机构按有关规定审查；属于第三十二条情形（如家庭暴力受害人主张相关权益）的，也可以申请',
  otherMatterBy32: '您选择的情形属于法律援助法第三十二条规定的事项，可以就相关权益申请法律援助，由法律援助机构审查决定',
  noEconomicTest: '您属于不受经济困难条件限制的情形（第三十二条）',
  noVerification: '您属于免予核查经济困难状况的情形（第四十二条），请备好相关证明',
  economic: (size: number, income: number) =>
    `家庭${size}口人，每人每月收入${income}元。是否属于经济困难，由法律援助机构按本地标准核查`,
  next: '下一步',
  back: '返回上一步',
  name: '申请人姓名',
  idNumber: '身份证号',
  idInvalid: '身份证号不正确，请核对',
  phone: '手机号',
  address: '住址',
  addressHint: '如：洮北区平台镇新立村三组',
  stage: '案件现在到哪一步了',
  facts: '案件事实和您的请求',
  channel: '特殊通道（可不选）',
  pledge: '本人因经济困难申请法律援助，承诺如实说明经济困难状况，如有虚假愿承担法律责任（法律援助法第四十一条）',
  urgent:
    '离诉讼时效、仲裁时效等法定时效或者期限届满不足7天，需要马上起诉或者申请仲裁、行政复议；或者需要马上申请财产保全、证据保全、先予执行',
  urgentHint:
    '属于这种情况的，法律援助机构可以决定先行提供法律援助（法律援助法第四十四条），由法律援助机构决定。请勾选，让工作人员知道情况紧急',
  photos: '证明材料（可不传）',
  photosHint: `欠条、合同、工资条、伤情证明等，最多${MAX_PHOTOS}张`,
  photoAdd: '添加照片',
  photoRemove: '删除',
  photoUploading: '正在上传…',
  photoFailed: '上传失败，请重试',
  photoTooLarge: '图片不能超过2MB',
  photoNotImage: '选的不是照片：只能上传 JPG 或 PNG 图片，文件可以先拍照再上传',
  photoPrivacy: '需要同意隐私说明后才能选择照片',
  sent: '预申请已提交',
} as const;
