/** A name search: what is typed is searched on the keyboard's confirm or on the button, not on every key. */
import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';

/** The button's word, the same on every list. */
const SEARCH = '搜索';

/** The search row's classes (what tests select by): the row, the input and the button's whole class. */
export interface SearchClasses {
  row: string;
  input: string;
  button: string;
}

/** The classes of a list's search named after the list: `<list>-search`, `<list>-q`, `<list>-search-go`. */
export function searchClassesOf(list: string): SearchClasses {
  return { row: `${list}-search`, input: `${list}-q`, button: `btn btn-secondary ${list}-search-go` };
}

/** Props of SearchBar. */
export interface SearchBarProps {
  classes: SearchClasses;
  placeholder: string;
  /** What the box shows first (a search already in force). */
  initial?: string;
  /** Shows 搜索 on the keyboard's confirm key. */
  searchKey?: boolean;
  /** Called with the text typed, trimmed. */
  onSearch: (text: string) => void;
}

/** The search row: an input and its 搜索 button. */
export function SearchBar({ classes, placeholder, initial, searchKey, onSearch }: SearchBarProps) {
  const [typed, setTyped] = useState(initial ?? '');
  return (
    <View className={classes.row}>
      <Input
        className={`field-input ${classes.input}`}
        value={typed}
        maxlength={20}
        placeholder={placeholder}
        {...(searchKey ? { confirmType: 'search' as const } : {})}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={(e) => onSearch(e.detail.value.trim())}
      />
      <Button className={classes.button} onClick={() => onSearch(typed.trim())}>
        {SEARCH}
      </Button>
    </View>
  );
}
