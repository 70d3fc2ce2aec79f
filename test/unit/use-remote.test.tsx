/** useRemote: a stale reply is dropped, an error shows its Chinese message, retry loads again, setData wins. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { CloudError } from '~/src/services/cloudError';

/** A reply the test settles by hand, so the order of arrival is the test's to choose. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A page that shows one record by id, as the detail pages do. */
function RecordPage({ id, load }: { id: string; load: (id: string) => Promise<string> }) {
  const { data, error, loading, reload } = useRemote(id ? () => load(id) : null, [id]);
  if (error) return <StateView kind="error" title="加载失败" hint={error.message} onRetry={() => void reload()} />;
  if (loading && !data) return <StateView kind="loading" />;
  return <div className="record">{data ?? '（无）'}</div>;
}

describe('useRemote', () => {
  it('draws only the newest load: a slower reply for the previous id is dropped', async () => {
    const replies = new Map([
      ['a', deferred<string>()],
      ['b', deferred<string>()],
    ]);
    const load = jest.fn((id: string) => replies.get(id)!.promise);
    const view = render(<RecordPage id="a" load={load} />);
    view.rerender(<RecordPage id="b" load={load} />);
    await act(async () => replies.get('b')!.resolve('乙的记录'));
    expect(screen.getByText('乙的记录')).toBeTruthy();
    await act(async () => replies.get('a')!.resolve('甲的记录'));
    expect(screen.queryByText('甲的记录')).toBeNull();
    expect(screen.getByText('乙的记录')).toBeTruthy();
  });

  it('shows the Chinese message of a failed load, and 重试 loads again', async () => {
    const load = jest
      .fn<Promise<string>, [string]>()
      .mockRejectedValueOnce(new CloudError('NETWORK', '网络不给力，请稍后重试'))
      .mockResolvedValueOnce('第二次的记录');
    render(<RecordPage id="a" load={load} />);
    expect(await screen.findByText('网络不给力，请稍后重试')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('重试')));
    expect(await screen.findByText('第二次的记录')).toBeTruthy();
    expect(screen.queryByText('网络不给力，请稍后重试')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows an unknown failure as the INTERNAL message, never a raw error text', async () => {
    const load = jest.fn<Promise<string>, [string]>().mockRejectedValue(new TypeError('x is undefined'));
    render(<RecordPage id="a" load={load} />);
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    expect(screen.queryByText(/undefined/)).toBeNull();
  });

  it('calls nothing without an id', () => {
    const load = jest.fn((_id: string) => Promise.resolve('记录'));
    render(<RecordPage id="" load={load} />);
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('（无）')).toBeTruthy();
  });

  it('keeps what the page set after a change over a load still on its way', async () => {
    const reply = deferred<string>();
    function Editable() {
      const { data, setData } = useRemote(() => reply.promise, []);
      const [clicked, setClicked] = useState(false);
      return (
        <div>
          <span className="shown">{data ?? '…'}</span>
          <button
            onClick={() => {
              setClicked(true);
              setData('刚保存的');
            }}
          >
            {clicked ? '已保存' : '保存'}
          </button>
        </div>
      );
    }
    render(<Editable />);
    await act(async () => fireEvent.click(screen.getByText('保存')));
    await act(async () => reply.resolve('旧的回复'));
    expect(screen.getByText('刚保存的')).toBeTruthy();
    expect(screen.queryByText('旧的回复')).toBeNull();
  });
});
