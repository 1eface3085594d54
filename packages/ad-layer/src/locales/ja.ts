import type { AdStrings } from '../strings.ts';

export const strings: AdStrings = {
  ad: '広告',
  adOf: '広告 {position}/{total}',
  timeLeft: 'この広告の残り時間',
  playAd: '広告を再生',
  pauseAd: '広告を一時停止',
  skipAd: '広告をスキップ',
  noSeeking: '広告が終わるまでシークできません。',
  skipIn: '{seconds} 秒後にスキップ',
  dismiss: '閉じる',
  blocked: '広告を読み込めませんでした。動画は広告なしで再生されます。',
};
