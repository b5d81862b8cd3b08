/** Which attempt's score counts when several are allowed. */
export enum CountingRule {
  HIGHEST = 'highest',
  LAST = 'last',
}
