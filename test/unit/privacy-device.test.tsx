/**
 * What a resident's phone keeps: drafts are written to Taro storage without names, ID numbers, phone numbers,
 * addresses or facts (those stay in memory for the session), older stored drafts are stripped when read, and
 * 删除我的数据 on the privacy page clears every draft and the recent posts on the device, then the server.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PrivacyPage from '~/src/packages/privacy/pages/index';
import { CloudError } from '~/src/services/cloudError';
import { STORE_KEY, useAppStore } from '~/src/stores';
import { landingFixture } from './fixtures/landing';
import { deleteMyData as remove } from './support/services';

jest.mock('~/src/services/requests/deleteMyData');
type Stub = typeof Taro & { __reset: () => void };
const showModal = jest.fn();
(Taro as unknown as { showModal: jest.Mock }).showModal = showModal;
const initial = useAppStore.getState();

const ID_NUMBER = '220802199001011234';
const PERSONAL = ['赵铁柱', ID_NUMBER, '13912345678', '幸福社区3号楼', '包工头拖欠工资两万元', '邻居王某'];
const stored = () => String(Taro.getStorageSync(STORE_KEY));

function fillDrafts() {
  const { saveDraft, saveLanding } = useAppStore.getState();
  saveDraft('aid', 'P1', {
    matter: 'labourRemuneration',
    stage: 'notStarted',
    name: '赵铁柱',
    idNumber: ID_NUMBER,
    phone: '13912345678',
    address: '白城市洮北区幸福社区3号楼',
    facts: '包工头拖欠工资两万元，多次讨要未果。',
    monthlyIncome: 900,
  });
  saveDraft('mediation', 'P1', { disputeType: 'neighbour', applicantName: '赵铁柱', otherParty: '邻居王某' });
  saveDraft('question', 'P1', { category: 'wages', text: '工资被拖欠怎么办', callbackPhone: '13912345678' });
  saveLanding(landingFixture(), 1000);
}

beforeEach(() => {
  (Taro as Stub).__reset();
  showModal.mockReset();
  remove.mockReset();
  useAppStore.setState(initial, true);
});

describe('drafts on the device', () => {
  test('personal fields stay in memory; storage keeps only the choices and the question text', () => {
    fillDrafts();
    const aid = useAppStore.getState().drafts.aid.P1.fields;
    expect(aid).toMatchObject({ name: '赵铁柱', idNumber: ID_NUMBER, phone: '13912345678' });
    for (const text of PERSONAL) expect([text, stored().includes(text)]).toEqual([text, false]);
    expect(stored()).toContain('labourRemuneration');
    expect(stored()).toContain('工资被拖欠怎么办');
  });

  test('a fresh launch has the draft with its choices and clientId, and no personal numbers', async () => {
    fillDrafts();
    const clientId = useAppStore.getState().drafts.aid.P1.clientId;
    const saved: unknown = Taro.getStorageSync(STORE_KEY);
    useAppStore.setState(initial, true);
    Taro.setStorageSync(STORE_KEY, saved);
    await act(() => useAppStore.persist.rehydrate());
    const aid = useAppStore.getState().drafts.aid.P1;
    expect(aid).toEqual({
      clientId,
      updatedAt: expect.any(Number),
      fields: { matter: 'labourRemuneration', stage: 'notStarted' },
    });
    expect(useAppStore.getState().drafts.question.P1.fields).toEqual({ category: 'wages', text: '工资被拖欠怎么办' });
  });

  test('drafts stored in plain text by an older version are stripped when read, and storage rewritten', async () => {
    const old = {
      version: 1,
      state: {
        recent: [],
        landings: {},
        drafts: {
          question: {},
          mediation: {},
          aid: {
            P1: {
              clientId: 'c1',
              updatedAt: 1,
              fields: { matter: 'labourRemuneration', name: '赵铁柱', idNumber: ID_NUMBER },
            },
          },
        },
      },
    };
    Taro.setStorageSync(STORE_KEY, JSON.stringify(old));
    await act(() => useAppStore.persist.rehydrate());
    expect(useAppStore.getState().drafts.aid.P1.fields).toEqual({ matter: 'labourRemuneration' });
    expect(stored()).not.toContain(ID_NUMBER);
    expect(stored()).not.toContain('赵铁柱');
  });
});

describe('删除我的数据 on the privacy page', () => {
  async function tapDelete() {
    render(<PrivacyPage />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '删除我的数据' })));
  }

  test('cancelling keeps everything', async () => {
    fillDrafts();
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await tapDelete();
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除我的数据', confirmText: '删除' }));
    expect(remove).not.toHaveBeenCalled();
    expect(useAppStore.getState().drafts.aid.P1).toBeDefined();
    expect(useAppStore.getState().recent).toHaveLength(1);
  });

  test('confirming clears every draft, the recent posts and cached pages, in memory and storage, then the server', async () => {
    fillDrafts();
    useAppStore.getState().setLandingLocation('allowed');
    showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
    remove.mockResolvedValueOnce(2);
    await tapDelete();
    const s = useAppStore.getState();
    expect(s.drafts).toEqual({ question: {}, mediation: {}, aid: {} });
    expect([s.recent, s.landings, s.landingLocation]).toEqual([[], {}, null]);
    expect(stored()).not.toContain('工资被拖欠怎么办');
    expect(stored()).not.toContain('平台镇新立村先锋岗');
    expect(remove).toHaveBeenCalledTimes(1);
    expect(screen.getByText('已删除您的诉求和本机数据')).toBeTruthy();
  });

  test('offline: the device is cleared anyway and the page says the server part failed', async () => {
    fillDrafts();
    showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
    remove.mockRejectedValueOnce(new CloudError('NETWORK'));
    await tapDelete();
    expect(useAppStore.getState().drafts.aid).toEqual({});
    expect(useAppStore.getState().recent).toEqual([]);
    expect(screen.getByText(/^本机数据已清除，但服务器上的诉求未能删除/)).toBeTruthy();
  });
});
