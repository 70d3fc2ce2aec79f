/**
 * Choosing the import file: on H5 a hidden file input (accept .csv); on WeChat a file from a chat
 * (chooseMessageFile). Either way the page gets its name and size first, and uploads it only if it fits.
 */
import Taro from '@tarojs/taro';
import type { ImportSource } from '~/src/services/admin/uploadImport';

/** A chosen file, not yet uploaded. */
export interface PickedFile {
  name: string;
  size: number;
  /** What uploadImport takes: the temp file's path on WeChat, the File on H5. */
  source: ImportSource;
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
      resolve(file ? { name: file.name, size: file.size, source: file } : null);
    };
    document.body.appendChild(input);
    input.click();
  });
}

async function pickWeapp(): Promise<PickedFile | null> {
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] }).catch(() => null);
  const file = res?.tempFiles[0];
  return file ? { name: file.name, size: file.size, source: file.path } : null;
}

/** Lets the admin choose one CSV file; null when they cancel. */
export function pickCsvFile(): Promise<PickedFile | null> {
  return process.env.TARO_ENV === 'weapp' ? pickWeapp() : pickH5();
}
