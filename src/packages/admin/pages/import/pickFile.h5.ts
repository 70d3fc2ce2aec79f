/** Choosing the import file on H5: a hidden file input (accept .csv); the page gets its name and size first. */
import type { PickedFile } from './picked';

/** Lets the admin choose one CSV file; null when they cancel. */
export function pickCsvFile(): Promise<PickedFile | null> {
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
