/** A run of plain buttons drawn from a table: the links and next steps at the foot of a card. */
import { Button } from '@tarojs/components';

/** One button: its own class (what tests select by), its words and what a tap does. */
export interface ButtonItem {
  className: string;
  label: string;
  onClick: () => void;
  /** The one main step of the run is filled (`btn-primary`); the rest are outlined. */
  primary?: boolean;
}

/** The buttons of `items`, in their order, with no wrapper of their own. */
export function ButtonList({ items }: { items: readonly ButtonItem[] }) {
  return (
    <>
      {items.map((b) => (
        <Button
          key={b.className}
          className={`btn ${b.primary ? 'btn-primary' : 'btn-secondary'} ${b.className}`}
          onClick={b.onClick}
        >
          {b.label}
        </Button>
      ))}
    </>
  );
}
