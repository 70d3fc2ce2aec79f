/** The legal-aid page: the honest self-check, then the pre-application with the live ID check and the pledge. */
import { act, fireEvent, screen } from '@testing-library/react';
import AidPage from '~/src/packages/resident/pages/aid';
import { checkEligibility, exemptionArticle } from '~/src/packages/resident/pages/aid/eligibility';
import { CloudError } from '~/src/services/cloudError';
import { applyAid as send } from './support/services';
import { AID_ID, fillAidForm } from './support/aid-form';
import { openWith, resetEachTest, texts, type } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());
jest.mock('~/src/services/requests/applyAid');
const FRAMING =
  '这是预申请，不是决定。给不给法律援助、由谁来办，由法律援助机构审查决定：从收到申请的第二天算起，7日内作出决定，最后一天是休息日或法定节假日的顺延（法律援助法第四十三条；民法典第二百零一、二百零三条）。决定给予的，可能指派律师，也可能指派其他法律援助人员';
const OTHER =
  '属于第三十一条第（九）项“法律、法规、规章规定的其他情形”，由法律援助机构按有关规定审查；属于第三十二条情形（如家庭暴力受害人主张相关权益）的，也可以申请';
const DEADLINE_NOTE =
  '依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是休息日或法定节假日，顺延到其后的第一个工作日，这个日期已按此计算';
const ID = AID_ID;
// Received on Saturday 2026-11-28 (CST): the 7th day, 12-05, is a Saturday, so the date is Monday 12-07, ending at 24:00.
const DUE = Date.UTC(2026, 11, 7, 16, 0);

function open() {
  return openWith(<AidPage />, { postId: 'TB-PT-0001' });
}

function passSelfCheck(container: HTMLElement) {
  fireEvent.click(screen.getByText('请求确认劳动关系或者支付劳动报酬'));
  fireEvent.click(screen.getByText('以上都不是'));
  type(container, 'input-household', '4');
  type(container, 'input-income', '600');
  fireEvent.click(screen.getByText('下一步'));
}

resetEachTest(send);

describe('the self-check', () => {
  test('a listed matter is in scope; 其他情形 is 第三十一条 (九), never outside it', () => {
    expect(checkEligibility({ matter: 'support' }).lines).toEqual(['您申请的事项属于法律援助范围']);
    expect(checkEligibility({ matter: 'other' }).lines).toEqual([OTHER]);
    expect(checkEligibility({ matter: 'other' }).lines[0]).not.toMatch(/不属于/);
    // A 第三十二条 ground (e.g. a domestic-violence victim) brings the matter in.
    expect(checkEligibility({ matter: 'other', exemption: 'abuse' }).lines[0]).toMatch(
      /属于法律援助法第三十二条规定的事项/,
    );
    expect(checkEligibility({ matter: 'other', exemption: 'migrantWages' }).lines[0]).toBe(OTHER);
    expect(checkEligibility({ matter: 'other' }).matterListed).toBe(false);
  });

  test('exemptions: 第三十二条 lifts the economic test, 第四十二条 skips its verification', () => {
    expect(exemptionArticle('heroic')).toBe(32);
    expect(exemptionArticle('abuse')).toBe(32);
    expect(exemptionArticle('migrantWages')).toBe(42);
    expect(exemptionArticle('none')).toBeNull();
    expect(checkEligibility({ matter: 'support', exemption: 'abuse' }).lines[1]).toContain('第三十二条');
    expect(checkEligibility({ matter: 'support', exemption: 'dependent' }).lines[1]).toContain('第四十二条');
    expect(checkEligibility({ matter: 'support', exemption: 'dependent' }).missing).toEqual({});
  });

  test('without an exemption the household and income are needed, and the office decides, not the app', () => {
    expect(checkEligibility({ matter: 'support', exemption: 'none' }).missing).toEqual({
      householdSize: '请填写家里共有几口人',
      monthlyIncome: '请填写家庭每人每月收入',
    });
    expect(
      checkEligibility({ matter: 'support', exemption: 'none', householdSize: 0, monthlyIncome: 1.5 }).missing,
    ).toEqual({
      householdSize: '家庭人口至少1人',
      monthlyIncome: '收入请填整数',
    });
    const done = checkEligibility({ matter: 'support', exemption: 'none', householdSize: 3, monthlyIncome: 800 });
    expect(done.missing).toEqual({});
    expect(done.lines[1]).toBe('家庭3口人，每人每月收入800元。是否属于经济困难，由法律援助机构按本地标准核查');
  });

  test('nothing answered: both choices are asked for in the contract words', () => {
    expect(checkEligibility({}).missing).toEqual({
      matter: '请选择申请事项',
      exemption: '请选择您是否属于下列情形',
    });
  });
});

test('the honest framing is at the top; 下一步 waits for the answers, then opens the form', () => {
  const { container } = open();
  expect(screen.getByText(FRAMING)).toBeTruthy();
  fireEvent.click(screen.getByText('下一步'));
  expect(texts(container, 'form-error')).toEqual(['请选择申请事项', '请选择您是否属于下列情形']);
  expect(container.querySelector('.input-name')).toBeNull();
  passSelfCheck(container);
  expect(container.querySelector('.input-name')).toBeTruthy();
  expect(screen.getByText(FRAMING)).toBeTruthy();
});

test('the result shows as soon as the answers are there', () => {
  const { container } = open();
  fireEvent.click(screen.getByText('法律、法规、规章规定的其他情形'));
  fireEvent.click(screen.getByText('因见义勇为行为主张相关民事权益（第三十二条）'));
  expect(texts(container, 'eligibility-line')).toEqual([
    '您选择的情形属于法律援助法第三十二条规定的事项，可以就相关权益申请法律援助，由法律援助机构审查决定',
    '您属于不受经济困难条件限制的情形（第三十二条）',
  ]);
  expect(container.querySelector('.input-household')).toBeNull();
});

test('the ID number is checked live', () => {
  const { container } = open();
  passSelfCheck(container);
  type(container, 'input-id-number', '22080219800101');
  expect(texts(container, 'form-error')).toEqual([]);
  type(container, 'input-id-number', '220802198001011233');
  expect(texts(container, 'form-error')).toEqual(['身份证号不正确，请核对']);
  type(container, 'input-id-number', ID);
  expect(texts(container, 'form-error')).toEqual([]);
});

test('the pledge must be ticked; the facts count is live', async () => {
  const { container } = open();
  passSelfCheck(container);
  fillAidForm(container);
  expect(container.querySelector('.char-count')?.textContent).toBe('29/2000');
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(texts(container, 'form-error')).toEqual(['请阅读并同意诚信承诺']);
  expect(send).not.toHaveBeenCalled();
});

test('a complete pre-application is sent with the self-check answers; success repeats the framing', async () => {
  send.mockResolvedValueOnce({ id: 'raid00001', created: true, dueAt: DUE });
  const { container } = open();
  passSelfCheck(container);
  fillAidForm(container);
  fireEvent.click(container.querySelector('.pledge-checkbox') as HTMLElement);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(send).toHaveBeenCalledWith(
    expect.objectContaining({
      matter: 'labourRemuneration',
      exemption: 'none',
      channel: 'none',
      idNumber: ID,
      stage: 'arbitration',
      householdSize: 4,
      monthlyIncome: 600,
      pledge: true,
      urgent: false,
    }),
  );
  const success = container.querySelector('.form-success')?.textContent ?? '';
  expect(success).toContain(
    `法律援助机构应在 2026年12月7日（星期一） 24时前作出是否给予法律援助的决定（${DEADLINE_NOTE}）`,
  );
  expect(success).toContain(FRAMING);
});

test('the draft, including the step, comes back; a network failure keeps it and the retry reuses the clientId', async () => {
  const first = open();
  passSelfCheck(first.container);
  fillAidForm(first.container);
  fireEvent.click(first.container.querySelector('.pledge-checkbox') as HTMLElement);
  first.unmount();
  const again = open();
  expect((again.container.querySelector('.input-id-number') as HTMLInputElement).value).toBe(ID);
  expect(again.container.querySelector('.pledge-checkbox')?.className).toContain('check-row-on');

  send.mockRejectedValueOnce(new CloudError('NETWORK'));
  send.mockResolvedValueOnce({ id: 'raid00001', created: false, dueAt: DUE });
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(screen.getByText('网络不给力，已保存草稿')).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByText('重新提交')));
  expect(send.mock.calls[1][0].clientId).toBe(send.mock.calls[0][0].clientId);
});

test('a server ID error appears next to the ID field', async () => {
  send.mockRejectedValueOnce(new CloudError('INVALID_INPUT', '身份证号不正确，请核对后重新填写', 'idNumber'));
  const { container } = open();
  passSelfCheck(container);
  fillAidForm(container);
  fireEvent.click(container.querySelector('.pledge-checkbox') as HTMLElement);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  const field = container.querySelector('.input-id-number')?.parentElement as HTMLElement;
  expect(field.querySelector('.form-error')?.textContent).toBe('身份证号不正确，请核对后重新填写');
});

test('an applicant exempt from the economic test is not asked for the pledge (第四十一条)', async () => {
  send.mockResolvedValueOnce({ id: 'raid00002', created: true, dueAt: DUE });
  const { container } = open();
  fireEvent.click(screen.getByText('请求确认劳动关系或者支付劳动报酬'));
  fireEvent.click(screen.getByText('进城务工人员申请支付劳动报酬或者工伤事故人身损害赔偿（第四十二条）'));
  fireEvent.click(screen.getByText('下一步'));
  fillAidForm(container);
  expect(container.querySelector('.pledge-checkbox')).toBeNull();
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(send).toHaveBeenCalledWith(expect.objectContaining({ exemption: 'migrantWages', pledge: false }));
});

test('a deadline under 7 days away is asked about and sent (第四十四条)', async () => {
  send.mockResolvedValueOnce({ id: 'raid00003', created: true, dueAt: DUE });
  const { container } = open();
  passSelfCheck(container);
  fillAidForm(container);
  expect(screen.getByText(/可以决定先行提供法律援助（法律援助法第四十四条）/)).toBeTruthy();
  fireEvent.click(container.querySelector('.urgent-checkbox') as HTMLElement);
  fireEvent.click(container.querySelector('.pledge-checkbox') as HTMLElement);
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(send).toHaveBeenCalledWith(expect.objectContaining({ urgent: true, pledge: true }));
});
