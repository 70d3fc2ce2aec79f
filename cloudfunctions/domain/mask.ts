/** Masking of personal numbers in lists (DESIGN: 138****1234, 220802********1234). */

/** "13812341234" → "138****1234"; anything shorter than 7 characters is fully masked. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
