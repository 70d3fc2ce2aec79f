/**
 * Workers' pages: 开始审查 is one tap (an opinion only if wanted), the last mediation step shows as done on the stepper
 * both the worker and the resident see, an inbox row shows the start of the question.
 */
import { act, fireEvent, render } from '@testing-library/react';
import type { InboxItem, WorkDetail } from '~/types/api';
import { DecideForm } from '~/src/packages/work/pages/case/ActionForms';
import { InboxRow } from '~/src/packages/work/pages/inbox/InboxRow';
import { MediationSteps } from '~/src/components/MediationSteps';
import { texts, type } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 28, 2, 0);
const detail = { version: 3 } as WorkDetail;

test('开始审查 with the opinion left empty sends no reason; 准予 with it empty is held back', async () => {
  const run = jest.fn(async (change: (v: number) => Promise<WorkDetail>) => {
    await change(detail.version);
    return null;
  });
  const send = jest.fn(async () => detail);
  jest.spyOn(await import('~/src/services/work/decideAid'), 'decideAid').mockImplementation(send);

  const start = render(<DecideForm id="rq0000001" decision="startReview" run={run} />);
  expect(start.container.textContent).toContain('可不填');
  await act(async () => fireEvent.click(start.container.querySelector('.form-submit') as HTMLElement));
  expect(send).toHaveBeenCalledWith({ id: 'rq0000001', version: 3, decision: 'startReview' });
  start.unmount();

  const approve = render(<DecideForm id="rq0000001" decision="approve" run={run} />);
  await act(async () => fireEvent.click(approve.container.querySelector('.form-submit') as HTMLElement));
  expect(send).toHaveBeenCalledTimes(1);
  expect(approve.container.querySelector('.form-error')?.textContent).toMatch(/至少5个字/);
  approve.unmount();

  // A decision reaches the applicant at once and is not taken back: asked first; 再看看 sends nothing.
  const decline = render(<DecideForm id="rq0000001" decision="decline" run={run} />);
  type(decline.container, 'note-input', '家庭收入超过本地经济困难标准。');
  const asked = jest.spyOn(await import('~/src/components/confirmFirst'), 'confirmFirst').mockResolvedValueOnce(false);
  await act(async () => fireEvent.click(decline.container.querySelector('.form-submit') as HTMLElement));
  expect(asked).toHaveBeenLastCalledWith(expect.objectContaining({ title: '不予法律援助', cancelText: '再看看' }));
  expect(send).toHaveBeenCalledTimes(1);
  asked.mockResolvedValueOnce(true);
  await act(async () => fireEvent.click(decline.container.querySelector('.form-submit') as HTMLElement));
  expect(send).toHaveBeenLastCalledWith({
    id: 'rq0000001',
    version: 3,
    decision: 'decline',
    reason: '家庭收入超过本地经济困难标准。',
  });
});

// The worker's case page (class `stepper`) and the resident's request page (`mediation-progress`) draw this one.
test('once 回访 is recorded, every step shows done, the last one too', () => {
  const Progress = ({ status }: { status: 'revisited' | 'agreed' }) => (
    <MediationSteps status={status} className="stepper" />
  );
  const { container } = render(<Progress status="revisited" />);
  const steps = Array.from(container.querySelectorAll('.step'));
  expect(steps).toHaveLength(5);
  expect(steps.map((s) => s.className.includes('step-done'))).toEqual([true, true, true, true, true]);
  expect(texts(container, 'step-dot')).toEqual(Array(5).fill('✓'));
  // Before it, the agreement step is done and 回访 is the one in progress.
  const before = render(<Progress status="agreed" />).container;
  expect(before.querySelectorAll('.step-done')).toHaveLength(3);
  expect(before.querySelector('.step-current .step-label')?.textContent).toBe('达成协议');
});

test('an inbox row shows the start of the question', () => {
  const item: InboxItem = {
    id: 'rq0000001',
    kind: 'question',
    title: '法律咨询 · 拖欠工资',
    excerpt: '去年在工地干了三个月，包工头一直拖着不给钱…',
    status: 'pending',
    postName: '平台镇新立村先锋岗',
    villageName: '新立村',
    requester: '群众',
    createdAt: NOW - HOUR,
    updatedAt: NOW - HOUR,
    dueAt: NOW + 10 * HOUR,
    overdue: false,
    source: null,
  };
  const { container } = render(<InboxRow item={item} now={NOW} />);
  expect(container.querySelector('.inbox-excerpt')?.textContent).toBe(item.excerpt);
});
