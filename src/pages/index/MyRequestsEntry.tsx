/** The home page's way to 我的诉求: the resident's own requests and their answers. */
import { Button } from '@tarojs/components';
import { openPage } from '~/src/services/navigation';
import './MyRequestsEntry.scss';

// Kept beside the component (not in ./strings.ts, which this change does not own); move there when convenient.
const LABEL = '我的诉求';

/** A big button opening 我的诉求 (resident subpackage). */
export function MyRequestsEntry() {
  const open = () => {
    void openPage('/packages/resident/pages/mine/index');
  };
  return (
    <Button className="btn btn-secondary entry-mine" onClick={open}>
      {LABEL}
    </Button>
  );
}
