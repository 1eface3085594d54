import type { AdStrings } from '../strings.ts';

export const strings: AdStrings = {
  ad: 'إعلان',
  adOf: 'إعلان {position} من {total}',
  timeLeft: 'الوقت المتبقي في هذا الإعلان',
  playAd: 'تشغيل الإعلان',
  pauseAd: 'إيقاف الإعلان مؤقتًا',
  skipAd: 'تخطي الإعلان',
  noSeeking: 'لا يمكن التقديم أو الترجيع حتى ينتهي الإعلان.',
  skipIn: 'التخطي بعد {seconds}',
  dismiss: 'إغلاق',
  blocked: 'تعذّر تحميل الإعلانات. يُعرض الفيديو بدونها.',
};
