/** Saving 我的数据 on H5: the JSON text of the reply handed to the browser as a download. */
import type { MyDataReply } from '~/types/api/myData';

/** H5 takes the file's text in the reply. */
export const MY_DATA_DELIVERY = 'inline';

/** Downloads the file under its own name. */
export async function saveMyData(data: MyDataReply): Promise<void> {
  const blob = new Blob([data.json], { type: 'application/json;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = data.filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns: free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
