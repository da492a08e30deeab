// UI strings. Answer text always comes from the site's content, in the content's language.
const en = {
  label: 'Ask a question about this site',
  placeholder: 'Ask a question…',
  ask: 'Ask',
  suggestions: 'Suggested questions',
  count: (n) => n + (n == 1 ? ' suggestion' : ' suggestions') + ' available',
  loading: 'Searching…',
  found: 'Answer found',
  none: "No answer found in this site's content.",
  tryThese: 'Try one of these:',
  related: 'Related questions',
  sources: 'Sources',
  offline: 'You seem to be offline.',
  error: 'The answer service is not responding.',
  retry: 'Try again',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thanks for your feedback.',
  filter: 'Filter questions',
  shown: (n) => n + (n == 1 ? ' question' : ' questions') + ' shown',
  noMatch: 'No questions match.',
};

const zh = {
  label: '就本網站內容提問',
  placeholder: '輸入你的問題…',
  ask: '提問',
  suggestions: '建議問題',
  count: (n) => '有 ' + n + ' 個建議',
  loading: '搜尋中…',
  found: '已找到答案',
  none: '本網站的內容中找不到答案。',
  tryThese: '試試以下問題：',
  related: '相關問題',
  sources: '資料來源',
  offline: '你似乎已離線。',
  error: '答案服務沒有回應。',
  retry: '再試一次',
  helpful: '這個答案有幫助嗎？',
  yes: '有',
  no: '沒有',
  thanks: '謝謝你的意見。',
  filter: '篩選問題',
  shown: (n) => '顯示 ' + n + ' 條問題',
  noMatch: '沒有相符的問題。',
};

/** Strings for a BCP 47 tag: any Chinese tag gets Traditional Chinese, everything else English. */
export const strings = (lang) => (/^zh\b/i.test(lang || '') ? zh : en);

/** The lang attribute value matching strings(lang). */
export const uiLang = (lang) => (/^zh\b/i.test(lang || '') ? 'zh-Hant' : 'en');
