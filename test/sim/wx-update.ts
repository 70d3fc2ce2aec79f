/**
 * Stand-ins for WeChat's update manager and modal, defined on `wx` before the app boots (Taro binds wx's APIs when
 * the app loads). As strict as WeChat: one manager for the app, `applyUpdate` fails until the new version is
 * downloaded (onUpdateReady), and a modal button of more than 4 characters fails the call.
 */
import { bootApp } from './harness';
import { landingCloud } from './landing-cloud';

export interface UpdateWorld {
  /** WeChat finished downloading a new version: runs the app's onUpdateReady listeners. */
  downloaded(): void;
  /** The modals shown, in order. */
  modals: { title?: string; content?: string; confirmText?: string; cancelText?: string }[];
  /** How the next modal is answered. */
  answer: 'confirm' | 'cancel';
  /** How many times the app restarted into the new version. */
  applied: number;
  /** Calls that WeChat would have failed, with its errMsg. */
  failures: string[];
}

type Callback = (res: Record<string, unknown>) => void;
interface ModalOptions {
  title?: string;
  content?: string;
  confirmText?: string;
  cancelText?: string;
  success?: Callback;
  fail?: Callback;
  complete?: Callback;
}

/** Installs the stand-ins on miniprogram-simulate's `wx`; call before bootApp. */
export function installUpdateStandIns(): UpdateWorld {
  require('miniprogram-simulate');
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  const ready: (() => void)[] = [];
  let downloaded = false;
  const world: UpdateWorld = {
    downloaded() {
      downloaded = true;
      for (const listener of ready) listener();
    },
    modals: [],
    answer: 'cancel',
    applied: 0,
    failures: [],
  };
  const manager = {
    onCheckForUpdate: () => undefined,
    onUpdateReady: (listener: () => void) => void ready.push(listener),
    onUpdateFailed: () => undefined,
    applyUpdate: () => {
      if (downloaded) world.applied += 1;
      else world.failures.push('applyUpdate:fail update is not ready');
    },
  };
  wx.getUpdateManager = () => manager;
  wx.showModal = (o: ModalOptions) => {
    const tooLong = [o.confirmText, o.cancelText].find((t) => t !== undefined && [...t].length > 4);
    if (tooLong !== undefined) {
      const errMsg = 'showModal:fail confirmText length should not larger than 4 Chinese characters';
      world.failures.push(errMsg);
      o.fail?.({ errMsg });
      o.complete?.({ errMsg });
      return;
    }
    world.modals.push({ title: o.title, content: o.content, confirmText: o.confirmText, cancelText: o.cancelText });
    const res = { confirm: world.answer === 'confirm', cancel: world.answer === 'cancel', errMsg: 'showModal:ok' };
    setTimeout(() => {
      o.success?.(res);
      o.complete?.(res);
    }, 0);
  };
  return world;
}

/** Boots the built app over the landing cloud with the update stand-ins in place. */
export function bootWithUpdates(): { world: UpdateWorld; open: ReturnType<typeof bootApp> } {
  const world = installUpdateStandIns();
  return { world, open: bootApp(landingCloud) };
}
