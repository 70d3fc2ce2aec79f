/** The form kit: a field shows its error, chips show the choice, a counted text says by how much it is over, and
 * the client check gives the message the server's own schema gives. */
import { fireEvent, render, screen } from '@testing-library/react';
import * as v from 'valibot';
import { AnswerInputSchema, UpdateProfileInputSchema } from '~/types/api';
import { CharCount, checkValue, Chips, Field } from '~/src/components/forms';
import { texts } from './support/page';

describe('Field', () => {
  it('shows its label and the error under what it holds', () => {
    const { container } = render(
      <Field label="姓名" error="姓名至少2个字">
        <input className="field-input" />
      </Field>,
    );
    expect(container.querySelector('.field-label')?.textContent).toBe('姓名');
    expect(container.querySelector('.form-error')?.textContent).toBe('姓名至少2个字');
  });

  it('shows no error line when there is none', () => {
    const { container } = render(<Field label="姓名" error={null} />);
    expect(container.querySelector('.form-error')).toBeNull();
  });
});

describe('Chips', () => {
  it('draws a value → label table in its order and marks the chosen one', () => {
    const picked: string[] = [];
    const { container } = render(
      <Chips
        options={{ labour: '劳动争议', family: '婚姻家庭' }}
        selected="family"
        onSelect={(x) => picked.push(x)}
        chipClass="category-option"
      />,
    );
    const chips = Array.from(container.querySelectorAll('.category-option'));
    expect(chips.map((c) => c.textContent)).toEqual(['劳动争议', '婚姻家庭']);
    expect(chips.map((c) => c.classList.contains('chip-on'))).toEqual([false, true]);
    fireEvent.click(screen.getByText('劳动争议'));
    expect(picked).toEqual(['labour']);
  });

  it('draws a list of options with nothing chosen', () => {
    const { container } = render(
      <Chips
        options={[
          { value: 'sfs1', label: '平台司法所' },
          { value: 'aid1', label: '法律援助中心' },
        ]}
        selected={null}
        onSelect={() => undefined}
        chipClass="target-option"
      />,
    );
    expect(texts(container, 'target-option')).toEqual(['平台司法所', '法律援助中心']);
    expect(container.querySelector('.chip-on')).toBeNull();
  });
});

describe('CharCount', () => {
  it('counts the characters and says by how much a paste is over', () => {
    const { container, rerender } = render(<CharCount text="十个字十个字十个字十" max={12} />);
    expect(container.querySelector('.char-count')?.textContent).toBe('10/12');
    expect(container.querySelector('.char-over')).toBeNull();
    rerender(<CharCount text={'字'.repeat(15)} max={12} />);
    expect(container.querySelector('.char-count-over')?.textContent).toBe('15/12');
    expect(container.querySelector('.char-over')?.textContent).toBe('最多12个字，现在多了3个字，请删减后再提交');
  });

  it('counts an emoji as the one character the writer sees, as the limits on app and server do', () => {
    const { container } = render(<CharCount text="😭😭😭🙏🙏" max={500} />);
    expect(container.querySelector('.char-count')?.textContent).toBe('5/500');
    // An answer of exactly its limit in characters, four of them emoji (2,004 UTF-16 units): the count says it fits,
    // and the schema the server also runs takes it; one character more is refused with the limit named.
    const text = AnswerInputSchema.entries.text;
    const full = `${'法律援助'.repeat(499)}👍👍👍👍`;
    expect(full.length).toBe(2004);
    const fits = render(<CharCount text={full} max={2000} />);
    expect(fits.container.querySelector('.char-count')?.textContent).toBe('2000/2000');
    expect(checkValue(text, full)).toBeNull();
    expect(checkValue(text, `${full}答`)).toBe('答复内容不能超过2000个字');
  });
});

describe('checkValue', () => {
  it('gives the message the contract schema gives the server', () => {
    const text = AnswerInputSchema.entries.text;
    expect(checkValue(text, '  好的  ')).toBe('答复内容至少5个字');
    expect(checkValue(text, '😀😀😀😀😀😀')).toBe('答复内容不能只有表情或符号，请用文字写清楚');
    expect(checkValue(text, '请带上劳动合同和工资条到司法所')).toBeNull();
    // The very message a hostile client sending the same text would get.
    const server = v.safeParse(AnswerInputSchema, { id: 'rq0000001', version: 1, text: '  好的  ' });
    expect(server.success ? null : server.issues[0].message).toBe('答复内容至少5个字');
  });

  it('checks an optional entry when a value is given', () => {
    expect(checkValue(UpdateProfileInputSchema.entries.phone, '1390000')).toBe('手机号格式不正确');
    expect(checkValue(UpdateProfileInputSchema.entries.phone, '13900000000')).toBeNull();
  });
});
