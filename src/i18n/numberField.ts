/** Messages of a number field whose text cannot be used (the value before stays). */
export const numberFieldEn = {
  number: 'Enter a number.',
  range: 'Enter a number from {{min}} to {{max}}.',
  above: 'Enter a number above {{min}}, up to {{max}}.',
  integer: 'Enter a whole number from {{min}} to {{max}}.',
};

export const numberFieldKo: typeof numberFieldEn = {
  number: '숫자를 입력하세요.',
  range: '{{min}}부터 {{max}}까지의 수를 입력하세요.',
  above: '{{min}}보다 크고 {{max}} 이하인 수를 입력하세요.',
  integer: '{{min}}부터 {{max}}까지의 정수를 입력하세요.',
};
