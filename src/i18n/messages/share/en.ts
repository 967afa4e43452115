/**
 * The Share menu's words (src/components/SharePanel.tsx): keys start with "share.". English that travels with the
 * panel's code, which adds it to the page's catalog (addEnglish): the first script, which only opens the panel,
 * carries none of it.
 */
export const shareEn = {
  'share.copyChartLink': 'Copy link to this chart',
  'share.copyEmbed': 'Copy embed code',
  'share.linkCopied': 'Link copied',
  'share.embedCopied': 'Embed code copied',
  'share.chartLink': 'Link to this chart',
  'share.embedCode': 'Embed code',
  'share.copyRefused': 'The browser did not allow copying: the text is selected below, press Ctrl+C (⌘C) to copy it',
  'share.embedTitle': '{title} — Alliance Atlas',
};
