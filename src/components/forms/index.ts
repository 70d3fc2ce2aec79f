/** The form kit: fields (one by one or from a table), chips, counted texts, the tick row and submit button, and checks by the shared schemas. */
export { CheckRow, SubmitButton, type CheckRowProps, type SubmitButtonProps } from './Buttons';
export { Chips, type ChipOption, type ChipsProps } from './Chips';
export { checkValue } from './check';
export { Field, type FieldProps } from './Field';
export { FieldList, type FieldListProps, type FieldRow } from './FieldList';
export { errorsByField, fieldOfError, FORM_KEY, type Entries, type FieldErrors } from './fieldErrors';
export { CharCount, LineInput, NO_LIMIT, TextBox, type LineInputProps, type TextBoxProps } from './TextBox';
