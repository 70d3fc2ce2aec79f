/** The shared mediation steps and history: 未达成协议 stands on the agreement step, steps come from props. */
import { render } from '@testing-library/react';
import { History, MediationSteps } from '~/src/components/MediationSteps';

const labels = (c: HTMLElement, sel: string) => Array.from(c.querySelectorAll(sel)).map((e) => e.textContent);

test('a mediation that ended without agreement reads 未达成协议 on the agreement step, 回访 still to come', () => {
  const { container } = render(<MediationSteps status="failed" className="mediation-progress" />);
  expect(labels(container, '.step-label')).toEqual(['已受理', '调查中', '调解中', '未达成协议', '已回访']);
  expect(labels(container, '.step-current .step-label')).toEqual(['未达成协议']);
  expect(container.querySelectorAll('.step-done')).toHaveLength(3);
});

test('draws the steps it is given, in their order', () => {
  const { container } = render(
    <MediationSteps status="investigating" steps={['accepted', 'investigating', 'revisited']} className="stepper" />,
  );
  expect(container.querySelectorAll('.step')).toHaveLength(3);
  expect(labels(container, '.step-current .step-label')).toEqual(['调查中']);
  expect(labels(container, '.step-dot')).toEqual(['✓', '2', '3']);
});

test('the history lists each recorded step with its time (CST), who acted and the note', () => {
  const at = Date.UTC(2026, 10, 28, 2, 0);
  const { container } = render(
    <History
      className="history"
      timeline={[{ at, status: 'accepted', by: '平台司法所 张调解员', note: '已电话联系双方' }]}
    />,
  );
  expect(labels(container, '.timeline-head')[0]).toMatch(/^(2026年)?11月28日 10:00 {2}已受理$/);
  expect(labels(container, '.timeline-by')).toEqual(['平台司法所 张调解员']);
  expect(labels(container, '.timeline-note')).toEqual(['已电话联系双方']);
});
