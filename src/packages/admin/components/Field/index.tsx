/** A labelled field (class `field`) with its error under it, shared by the admin forms (post, invite). */
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** Props of Field. */
export interface FieldProps {
  label: string;
  error?: string;
  children?: ReactNode;
}

/** The field (its error has class `form-error`). */
export function Field({ label, error, children }: FieldProps) {
  return (
    <View className="field">
      <Text className="field-label">{label}</Text>
      {children}
      {error ? <Text className="form-error">{error}</Text> : null}
    </View>
  );
}
