/** A labelled field (class `field`) with its error (class `form-error`) right under it, for every form. */
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** Props of Field. */
export interface FieldProps {
  label?: string;
  error?: string | null;
  children?: ReactNode;
}

/** The field; without a label it only places its error under what it holds. */
export function Field({ label, error, children }: FieldProps) {
  return (
    <View className="field">
      {label ? <Text className="field-label">{label}</Text> : null}
      {children}
      {error ? <Text className="form-error">{error}</Text> : null}
    </View>
  );
}
