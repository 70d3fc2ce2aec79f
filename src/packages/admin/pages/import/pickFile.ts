/**
 * Choosing the import file: on H5 a hidden file input (accept .csv); on WeChat a file from a chat
 * (chooseMessageFile). Either way the page gets its name and size first, and reads it as base64 only if it fits.
 */
import Taro from '@tarojs/taro';

/** A chosen file, not yet read. */
export interface PickedFile {
  name: string;
  size: number;
  /** Its bytes as base64. */
  read: () => Promise<string>;
}

/** Base64 of `bytes`, in chunks so a 2 MB file does not overflow the argument list of fromCharCode. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function readBlob(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function pickH5(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,text/csv';
    input.style.display = 'none';
    input.onchange = () => {
      const file = input.files?.[0];
      input.remove();
      resolve(
        file
          ? { name: file.name, size: file.size, read: async () => base64Of(new Uint8Array(await readBlob(file))) }
          : null,
      );
    };
    document.body.appendChild(input);
    input.click();
  });
}

async function pickWeapp(): Promise<PickedFile | null> {
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] }).catch(() => null);
  const file = res?.tempFiles[0];
  if (!file) return null;
  return {
    name: file.name,
    size: file.size,
    read: () =>
      new Promise((resolve, reject) => {
        Taro.getFileSystemManager().readFile({
          filePath: file.path,
          encoding: 'base64',
          success: (r) => resolve(typeof r.data === 'string' ? r.data : base64Of(new Uint8Array(r.data))),
          fail: reject,
        });
      }),
  };
}

/** Lets the admin choose one CSV file; null when they cancel. */
export function pickCsvFile(): Promise<PickedFile | null> {
  return process.env.TARO_ENV === 'weapp' ? pickWeapp() : pickH5();
}
