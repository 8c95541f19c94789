// How a masked number is shown to the person: the hidden digits as dots, so "+1 *7730" reads as
// a masked number and not as a number with a star in it. The stored form stays "+1 *7730".
export const showMasked = (m: string): string => m.replaceAll('*', '••••');
