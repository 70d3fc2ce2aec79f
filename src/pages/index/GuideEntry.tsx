/** The home page's way into the legal guides (普法指南): readable with no post scanned and no network. */
import { Button } from '@tarojs/components';
import { openPage } from '~/src/services/navigation';
import './GuideEntry.scss';

// Kept beside the entry: the page's strings.ts belongs to the home page's owner.
const ENTRY_STRINGS = { open: '普法指南 · 遇事先看看' } as const;

/** Opens the guides subpackage. */
export function GuideEntry() {
  const open = () => {
    void openPage('/packages/guides/pages/index/index');
  };
  return (
    <Button className="btn btn-secondary guide-entry-button home-guide-entry" onClick={open}>
      {ENTRY_STRINGS.open}
    </Button>
  );
}
