/** A name search: what is typed is searched on the keyboard's confirm or on the button, not on every key. */
import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';

/** Props of SearchBar; the classes are each list's own (what tests select by). */
export interface SearchBarProps {
  rowClass: string;
  inputClass: string;
  /** The button's whole class, e.g. `btn btn-secondary people-search-go`. */
  buttonClass: string;
  placeholder: string;
  label: string;
  /** What the box shows first (a search already in force). */
  initial?: string;
  /** Shows 搜索 on the keyboard's confirm key. */
  searchKey?: boolean;
  /** Called with the text as typed; the caller trims it if it wants. */
  onSearch: (text: string) => void;
}

/** The search row: an input and its button. */
export function SearchBar(p: SearchBarProps) {
  const [typed, setTyped] = useState(p.initial ?? '');
  return (
    <View className={p.rowClass}>
      <Input
        className={`field-input ${p.inputClass}`}
        value={typed}
        maxlength={20}
        placeholder={p.placeholder}
        {...(p.searchKey ? { confirmType: 'search' as const } : {})}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={(e) => p.onSearch(e.detail.value)}
      />
      <Button className={p.buttonClass} onClick={() => p.onSearch(typed)}>
        {p.label}
      </Button>
    </View>
  );
}
