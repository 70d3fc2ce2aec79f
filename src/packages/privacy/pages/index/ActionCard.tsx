/** A card of the privacy page that runs one action on the resident's data, then says on the card how it went. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';

function toast(title: string) {
  Taro.showToast({ title, icon: 'none', duration: 2500 }).catch(() => undefined);
}

/** Props of ActionCard. */
export interface ActionCardProps {
  /** Names the card's classes: `privacy-<name>`, its button `<name>-my-data`, its result `privacy-<name>-result`. */
  name: 'delete' | 'download';
  /** The card's words; `busy` is the button's while the action runs (without it the button keeps its words). */
  text: { heading: string; body: string; button: string; busy?: string };
  /** Asked first; false stops the action before it starts. */
  confirm?: () => Promise<boolean>;
  /** The action; resolves the line that says it is done. */
  act: () => Promise<string>;
  /** The line that says why it failed. */
  failed: (err: unknown) => string;
  /** Whether the done line is also toasted (a failure always is). */
  toastDone?: boolean;
}

/** The card: heading, what the action does, its button and its result line. */
export function ActionCard({ name, text, confirm, act, failed, toastDone }: ActionCardProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const run = async () => {
    if (confirm && !(await confirm())) return;
    setBusy(true);
    try {
      const done = await act();
      setResult(done);
      if (toastDone) toast(done);
    } catch (err) {
      const why = failed(err);
      setResult(why);
      toast(why);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className={`card privacy-section privacy-${name}`}>
      <Text className="privacy-heading">{text.heading}</Text>
      <Text className="privacy-text">{text.body}</Text>
      <Button className={`btn btn-secondary ${name}-my-data`} disabled={busy} onClick={() => void run()}>
        {busy && text.busy ? text.busy : text.button}
      </Button>
      {result ? <Text className={`privacy-text privacy-${name}-result`}>{result}</Text> : null}
    </View>
  );
}
