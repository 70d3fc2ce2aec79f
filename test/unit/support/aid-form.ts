/** The legal-aid pre-application (法律援助预申请) as a resident fills it in, shared by the aid page tests. */
import { fireEvent, screen } from '@testing-library/react';
import { type } from './page';

/** A valid resident ID number (its check character right) of a 洮北区 applicant. */
export const AID_ID = '220802198001011232';

/** Fills the form after the self-check: applicant, ID, phone, address, 劳动仲裁中 and the facts. */
export function fillAidForm(container: HTMLElement): void {
  type(container, 'input-name', '刘长海');
  type(container, 'input-id-number', AID_ID);
  type(container, 'input-phone', '13604361111');
  type(container, 'input-address', '洮北区平台镇新立村三组');
  fireEvent.click(screen.getByText('劳动仲裁中'));
  type(container, 'input-facts', '2025年在工地干活八个月，包工头拖欠工资两万元至今未给。');
}
